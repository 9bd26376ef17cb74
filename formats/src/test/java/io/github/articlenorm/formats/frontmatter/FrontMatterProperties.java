package io.github.articlenorm.formats.frontmatter;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Author;
import io.github.articlenorm.Input;
import io.github.articlenorm.formats.frontmatter.internal.Keys;
import io.github.articlenorm.internal.JsonValues;
import io.github.articlenorm.internal.Names;
import io.github.articlenorm.internal.Texts;
import io.github.articlenorm.internal.UrlResult;
import io.github.articlenorm.internal.Urls;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.github.articlenorm.Generators.articles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

/**
 * Front matter written with SnakeYAML from arbitrary articles normalizes back to the same fields, as far as the key
 * mapping can express them (after core's own clean-up of text, URLs and names).
 */
class FrontMatterProperties {
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder()
            .formats(new FrontMatterFormat()).build();

    @Test
    void frontMatterWrittenFromAnArticleReadsBackToTheSameFields() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        // Plain and block styles may write a NEL as a YAML line break, which would hide the closing "---" from
        // every front matter tool (they split lines at \n); double quotes escape it.
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        Yaml yaml = new Yaml(options);
        qt().withExamples(300).forAll(articles()).checkAssert(a -> {
            Map<String, Object> fm = new LinkedHashMap<>();
            put(fm, "title", a.title());
            put(fm, "excerpt", a.excerpt());
            put(fm, "section", a.section());
            put(fm, "type", a.type());
            put(fm, "date", a.publishedAt() == null ? null : a.publishedAt().toString());
            put(fm, "lastmod", a.modifiedAt() == null ? null : a.modifiedAt().toString());
            put(fm, "canonical_url", a.url() == null ? null : a.url().toString());
            if (!a.topics().isEmpty()) {
                fm.put("tags", a.topics());
            }
            List<Map<String, Object>> authors = new ArrayList<>();
            for (Author au : a.authors()) {
                authors.add(Map.of("name", au.name()));
            }
            if (!authors.isEmpty()) {
                fm.put("authors", authors);
            }
            Map<String, Object> extras = new LinkedHashMap<>();
            a.extras().forEach((k, v) -> {
                if (Keys.top(k) == null) {
                    extras.put(k, v);
                }
            });
            fm.putAll(extras);
            String text = "---\n" + yaml.dump(fm) + "---\n";
            Article b;
            try {
                b = NORMALIZER.normalize(Input.of(text, "prop.md"));
            } catch (RuntimeException e) {
                throw new AssertionError(e.getMessage() + " reading:\n" + text, e);
            }

            assertEquals(Texts.cleanOrNull(a.title()), b.title(), text);
            assertEquals(Texts.cleanOrNull(a.excerpt()), b.excerpt(), text);
            assertEquals(Texts.cleanOrNull(a.section()), b.section(), text);
            assertEquals(Texts.cleanOrNull(a.type()), b.type(), text);
            assertEquals(a.publishedAt(), b.publishedAt(), text);
            OffsetDateTime modified = a.modifiedAt() != null && a.publishedAt() != null
                    && a.modifiedAt().isBefore(a.publishedAt()) ? null : a.modifiedAt();
            assertEquals(modified, b.modifiedAt(), text);
            assertEquals(canonical(a.url()), b.url(), text);
            assertEquals(topics(a.topics()), b.topics(), text);
            assertEquals(names(a.authors()), b.authors().stream().map(Author::name).toList(), text);
            assertEquals(JsonValues.copyObject(extras, "extras"), b.extras(), text);
        });
    }

    private static void put(Map<String, Object> fm, String key, String value) {
        if (value != null) {
            fm.put(key, value);
        }
    }

    private static URI canonical(URI url) {
        if (url == null) {
            return null;
        }
        UrlResult r = Urls.canonicalize(url.toString(), null);
        return r.ok() ? r.uri() : null;
    }

    private static List<String> topics(List<String> topics) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String t : topics) {
            String c = Texts.cleanOrNull(t);
            if (c != null && seen.add(c.toLowerCase(Locale.ROOT))) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<String> names(List<Author> authors) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Author au : authors) {
            for (String n : Names.parse(au.name()).names()) {
                String c = Texts.cleanOrNull(n);
                if (c != null && seen.add(c.toLowerCase(Locale.ROOT))) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
