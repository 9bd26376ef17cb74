package io.github.articlenorm.formats.frontmatter;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import io.github.articlenorm.formats.json.ArticleJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Golden fixtures: every {@code <case>.<ext>} in {@code fixtures/front-matter/} normalizes to the article in
 * {@code <case>.expected.json}. Run with {@code -Darticlenorm.regenerate=true} to rewrite the expected files, then
 * review the diff by eye before committing.
 */
class FrontMatterFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/fixtures/front-matter");
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder()
            .formats(new FrontMatterFormat())
            .defaultZone(ZoneId.of("Europe/Berlin"))
            .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .build();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(p -> !p.getFileName().toString().endsWith(".expected.json")).sorted()
                    .toList();
            assertFalse(list.isEmpty(), "no fixtures in " + DIR.toAbsolutePath());
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void normalizesToTheExpectedArticle(Path input) throws IOException {
        String name = input.getFileName().toString();
        Article article = NORMALIZER.normalize(Input.of(Files.readAllBytes(input), name));
        Path expectedFile = DIR.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        String actual = ArticleJson.writePretty(article) + "\n";
        if (Boolean.getBoolean("articlenorm.regenerate")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        assertEquals(ArticleJson.read(expected), article, "compare " + expectedFile + " with:\n" + actual);
        assertEquals(expected, actual);
    }
}
