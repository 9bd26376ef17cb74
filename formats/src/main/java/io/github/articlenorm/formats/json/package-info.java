/**
 * JSON: the {@code json} format (objects, arrays, JSON Lines, many schemas) and
 * {@link io.github.articlenorm.formats.json.ArticleJson}, the canonical JSON codec of the Article model.
 */
package io.github.articlenorm.formats.json;
