/**
 * JMH benchmarks of ArticleNorm's whole pipeline, run from the jar {@code examples/benchmarks/target/benchmarks.jar};
 * see the module's README for how to run them and read the results.
 */
package io.github.articlenorm.examples.benchmarks;
