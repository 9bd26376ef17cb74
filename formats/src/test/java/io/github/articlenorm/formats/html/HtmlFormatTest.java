package io.github.articlenorm.formats.html;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Block;
import io.github.articlenorm.Input;
import io.github.articlenorm.Limits;
import io.github.articlenorm.spi.Sniff;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlFormatTest {
    private static final HtmlFormat HTML = new HtmlFormat();
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder().format("html").build();

    private static Article fixture(String name) throws IOException {
        try (InputStream in = HtmlFormatTest.class.getResourceAsStream("/fixtures/html/" + name + ".html")) {
            return NORMALIZER.normalize(Input.of(in.readAllBytes(), name + ".html"));
        }
    }

    @Test
    void detectsDoctypeHtmlTagAndBodyWithHighConfidence() {
        assertTrue(HTML.detect(sniff("<!DOCTYPE html><html>")).confidence() >= 0.9);
        assertTrue(HTML.detect(sniff("  <html lang=en><p>x")).confidence() >= 0.9);
        assertTrue(HTML.detect(sniff("<body><p>x</p></body>")).confidence() >= 0.8);
    }

    @Test
    void detectsNothingInJsonFrontMatterOrPlainText() {
        assertEquals(0, HTML.detect(sniff("{\"title\": \"<b>x</b>\"}")).confidence());
        assertEquals(0, HTML.detect(sniff("---\ntitle: x\n---\n<p>body</p>")).confidence());
        assertEquals(0, HTML.detect(sniff("Just a line of text.")).confidence());
    }

    @Test
    void readsJsonLdInsideGraphBeforeOtherSources() throws IOException {
        Article a = fixture("jsonld-graph");
        assertEquals("Bridge on Brook Street to close for repairs", a.title());
        assertEquals("JSON-LD NewsArticle.headline", a.provenance().fields().get("title").origin());
        assertEquals("2024-03-05T08:45+01:00", a.publishedAt().toString());
        assertEquals("Jonas Brandt", a.authors().get(0).name());
        assertEquals(1, a.authors().size());
        assertEquals("Lindenfeld Gazette", a.publisher().name());
        assertEquals("https://news.example.com/amp/local/brook-street-bridge", a.ampUrl().toString());
        assertTrue(a.provenance().rejected().stream().anyMatch(r -> r.field().equals("publishedAt")),
                "the Open Graph date is recorded as a loser");
    }

    @Test
    void keepsSubheadingsAndMovesShareButtonsToRemoved() throws IOException {
        Article a = fixture("jsonld-graph");
        assertTrue(a.body().contains(Block.heading("What changes for buses", 2)));
        assertFalse(a.text().contains("Share on Twitter"));
        assertTrue(a.provenance().removed().stream().anyMatch(r -> r.text().contains("Share on Twitter")));
    }

    @Test
    void stripsTheSiteNameFromOpenGraphTitles() throws IOException {
        Article a = fixture("opengraph-only");
        assertEquals("Harbour festival returns with tall ships", a.title());
        assertEquals("en-US", a.language());
        assertEquals(java.util.List.of("festival", "harbour"), a.topics());
    }

    @Test
    void turnsFigureCaptionsIntoImages() throws IOException {
        Article a = fixture("opengraph-only");
        assertTrue(a.images().stream().anyMatch(i -> i.url().toString().endsWith("/img/quay.jpg")
                && "The quay at Port Ellin during the last festival.".equals(i.caption())));
        assertFalse(a.text().contains("The quay at Port Ellin"));
    }

    @Test
    void readsMicrodataWhenItIsTheOnlySource() throws IOException {
        Article a = fixture("microdata-only");
        assertEquals("Priya Nair", a.authors().get(0).name());
        assertEquals("2023-11-20T00:00Z", a.publishedAt().toString());
        assertTrue(a.body().stream().anyMatch(b -> b instanceof Block.ListBlock));
    }

    @Test
    void keepsTheJsonLdDateAndRejectsTheOthers() throws IOException {
        Article a = fixture("conflicting-dates");
        assertEquals("2024-02-10T18:00Z", a.publishedAt().toString());
        assertNull(a.modifiedAt(), "a modified date before the published one is refused");
    }

    @Test
    void leavesOutCommentsNewsletterAndCookieBannerAndKeepsRelatedLinks() throws IOException {
        Article a = fixture("comments-and-related");
        String text = a.text();
        assertFalse(text.contains("Finally!"));
        assertFalse(text.contains("newsletter"));
        assertFalse(text.contains("cookies"));
        assertEquals(2, a.related().size());
        assertEquals("Bus fares frozen for another year", a.related().get(0).title());
        assertTrue(a.body().contains(Block.quote("We want parents to feel safe letting their children ride to school.",
                "Deputy mayor Karl Osei")));
    }

    @Test
    void readsRightToLeftPages() throws IOException {
        Article a = fixture("right-to-left");
        assertEquals("ar", a.language());
        assertEquals("افتتاح مكتبة عامة جديدة في وسط المدينة", a.title());
        assertEquals(2, a.body().size());
    }

    @Test
    void readsAPageWithoutBody() throws IOException {
        Article a = fixture("no-body");
        assertEquals("Short notice about the water supply", a.title());
        assertTrue(a.text().contains("Elm Road"));
    }

    @Test
    void givesNoTextForAPageThatIsAllNavigation() throws IOException {
        Article a = fixture("all-navigation");
        assertTrue(a.body().isEmpty(), a.text());
    }

    @Test
    void flattensMarkupDeeperThanTheDepthLimitWithAWarning() {
        String page = "<html><body>" + "<div>".repeat(300) + "<p>Deep text that still counts as part of the page "
                + "and should survive the flattening.</p>" + "</div>".repeat(300) + "</body></html>";
        Article a = ArticleNormalizer.builder().format("html").limits(Limits.defaults().withMaxDepth(50)).build()
                .normalize(Input.of(page.getBytes(StandardCharsets.UTF_8), "deep.html"));
        assertTrue(a.provenance().warnings().stream().anyMatch(w -> w.contains("withMaxDepth")),
                a.provenance().warnings().toString());
        assertTrue(a.text().contains("Deep text"));
    }

    @Test
    void cutsAPagePastTheNodeLimitAndWarnsNamingTheLimit() {
        StringBuilder page = new StringBuilder("<html><head><title>Long page</title></head><body><article>");
        for (int i = 0; i < 200; i++) {
            page.append("<p>Paragraph number ").append(i).append(" of a long page, with enough words to count as "
                    + "running text for the extractor.</p>");
        }
        page.append("<p>The very last paragraph of the page.</p></article></body></html>");
        byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);

        Article whole = NORMALIZER.normalize(Input.of(bytes, "long.html"));
        Article cut = ArticleNormalizer.builder().format("html").limits(Limits.defaults().withMaxNodes(100)).build()
                .normalize(Input.of(bytes, "long.html"));

        assertTrue(whole.text().contains("very last paragraph"));
        assertTrue(cut.provenance().warnings().stream().anyMatch(w -> w.contains("Limits.withMaxNodes")),
                cut.provenance().warnings().toString());
        assertTrue(cut.text().contains("Paragraph number 0 "), "what was read is kept");
        assertFalse(cut.text().contains("very last paragraph"), "what is past the limit is not");
        assertTrue(cut.body().size() < whole.body().size());
    }

    private static Sniff sniff(String head) {
        return new Sniff("x", null, head, true);
    }
}
