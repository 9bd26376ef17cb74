package io.github.articlenorm.formats.internal.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Labels} looks a line's label up among the labels that start with the line's first character, case
 * folded. These properties compare it with a scan of every label of the set, longest first: the two must agree.
 */
class LabelsOracleProperties {

    private static final List<String> LABELS = new ArrayList<>();

    static {
        for (String[] set : Labels.labelSets()) {
            LABELS.addAll(List.of(set));
        }
    }

    /** A scan of every label, longest first, with the separator rules of {@link Labels#after}. */
    private static String reference(String line, String[] labels, boolean colon) {
        if (line == null || line.isEmpty()) {
            return null;
        }
        for (String label : labels) {
            int n = line.length();
            int len = label.length();
            if (n < len || !line.regionMatches(true, 0, label, 0, len)) {
                continue;
            }
            if (len == n) {
                return colon ? null : "";
            }
            int i = len;
            char c = line.charAt(i);
            boolean hasColon = false;
            if (c == ' ' && i + 1 < n && line.charAt(i + 1) == ':') {
                i++;
                c = ':';
            }
            if (c == ':') {
                hasColon = true;
                i++;
            } else if (c == ' ') {
                i++;
                if (!colon && i < n && (line.charAt(i) == '-' || line.charAt(i) == '–' || line.charAt(i) == '|')) {
                    i++;
                }
            } else {
                continue;
            }
            if (colon && !hasColon) {
                continue;
            }
            return line.substring(i).strip();
        }
        return null;
    }

    /** A label in some case (the Kelvin sign for K, the long s for S), then a separator and some text. */
    private static Gen<String> labelledLines() {
        Gen<String> label = Generate.pick(LABELS).zip(integers().between(0, 4), (l, style) -> switch (style) {
            case 0 -> l.toUpperCase(Locale.ROOT);
            case 1 -> l.toLowerCase(Locale.ROOT);
            case 2 -> l.replace('k', '\u212a').replace('K', '\u212a').replace('s', '\u017f');
            case 3 -> l.isEmpty() ? l : l.substring(0, l.length() - 1);
            default -> l;
        });
        Gen<String> rest = Generate.pick(List.of("", ":", ": ", " :", " ", " - ", " | ", " Jane Doe", ": Example News",
            "x", "\u00e9t\u00e9", " 26.02.2020", "  ", "\u00c9"));
        Gen<String> prefix = Generate.pick(List.of("", "", "", "\u00c9", "\u00ab", "\u2022 ", "\u0130", "\u00df"));
        return prefix.zip(label, lists().of(rest).ofSizeBetween(0, 3), (p, l, r) -> p + l + String.join("", r));
    }

    @Test
    void bucketedLookUpAgreesWithAScanOfEveryLabel() {
        qt().withExamples(20_000).forAll(labelledLines(), integers().between(0, 5), booleans().all())
            .checkAssert((line, which, colon) -> {
                String[] labels = Labels.labelSets().get(which);
                assertEquals(reference(line, labels, colon), Labels.after(line, labels, colon),
                    () -> "[" + line + "] in set " + which + ", colon " + colon);
            });
    }
}
