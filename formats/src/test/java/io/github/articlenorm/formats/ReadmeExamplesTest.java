package io.github.articlenorm.formats;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Batch;
import io.github.articlenorm.Limits;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The README's Java snippets, compiled and run. {@link #everyReadmeSnippetIsHere} fails when the README shows Java
 * code that this file does not contain word for word, so the two cannot drift apart.
 */
class ReadmeExamplesTest {

    @Test
    void firstScreenExample() throws IOException {
        String title = withFiles(Map.of("dump.txt", "Ferry service resumes\n\nThe ferry sails again.\n"), () -> {
            // README begins
            ArticleNormalizer normalizer = ArticleNormalizer.builder()
                    .defaultZone(ZoneId.of("Europe/Berlin"))
                    .build();                                        // immutable and thread-safe: share it
            Article article = normalizer.normalize(Path.of("dump.txt"));
            System.out.println(article.title() + " — " + article.publishedAt() + " — " + article.wordCount() + " words");
            // README ends
            return article.title();
        });
        assertEquals("Ferry service resumes", title);
    }

    @Test
    void fixtureExample() {
        // README begins
        Article fixture = Article.builder()
                .title("Ferry service resumes")
                .publishedAt("2025-03-04T08:15:00Z")
                .addAuthor("Marta Keane")
                .addParagraph("The passenger ferry returned to service on Tuesday.")
                .build();
        Article variant = fixture.toBuilder().title("Ferry service suspended").id(null).build();
        // README ends
        assertEquals("Marta Keane", fixture.authors().get(0).name());
        assertEquals(8, fixture.wordCount());
        assertNotEquals(fixture.id(), variant.id());
    }

    @Test
    void batchExample() throws IOException {
        ArticleNormalizer normalizer = ArticleNormalizer.standard();
        Batch result = withFiles(Map.of("dumps/one.txt", "One\n\nBody.", "dumps/two.bin", "\u0000\u0001"), () -> {
            // README begins
            Batch batch = normalizer.normalizeAll(Path.of("dumps/"));
            batch.failures().forEach(f -> System.err.println(f.message()));
            // README ends
            return batch;
        });
        assertEquals(1, result.articles().size());
        assertEquals(1, result.failures().size());
    }

    @Test
    void limitsExample() {
        // README begins
        ArticleNormalizer strict = ArticleNormalizer.builder()
                .limits(Limits.defaults().withMaxInputBytes(8 << 20).withMaxRecords(10_000))
                .strict(true)                                    // warnings fail the record instead
                .build();
        // README ends
        assertEquals("Title", strict.normalize("Title\n\nBody.").title());
    }

    @Test
    void everyReadmeSnippetIsHere() throws IOException {
        String readme = Files.readString(repoRoot().resolve("README.md"));
        String self = squash(Files.readString(repoRoot().resolve(
                "formats/src/test/java/io/github/articlenorm/formats/ReadmeExamplesTest.java")));
        List<String> snippets = javaBlocks(readme);
        assertTrue(snippets.size() >= 4, "expected the README to show Java snippets, found " + snippets.size());
        for (String snippet : snippets) {
            if (!self.contains(squash(snippet))) {
                fail("README snippet is not tested in ReadmeExamplesTest:\n" + snippet);
            }
        }
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while ((at = markdown.indexOf("```java\n", at)) >= 0) {
            int end = markdown.indexOf("```", at + 8);
            out.add(markdown.substring(at + 8, end));
            at = end + 3;
        }
        return out;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("README.md"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    private interface Body<T> {
        T run() throws IOException;
    }

    /**
     * Runs a snippet that names files by relative path: the files are created under the working directory for the
     * duration of the call, then deleted.
     */
    private static <T> T withFiles(Map<String, String> files, Body<T> body) throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> made = new ArrayList<>();
        try {
            for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
                Path target = cwd.resolve(f.getKey());
                for (Path dir = target.getParent(); !Files.exists(dir); dir = dir.getParent()) {
                    made.add(0, dir);
                }
                Files.createDirectories(target.getParent());
                made.add(Files.writeString(target, f.getValue()));
            }
            return body.run();
        } finally {
            for (int i = made.size() - 1; i >= 0; i--) {
                Files.deleteIfExists(made.get(i));
            }
        }
    }
}
