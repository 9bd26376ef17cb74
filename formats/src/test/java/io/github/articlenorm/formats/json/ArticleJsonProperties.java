package io.github.articlenorm.formats.json;

import io.github.articlenorm.Article;
import io.github.articlenorm.Generators;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static io.github.articlenorm.Generators.articles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

class ArticleJsonProperties {

    @Test
    void readsBackAnEqualArticle() {
        qt().forAll(articles()).checkAssert(a -> {
            String json = ArticleJson.write(a);
            assertEquals(a, ArticleJson.read(json), json);
        });
    }

    @Test
    void writesTheSameJsonAfterAReadBack() {
        qt().forAll(articles()).checkAssert(a -> {
            String json = ArticleJson.write(a);
            assertEquals(json, ArticleJson.write(ArticleJson.read(json)));
        });
    }

    @Test
    void writesOneLine() {
        qt().forAll(articles()).checkAssert(a -> {
            String json = ArticleJson.write(a);
            assertFalse(json.contains("\n") || json.contains("\r"), json);
        });
    }

    @Test
    void readsBackPrettyJsonEqual() {
        qt().withExamples(200).forAll(articles()).checkAssert(a ->
                assertEquals(a, ArticleJson.read(ArticleJson.writePretty(a)), Generators.describe(a)));
    }

    @Test
    void readsBackAnEqualArticleFromWhatItWritesToAStream() {
        qt().withExamples(200).forAll(articles()).checkAssert(a ->
                assertEquals(a, ArticleJson.read(new ByteArrayInputStream(utf8(a))), Generators.describe(a)));
    }

    @Test
    void writesTheSameUtf8ToAStreamAsToAString() {
        qt().withExamples(200).forAll(articles()).checkAssert(a ->
                assertArrayEquals(ArticleJson.write(a).getBytes(StandardCharsets.UTF_8), utf8(a)));
    }

    @Test
    void writesJsonThatTheSchemaAccepts() {
        qt().withExamples(200).forAll(articles()).checkAssert(a -> {
            String json = ArticleJson.write(a);
            assertEquals(Set.of(), ArticleSchemaTest.violations(json), json);
        });
    }

    private static byte[] utf8(Article a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ArticleJson.write(a, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
