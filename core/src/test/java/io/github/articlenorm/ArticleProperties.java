package io.github.articlenorm;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.articlenorm.Generators.articles;
import static io.github.articlenorm.Generators.blocks;
import static io.github.articlenorm.Generators.listOf;
import static io.github.articlenorm.Generators.texts;
import static io.github.articlenorm.Generators.uris;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

class ArticleProperties {

    @Test
    void copiesWithToBuilderToAnEqualArticle() {
        qt().forAll(articles()).checkAssert(a -> assertEquals(a, a.toBuilder().build(), Generators.describe(a)));
    }

    @Test
    void equalArticlesHaveEqualHashCodes() {
        qt().forAll(articles()).checkAssert(a -> {
            // Rebuilt through the constructor from fresh, mutable copies: equal by value, not by identity.
            Article copy = new Article(a.id(), a.title(), a.subtitle(), a.excerpt(), new ArrayList<>(a.body()),
                    new ArrayList<>(a.authors()), a.publishedAt(), a.modifiedAt(), a.url(), a.ampUrl(),
                    a.language(), a.publisher(), a.credit(), a.section(), a.type(), new ArrayList<>(a.topics()),
                    new ArrayList<>(a.images()), new ArrayList<>(a.related()), new LinkedHashMap<>(a.extras()),
                    a.provenance());
            assertEquals(a, copy);
            assertEquals(a.hashCode(), copy.hashCode());
        });
    }

    @Test
    void computesTheSameIdEveryTime() {
        qt().forAll(articles()).checkAssert(a -> {
            Article unnamed = a.toBuilder().id(null).build();
            assertEquals(unnamed.id(), a.toBuilder().id(null).build().id());
            assertTrue(unnamed.id().matches("[0-9a-f]{16}"), unnamed.id());
            // Only url, title, publication instant and body decide the id.
            Article same = Article.builder().url(a.url()).title(a.title()).publishedAt(a.publishedAt())
                    .body(a.body()).build();
            assertEquals(unnamed.id(), same.id());
        });
    }

    @Test
    void givesTheSameIdToArticlesWithTheSameUrl() {
        qt().forAll(articles(), uris(), texts(), listOf(blocks(), 0, 3)).checkAssert((a, url, title, body) -> {
            Article one = a.toBuilder().id(null).url(url).build();
            Article other = a.toBuilder().id(null).url(url).title(title).body(body).publishedAt((String) null)
                    .build();
            assertEquals(one.id(), other.id());
        });
    }

    /** A word as {@link Article#wordCount()} documents it: a run of letters or digits, with ' ’ - inside. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}'’-]*");

    @Test
    void countsTheWordsOfItsText() {
        qt().forAll(articles()).checkAssert(a -> {
            Matcher m = WORD.matcher(a.text());
            int words = 0;
            while (m.find()) {
                words++;
            }
            assertEquals(words, a.wordCount(), a.text());
        });
    }
}
