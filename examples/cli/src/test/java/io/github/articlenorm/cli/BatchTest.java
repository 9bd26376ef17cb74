package io.github.articlenorm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlenorm.Article;
import io.github.articlenorm.formats.json.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A directory tree of good and bad inputs through the command line: every good file becomes an article, every bad
 * one a line in {@code --failures} with its reason, the exit status is 1, and nothing is lost or cut in half.
 */
class BatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static int run(PrintStream err, ByteArrayOutputStream out, String... args) {
        return Main.run(args, new ByteArrayInputStream(new byte[0]), out, err);
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** A file system entry no one can read: mode 000, or, for root (who reads those anyway), a pipe. */
    private static Path unreadable(Path dir) throws IOException, InterruptedException {
        Path locked = write(dir.resolve("locked/secret.txt"), "Secret title\n\nA paragraph nobody may read.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(locked)) {
            return locked;
        }
        Files.delete(locked);
        Path fifo = dir.resolve("locked/pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "cannot make an unreadable file here");
        return fifo;
    }

    @Test
    @Timeout(120)
    void everyInputIsAnArticleOrAListedFailure(@TempDir Path dir) throws Exception {
        Path tree = dir.resolve("dumps");
        List<Path> good = new ArrayList<>();
        good.add(write(tree.resolve("a/page.txt"), "Harbour reopens\n\nBy Ana Lima\n\nThe harbour reopened on "
                + "Monday after a week of repairs, and the first boats came in at dawn.\n"));
        good.add(write(tree.resolve("a/post.md"), "---\ntitle: Night buses\ndate: 2024-03-02\n---\n\nNight buses "
                + "run every day from April.\n"));
        good.add(write(tree.resolve("b/page.html"), "<!DOCTYPE html><html><head><title>Library opens</title></head>"
                + "<body><article><h1>Library opens</h1><p>The new library opened its doors on Saturday, with "
                + "a reading room, a café and a garden.</p></article></body></html>"));
        Path records = write(tree.resolve("b/records.jsonl"), "{\"title\":\"First record\",\"text\":\"One.\"}\n"
                + "{\"title\":\"Second record\",\"text\":\"Two.\"}\n");
        // A file past the input limit: read in part, with a warning.
        Path huge = tree.resolve("c/huge.txt");
        Files.createDirectories(huge.getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(huge), 1 << 16)) {
            o.write("A huge dump\n\n".getBytes(StandardCharsets.UTF_8));
            byte[] line = ("The council met again and the people of the town said it was time to act.\n")
                    .getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < (65L << 20); n += line.length) {
                o.write(line);
            }
        }
        good.add(huge);

        List<Path> bad = new ArrayList<>();
        bad.add(write(tree.resolve("a/broken.json"), "{\"title\": \"Cut off"));
        bad.add(write(tree.resolve("a/open.md"), "---\ntitle: Never closed\n\nBody.\n"));
        bad.add(write(tree.resolve("b/empty.txt"), ""));
        Path png = tree.resolve("b/image.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
            'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0});
        bad.add(png);
        bad.add(unreadable(tree));
        Path loop = tree.resolve("c/loop.txt");
        Files.createSymbolicLink(loop, loop.getFileName());
        bad.add(loop);
        Path dirLoop = tree.resolve("c/up");
        Files.createSymbolicLink(dirLoop, Path.of(".."));  // a link to a directory: not followed, not an input

        Path failures = dir.resolve("failures.jsonl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(new PrintStream(err, true, StandardCharsets.UTF_8), out, "--quiet", "--failures",
                failures.toString(), tree.toString());
        String stderr = err.toString(StandardCharsets.UTF_8);

        assertEquals(1, status, stderr);
        List<Article> articles = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            articles.add(ArticleJson.read(line));
        }
        List<JsonNode> failed = new ArrayList<>();
        for (String line : Files.readAllLines(failures)) {
            failed.add(JSON.readTree(line));
        }

        Set<String> articleSources = new HashSet<>();
        articles.forEach(a -> articleSources.add(a.provenance().source()));
        for (Path g : good) {
            assertTrue(articleSources.contains(g.toString()), g + " gave no article; stderr: " + stderr);
        }
        assertEquals(2, articles.stream().filter(a -> a.provenance().source().equals(records.toString())).count());
        Article big = articles.stream().filter(a -> a.provenance().source().equals(huge.toString())).findFirst()
                .orElseThrow();
        assertTrue(big.provenance().warnings().stream().anyMatch(w -> w.contains("Limits.withMaxInputBytes")),
                big.provenance().warnings().toString());

        Set<String> failedSources = new HashSet<>();
        for (JsonNode f : failed) {
            failedSources.add(f.get("source").asText());
            assertFalse(f.get("error").asText().isBlank(), f.toString());
        }
        for (Path b : bad) {
            assertTrue(failedSources.contains(b.toString()), b + " is not listed in --failures: " + failed);
        }
        assertEquals(good.size() + 2 + bad.size(), articles.size() + failed.size(),
                () -> "articles and failures must add up to the inputs (the JSON Lines file holds two): "
                        + articleSources + " " + failedSources + " " + articles.size() + " " + failed);
        String loopError = failed.stream().filter(f -> f.get("source").asText().equals(loop.toString()))
                .findFirst().orElseThrow().get("error").asText();
        assertTrue(loopError.contains("cannot read"), loopError);
    }

    @Test
    @Timeout(120)
    void anInterruptedRunLeavesOnlyWholeJsonLines(@TempDir Path dir) throws Exception {
        Path tree = dir.resolve("many");
        Files.createDirectories(tree);
        String body = "The ferry crossed the bay in the morning fog, and the harbour master counted every boat. "
                .repeat(20);
        for (int i = 0; i < 4000; i++) {
            Files.writeString(tree.resolve(String.format("%05d.txt", i)), "Ferry report " + i + "\n\n" + body
                    + "\n");
        }
        Path output = dir.resolve("out.jsonl");
        Path failures = dir.resolve("failures.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--quiet", "--failures", failures.toString(), tree.toString())
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // Stop it once some output is out, mid-run.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (Files.size(output) < (1 << 18) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(p.isAlive(), "the run ended before it could be interrupted; make the tree larger");
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        byte[] bytes = Files.readAllBytes(output);
        assertTrue(bytes.length > 0);
        assertEquals('\n', bytes[bytes.length - 1], "the output ends inside a line");
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        assertTrue(lines.length < 4000, "the run was not interrupted");
        for (String line : lines) {
            assertEquals("Ferry report", ArticleJson.read(line).title().substring(0, 12));
        }
        assertTrue(Files.size(failures) == 0 || Files.readString(failures).endsWith("\n"));
        assertFalse(new File(output.toString()).length() == 0);
    }
}
