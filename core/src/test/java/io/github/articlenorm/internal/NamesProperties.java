package io.github.articlenorm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Property-based tests for {@link Names}. */
class NamesProperties {

    /** Concatenations of byline-shaped fragments, including hostile ones. */
    private static Gen<String> bylineLike() {
        Gen<String> piece = arbitrary().pick(List.of(
                "By ", "by: ", "BY ", "Written by ", "Por ", "Von ", "De ", "Di ", "Author:", "Jane", "DOE", "Doe",
                "María", "López", "O'Neil", "Jean-Paul", "张三", "محمد", "Иван", " ", "  ", ",", ", ", "&", " and ",
                " AND ", " y ", " e ", " und ", " et ", " en ", "|", " / ", "\n", " - ", "•", "、", "Staff Writer",
                "Senior Editor", "periodista", "Updated 3:45 PM", "Feb 26, 2020", "2020-02-26", "(note)", "(", ")",
                "[", "@handle", "a@b.co", "http://x.co/a", "usatoday.com", "Jr.", "et al.", "-", "'", ".", ":",
                "😀", "\u0301", "\uD800", "\u200B", "\u00A0", "The ", "Reuters", "AP", "admin", "Email the author",
                "for The Guardian", " at Example", "x1", "\t", "\u0000"));
        return lists().of(piece).ofSizeBetween(0, 14).map(l -> String.join("", l));
    }

    private static Gen<String> inputs() {
        return bylineLike().mix(strings().allPossible().ofLengthBetween(0, 200), 30)
                .mix(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 100), 20);
    }

    @Test
    void neverThrowsOnArbitraryStrings() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(s -> assertNotNull(Names.parse(s)));
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 300)).checkAssert(s -> assertNotNull(Names.parse(s)));
    }

    @Test
    void everyNameIsNonBlankTrimmedAndUnprefixed() {
        qt().withExamples(3000).forAll(inputs()).checkAssert(s -> {
            for (String name : Names.parse(s).names()) {
                assertFalse(name.isBlank(), () -> "input: " + s);
                assertEquals(name.strip(), name, () -> "input: " + s);
                assertEquals(name.trim(), name, () -> "input: " + s);
                assertFalse(name.regionMatches(true, 0, "by ", 0, 3), () -> name + " from " + s);
                assertFalse(name.contains("  ") || name.contains("\n"), () -> name + " from " + s);
                assertTrue(name.length() <= Names.MAX_NAME_CHARS, name);
            }
        });
    }

    @Test
    void refusalsHaveReasonsAndShortValues() {
        qt().withExamples(2000).forAll(inputs()).checkAssert(s -> {
            for (NameResult.Refusal r : Names.parse(s).refused()) {
                assertFalse(r.reason().isBlank());
                assertTrue(r.value().length() <= 81, r.value());
            }
        });
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        qt().withExamples(2000).forAll(inputs()).checkAssert(s -> {
            Set<String> seen = new HashSet<>();
            for (String name : Names.parse(s).names()) {
                assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), () -> "duplicate " + name + " from " + s);
            }
        });
    }

    @Test
    void parseIsDeterministic() {
        qt().forAll(inputs()).checkAssert(s -> assertEquals(Names.parse(s), Names.parse(s)));
    }

    @Test
    void anOutputNameParsesBackToItself() {
        qt().withExamples(3000).forAll(bylineLike()).checkAssert(s -> {
            for (String name : Names.parse(s).names()) {
                assertEquals(List.of(name), Names.parse(name).names(), () -> "from input: " + s);
            }
        });
    }
}
