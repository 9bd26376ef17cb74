package io.github.articlenorm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Texts#clean} returns its argument untouched, or only normalized, when a first scan finds nothing to drop
 * or collapse. These properties compare it with the plain reference that always rebuilds the string: the two must
 * give equal results on every input.
 */
class TextsCleanOracleProperties {

    /** Words, accented letters in composed and decomposed form, every kind of space, invisible characters. */
    private static Gen<String> mixedText() {
        Gen<String> piece = Generate.oneOf(
            Generate.pick(List.of("word", "Stra\u00dfe", "caf\u00e9", "cafe\u0301", "\u00c5", "A\u030a", "\u4e2d\u6587",
                "\uD835\uDC00", "\uD800", "\uDC00", "\u0130", "\u00ad", "\u200b", "\ufeff", "\u202e", "\u0085")),
            Generate.pick(List.of(" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\u2028", "\u000b",
                "\u0000", "\u007f", "\u009f")),
            integers().between(0x20, 0x3000).map(cp -> String.valueOf((char) cp.intValue())));
        return lists().of(piece).ofSizeBetween(0, 40).map(parts -> String.join("", parts));
    }

    @Test
    void cleanEqualsTheRebuildingReference() {
        qt().withExamples(5_000).forAll(mixedText()).checkAssert(s -> assertEquals(reference(s), Texts.clean(s), s));
    }

    @Test
    void cleanOfArbitraryCharactersEqualsTheReference() {
        Gen<String> any = lists().of(integers().between(0, 0xFFFF)).ofSizeBetween(0, 60).map(cs -> {
            StringBuilder sb = new StringBuilder();
            for (int c : cs) {
                sb.append((char) c);
            }
            return sb.toString();
        });
        qt().withExamples(5_000).forAll(any).checkAssert(s -> assertEquals(reference(s), Texts.clean(s), s));
    }

    /** The documented rules, applied by always building a new string. */
    private static String reference(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Texts.isSpace(c)) {
                pendingSpace = sb.length() > 0;
            } else if (!Texts.isInvisible(c)) {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
    }
}
