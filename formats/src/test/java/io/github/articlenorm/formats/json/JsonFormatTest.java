package io.github.articlenorm.formats.json;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Batch;
import io.github.articlenorm.Input;
import io.github.articlenorm.Limits;
import io.github.articlenorm.Outcome;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Sniff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(10)
class JsonFormatTest {

    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder()
            .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

    private static List<Outcome> outcomes(ArticleNormalizer n, String json) {
        return n.stream(Input.of(json, "t.json")).toList();
    }

    private static String failure(Outcome o) {
        return assertInstanceOf(Outcome.Failure.class, o).error().getMessage();
    }

    @Test
    void detectsObjectsArraysAndJsonLinesWithHighConfidence() {
        JsonFormat f = new JsonFormat();
        assertTrue(f.detect(new Sniff("a", null, "\n {\"title\": \"x\"}", true)).confidence() >= 0.9);
        assertTrue(f.detect(new Sniff("a", null, "[{\"title\": \"x\"}]", true)).confidence() >= 0.9);
        Detection lines = f.detect(new Sniff("a", null, "{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n", true));
        assertTrue(lines.confidence() >= 0.9 && lines.evidence().contains("JSON Lines"), lines.evidence());
        assertTrue(f.detect(new Sniff("a", null, "{\"title\": \"cut sho", false)).confidence() >= 0.9);
        assertEquals(0, f.detect(new Sniff("a", null, "<html><body>x</body></html>", true)).confidence());
        assertEquals(0, f.detect(new Sniff("a", null, "---\ntitle: x\n---\n", true)).confidence());
        assertTrue(f.detect(new Sniff("a", null, "[Photo] A headline in brackets", true)).confidence() < 0.5);
    }

    @Test
    void failsAMalformedJsonLinesRecordAloneWithItsLineNumber() {
        List<Outcome> out = outcomes(NORMALIZER, "{\"title\":\"One\"}\n\n{\"title\": oops}\n{\"title\":\"Three\"}\n");
        assertEquals(3, out.size());
        assertEquals("One", out.get(0).article().title());
        assertEquals(0, out.get(0).article().provenance().record());
        Outcome.Failure bad = assertInstanceOf(Outcome.Failure.class, out.get(1));
        assertEquals("line 3", bad.error().location());
        assertEquals("Three", out.get(2).article().title());
        assertEquals(2, out.get(2).article().provenance().record());
        assertEquals("line 4: /title", out.get(2).article().provenance().fields().get("title").location());
    }

    @Test
    void readsJsonLinesEndedByCarriageReturnsAsLines() {
        // Classic Mac OS line ends: the same records, failures and line numbers as with line feeds.
        String lines = "{\"title\":\"One\"}\n\n{\"title\": oops}\n{\"title\":\"Three\"}\n";
        List<String> expected = outcomes(NORMALIZER, lines).stream().map(JsonFormatTest::summary).toList();
        List<Outcome> out = outcomes(NORMALIZER, lines.replace('\n', '\r'));
        assertEquals(expected, out.stream().map(JsonFormatTest::summary).toList());
        assertEquals("line 4: /title", out.get(2).article().provenance().fields().get("title").location());
    }

    private static String summary(Outcome o) {
        return o instanceof Outcome.Failure f ? f.error().getMessage() + " @ " + f.error().location()
                : o.article().title() + " " + o.article().provenance().record() + " "
                + o.article().provenance().fields();
    }

    @Test
    void givesASingleObjectNoRecordIndex() {
        Article a = NORMALIZER.normalize("{\"title\":\"Solo\",\"publishedAt\":\"2020-01-02T03:04:05Z\"}");
        assertNull(a.provenance().record());
        assertEquals("aliases", a.provenance().parser());
        assertEquals("/publishedAt", a.provenance().fields().get("publishedAt").location());
    }

    @Test
    void keepsCrawlDatesOutOfThePublicationDate() {
        Article a = NORMALIZER.normalize("{\"title\":\"T\",\"crawled\":\"2020-01-02T03:04:05Z\","
                + "\"warc_date\":\"2020-01-03T00:00:00Z\"}");
        assertNull(a.publishedAt());
        assertEquals("2020-01-02T03:04:05Z", a.extras().get("crawled"));
        assertEquals("2020-01-03T00:00:00Z", a.extras().get("warc_date"));
    }

    @Test
    void removesTheTruncationMarkerOfAShortenedText() {
        Article a = NORMALIZER.normalize("{\"title\":\"T\",\"content\":\"Some text that was cut... [+1234 chars]\"}");
        assertEquals("Some text that was cut", a.text());
        assertEquals("... [+1234 chars]", a.provenance().removed().get(0).text());
        assertTrue(a.provenance().warnings().get(0).contains("[+1234 chars]"));
    }

