package io.github.articlenorm.formats.html;

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

/**
 * Golden files: every {@code fixtures/html/<case>.html} must give the article in {@code <case>.expected.json}.
 * Run with {@code -Darticlenorm.regenerate=true} to rewrite the expected files, then review the diff by eye.
 */
class HtmlFixturesTest {

    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder()
            .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
            .build();

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(HtmlFixturesTest.class.getResource("/fixtures/html").toURI());
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pageGivesItsExpectedArticle(Path page) throws IOException {
        String name = page.getFileName().toString();
        Article article = NORMALIZER.normalize(Input.of(Files.readAllBytes(page), name));
        assertEquals("html", article.provenance().format(), "detected format");
        String actual = ArticleJson.writePretty(article) + "\n";
        Path expected = page.resolveSibling(name.substring(0, name.length() - 5) + ".expected.json");
        if (Boolean.getBoolean("articlenorm.regenerate")) {
            Path source = Path.of("src/test/resources/fixtures/html").resolve(expected.getFileName());
            Files.writeString(source, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
    }
}
