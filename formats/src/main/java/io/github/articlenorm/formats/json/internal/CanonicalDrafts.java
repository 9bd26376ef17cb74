package io.github.articlenorm.formats.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlenorm.Article;
import io.github.articlenorm.spi.Draft;

/**
 * A canonical Article JSON record (what this library writes). It is already normalized, so it is handed to the
 * normalizer as a finished article: reading canonical JSON gives back an equal article, provenance included.
 */
final class CanonicalDrafts {

    private CanonicalDrafts() {
    }

    /** Whether a record is canonical Article JSON: a {@code provenance} object and a {@code body} array. */
    static boolean isCanonical(JsonNode node) {
        return node != null && node.isObject() && node.path("provenance").isObject() && node.path("body").isArray();
    }

    /** Hands the article over as it is: canonical JSON read back gives an equal article, provenance included. */
    static void fill(Article a, Draft d) {
        d.parser("canonical").finished(a);
    }

}
