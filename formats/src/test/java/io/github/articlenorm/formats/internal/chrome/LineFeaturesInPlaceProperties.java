package io.github.articlenorm.formats.internal.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.articlenorm.internal.Texts;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A line read in place, inside a page's characters, has the features it has on its own, and its text is what core's
 * {@link Texts#clean(String)} makes of it (bullet removed); the clean-up skips the normalizer only for characters
 * NFC leaves alone.
 */
class LineFeaturesInPlaceProperties {

    private static Gen<String> lines() {
        Gen<String> piece = Generate.pick(List.of("Word", "the", " ", "  ", "\t", "\u00a0", "\u200b", "\u00ad",
                "e\u0301", "é", "“", "”", "’", "—", "…", ".", "!", "?", "6:42", "[", "]", "• ", "- ", "1. ", "©",
                "http://", "www.", "Ünïcode", "\u2001", "\u212b", "A\u030a", "\u3002", "x", "\r", "\u0007", ":",
                "Привет", "中文", "\u3000", "\u200e", "\u061c", "\u0915\u093f", "□", "☆", "Ж", "ж", "\u0483",
                "=", "\u0338", "≠", "\u2329"));
        return lists().of(piece).ofSizeBetween(0, 14).map(parts -> String.join("", parts));
    }

    /** The text the features had before they read lines in place: core's clean-up, then the bullet removed. */
    private static String expectedText(String raw) {
        String clean = Texts.clean(raw);
        int skip = LineFeatures.bulletLength(clean);
        return skip > 0 ? clean.substring(skip).strip() : clean;
    }

    private static String summary(LineFeatures f) {
        return f.text() + "|" + f.bullet() + "|" + f.words() + "|" + f.sentenceEnds() + "|" + f.endsSentence()
                + "|" + f.endsWithEllipsis() + "|" + f.capitalisedRatio() + "|" + f.hasDigit() + "|"
                + f.trailingDuration() + "|" + f.bracketed() + "|" + f.hasUrl() + "|" + f.chrome() + "|"
                + f.caseBlindHash();
    }

    @Test
    void readsALineInsideAPageAsItReadsItAlone() {
        qt().withExamples(3000).forAll(lines(), lines(), lines()).checkAssert((before, raw, after) -> {
            String page = before + raw + after;
            LineFeatures inPlace = LineFeatures.of(page.toCharArray(), before.length(), before.length()
                    + raw.length());
            LineFeatures alone = LineFeatures.of(raw);
            assertEquals(expectedText(raw), alone.text(), () -> "line: [" + raw + "]");
            assertEquals(summary(alone), summary(inPlace), () -> "line: [" + raw + "] in [" + page + "]");
            assertEquals(ChromeVocabulary.match(alone.text()), alone.chrome(), () -> "line: [" + raw + "]");
        });
    }

    @Test
    void readsTheFeaturesTheirPlainDefinitionsGive() {
        qt().withExamples(3000).forAll(lines()).checkAssert(raw -> {
            LineFeatures f = LineFeatures.of(raw.toCharArray(), 0, raw.length());
            String features = f.text() + "|" + f.words() + "|" + f.capitalisedRatio() + "|" + f.sentenceEnds() + "|"
                    + f.hasDigit() + "|" + f.hasUrl() + "|" + f.endsSentence() + "|" + f.endsWithEllipsis() + "|"
                    + f.bracketed() + "|" + (f.words() <= 60 ? f.chrome() : "-");
            assertEquals(plainFeatures(raw), features, () -> "line: [" + raw + "]");
        });
    }

    /** The features as plainly defined, word by word and character by character, on the cleaned text. */
    private static String plainFeatures(String raw) {
        String t = expectedText(raw);
        String[] words = t.isEmpty() ? new String[0] : t.split(" ");
        int capitalised = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0)) || (w.length() > 1 && !Character.isLetterOrDigit(w.charAt(0))
                    && Character.isUpperCase(w.charAt(1)))) {
                capitalised++;
            }
        }
        int ends = 0;
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            digit |= c >= '0' && c <= '9';
            char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            if (".!?。！？".indexOf(c) >= 0 && (next == ' ' || "\"'”’»)“«".indexOf(next) >= 0) && i > 0
                    && t.charAt(i - 1) != '.') {
                ends++;
            }
        }
        String open = t.replaceAll("[\"'”’»)“«]+$", "");
        boolean ellipsis = t.endsWith("...") || t.endsWith("…") || t.endsWith("...)");
        boolean endsSentence = !ellipsis && !open.isEmpty()
                && ".!?。！？".indexOf(open.charAt(open.length() - 1)) >= 0;
        return t + "|" + words.length + "|" + (words.length == 0 ? 0.0 : (double) capitalised / words.length) + "|"
                + ends + "|" + digit + "|" + (t.contains("http://") || t.contains("https://") || t.contains("www."))
                + "|" + endsSentence + "|" + ellipsis + "|" + (t.length() >= 2 && t.startsWith("[") && t.endsWith("]"))
                + "|" + (words.length <= 60 ? ChromeVocabulary.match(t) : "-");
    }

    @Test
    void linesThatDifferOnlyInCaseHashAlike() {
        qt().withExamples(2000).forAll(lines()).checkAssert(raw -> {
            char[] upper = raw.toCharArray();
            for (int i = 0; i < upper.length; i++) {
                upper[i] = Character.toUpperCase(upper[i]);
            }
            LineFeatures a = LineFeatures.of(raw.toCharArray(), 0, raw.length());
            LineFeatures b = LineFeatures.of(upper, 0, upper.length);
            if (sameIgnoringCase(a.text(), b.text())) {
                assertEquals(a.caseBlindHash(), b.caseBlindHash(), () -> "[" + a.text() + "] [" + b.text() + "]");
            }
        });
    }

    private static boolean sameIgnoringCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (ChromeVocabulary.lower(a.charAt(i)) != ChromeVocabulary.lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void charactersTakenAsVisibleAreNeitherSpacesNorInvisible() {
        int known = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            if (LineFeatures.isVisibleNonSpace(ch)) {
                known++;
                assertFalse(Texts.isSpace(ch) || Texts.isInvisible(ch), () -> String.format("U+%04X", (int) ch));
            }
        }
        assertTrue(known > 50_000, "the fast path covers most characters: " + known);
    }

    @Test
    void charactersTakenAsNfcStableNeedNoNormalizationInAnyPair() {
        StringBuilder stable = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (LineFeatures.isNfcStable(c) && !Character.isSurrogate(c)) {
                stable.append(c);
            }
        }
        char[] cs = stable.toString().toCharArray();
        char[] pair = new char[2];
        for (char a : cs) {
            pair[0] = a;
            for (char b : cs) {
                pair[1] = b;
                String s = new String(pair);
                assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC),
                        () -> String.format("U+%04X U+%04X", (int) s.charAt(0), (int) s.charAt(1)));
            }
        }
    }
}
