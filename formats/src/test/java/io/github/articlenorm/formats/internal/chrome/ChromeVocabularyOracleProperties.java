package io.github.articlenorm.formats.internal.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.articlenorm.formats.internal.chrome.ChromeVocabulary.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link ChromeVocabulary#match} tokenizes a line in place and looks tokens up without building Strings. These
 * properties compare it with a plain reference that lower-cases the line, builds one String per token and scans
 * every phrase of the table: the two must agree on every line.
 */
class ChromeVocabularyOracleProperties {

    private record Row(Kind kind, int maxWords, String anchor, List<String> tokens) {
    }

    private static final List<Row> ROWS = new ArrayList<>();
    private static final List<String> WORDS;

    static {
        Set<String> words = new LinkedHashSet<>();
        for (String r : ChromeVocabulary.rows()) {
            String[] head = r.split(" ", 4);
            List<String> tokens = ChromeVocabulary.tokens(head[3], Integer.MAX_VALUE);
            ROWS.add(new Row(Kind.valueOf(head[0]), Integer.parseInt(head[1]), head[2], tokens));
            words.addAll(tokens);
        }
        WORDS = List.copyOf(words);
    }

    /**
     * Vocabulary words in lower, upper and title case, joined by spaces, punctuation, colons, copyright signs,
     * digits and other characters. Dotted capital I and capital sigma are left out: lower-casing them as a whole
     * string and per character differ, and neither occurs in the vocabulary.
     */
    private static Gen<String> chromeSoup() {
        Gen<String> piece = Generate.oneOf(
            Generate.pick(WORDS),
            Generate.pick(WORDS).map(w -> w.toUpperCase(Locale.ROOT)),
            Generate.pick(WORDS).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)),
            Generate.pick(List.of(" ", " ", " ", "  ", ":", " :", ": ", "\u00a9", "\u00ae", ",", ".", "-", "|",
                "'", "9", "2024", "\u00a0", "\t", "\u00e9", "Stra\u00dfe", "\uD835\uDC00", "x".repeat(12))),
            integers().between(0x20, 0x2FF).map(cp -> cp == 0x130 || cp == 0x3A3 ? 0x78 : cp)
                .map(cp -> new String(Character.toChars(cp))));
        return lists().of(piece).ofSizeBetween(0, 70).map(parts -> String.join("", parts));
    }

    @Test
    void matchEqualsTheStringBasedReference() {
        qt().withExamples(5_000).forAll(chromeSoup()).checkAssert(line ->
            assertEquals(reference(line), ChromeVocabulary.match(line), line));
    }

    @Test
    void matchOfShortPhraseLinesEqualsTheReference() {
        // Lines of one to four vocabulary words are where anchors and word limits decide.
        Gen<String> shortLines = lists().of(Generate.pick(WORDS)).ofSizeBetween(1, 4)
            .zip(Generate.pick(List.of("", ":", " :", ".", " \u00a9 2020")), (ws, end) -> String.join(" ", ws) + end);
        qt().withExamples(5_000).forAll(shortLines).checkAssert(line ->
            assertEquals(reference(line), ChromeVocabulary.match(line), line));
    }

    // The reference: the documented rules over String tokens, every row in table order within a start token.

    private static Optional<Kind> reference(String line) {
        if (line == null || line.isEmpty()) {
            return Optional.empty();
        }
        List<String> tokens = ChromeVocabulary.tokens(line, ChromeVocabulary.SCANNED_TOKENS + 1);
        int words = tokens.size() > ChromeVocabulary.SCANNED_TOKENS ? Integer.MAX_VALUE : tokens.size();
        if (words <= 25 && (line.indexOf('\u00a9') >= 0 || line.indexOf('\u00ae') == 0)) {
            return Optional.of(Kind.FOOTER);
        }
        boolean colonEnd = line.stripTrailing().endsWith(":");
        int scan = Math.min(tokens.size(), ChromeVocabulary.SCANNED_TOKENS);
        for (int i = 0; i < scan; i++) {
            for (Row row : ROWS) {
                if (!row.tokens.get(0).equals(tokens.get(i)) || words > row.maxWords) {
                    continue;
                }
                boolean fits = switch (row.anchor) {
                    case "^" -> i == 0;
                    case "=" -> i == 0 && tokens.size() == row.tokens.size();
                    case "$" -> colonEnd && i + row.tokens.size() == tokens.size();
                    default -> true;
                };
                if (fits && i + row.tokens.size() <= tokens.size()
                        && tokens.subList(i, i + row.tokens.size()).equals(row.tokens)) {
                    return Optional.of(row.kind);
                }
            }
        }
        return Optional.empty();
    }
}
