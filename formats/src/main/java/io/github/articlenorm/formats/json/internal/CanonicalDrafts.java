package io.github.articlenorm.formats.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlenorm.Article;
import io.github.articlenorm.Author;
import io.github.articlenorm.Block;
import io.github.articlenorm.Image;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.RelatedLink;
import io.github.articlenorm.spi.Draft;

import java.util.ArrayList;
import java.util.List;

/**
 * A canonical Article JSON record (what this library writes) offered back to the normalizer component by component.
 * Every component goes back to the field it came from; re-normalizing an article the normalizer made gives the same
 * content. The old provenance is replaced by the new one (the input is a new source); see the package README.
 */
final class CanonicalDrafts {

    private CanonicalDrafts() {
    }

    /** Whether a record is canonical Article JSON: a {@code provenance} object and a {@code body} array. */
    static boolean isCanonical(JsonNode node) {
        return node != null && node.isObject() && node.path("provenance").isObject() && node.path("body").isArray();
    }

    static void fill(Article a, Draft d, Locator loc) {
        d.parser("canonical");
        d.title(a.title(), o(loc, "title"));
        d.subtitle(a.subtitle(), o(loc, "subtitle"));
        d.excerpt(a.excerpt(), o(loc, "excerpt"));
        for (Block b : a.body()) {
            d.block(b, o(loc, "body"));
        }
        for (Author au : a.authors()) {
            d.author(au.name(), au.url() == null ? null : au.url().toString(), o(loc, "authors"));
        }
        d.publishedAt(a.publishedAt() == null ? null : a.publishedAt().toString(), o(loc, "publishedAt"));
        d.modifiedAt(a.modifiedAt() == null ? null : a.modifiedAt().toString(), o(loc, "modifiedAt"));
        d.url(a.url() == null ? null : a.url().toString(), o(loc, "url"));
        d.ampUrl(a.ampUrl() == null ? null : a.ampUrl().toString(), o(loc, "ampUrl"));
        d.language(a.language(), o(loc, "language"));
        if (a.publisher() != null) {
            d.publisher(a.publisher().name(), a.publisher().domain(), o(loc, "publisher"));
        }
        d.credit(a.credit(), o(loc, "credit"));
        d.section(a.section(), o(loc, "section"));
        d.type(a.type(), o(loc, "type"));
        for (String t : a.topics()) {
            d.topic(t, o(loc, "topics"));
        }
        for (Image i : a.images()) {
            d.image(i.url().toString(), i.width(), i.height(), i.caption(), o(loc, "images"));
        }
        for (RelatedLink r : a.related()) {
            List<Draft.RawImage> images = new ArrayList<>();
            for (Image i : r.images()) {
                images.add(new Draft.RawImage(i.url().toString(), i.width(), i.height(), i.caption(),
                        o(loc, "related")));
            }
            d.related(new Draft.RawRelated(r.title(), r.url() == null ? null : r.url().toString(),
                    r.ampUrl() == null ? null : r.ampUrl().toString(), r.excerpt(),
                    r.publishedAt() == null ? null : r.publishedAt().toString(),
                    r.publisher() == null ? null : new Draft.RawPublisher(r.publisher().name(),
                            r.publisher().domain(), o(loc, "related")), images, o(loc, "related")));
        }
        a.extras().forEach(d::extra);
    }

    private static FieldOrigin o(Locator loc, String component) {
        return new FieldOrigin("canonical Article JSON '" + component + "'", loc.at("/" + component));
    }
}
