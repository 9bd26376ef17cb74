package io.github.articlenorm;

import io.github.articlenorm.internal.Ids;
import io.github.articlenorm.spi.Detection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleNormalizerTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private static ArticleNormalizer normalizer(FakeFormat... formats) {
        return ArticleNormalizer.builder().formats(formats).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    private static final ArticleNormalizer FAKE = normalizer(new FakeFormat("fake", "#fake\n"));

    @Test
    void normalizesOneRecordWithProvenance() {
        Article a = FAKE.normalize(Input.of("#fake\nHello|First paragraph.", "hello.txt"));
        assertEquals("Hello", a.title());
        assertEquals(List.of(Block.paragraph("First paragraph.")), a.body());
        Provenance p = a.provenance();
        assertEquals("hello.txt", p.source());
        assertEquals("fake", p.format());
        assertEquals(0.9, p.confidence());
        assertEquals(NOW, p.ingestedAt());
        assertEquals("#fake\nHello|First paragraph.".length(), p.bytes());
        assertEquals("UTF-8", p.charset());
        assertEquals(64, p.sha256().length());
        assertNull(p.record());
        assertEquals("record", p.fields().get("title").origin());
    }

    @Test
    void sameBytesGiveEqualArticles() {
        byte[] bytes = "#fake\nHello|Body".getBytes(StandardCharsets.UTF_8);
        assertEquals(FAKE.normalize(bytes), FAKE.normalize(bytes.clone()));
    }

    @Test
    void picksTheMostConfidentFormat() {
        ArticleNormalizer n = normalizer(new FakeFormat("low", "#", 0.2, 0), new FakeFormat("high", "#x", 0.8, 0));
        assertEquals("high", n.normalize("#xTitle").provenance().format());
        assertEquals("low", n.normalize("#Title").provenance().format());
    }

    @Test
    void breaksConfidenceTiesByPriorityThenId() {
        ArticleNormalizer byPriority = normalizer(new FakeFormat("a", "#", 0.5, 0), new FakeFormat("b", "#", 0.5, 5));
        assertEquals("b", byPriority.normalize("#T").provenance().format());
        ArticleNormalizer byId = normalizer(new FakeFormat("b", "#", 0.5, 0), new FakeFormat("a", "#", 0.5, 0));
        assertEquals("a", byId.normalize("#T").provenance().format());
        assertEquals(List.of("a", "b"), byId.formatIds());
    }

    @Test
    void detectRanksEveryFormatBestFirst() {
        ArticleNormalizer n = normalizer(new FakeFormat("low", "#", 0.2, 0), new FakeFormat("high", "#x", 0.8, 0));
        Map<String, Detection> ranked = n.detect(Input.of("#xT", "x"));
        assertEquals(List.of("high", "low"), List.copyOf(ranked.keySet()));
        assertEquals("starts with #x", ranked.get("high").evidence());
    }

    @Test
    void forcedFormatSkipsDetection() {
        ArticleNormalizer n = ArticleNormalizer.builder().formats(new FakeFormat("fake", "")).format("fake").build();
        Article a = n.normalize("anything|body");
        assertEquals("fake", a.provenance().format());
        assertEquals(1.0, a.provenance().confidence());
    }

    @Test
    void refusesUnknownForcedFormat() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleNormalizer.builder().formats(new FakeFormat("fake", "")).format("nope").build());
        assertTrue(e.getMessage().contains("\"nope\"") && e.getMessage().contains("fake"), e.getMessage());
    }

    @Test
    void refusesTwoFormatsWithOneIdNamingBothClasses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleNormalizer.builder().formats(new FakeFormat("same", "a"), new FakeFormat("same", "b"))
                        .build());
        assertTrue(e.getMessage().contains("\"same\"") && e.getMessage().contains(FakeFormat.class.getName()),
                e.getMessage());
    }

    @Test
    void failsWhenNoFormatRecognizesTheInput() {
        ArticleParseException e = assertThrows(ArticleParseException.class,
                () -> FAKE.normalize(Input.of("plain", "plain.txt")));
        assertTrue(e.getMessage().startsWith("plain.txt: no format recognizes this input"), e.getMessage());
        assertTrue(e.getMessage().contains("fake: no #fake"), e.getMessage());
    }

    @Test
    void normalizeRefusesMultiRecordInput() {
        ArticleParseException e = assertThrows(ArticleParseException.class,
                () -> FAKE.normalize("#fake\nOne\nTwo"));
        assertTrue(e.getMessage().contains("more than one record"), e.getMessage());
        assertEquals("fake", e.format());
    }

    @Test
    void streamYieldsEveryRecordInOrderWithItsIndex() {
        List<Outcome> outcomes = FAKE.stream(Input.of("#fake\nOne\nTwo\nThree", "three")).toList();
        assertEquals(List.of("One", "Two", "Three"),
                outcomes.stream().map(o -> o.article().title()).collect(Collectors.toList()));
        assertEquals(List.of(0, 1, 2),
                outcomes.stream().map(o -> o.article().provenance().record()).collect(Collectors.toList()));
    }

    @Test
    void aBrokenRecordFailsAloneAndTheOthersAreKept() {
        List<Outcome> outcomes = FAKE.stream(Input.of("#fake\nOne\nFAIL\nThree", "dump")).toList();
        assertEquals(3, outcomes.size());
        Outcome.Failure f = assertInstanceOf(Outcome.Failure.class, outcomes.get(1));
        assertEquals(1, f.record());
        assertEquals("dump", f.source());
        assertEquals("fake", f.format());
        assertEquals("dump: record is broken (fake, record 1)", f.message());
        assertEquals("Three", outcomes.get(2).article().title());
    }

    @Test
    void unexpectedFormatExceptionsBecomeParseExceptions() {
        List<Outcome> outcomes = FAKE.stream(Input.of("#fake\nBOOM\nDEEP\nok", "dump")).toList();
        assertEquals(3, outcomes.size());
        Outcome.Failure boom = assertInstanceOf(Outcome.Failure.class, outcomes.get(0));
        assertInstanceOf(IllegalStateException.class, boom.error().getCause());
        Outcome.Failure deep = assertInstanceOf(Outcome.Failure.class, outcomes.get(1));
        assertTrue(deep.message().contains("nested too deeply"), deep.message());
        assertTrue(outcomes.get(2).isSuccess());
    }

    @Test
    void readsOnlyUpToTheInputLimitAndSaysSo() {
        ArticleNormalizer n = ArticleNormalizer.builder().formats(new FakeFormat("fake", "#"))
                .limits(Limits.defaults().withMaxInputBytes(10)).build();
        Article a = n.normalize(Input.of(new ByteArrayInputStream("#Title|0123456789abcdef".getBytes(
                StandardCharsets.UTF_8)), "long"));
        assertEquals("Title", a.title());
        assertEquals(List.of(Block.paragraph("012")), a.body());
        assertTrue(a.provenance().warnings().stream().anyMatch(w -> w.contains("Limits.withMaxInputBytes")),
                a.provenance().warnings().toString());
    }

    @Test
    void stopsAtTheRecordLimitAndSaysSo() {
        ArticleNormalizer n = ArticleNormalizer.builder().formats(new FakeFormat("fake", "#"))
                .limits(Limits.defaults().withMaxRecords(2)).build();
        List<Outcome> outcomes = n.stream(Input.of("#A\nB\nC\nD", "four")).toList();
        assertEquals(2, outcomes.size());
        assertTrue(outcomes.get(1).article().provenance().warnings().stream()
                .anyMatch(w -> w.contains("Limits.withMaxRecords")));
        assertTrue(outcomes.get(0).article().provenance().warnings().isEmpty());
    }

    @Test
    void strictModeTurnsWarningsIntoFailures() {
        ArticleNormalizer n = ArticleNormalizer.builder().formats(new FakeFormat("fake", "#")).strict(true)
                .limits(Limits.defaults().withMaxInputBytes(4)).build();
        ArticleParseException e = assertThrows(ArticleParseException.class, () -> n.normalize("#Title|body"));
        assertTrue(e.getMessage().contains("strict mode"), e.getMessage());
    }

    @Test
    void walksDirectoriesInNameOrder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "#fake\nTwo");
        Files.writeString(dir.resolve("a.txt"), "#fake\nOne");
        Files.writeString(dir.resolve("c.txt"), "#fake\nThree");
        Batch batch = FAKE.normalizeAll(dir);
        assertTrue(batch.ok());
        assertEquals(List.of("One", "Two", "Three"),
                batch.articles().stream().map(Article::title).collect(Collectors.toList()));
    }

    @Test
    void aMissingFileIsAFailureNotAnException(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), "#fake\nGood");
        Batch batch = FAKE.normalizeAll(dir.resolve("missing.txt"), dir.resolve("good.txt"));
        assertEquals(1, batch.articles().size());
        assertEquals(1, batch.failures().size());
        assertTrue(batch.failures().get(0).message().contains("cannot read"), batch.failures().get(0).message());
        assertFalse(batch.ok());
    }

    @Test
    void normalizeOfAMissingFileThrowsParseException(@TempDir Path dir) {
        ArticleParseException e = assertThrows(ArticleParseException.class,
                () -> FAKE.normalize(dir.resolve("missing.txt")));
        assertTrue(e.getMessage().contains("missing.txt"), e.getMessage());
    }

    @Test
    void timeBudgetIsVisibleToFormats() {
        ArticleNormalizer n = ArticleNormalizer.builder().formats(new FakeFormat("fake", "#"))
                .limits(Limits.defaults().withTimeBudget(Duration.ofNanos(1))).build();
        // The fake format ignores the deadline; the point is that building and reading with a tiny budget works.
        assertEquals("T", n.normalize("#T").title());
    }

    @Test
    void limitsRefuseNonPositiveValuesNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Limits.defaults().withMaxRecords(0));
        assertEquals("maxRecords must be positive, was 0", e.getMessage());
    }

    @Test
    void streamsAFileLargerThanTheInputLimitWhole(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("#stream\n");
        for (int i = 0; i < 50; i++) {
            sb.append("Record ").append(i).append("|body\n");
        }
        Path file = Files.writeString(dir.resolve("big.txt"), sb);
        ArticleNormalizer n = ArticleNormalizer.builder().formats(FakeFormat.streaming("stream", "#stream"))
                .limits(Limits.defaults().withMaxInputBytes(100)).build();
        List<Outcome> outcomes = n.stream(file).toList();
        assertEquals(50, outcomes.size());
        Provenance p = outcomes.get(49).article().provenance();
        assertEquals("Record 49", outcomes.get(49).article().title());
        assertEquals(Files.size(file), p.bytes());
        assertEquals(Ids.sha256Hex(Files.readAllBytes(file)), p.sha256());
        assertTrue(p.warnings().isEmpty(), p.warnings().toString());
    }

    @Test
    void givesTheTextOfALargeFileUpToTheLimitInWholeLinesWithAWarning(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("#fake\n");
        for (int i = 0; i < 50; i++) {
            sb.append("Record ").append(i).append("|body\n");
        }
        Path file = Files.writeString(dir.resolve("big.txt"), sb);
        ArticleNormalizer n = ArticleNormalizer.builder().formats(new FakeFormat("fake", "#fake"))
                .limits(Limits.defaults().withMaxInputBytes(100)).build();
        List<Outcome> outcomes = n.stream(file).toList();
        assertEquals(6, outcomes.size(), "whole lines within the first 100 bytes");
        assertEquals("Record 5", outcomes.get(5).article().title());
        assertTrue(outcomes.get(0).article().provenance().warnings().stream()
                .anyMatch(w -> w.contains("Limits.withMaxInputBytes")));
    }
}
