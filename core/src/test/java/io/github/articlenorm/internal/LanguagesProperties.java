package io.github.articlenorm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Property tests for {@link Languages}. */
class LanguagesProperties {

    private static final List<String> PROFILED = List.of("en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "no",
        "pl", "ru", "uk", "bg");
    private static final Set<String> ALL_OUTPUTS = new HashSet<>(PROFILED);

    static {
        ALL_OUTPUTS.addAll(List.of("el", "he", "ar", "fa", "ur", "ja", "ko", "zh", "th"));
    }

    /** Code points from every range: ASCII, Latin, Cyrillic, Greek, Arabic, CJK, Hangul, surrogates, astral. */
    private static Gen<String> anyText(int maxLength) {
        Gen<Integer> codePoint = Generate.oneOf(
            integers().between(0x20, 0x7E), integers().between(0, 0x24F), integers().between(0x370, 0x6FF),
            integers().between(0x3040, 0x30FF), integers().between(0x4E00, 0x4F00), integers().between(0xAC00, 0xAD00),
            integers().between(0xD800, 0xDFFF), integers().between(0, 0x10FFFF), Generate.pick(List.of(0x27, 0x2019,
                0x301, 0x20, 0x0E01, 0x05D0)));
        return lists().of(codePoint).ofSizeBetween(0, maxLength).map(cps -> {
            StringBuilder sb = new StringBuilder();
            for (int cp : cps) {
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    sb.append((char) cp); // lone surrogate on purpose
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            return sb.toString();
        });
    }

    /** Stop words of one profile that no other profile has, without apostrophes. */
    private static List<String> exclusiveWords(String code) {
        List<String> out = new ArrayList<>();
        for (String w : Languages.stopWords(code)) {
            if (w.indexOf('\'') >= 0) {
                continue;
            }
            boolean shared = false;
            for (String other : PROFILED) {
                if (!other.equals(code) && Languages.stopWords(other).contains(w)) {
                    shared = true;
                    break;
                }
            }
            if (!shared) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void detectNeverThrowsAndAnswersKnownTags() {
        qt().forAll(anyText(400)).checkAssert(text -> {
            String lang = Languages.detect(text);
            assertTrue(lang == null || ALL_OUTPUTS.contains(lang), lang);
        });
    }

    @Test
    void stopWordRatioIsAFraction() {
        qt().forAll(anyText(400)).checkAssert(text -> {
            double r = Languages.stopWordRatio(text);
            assertTrue(r >= 0 && r <= 1, () -> Double.toString(r));
        });
    }

    @Test
    void detectIgnoresNumbersAndPunctuation() {
        Gen<String> noise = strings().betweenCodePoints(0x20, 0x40).ofLengthBetween(0, 60);
        qt().forAll(anyText(200), noise).checkAssert((text, tail) ->
            assertEquals(Languages.detect(text), Languages.detect(text + " " + tail)));
    }

    @Test
    void detectsTextBuiltFromExclusiveStopWords() {
        Gen<String> language = Generate.pick(PROFILED);
        Gen<String> filler = strings().betweenCodePoints('a', 'z').ofLengthBetween(12, 16);
        qt().forAll(language, integers().between(5, 40), lists().of(filler).ofSizeBetween(0, 5),
            integers().all()).checkAssert((code, n, fillers, seed) -> {
                List<String> words = exclusiveWords(code);
                java.util.Random random = new java.util.Random(seed);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    sb.append(words.get(random.nextInt(words.size()))).append(' ');
                }
                for (String f : fillers) {
                    sb.append(f).append(", ");
                }
                String text = sb.toString();
                // n + fillers >= 8 tokens is needed; n >= 5 exclusive words give hits and coverage
                String expected = n + fillers.size() >= Languages.MIN_TOKENS ? code : null;
                assertEquals(expected, Languages.detect(text), text);
            });
    }

    @Test
    void normalizeTagNeverThrowsAndIsIdempotent() {
        Gen<String> tagLike = strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 24);
        qt().forAll(Generate.oneOf(tagLike, anyText(30))).checkAssert(raw -> {
            String tag = Languages.normalizeTag(raw);
            if (tag != null) {
                assertEquals(tag, Languages.normalizeTag(tag), raw);
                assertWellFormed(tag);
            }
        });
    }

    @Test
    void normalizeTagCanonicalizesAnyCaseAndSeparator() {
        Gen<String> language = Generate.pick(List.of("en", "es", "fr", "de", "zh", "sr", "pt"));
        Gen<String> script = Generate.pick(List.of("", "latn", "HANT", "Cyrl"));
        Gen<String> region = Generate.pick(List.of("", "us", "BR", "tw", "419"));
        qt().forAll(language, script, region, Generate.booleans()).checkAssert((l, s, r, underscore) -> {
            String sep = underscore ? "_" : "-";
            StringBuilder raw = new StringBuilder(l.toUpperCase(java.util.Locale.ROOT));
            StringBuilder expected = new StringBuilder(l);
            if (!s.isEmpty()) {
                raw.append(sep).append(s);
                expected.append('-').append(Character.toUpperCase(s.charAt(0)))
                    .append(s.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
            if (!r.isEmpty()) {
                raw.append(sep).append(r.toLowerCase(java.util.Locale.ROOT));
                expected.append('-').append(r.toUpperCase(java.util.Locale.ROOT));
            }
            assertEquals(expected.toString(), Languages.normalizeTag(raw.toString()));
        });
    }

    private static void assertWellFormed(String tag) {
        String[] parts = tag.split("-", -1);
        assertTrue(parts[0].length() >= 2 && parts[0].length() <= 3, tag);
        for (char c : parts[0].toCharArray()) {
            assertTrue(c >= 'a' && c <= 'z', tag);
        }
        for (int i = 1; i < parts.length; i++) {
            assertTrue(!parts[i].isEmpty() && parts[i].length() <= 8, tag);
            for (char c : parts[i].toCharArray()) {
                assertTrue((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'), tag);
            }
        }
    }
}
