package io.github.articlenorm.formats.internal.chrome;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineFeaturesTest {

    @Test
    void stripsBulletsAndCleansWhitespace() {
        for (String raw : new String[] {"  • Item\u00a0one", "- Item one", "* Item one", "– Item one", "\t1. Item one"}) {
            LineFeatures f = LineFeatures.of(raw);
            assertTrue(f.bullet(), raw);
            assertEquals("Item one", f.text(), raw);
        }
        assertFalse(LineFeatures.of("-5 degrees tonight").bullet());
    }

    @Test
    void countsWordsSentencesAndCapitals() {
        LineFeatures f = LineFeatures.of("The pier is closed. It opens in May!");
        assertEquals(8, f.words());
        assertEquals(2, f.sentenceEnds());
        assertTrue(f.endsSentence());
        assertTrue(f.stopWordRatio() > 0.2);
        assertEquals(1.0, LineFeatures.of("The Stolen Information").capitalisedRatio());
    }

    @Test
    void seesTeasersDurationsPlaceholdersAndUrls() {
        assertTrue(LineFeatures.of("More on the story, he said...").endsWithEllipsis());
        assertFalse(LineFeatures.of("More on the story, he said...").endsSentence());
        assertTrue(LineFeatures.of("Divers inspect the pier 6:42").trailingDuration());
        assertTrue(LineFeatures.of("Divers inspect the pier 1:02:03").trailingDuration());
        assertFalse(LineFeatures.of("6:42").trailingDuration());
        assertFalse(LineFeatures.of("Meeting at 10:5").trailingDuration());
        assertTrue(LineFeatures.of("[photo-1]").bracketed());
        assertTrue(LineFeatures.of("See https://example.com/a").hasUrl());
    }

    @Test
    void bareBulletHasNoText() {
        assertTrue(LineFeatures.of("  •  ").isEmpty());
    }
}
