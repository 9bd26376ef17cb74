package io.github.articlenorm.formats.internal.chrome;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LabelsTest {

    @Test
    void stripsBylineLabels() {
        assertEquals("Jane Doe", Labels.byline("By Jane Doe"));
        assertEquals("Danka Example", Labels.byline("Written by: Danka Example"));
        assertEquals("María Fuentes", Labels.byline("Por María Fuentes"));
        assertEquals("Klaus Berger", Labels.byline("Von Klaus Berger"));
        assertEquals("", Labels.byline("Written By"));
        assertNull(Labels.byline("Bystanders gathered at the pier"));
    }

    @Test
    void tellsPublishedFromModified() {
        assertEquals(new Labels.DateLabel(Labels.DateKind.PUBLISHED, "February 26, 2020"),
                Labels.dateLabel("Published February 26, 2020"));
        assertEquals(new Labels.DateLabel(Labels.DateKind.MODIFIED, "26.02.2020 10:57"),
                Labels.dateLabel("Aktualisiert am 26.02.2020 10:57"));
        assertEquals(new Labels.DateLabel(Labels.DateKind.PUBLISHED, "12 de julio de 2022"),
                Labels.dateLabel("Publicado el 12 de julio de 2022"));
        assertEquals(Labels.DateKind.MODIFIED, Labels.dateLabel("Last updated: 2020-02-27").kind());
    }

    @Test
    void needsAColonForCreditsAndRelatedLinks() {
        assertEquals("cnn", Labels.credit("Source: cnn"));
        assertEquals("Agencia Local", Labels.credit("Fuente: Agencia Local"));
        assertNull(Labels.credit("Sources say the pier will reopen"));
        assertEquals("Ferry times change", Labels.relatedLink("READ MORE: Ferry times change"));
        assertNull(Labels.relatedLink("Look at the pier"));
        assertEquals("Harbour, Ferry", Labels.tags("Tags: Harbour, Ferry"));
    }
}
