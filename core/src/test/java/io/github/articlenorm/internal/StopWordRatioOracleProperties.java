package io.github.articlenorm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Languages#stopWordRatio} looks tokens up in place, without building Strings. These properties compare it
 * with a plain reference that builds one String per token and looks it up in the public stop-word sets: the two
 * must give exactly the same ratio on every text.
 */
class StopWordRatioOracleProperties {

    private static final List<String> CODES = List.of("en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "no",
        "pl", "ru", "uk", "bg");
    private static final int MAX_TOKEN_CHARS = 40;
    private static final Set<String> STOP = new HashSet<>();
    private static final Set<String> ELISIONS = new HashSet<>();
    private static final List<String> WORDS = new ArrayList<>();

    static {
        for (String code : CODES) {
            for (String w : Languages.stopWords(code)) {
                STOP.add(w);
                WORDS.add(w);
                if (w.endsWith("'")) {
                    ELISIONS.add(w);
                }
            }
        }
    }

    /** Stop words in upper, lower and mixed case, joined by apostrophes, marks, digits, spaces and odd chars. */
    private static Gen<String> wordySoup() {
        Gen<String> piece = Generate.oneOf(
            Generate.pick(WORDS),
            Generate.pick(WORDS).map(w -> w.toUpperCase(java.util.Locale.ROOT)),
            Generate.pick(List.of(" ", "  ", "'", "\u2019", "\u02BC", "\u0301", "-", ".", "9", "\n", "\uD835\uDC00",
                "\uD800", "é", "e\u0301", "Straße", "İ", "ǅ", "x".repeat(45), "l'", "qu'", "dell'")),
            integers().between(0x20, 0x52F).map(cp -> new String(Character.toChars(cp))));
        return lists().of(piece).ofSizeBetween(0, 60).map(parts -> String.join("", parts));
    }

    @Test
    void ratioEqualsTheStringBasedReference() {
        qt().withExamples(3_000).forAll(wordySoup()).checkAssert(text ->
            assertEquals(reference(text), Languages.stopWordRatio(text), 0.0, text));
    }

    @Test
    void ratioOfArbitraryCodePointsEqualsTheReference() {
        Gen<String> any = lists().of(integers().between(0, 0x10FFFF)).ofSizeBetween(0, 200).map(cps -> {
            StringBuilder sb = new StringBuilder();
            for (int cp : cps) {
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    sb.append((char) cp);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            return sb.toString();
        });
        qt().withExamples(2_000).forAll(any).checkAssert(text ->
            assertEquals(reference(text), Languages.stopWordRatio(text), 0.0, text));
    }

    // The reference: the documented token rules, one String per token.

    private static double reference(String s) {
        int[] counts = new int[2]; // tokens, stop tokens
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean hasMark = false;
        boolean hasApostrophe = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (word.length() < MAX_TOKEN_CHARS) {
                    word.appendCodePoint(Character.toLowerCase(cp));
                }
                inWord = true;
            } else if (inWord && isMark(cp)) {
                if (word.length() < MAX_TOKEN_CHARS) {
                    word.appendCodePoint(cp);
                    hasMark = true;
                }
            } else if (inWord && isApostrophe(cp) && i + width < s.length()
                    && Character.isLetter(s.codePointAt(i + width))) {
                if (word.length() < MAX_TOKEN_CHARS) {
                    word.append('\'');
                    hasApostrophe = true;
                }
            } else if (inWord) {
                emit(word.toString(), hasMark, hasApostrophe, counts);
                word.setLength(0);
                inWord = false;
                hasMark = false;
                hasApostrophe = false;
            }
            i += width;
        }
        if (inWord) {
            emit(word.toString(), hasMark, hasApostrophe, counts);
        }
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    private static void emit(String w, boolean hasMark, boolean hasApostrophe, int[] counts) {
        if (hasMark) {
            w = Normalizer.normalize(w, Normalizer.Form.NFC);
        }
        if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        while (hasApostrophe) {
            int a = w.indexOf('\'');
            if (a < 0 || STOP.contains(w)) {
                break;
            }
            String head = w.substring(0, a + 1);
            if (!ELISIONS.contains(head) || a + 1 >= w.length()) {
                break;
            }
            count(head, counts);
            w = w.substring(a + 1);
        }
        count(w, counts);
    }

    private static void count(String token, int[] counts) {
        counts[0]++;
        if (STOP.contains(token)) {
            counts[1]++;
        }
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
            || t == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }
}
