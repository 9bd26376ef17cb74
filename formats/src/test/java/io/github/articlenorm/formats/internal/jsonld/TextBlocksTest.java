package io.github.articlenorm.formats.internal.jsonld;

import io.github.articlenorm.Block;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

class TextBlocksTest {

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void joinsTheLinesOfAParagraphWhenBlankLinesSeparateParagraphs() {
        assertEquals(List.of("ferry route opens", "council votes on the budget"),
                texts(TextBlocks.paragraphs("  ferry route\nopens \n \r\ncouncil votes\n\ton the budget\n")));
    }

    @Test
    void makesAParagraphOfEachLineWhenNoLineIsBlank() {
        assertEquals(List.of("harbor storm", "library hours"),
                texts(TextBlocks.paragraphs("harbor storm \r\n library hours")));
    }

    @Test
    void aBlankFirstOrLastLineDoesNotJoinTheOtherLines() {
        assertEquals(List.of("one", "two"), texts(TextBlocks.paragraphs("\none\ntwo\n")));
    }

    @Test
    void keepsTextOfOneLineAsItIs() {
        String line = "the river market reopens on Tuesday";
        assertSame(line, TextBlocks.paragraphs(line).get(0).text());
    }

    @Test
    void givesNoParagraphsForBlankText() {
        assertEquals(List.of(), TextBlocks.paragraphs(" \n\t\n "));
        assertEquals(List.of(), TextBlocks.of("  "));
    }

    /** Text of short lines of words, spaces, tabs, CR and blank lines, where the line structure matters. */
    private static Gen<String> lineTexts() {
        Gen<String> piece = Generate.pick(List.of("vote", "new plan", " ", "\t", "\r", "\n", "\n\n", "\n \n", "ß",
                "\u2003", "école"));
        return Generate.range(0, 12).flatMap(n -> listsOf(piece, n));
    }

    private static Gen<String> listsOf(Gen<String> piece, int n) {
        Gen<String> out = Generate.constant("");
        for (int i = 0; i < n; i++) {
            out = out.zip(piece, String::concat);
        }
        return out;
    }

    /** The rule, written as plainly as possible: split into lines, strip them, join or split at blank lines. */
    private static List<String> reference(String text) {
        String[] lines = text.split("\n", -1);
        boolean blankLines = false;
        for (int i = 1; i < lines.length - 1; i++) {
            blankLines |= lines[i].isBlank();
        }
        List<String> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank() || !blankLines) {
                if (para.length() > 0) {
                    out.add(para.toString());
                    para.setLength(0);
                }
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            } else {
                para.append(para.length() > 0 ? " " : "").append(line.strip());
            }
        }
        if (para.length() > 0) {
            out.add(para.toString());
        }
        return out;
    }

    @Test
    void splitsParagraphsAsThePlainRuleDoes() {
        qt().withExamples(2000).forAll(lineTexts())
                .checkAssert(text -> assertEquals(reference(text), texts(TextBlocks.paragraphs(text)), text));
    }
}