    @Test
    void turnsHtmlInFieldsIntoCleanBlocks() {
        Article a = NORMALIZER.normalize("{\"title\":\"T\",\"body\":\"<p>One &amp; two</p><h2>Sub</h2><ul><li>x</li>"
                + "</ul>\",\"description\":\"<b>Bold</b> &amp; plain\"}");
        assertEquals(3, a.body().size());
        assertEquals("One & two", a.body().get(0).text());
        assertEquals("Bold & plain", a.excerpt());
    }

    @Test
    void stopsAtTheRecordLimitAndKeepsTheRecordsBefore() {
        ArticleNormalizer n = ArticleNormalizer.builder().limits(Limits.defaults().withMaxRecords(2)).build();
        List<Outcome> out = outcomes(n, "{\"title\":\"1\"}\n{\"title\":\"2\"}\n{\"title\":\"3\"}\n");
        assertEquals(2, out.size());
        assertTrue(out.get(1).article().provenance().warnings().stream().anyMatch(w -> w.contains("withMaxRecords")));
    }

    @Test
    void refusesNestingDeeperThanTheLimitNamingTheSetting() {
        String deep = "{\"title\":\"x\",\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String message = failure(outcomes(NORMALIZER, deep).get(0));
        assertTrue(message.contains("Limits.withMaxDepth"), message);
    }

    @Test
    void refusesNaNAndDuplicateKeysAndTruncatedFiles() {
        assertTrue(failure(outcomes(NORMALIZER, "{\"title\":\"x\",\"n\":NaN}").get(0)).contains("NaN"));
        String dup = failure(outcomes(NORMALIZER, "{\"title\":\"x\",\"title\":\"y\"}").get(0));
        assertTrue(dup.contains("title") && dup.toLowerCase().contains("duplicate"), dup);
        String cut = failure(outcomes(NORMALIZER, "[{\"title\":\"x\"},{\"title\":\"y").get(outcomes(NORMALIZER,
                "[{\"title\":\"x\"},{\"title\":\"y").size() - 1));
        assertTrue(cut.contains("end-of-input"), cut);
    }

    @Test
    void readsHugeStringsInLinearTime() {
        String big = "word ".repeat(2_000_000);
        Article a = NORMALIZER.normalize("{\"title\":\"x\",\"text\":\"" + big + "\"}");
        assertEquals(2_000_000, a.wordCount());
    }

    @Test
    void readsInputWithABomAndInUtf16() {
        String json = "{\"title\":\"Grüße\"}";
        byte[] bom = ("\ufeff" + json).getBytes(StandardCharsets.UTF_8);
        assertEquals("Grüße", NORMALIZER.normalize(Input.of(bom, "b.json")).title());
        byte[] utf16 = ("\ufeff" + json).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Grüße", NORMALIZER.normalize(Input.of(utf16, "u.json")).title());
    }

    @Test
    void streamsATopLevelArrayWithPointers() {
        Batch b = NORMALIZER.normalizeAll(Input.of("[{\"title\":\"a\"},{\"headline\":\"b\"}]", "a.json"));
        assertEquals(2, b.articles().size());
        assertEquals("/1/headline", b.articles().get(1).provenance().fields().get("title").location());
        assertEquals(1, b.articles().get(1).provenance().record());
    }

    @Test
    void streamsFilesLargerThanTheInputLimitRecordByRecord(@TempDir Path dir) throws IOException {
        ArticleNormalizer small = ArticleNormalizer.builder()
                .limits(Limits.defaults().withMaxInputBytes(64 * 1024)).build();
        StringBuilder lines = new StringBuilder();
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < 5_000; i++) {
            String record = "{\"title\":\"Record " + i + "\",\"text\":\"" + "body ".repeat(40) + "\"}";
            lines.append(record).append('\n');
            array.append(i == 0 ? "" : ",\n").append(record);
        }
        Path jsonl = Files.writeString(dir.resolve("big.jsonl"), lines);
        Path json = Files.writeString(dir.resolve("big.json"), array.append("]"));
        for (Path p : List.of(jsonl, json)) {
            Batch b = small.normalizeAll(p);
            assertEquals(5_000, b.articles().size(), p.toString());
            assertEquals("Record 4999", b.articles().get(4_999).title());
            assertEquals(4_999, b.articles().get(4_999).provenance().record());
        }
    }

    @Test
    void keepsUnmappedKeysInExtras() {
        Article a = NORMALIZER.normalize("{\"title\":\"x\",\"paywall\":true,\"stats\":{\"views\":12}}");
        assertEquals(true, a.extras().get("paywall"));
        assertEquals(java.util.Map.of("views", 12L), a.extras().get("stats"));
    }
}
