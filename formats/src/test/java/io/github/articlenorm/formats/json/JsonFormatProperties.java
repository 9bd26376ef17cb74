package io.github.articlenorm.formats.json;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Generators;
import io.github.articlenorm.Input;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

/**
 * Round trips through the normalizer with the json format: canonical JSON comes back as the very article it was
 * written from, and a foreign schema keeps every field it can express.
 */
class JsonFormatProperties {

    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder().format("json")
            .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

    /** The article as the normalizer makes it from its canonical JSON. */
    private static Article normalized(Article a) {
        return NORMALIZER.normalize(Input.of(ArticleJson.write(a), "a.json"));
    }

    /** The article written as a NewsAPI record. */
    private static String newsApi(Article a) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("source", Map.of("name", a.publisher() == null || a.publisher().name() == null ? ""
                : a.publisher().name()));
        record.put("author", a.authors().isEmpty() ? null : a.authors().get(0).name());
        record.put("title", a.title());
        record.put("description", a.excerpt());
        record.put("url", a.url() == null ? null : a.url().toString());
        record.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
        record.put("content", null);
        return JsonText.of(record);
    }

    private static boolean markup(String s) {
        return s != null && (s.contains("<") || s.contains("&"));
    }

    @Test
    void canonicalJsonComesBackAsTheSameArticle() {
        qt().withExamples(300).forAll(Generators.articles()).checkAssert(a ->
                assertEquals(a, normalized(a), Generators.describe(a)));
    }

    @Test
    void keepsEveryNewsApiFieldOfAnArticle() {
        // HTML in a string field is read as HTML, so text that looks like markup cannot keep its tags.
        qt().withExamples(100).forAll(Generators.articles())
                .assuming(g -> !markup(g.title()) && !markup(g.excerpt()) && g.authors().stream()
                        .noneMatch(x -> markup(x.name())) && (g.publisher() == null || !markup(g.publisher().name())))
                .checkAssert(generated -> {
            // Normalizing once reaches the form the schema can hold; a second pass must keep all of it.
            Article a = NORMALIZER.normalize(Input.of(newsApi(generated), "g.json"));
            Article back = NORMALIZER.normalize(Input.of(newsApi(a), "n.json"));
            assertEquals(a.title(), back.title());
            assertEquals(a.excerpt(), back.excerpt());
            assertEquals(a.url(), back.url());
            assertEquals(a.publishedAt(), back.publishedAt());
            assertEquals(a.authors().isEmpty() ? null : a.authors().get(0).name(),
                    back.authors().isEmpty() ? null : back.authors().get(0).name());
        });
    }
}
