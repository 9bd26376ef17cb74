package io.github.articlenorm.formats.text.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PageReaderPartsTest {

    @Test
    void splitsAtSeparatorsBetweenSpaces() {
        assertArrayEquals(new String[] {"Jane Doe", "26.02.2020 10:57"}, PageReader.parts("Jane Doe | 26.02.2020 10:57"));
        assertArrayEquals(new String[] {"a", "b", "c"}, PageReader.parts("a - b · c"));
    }

    @Test
    void touchingSeparatorsDoNotCutBackwards() {
        // Found by mutation fuzzing: " - " and " | " sharing a space made the splitter cut from 12 to 11.
        assertArrayEquals(new String[] {"Imprint", "| Privacy"}, PageReader.parts("Imprint - | Privacy"));
        assertArrayEquals(new String[] {"a", "-", "b"}, PageReader.parts("a - - - b"));
    }
}
