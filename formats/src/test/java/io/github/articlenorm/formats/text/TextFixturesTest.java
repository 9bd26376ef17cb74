package io.github.articlenorm.formats.text;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import io.github.articlenorm.formats.json.ArticleJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden fixtures of the text format: every {@code fixtures/text/<case>.txt} beside {@code <case>.expected.json}.
 * Adding a case is adding two files. Run with {@code -Dfixtures.regenerate=true} to rewrite the expected files from
 * the current output (then review the diff by eye before committing).
 */
class TextFixturesTest {
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder()
            .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .defaultZone(ZoneOffset.UTC)
            .build();

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = folder();
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt")).sorted().toList();
            assertFalse(names.isEmpty(), "no fixtures in " + dir);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fixtureGivesTheExpectedArticle(String name) throws IOException, URISyntaxException {
        Path dir = folder();
        byte[] input = Files.readAllBytes(dir.resolve(name));
        Article article = NORMALIZER.normalize(Input.of(input, name));
        assertEquals(TextFormat.ID, article.provenance().format());
        String json = ArticleJson.writePretty(article) + "\n";
        Path expected = dir.resolve(name.substring(0, name.length() - 4) + ".expected.json");
        if (Boolean.getBoolean("fixtures.regenerate")) {
            Path source = Path.of("src/test/resources/fixtures/text").resolve(expected.getFileName());
            Files.writeString(source, json, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), "missing " + expected.getFileName() + " beside " + name);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), json, name);
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(TextFixturesTest.class.getResource("/fixtures/text").toURI());
    }
}
