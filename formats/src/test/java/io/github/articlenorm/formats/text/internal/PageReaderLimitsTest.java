package io.github.articlenorm.formats.text.internal;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import io.github.articlenorm.formats.text.TextFormat;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text format's own bounds: they keep a pathological dump's heap small and say so in a warning. */
class PageReaderLimitsTest {
    private static final ArticleNormalizer TEXT = ArticleNormalizer.builder().formats(new TextFormat()).build();

    @Test
    void cutsALineLongerThanTheLineLimitWithAWarning() {
        String sentence = "The ferry left the harbour on time, and the passengers waved from the deck. ";
        String line = sentence.repeat(PageReader.MAX_LINE_CHARS / sentence.length() + 2);
        Article a = TEXT.normalize(Input.of("Long line\n\n" + line + "\n", "long.txt"));
        assertEquals(1, a.body().size());
        assertTrue(a.text().length() <= PageReader.MAX_LINE_CHARS, "kept " + a.text().length());
        assertEquals(1, a.provenance().warnings().size(), a.provenance().warnings().toString());
        assertEquals("line 3 has " + line.length() + " characters; kept the first " + PageReader.MAX_LINE_CHARS
                + " (the text format's line limit)", a.provenance().warnings().get(0));
    }

    @Test
    void stopsAtTheLineCountLimitWithAWarning() {
        String dump = "Many lines\n\n" + "A short line of chrome\n".repeat(PageReader.MAX_LINES);
        Article a = TEXT.normalize(Input.of(dump, "lines.txt"));
        assertTrue(a.provenance().warnings().contains("read only the first " + PageReader.MAX_LINES
                + " lines (the text format's line count limit)"), a.provenance().warnings().toString());
    }

    @Test
    void aDumpOfExactlyTheLineLimitGetsNoLimitWarning() {
        String dump = "Many lines\n" + "A short line of chrome\n".repeat(PageReader.MAX_LINES - 1) + "\n\n";
        Article a = TEXT.normalize(Input.of(dump, "lines.txt"));
        assertTrue(a.provenance().warnings().stream().noneMatch(w -> w.contains("line count limit")),
                a.provenance().warnings().toString());
    }
}
