package io.github.articlenorm.cli;

import io.github.articlenorm.Article;
import io.github.articlenorm.formats.json.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutPathsNormalizesTheBundledSamples() {
        Run r = run("");
        assertEquals(0, r.status(), r.err());
        List<String> sources = r.lines().stream().map(ArticleJson::read).map(a -> a.provenance().source())
                .collect(Collectors.toList());
        // One sample per format, in order; the JSON Lines sample holds two records.
        assertEquals(Main.SAMPLES, sources.stream().distinct().collect(Collectors.toList()));
        assertEquals(Main.SAMPLES.size() + 1, sources.size());
        assertTrue(r.err().contains(sources.size() + " articles, 0 failures"), r.err());
    }

    @Test
    void writesOneJsonLinePerFileInInputOrder(@TempDir Path dir) throws IOException {
        Path b = Files.writeString(dir.resolve("b.txt"), "Second title\n\nBody two.");
        Path a = Files.writeString(dir.resolve("a.txt"), "First title\n\nBody one.");
        Run r = run("", b.toString(), a.toString());
        assertEquals(0, r.status(), r.err());
        List<Article> articles = r.lines().stream().map(ArticleJson::read).collect(Collectors.toList());
        assertEquals(List.of("Second title", "First title"),
                articles.stream().map(Article::title).collect(Collectors.toList()));
    }

    @Test
    void readsStandardInputForADash() {
        Run r = run("From stdin\n\nA paragraph.", "-");
        assertEquals(0, r.status(), r.err());
        Article a = ArticleJson.read(r.lines().get(0));
        assertEquals("From stdin", a.title());
        assertEquals("-", a.provenance().source());
    }

    @Test
    void failedInputsExitOneKeepTheRestAndGoToTheFailuresFile(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Good\n\nBody.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path failures = dir.resolve("failures.jsonl");
        Run r = run("", "--failures", failures.toString(), empty.toString(), dir.resolve("missing.txt").toString(),
                good.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.lines().size());
        assertEquals("Good", ArticleJson.read(r.lines().get(0)).title());
        List<String> failed = Files.readAllLines(failures);
        assertEquals(2, failed.size());
        assertTrue(failed.get(0).contains("\"source\":\"" + empty + "\""), failed.get(0));
        assertTrue(failed.get(1).contains("missing.txt") && failed.get(1).contains("\"error\""), failed.get(1));
        assertTrue(r.err().contains("1 article, 2 failures"), r.err());
        assertTrue(r.err().contains("failed: " + empty), r.err());
    }

    @Test
    void prettyOutputReadsBackToTheSameArticle() {
        Run compact = run("Title\n\nBody.", "-");
        Run pretty = run("Title\n\nBody.", "--pretty", "-");
        assertTrue(pretty.lines().size() > 10);
        Article a = ArticleJson.read(compact.out());
        Article b = ArticleJson.read(pretty.out());
        assertEquals(a.toBuilder().provenance(null).build(), b.toBuilder().provenance(null).build());
    }

    @Test
    void forcedFormatAndZoneAreAccepted() {
        Run r = run("Title\n\nBody.", "--format", "text", "--zone=Europe/Berlin", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals(1.0, ArticleJson.read(r.lines().get(0)).provenance().confidence());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("", "--nope").status());
        assertEquals(2, run("", "--zone", "Mars/Olympus").status());
        assertEquals(2, run("", "--format", "nope").status());
        Run missingValue = run("", "--format");
        assertEquals(2, missingValue.status());
        assertTrue(missingValue.err().contains("--format needs a value"), missingValue.err());
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        Run r = run("", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("usage: articlenorm"), r.out());
    }
}
