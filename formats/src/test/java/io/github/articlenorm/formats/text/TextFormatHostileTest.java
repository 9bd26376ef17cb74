package io.github.articlenorm.formats.text;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Pathological dumps: each must be read in time linear in its size. */
class TextFormatHostileTest {
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder().formats(new TextFormat()).build();
    private static final Duration BUDGET = Duration.ofSeconds(20);

    private static Article read(String text) {
        return assertTimeoutPreemptively(BUDGET, () -> NORMALIZER.normalize(Input.of(text, "hostile.txt")));
    }

    @Test
    void readsAFourMegabyteLineOfProse() {
        String line = "The council met again and the people of the town said that it was time to act. ".repeat(50_000);
        Article a = read("A very long day\n\n" + line + "\n");
        assertEquals(1, a.body().size());
    }

    @Test
    void readsTwoHundredThousandBareBullets() {
        Article a = read("•\n".repeat(200_000));
        assertEquals(200_000, a.provenance().removed().size());
    }

    @Test
    void readsManyRepeatedChromeAndDateLines() {
        Article a = read("Home\nShare on Facebook\n26.02.2020 10:57\nBy Jane Doe\n".repeat(30_000));
        assertFalse(a.provenance().removed().isEmpty());
    }

    @Test
    void readsLongRunsOfDigitsColonsAndPunctuation() {
        read(("1:2:3:4:5:6:7:8:9 " + "....!!!???".repeat(20) + "\n").repeat(20_000));
        read("[".repeat(1_000_000) + "]");
        read("Tags: " + "a, ".repeat(300_000));
    }
}
