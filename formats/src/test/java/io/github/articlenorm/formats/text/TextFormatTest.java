package io.github.articlenorm.formats.text;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Block;
import io.github.articlenorm.Input;
import io.github.articlenorm.Provenance.Removed;
import io.github.articlenorm.spi.Sniff;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFormatTest {
    private static final TextFormat TEXT = new TextFormat();
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder().formats(TEXT)
            .defaultZone(ZoneOffset.UTC).build();

    private static final String P1 = "The harbour office said on Monday that the old pier will be closed for repairs "
            + "until the end of the month, after divers found damage to several of its wooden posts.";
    private static final String P2 = "Boats that usually moor at the pier will use the northern quay instead, and the "
            + "ferry to the island will leave from there as well while the work goes on.";
    private static final String P3 = "The office expects the repairs to cost less than last year, when a storm broke "
            + "part of the railing and the pier was closed for almost six weeks.";

    private static Article read(String text) {
        return NORMALIZER.normalize(Input.of(text, "dump.txt"));
    }

    private static String reasonFor(Article a, String text) {
        for (Removed r : a.provenance().removed()) {
            if (r.text().equals(text)) {
                return r.reason();
            }
        }
        return null;
    }

    @Test
    void takesTheHeadlineAboveTheProseAsTitleWithItsLine() {
        Article a = read("Harbour News\n\nOld pier closes for repairs\n\n" + P1 + "\n\n" + P2 + "\n");
        assertEquals("Old pier closes for repairs", a.title());
        assertEquals("line 3", a.provenance().fields().get("title").location());
        assertEquals(List.of(Block.paragraph(P1), Block.paragraph(P2)), a.body());
    }

    @Test
    void movesShareButtonsToRemoved() {
        Article a = read("Old pier closes for repairs\n\nShare on Facebook\nShare on Twitter\n\n" + P1 + "\n\n" + P2);
        assertEquals("share buttons", reasonFor(a, "Share on Facebook"));
        assertEquals(2, a.body().size());
    }

    @Test
    void readsShortLinesBeforeProseAsHeadings() {
        Article a = read("Old pier closes for repairs\n\n" + P1 + "\n\nWhat happens to the ferry\n\n" + P2 + "\n\n" + P3);
        assertEquals(Block.heading("What happens to the ferry", 2), a.body().get(1));
    }

    @Test
    void pairsAQuoteWithTheNameAndRoleLineAfterIt() {
        Article a = read("Old pier closes for repairs\n\n" + P1 + "\n\n" + P2 + "\n\nAnna Berg, Harbour Master\n\n" + P3);
        assertEquals(Block.quote(P2, "Anna Berg, Harbour Master"), a.body().get(1));
    }

    @Test
    void readsLabelledDatesAndBylinesWithoutMixingPublishedAndModified() {
        Article a = read("Old pier closes for repairs\n\nPublished March 2, 2021\nUpdated: 03.03.2021 10:15\n"
                + "By Tom Reed\n\n" + P1 + "\n\n" + P2);
        assertEquals("2021-03-02T00:00Z", a.publishedAt().toString());
        assertEquals("2021-03-03T10:15Z", a.modifiedAt().toString());
        assertEquals("Tom Reed", a.authors().get(0).name());
        assertEquals(2, a.body().size());
    }

    @Test
    void readsAnIsoTimestampAloneOnALineAsPublicationDate() {
        Article a = read("Old pier closes for repairs\n\n2021-03-02T08:30:00Z\n\n" + P1 + "\n\n" + P2);
        assertEquals("2021-03-02T08:30Z", a.publishedAt().toString());
    }

    @Test
    void keepsSourceTagsAndRelatedLinksOutOfTheBody() {
        Article a = read("Old pier closes for repairs\n\n" + P1 + "\n\nREAD MORE: Ferry timetable changes in spring\n\n"
                + P2 + "\n\nSource: Harbour Office\nTags: Harbour, Ferry\n\n© 2021 Harbour News Ltd. All rights reserved.");
        assertEquals("Harbour Office", a.credit());
        assertEquals(List.of("Harbour", "Ferry"), a.topics());
        assertEquals("Ferry timetable changes in spring", a.related().get(0).title());
        assertEquals("Harbour News Ltd.", a.publisher().name());
        assertEquals(List.of(Block.paragraph(P1), Block.paragraph(P2)), a.body());
    }

    @Test
    void removesTheAuthorBioAfterAClosingByline() {
        String bio = "Tom Reed has covered the harbour and the islands for the paper since 2009, and he "
                + "lives on a boat with his two cats.";
        Article a = read("Old pier closes for repairs\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3
                + "\n\nWritten by: Tom Reed\n\n" + bio + "\n\nLeave a comment");
        assertEquals("Tom Reed", a.authors().get(0).name());
        assertEquals("author bio", reasonFor(a, bio));
        assertEquals(3, a.body().size());
    }

    @Test
    void removesVideoCaptionsWithDurations() {
        Article a = read("Old pier closes for repairs\n\n" + P1 + "\n\nDivers inspect the pier 3:12\n\n" + P2);
        assertEquals("video caption", reasonFor(a, "Divers inspect the pier 3:12"));
    }

    @Test
    void givesAnEmptyBodyAndAWarningForADumpThatIsOnlyChrome() {
        Article a = read("Home\nSearch\nShare on Facebook\nAdvertisement\nSubscribe to our newsletter\n");
        assertTrue(a.body().isEmpty());
        assertNull(a.title());
        assertTrue(a.provenance().warnings().stream().anyMatch(w -> w.startsWith("no article text found")));
        assertEquals(5, a.provenance().removed().size());
    }

    @Test
    void readsShortPlainTextWithoutProseOrChromeAsTitleAndParagraphs() {
        Article a = read("Title\n\nBody.");
        assertEquals("Title", a.title());
        assertEquals(List.of(Block.paragraph("Body.")), a.body());
    }

    @Test
    void detectsReadableTextWithLowConfidence() {
        assertEquals(0.1, TEXT.detect(sniff("Some words")).confidence());
    }

    @Test
    void refusesBinaryEmptyAndBlankInput() {
        assertEquals(0, TEXT.detect(sniff("PNG\u0000\u0001")).confidence());
        assertEquals(0, TEXT.detect(sniff("")).confidence());
        assertEquals(0, TEXT.detect(sniff(" \n\t ")).confidence());
        assertEquals(0, TEXT.detect(sniff("\u0001\u0002\u0003\u0004abc")).confidence());
    }

    @Test
    void lfCrlfAndCrGiveTheSameArticle() {
        String lf = "Old pier closes for repairs\n\n" + P1 + "\n\n" + P2;
        Article a = read(lf);
        Article crlf = read(lf.replace("\n", "\r\n"));
        Article cr = read(lf.replace("\n", "\r"));
        assertEquals(a.title(), crlf.title());
        assertEquals(a.body(), crlf.body());
        assertEquals(a.body(), cr.body());
    }

    @Test
    void crlfDoesNotChangeTheBinaryVerdict() {
        // 97 characters with LF, 105 with CRLF: one control character is just over or under 1 % of them.
        String lf = "Harbour News\n".repeat(7) + "Home\n\u0001";
        assertEquals(TEXT.detect(sniff(lf)).confidence(), TEXT.detect(sniff(lf.replace("\n", "\r\n"))).confidence());
    }

    private static Sniff sniff(String head) {
        return new Sniff("x", null, head, true);
    }
}
