/**
 * ArticleNorm on Apache Spark: {@link io.github.articlenorm.examples.spark.SparkNormalizer}, a helper that turns a
 * tree of dump files into a typed DataFrame of articles ({@link io.github.articlenorm.examples.spark.ArticleSchema})
 * and one of failures, and {@link io.github.articlenorm.examples.spark.NormalizeDumps}, the job that writes them as
 * Parquet and JSON Lines.
 */
package io.github.articlenorm.examples.spark;
