package io.github.articlenorm.formats.text;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Block;
import io.github.articlenorm.Input;
import io.github.articlenorm.spi.Sniff;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextFormatTest {
    private static final TextFormat TEXT = new TextFormat();
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder().formats(TEXT).build();

    @Test
    void readsTheFirstNonBlankLineAsTitleAndTheOthersAsParagraphs() {
        Article a = NORMALIZER.normalize("\n\n  The title \n\nFirst.\r\nSecond.\n");
        assertEquals("The title", a.title());
        assertEquals(List.of(Block.paragraph("First."), Block.paragraph("Second.")), a.body());
        assertEquals("line 3", a.provenance().fields().get("title").location());
        assertEquals("line 5", a.provenance().fields().get("body").location());
    }

    @Test
    void detectsReadableTextWithLowConfidence() {
        assertEquals(0.1, TEXT.detect(sniff("Some words")).confidence());
    }

    @Test
    void refusesBinaryEmptyAndBlankInput() {
        assertEquals(0, TEXT.detect(sniff("PNG\u0000\u0001")).confidence());
        assertEquals(0, TEXT.detect(sniff("")).confidence());
        assertEquals(0, TEXT.detect(sniff(" \n\t ")).confidence());
        assertEquals(0, TEXT.detect(sniff("\u0001\u0002\u0003\u0004abc")).confidence());
    }

    @Test
    void lfAndCrlfGiveTheSameArticle() {
        Article lf = NORMALIZER.normalize(Input.of("Title\n\nOne.\nTwo.", "x"));
        Article crlf = NORMALIZER.normalize(Input.of("Title\r\n\r\nOne.\r\nTwo.", "x"));
        assertEquals(lf.title(), crlf.title());
        assertEquals(lf.body(), crlf.body());
    }

    private static Sniff sniff(String head) {
        return new Sniff("x", null, head, true);
    }
}
