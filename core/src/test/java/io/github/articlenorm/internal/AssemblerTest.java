package io.github.articlenorm.internal;

import io.github.articlenorm.Article;
import io.github.articlenorm.Block;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.Provenance.Rejected;
import io.github.articlenorm.Publisher;
import io.github.articlenorm.spi.Draft;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssemblerTest {
    private static final FieldOrigin A = new FieldOrigin("source A", "line 1");
    private static final FieldOrigin B = new FieldOrigin("source B", "line 2");

    private static Article assemble(Draft draft) {
        return assemble(draft, null, 500);
    }

    private static Article assemble(Draft draft, URI base, int maxRelated) {
        Assembler.InputInfo info = new Assembler.InputInfo("in.txt", "test", 0.5, "00", 10, "UTF-8", List.of(),
                Instant.EPOCH, ZoneId.of("Europe/Berlin"), base, maxRelated);
        return Assembler.assemble(info, draft);
    }

    private static boolean rejected(Article a, String field, String value) {
        return a.provenance().rejected().stream().anyMatch(r -> r.field().equals(field) && r.value().equals(value));
    }

    @Test
    void firstUsableCandidateWinsAndTheOthersAreRejectedNamingTheWinner() {
        Article a = assemble(new Draft().title("Winner", A).title("Loser", B));
        assertEquals("Winner", a.title());
        assertEquals(A, a.provenance().fields().get("title"));
        Rejected r = a.provenance().rejected().get(0);
        assertEquals("title", r.field());
        assertEquals("Loser", r.value());
        assertTrue(r.reason().contains("source A") && r.reason().contains("source B"), r.reason());
    }

    @Test
    void aCandidateEqualToTheWinnerIsNotRejected() {
        Article a = assemble(new Draft().title("Same  title", A).title("Same title", B));
        assertTrue(a.provenance().rejected().isEmpty(), a.provenance().rejected().toString());
    }

    @Test
    void aLaterCandidateWithTheWinnersTextIsNeitherRejectedNorChosen() {
        FieldOrigin c = new FieldOrigin("source C", "line 3");
        Article a = assemble(new Draft().publishedAt("2024-03-05T10:00:00Z", A).publishedAt("3 hours ago", B)
                .publishedAt("2024-03-05T10:00:00Z", c));
        assertEquals(OffsetDateTime.of(2024, 3, 5, 10, 0, 0, 0, ZoneOffset.UTC), a.publishedAt());
        assertEquals(A, a.provenance().fields().get("publishedAt"));
        assertEquals(1, a.provenance().rejected().size(), a.provenance().rejected().toString());
        assertTrue(rejected(a, "publishedAt", "3 hours ago"));
    }

    @Test
    void blankCandidatesAreIgnored() {
        Article a = assemble(new Draft().title("  ", A).title("Real", B));
        assertEquals("Real", a.title());
        assertEquals(B, a.provenance().fields().get("title"));
    }

    @Test
    void cleansWhitespaceAndInvisibleCharactersInText() {
        Article a = assemble(new Draft().title("  Soft\u00ADhyphen\u00A0and\u200B  tabs\t ", A));
        assertEquals("Softhyphen and tabs", a.title());
    }

    @Test
    void anUnreadableDateIsRejectedAndTheNextCandidateUsed() {
        Article a = assemble(new Draft().publishedAt("3 hours ago", A).publishedAt("2020-02-26T22:57:00Z", B));
        assertEquals(OffsetDateTime.parse("2020-02-26T22:57:00Z"), a.publishedAt());
        assertTrue(rejected(a, "publishedAt", "3 hours ago"));
        assertEquals(B, a.provenance().fields().get("publishedAt"));
    }

    @Test
    void notesAnAssumedZoneAndDayPrecision() {
        Article a = assemble(new Draft().publishedAt("2020-02-26", A).modifiedAt("2020-02-27 10:00", A));
        assertEquals(OffsetDateTime.parse("2020-02-26T00:00:00+01:00"), a.publishedAt());
        assertEquals("precision day; zone assumed: Europe/Berlin", a.provenance().fields().get("publishedAt").note());
        assertEquals("zone assumed: Europe/Berlin", a.provenance().fields().get("modifiedAt").note());
    }

    @Test
    void keepsTheSourceOffset() {
        Article a = assemble(new Draft().publishedAt("2020-02-26T17:57:00-05:00", A));
        assertEquals(ZoneOffset.ofHours(-5), a.publishedAt().getOffset());
        assertNull(a.provenance().fields().get("publishedAt").note());
    }

    @Test
    void refusesAModifiedDateEarlierThanThePublishedOne() {
        Article a = assemble(new Draft().publishedAt("2020-02-26T10:00:00Z", A).modifiedAt("2020-02-25T10:00:00Z", B));
        assertNull(a.modifiedAt());
        assertNull(a.provenance().fields().get("modifiedAt"));
        assertTrue(a.provenance().rejected().stream().anyMatch(r -> r.field().equals("modifiedAt")
                && r.reason().contains("earlier than publishedAt")));
    }

    @Test
    void dropsASubtitleThatRepeatsTheTitle() {
        Article a = assemble(new Draft().title("Headline", A).subtitle("HEADLINE", B));
        assertNull(a.subtitle());
        assertTrue(rejected(a, "subtitle", "HEADLINE"));
    }

    @Test
    void takesThePublisherDomainFromTheCanonicalUrl() {
        Article a = assemble(new Draft().url("https://www.example.com/a/b", A).publisher("Example News", null, B));
        assertEquals(new Publisher("Example News", "example.com"), a.publisher());
    }

    @Test
    void anUnusableUrlIsDroppedWithAWarningAndKeptAsRejected() {
        Article a = assemble(new Draft().url("javascript:void(0)", A));
        assertNull(a.url());
        assertTrue(rejected(a, "url", "javascript:void(0)"));
        assertTrue(a.provenance().warnings().stream().anyMatch(w -> w.contains("javascript:void(0)")));
    }

    @Test
    void resolvesRelativeUrlsAgainstTheBaseUrl() {
        Article a = assemble(new Draft().url("/news/story", A), URI.create("https://example.com/index.html"), 500);
        assertEquals(URI.create("https://example.com/news/story"), a.url());
    }

    @Test
    void deduplicatesTopicsIgnoringCase() {
        Article a = assemble(new Draft().topic("AI", A).topic("ai", B).topic(" Privacy ", B));
        assertEquals(List.of("AI", "Privacy"), a.topics());
    }

    @Test
    void cleansBodyBlocksAndDropsEmptyOnes() {
        Draft d = new Draft()
                .block(Block.paragraph("  one  "), A)
                .block(Block.paragraph("\u200B"), A)
                .block(Block.heading(" Head ", 2), A)
                .block(Block.quote(" said ", "  Someone "), A)
                .block(Block.list(List.of(" x ", " ")), A);
        Article a = assemble(d);
        assertEquals(List.of(Block.paragraph("one"), Block.heading("Head", 2), Block.quote("said", "Someone"),
                Block.list(List.of("x"))), a.body());
        assertEquals(A, a.provenance().fields().get("body"));
    }

    @Test
    void deduplicatesRelatedLinksByUrlThenTitle() {
        Draft d = new Draft()
                .related(Draft.RawRelated.of("One", "https://example.com/1", A))
                .related(Draft.RawRelated.of("One again", "https://example.com/1", A))
                .related(Draft.RawRelated.of("Untitled link", null, A))
                .related(Draft.RawRelated.of("untitled LINK", null, A));
        Article a = assemble(d);
        assertEquals(List.of("One", "Untitled link"), a.related().stream().map(r -> r.title()).toList());
    }

    @Test
    void keepsOnlyTheRelatedLinkLimitAndSaysSo() {
        Draft d = new Draft();
        for (int i = 0; i < 5; i++) {
            d.related(Draft.RawRelated.of("Link " + i, "https://example.com/" + i, A));
        }
        Article a = assemble(d, null, 3);
        assertEquals(3, a.related().size());
        assertTrue(a.provenance().warnings().stream().anyMatch(w -> w.contains("Limits.withMaxRelatedLinks")));
    }

    @Test
    void readsRelatedLinkDatesPublishersAndImages() {
        Draft d = new Draft().related(new Draft.RawRelated("T", "https://example.com/x", "https://example.com/amp/x",
                "Ex", "2020-02-21T17:08:00Z", new Draft.RawPublisher("Example", "example.com", A),
                List.of(new Draft.RawImage("https://example.com/i.jpg", 2000, 1000, null, A)), A));
        var r = assemble(d).related().get(0);
        assertEquals(OffsetDateTime.parse("2020-02-21T17:08:00Z"), r.publishedAt());
        assertEquals(new Publisher("Example", "example.com"), r.publisher());
        assertEquals(2000, r.images().get(0).width());
        assertEquals(URI.create("https://example.com/amp/x"), r.ampUrl());
    }

    @Test
    void keepsExtrasAndTheFormatsOwnRemovedAndRejected() {
        Draft d = new Draft().extra("quality", 25).removed("Share", "line 3", "share-buttons")
                .rejected("authors", "Email the author", "not a name").warning("format warning");
        Article a = assemble(d);
        assertEquals(25L, a.extras().get("quality"));
        assertEquals("share-buttons", a.provenance().removed().get(0).reason());
        assertTrue(rejected(a, "authors", "Email the author"));
        assertTrue(a.provenance().warnings().contains("format warning"));
    }

    @Test
    void splitsBylinesAndRefusesNonNames() {
        Article a = assemble(new Draft().author("By Jane Doe and John Roe", null, A)
                .author("Email the author", null, B).author("JANE DOE", null, B));
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors().stream().map(x -> x.name()).toList());
        assertTrue(rejected(a, "authors", "Email the author"), a.provenance().rejected().toString());
        assertEquals(A, a.provenance().fields().get("authors"));
    }

    @Test
    void keepsTheAuthorUrlOfASingleName() {
        Article a = assemble(new Draft().author("Jane Doe", "https://example.com/staff/jane#bio", A));
        assertEquals(URI.create("https://example.com/staff/jane"), a.authors().get(0).url());
    }

    @Test
    void normalizesADeclaredLanguage() {
        Article a = assemble(new Draft().language("en_US", A));
        assertEquals("en-US", a.language());
        assertEquals(A, a.provenance().fields().get("language"));
    }

    @Test
    void detectsTheLanguageFromTheBodyWhenNoneIsDeclared() {
        Draft d = new Draft().block(Block.paragraph("El ayuntamiento de la ciudad ha decidido que el mercado de los "
                + "viernes se quede en la plaza durante todo el verano, y los vecinos están contentos con la noticia."), A);
        Article a = assemble(d);
        assertEquals("es", a.language());
        assertEquals("detected from the body text", a.provenance().fields().get("language").origin());
    }

    @Test
    void leavesTheLanguageNullWhenUnsure() {
        assertNull(assemble(new Draft().block(Block.paragraph("12 34 56"), A)).language());
    }

    @Test
    void refusesAGarbageLanguageTag() {
        Article a = assemble(new Draft().language("n/a", A));
        assertTrue(rejected(a, "language", "n/a"));
    }
}
