package io.github.articlenorm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An input with no text is a failure, whatever the format: an empty article would hide it. */
class BlankInputTest {
    private static final ArticleNormalizer FORCED = ArticleNormalizer.builder()
            .formats(new FakeFormat("fake", "FAKE")).format("fake").build();

    @Test
    void refusesAnEmptyInputEvenWithAForcedFormat() {
        ArticleParseException e = assertThrows(ArticleParseException.class,
                () -> FORCED.normalize(Input.of(new byte[0], "empty.txt")));
        assertEquals("empty.txt: the input is empty (fake)", e.getMessage());
    }

    @Test
    void refusesWhitespaceAndControlCharactersOnly() {
        for (String blank : List.of(" \n\t\r\n", "\u00a0\u3000", "\u200b\u00ad", "\u0000\u0000", "\ufeff")) {
            ArticleParseException e = assertThrows(ArticleParseException.class,
                    () -> FORCED.normalize(Input.of(blank, "blank.txt")));
            assertEquals("the input holds no text, only whitespace or control characters ("
                    + blank.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes)", e.detail());
        }
    }

    @Test
    void streamsOneFailureForABlankInput() {
        List<Outcome> outcomes = FORCED.stream(Input.of("   ", "blank.txt")).toList();
        assertEquals(1, outcomes.size());
        assertEquals(false, outcomes.get(0).isSuccess());
    }
}
