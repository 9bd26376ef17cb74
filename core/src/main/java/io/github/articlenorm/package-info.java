/**
 * The Article model and the normalizer: {@link io.github.articlenorm.Article} and its parts,
 * {@link io.github.articlenorm.ArticleNormalizer} with its {@link io.github.articlenorm.Input},
 * {@link io.github.articlenorm.Limits} and {@link io.github.articlenorm.Outcome}s, and
 * {@link io.github.articlenorm.ArticleParseException}. Absent scalar values are {@code null}; collections are never
 * null. Every type here is immutable and thread-safe unless its documentation says otherwise.
 */
package io.github.articlenorm;
