package io.github.articlenorm.formats.html;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import io.github.articlenorm.Limits;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pathological pages: each must finish quickly, without a stack overflow, and say which limit it reached. */
class HtmlHostileTest {

    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder().format("html").build();

    private static Article read(String page) {
        return NORMALIZER.normalize(Input.of(page.getBytes(StandardCharsets.UTF_8), "hostile.html"));
    }

    @Test
    void survivesHundredThousandNestedElements() {
        String page = "<html><body>" + "<div><span>".repeat(100_000) + "x" + "</body></html>";
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(page));
        assertTrue(a.provenance().warnings().stream().anyMatch(w -> w.contains("withMaxDepth")));
    }

    @Test
    void survivesUnclosedTagsAndHugeAttributes() {
        String page = "<!DOCTYPE html><p class=\"" + "a ".repeat(200_000) + "\">text" + "<b><i>".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(page));
    }

    @Test
    void survivesManyParagraphsInLinearTime() {
        String page = "<html><body><div>" + "<p>Short words, with a comma, in a paragraph of text here.</p>".repeat(60_000)
                + "</div></body></html>";
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(page));
        assertTrue(a.body().size() > 1000);
    }

    @Test
    void stopsAtTheTimeBudgetWithAWarning() {
        String page = "<html><body>" + "<div class=\"x\"><p>Some text, with commas, again and again.</p></div>"
                .repeat(50_000) + "</body></html>";
        ArticleNormalizer strict = ArticleNormalizer.builder().format("html")
                .limits(Limits.defaults().withTimeBudget(Duration.ofMillis(1))).build();
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> strict.normalize(Input.of(page.getBytes(StandardCharsets.UTF_8), "slow.html")));
        assertTrue(a.provenance().warnings().stream().anyMatch(w -> w.contains("Limits.withTimeBudget")),
                a.provenance().warnings().toString());
    }

    @Test
    void survivesBrokenJsonLd() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                + "[[[[[[" .repeat(10_000) + "</script></head><body><p>Body text of the page that is long enough to "
                + "count as a paragraph of the article.</p></body></html>";
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(page));
        assertTrue(a.provenance().warnings().stream().anyMatch(w -> w.contains("JSON-LD")));
    }
}
