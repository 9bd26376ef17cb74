/** JSON: {@link io.github.articlenorm.formats.json.ArticleJson}, the canonical JSON codec of the Article model. */
package io.github.articlenorm.formats.json;
