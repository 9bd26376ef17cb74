package io.github.articlenorm.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class TextsTest {

    @Test
    void collapsesEveryKindOfWhitespace() {
        assertEquals("a b c d e", Texts.clean(" a\t\tb\r\nc\u00A0\u2009d\u3000 e \n"));
    }

    @Test
    void dropsInvisibleCharacters() {
        assertEquals("softhyphen zerowidth", Texts.clean("soft\u00ADhyphen zero\u200Bwidth\uFEFF\u2060"));
    }

    @Test
    void dropsControlCharacters() {
        assertEquals("ab", Texts.clean("a\u0000\u0007b\u009F"));
    }

    @Test
    void composesToNfc() {
        assertEquals("caf\u00E9", Texts.clean("cafe\u0301"));
    }

    @Test
    void keepsNullAndEmptiesToNullOnRequest() {
        assertNull(Texts.clean(null));
        assertEquals("", Texts.clean(" \u200B "));
        assertNull(Texts.cleanOrNull(" \u200B "));
    }

    @Test
    void shortensWithoutSplittingSurrogatePairs() {
        assertEquals("ab…", Texts.shorten("ab\uD83D\uDE00cdef", 4));
        assertEquals("abc", Texts.shorten("abc", 4));
    }

    @Test
    void cleanIsIdempotentAndNeverHasEdgeOrDoubleSpaces() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(s -> {
            String c = Texts.clean(s);
            assertEquals(c, Texts.clean(c));
            assertEquals(c.strip(), c);
            assertEquals(-1, c.indexOf("  "));
        });
    }

    @Test
    void cleanOfAsciiDropsControlsThenCollapsesAndTrimsSpaces() {
        qt().forAll(strings().betweenCodePoints(0x1F, 0x7F).ofLengthBetween(0, 120)).checkAssert(s -> {
            String visible = s.replace("\u001F", "").replace("\u007F", "");
            String expected = String.join(" ", visible.strip().split(" +"));
            assertEquals(expected, Texts.clean(s));
        });
    }
}
