package io.github.articlenorm.formats.internal.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link LineFeatures#hasUrl()} is found inside the features' single character loop, at the slashes of a scheme or
 * the dot after "www". It must say what three substring searches would say, on lines built from the pieces of
 * URLs and near misses.
 */
class LineFeaturesUrlProperties {

    private static Gen<String> urlSoup() {
        Gen<String> piece = Generate.pick(List.of("h", "t", "p", "s", ":", "/", "//", "w", "ww", ".", " ", "x",
            "http", "https", "http:", "https:/", "www", "HTTP://", "é", "9", "“", "WWW."));
        return lists().of(piece).ofSizeBetween(0, 30).map(parts -> String.join("", parts));
    }

    @Test
    void hasUrlAgreesWithSubstringSearchesOnTheCleanedLine() {
        qt().withExamples(5000).forAll(urlSoup()).checkAssert(raw -> {
            String text = LineFeatures.of(raw).text();
            boolean expected = text.contains("http://") || text.contains("https://") || text.contains("www.");
            assertEquals(expected, LineFeatures.of(raw).hasUrl(), () -> "line: [" + raw + "]");
        });
    }

    @Test
    void schemesAreFoundAnywhereInTheLineButNotTheirNearMisses() {
        assertTrue(LineFeatures.of("https://a.example").hasUrl());
        assertTrue(LineFeatures.of("read it at http://a.example today").hasUrl());
        assertTrue(LineFeatures.of("www.example.org").hasUrl());
        assertTrue(LineFeatures.of("xhttps://a").hasUrl());
        assertFalse(LineFeatures.of("http:/a.example and ww.example").hasUrl());
        assertFalse(LineFeatures.of("ttps://a.example").hasUrl());
        assertFalse(LineFeatures.of("HTTPS://A.EXAMPLE").hasUrl());
    }
}
