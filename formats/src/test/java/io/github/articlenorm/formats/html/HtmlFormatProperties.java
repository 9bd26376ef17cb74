package io.github.articlenorm.formats.html;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Input;
import io.github.articlenorm.formats.json.ArticleJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class HtmlFormatProperties {

    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder().format("html")
            .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

    private static final List<String> PIECES = List.of("<", ">", "</", "<p>", "</p>", "<div class=\"share\">",
            "</div>", "<h1>", "</h1>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x0;",
            "&", "\"", "'", "=", "<a href=\"", "\">", "</a>", "<table><tr><td>", "<figure><img src=x>",
            "<figcaption>", "<blockquote>", "<ul><li>", "<script type=\"application/ld+json\">{\"@type\":",
            "\"NewsArticle\"", "[", "]", "{", "}", "<meta property=\"og:title\" content=\"", "<time datetime=\"",
            "2024-01-01", "text ", "Words that make a sentence, with commas, here. ", "\u202E", "\u0000", "\uD800",
            "<html lang=\"", "<body>", "<!DOCTYPE html>", "<svg><math>", "<title>", "</title>", "\n", " ");

    private static Gen<String> tagSoup() {
        return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 120)
                .map(ixs -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i : ixs) {
                        sb.append(PIECES.get(i));
                    }
                    return sb.toString();
                });
    }

    @Test
    void arbitraryTagSoupFailsOnlyWithArticleParseException() {
        qt().withExamples(300).forAll(tagSoup()).checkAssert(soup -> {
            try {
                NORMALIZER.normalize(Input.of(soup.getBytes(StandardCharsets.UTF_8), "soup.html"));
            } catch (ArticleParseException expected) {
                // a clear refusal is allowed; anything else escapes and fails the property
            }
        });
    }

    @Test
    void arbitraryStringsFailOnlyWithArticleParseException() {
        qt().withExamples(200).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 300)).checkAssert(s -> {
            try {
                NORMALIZER.normalize(Input.of(s.getBytes(StandardCharsets.UTF_8), "any.html"));
            } catch (ArticleParseException expected) {
                // allowed
            }
        });
    }

    @Test
    void whitespaceBetweenTagsDoesNotChangeTheArticle() {
        qt().withExamples(60).forAll(integers().between(0, 5), integers().between(0, 5)).checkAssert((a, b) -> {
            String gap1 = "\n".repeat(a) + " ".repeat(b);
            String gap2 = "\t".repeat(b) + "\r\n".repeat(a);
            assertEquals(body(page(gap1, false)), body(page(gap2, false)));
        });
    }

    @Test
    void attributeOrderDoesNotChangeTheArticle() {
        qt().withExamples(20).forAll(integers().between(0, 3)).checkAssert(n -> {
            String gap = " ".repeat(n + 1);
            assertEquals(body(page(gap, false)), body(page(gap, true)));
        });
    }

    /** The article without the parts that name the input bytes (hash, size). */
    private static String body(String page) {
        Article a = NORMALIZER.normalize(Input.of(page.getBytes(StandardCharsets.UTF_8), "page.html"));
        return ArticleJson.write(a.toBuilder().provenance(io.github.articlenorm.Provenance.NONE).build());
    }

    private static String page(String gap, boolean swapAttributes) {
        String meta = swapAttributes ? "<meta content=\"Lake swim season opens\" property=\"og:title\">"
                : "<meta property=\"og:title\" content=\"Lake swim season opens\">";
        String div = swapAttributes ? "<div id=\"main\" class=\"article-body\">" : "<div class=\"article-body\" id=\"main\">";
        return "<!DOCTYPE html>" + gap + "<html lang=\"en\">" + gap + "<head>" + gap + meta + gap + "</head>" + gap
                + "<body>" + gap + "<nav class=\"menu\"><a href=\"/\">Home</a></nav>" + gap + div + gap
                + "<h1>Lake swim season opens</h1>" + gap
                + "<p>The lifeguards at Miller Lake start their season on Saturday, a week earlier than last year, "
                + "because the water is already warm enough, the parks office said.</p>" + gap
                + "<p>Swimming is allowed between the buoys from ten to six, and the kiosk will sell ice cream "
                + "and coffee on weekends.</p>" + gap + "</div>" + gap + "</body>" + gap + "</html>";
    }
}
