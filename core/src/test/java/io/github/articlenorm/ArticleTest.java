package io.github.articlenorm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleTest {

    private static Article sample() {
        return Article.builder()
                .title("Storm hits coast")
                .addParagraph("Hello, world.")
                .addHeading("Part two", 2)
                .addQuote("Don't panic.", "Douglas Adams")
                .addBlock(Block.list(List.of("well-known fact", "3 items")))
                .addAuthor("Jane Doe")
                .publishedAt("2020-02-26T17:57:00-05:00")
                .url("https://example.com/news/storm")
                .publisher("Example News", "example.com")
                .addTopic("weather")
                .addImage(Image.of(URI.create("https://example.com/storm.jpg")))
                .addRelated(RelatedLink.of("Earlier storm", URI.create("https://example.com/news/earlier")))
                .putExtra("paywall", true)
                .putExtra("tags", List.of("a", "b"))
                .build();
    }

    // ---- defaults and the id ----

    @Test
    void builderDefaultsToEmptyCollectionsAndNullScalars() {
        Article a = Article.builder().build();
        assertEquals(List.of(), a.body());
        assertEquals(List.of(), a.authors());
        assertEquals(List.of(), a.topics());
        assertEquals(List.of(), a.images());
        assertEquals(List.of(), a.related());
        assertEquals(Map.of(), a.extras());
        assertSame(Provenance.NONE, a.provenance());
        assertNull(a.title());
        assertNull(a.publishedAt());
        assertNull(a.url());
        assertNull(a.publisher());
    }

    @Test
    void computesIdOfSixteenHexDigits() {
        assertTrue(Article.builder().build().id().matches("[0-9a-f]{16}"));
        assertTrue(sample().id().matches("[0-9a-f]{16}"), sample().id());
    }

    @Test
    void keepsIdsOfUrlsStableAcrossVersions() {
        // Ids are stored by users: this value must never change. SHA-256 of "url\nhttps://x.com/a", 16 hex digits.
        assertEquals("f92bb59e577ef672", Article.builder().url("https://x.com/a").build().id());
    }

    @Test
    void computesTheSameIdForTheSameComponents() {
        assertEquals(sample().id(), sample().id());
        Article noUrl = sample().toBuilder().id(null).url((URI) null).build();
        assertEquals(noUrl.id(), sample().toBuilder().id(null).url((URI) null).build().id());
    }

    @Test
    void givesTheSameIdToArticlesWithTheSameUrl() {
        Article a = Article.builder().url("https://example.com/a").title("One").addParagraph("First").build();
        Article b = Article.builder().url("https://example.com/a").title("Two").addParagraph("Second")
                .publishedAt("2021-01-01T00:00:00Z").build();
        assertEquals(a.id(), b.id());
    }

    @Test
    void givesDifferentIdsToDifferentUrls() {
        assertNotEquals(Article.builder().url("https://example.com/a").build().id(),
                Article.builder().url("https://example.com/b").build().id());
    }

    @Test
    void derivesIdFromTitleDateAndBodyWhenThereIsNoUrl() {
        Article a = Article.builder().title("One").publishedAt("2020-02-26T22:57:00Z").addParagraph("Text").build();
        assertNotEquals(a.id(), a.toBuilder().id(null).title("Two").build().id());
        assertNotEquals(a.id(), a.toBuilder().id(null).publishedAt("2020-02-27T22:57:00Z").build().id());
        assertNotEquals(a.id(), a.toBuilder().id(null).addParagraph("More").build().id());
        // The same instant written with another offset is the same article.
        assertEquals(a.id(), a.toBuilder().id(null).publishedAt("2020-02-26T17:57:00-05:00").build().id());
    }

    @Test
    void keepsAnIdGivenByHand() {
        Article a = Article.builder().id("my-id").url("https://example.com/a").build();
        assertEquals("my-id", a.id());
        assertEquals("my-id", a.toBuilder().title("Changed").build().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void refusesBlankId(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder().id(id).build());
        assertTrue(e.getMessage().contains("id"), e.getMessage());
    }

    // ---- copies, nulls and immutability ----

    @Test
    void copiesWithToBuilderToAnEqualArticle() {
        Article a = sample();
        Article copy = a.toBuilder().build();
        assertEquals(a, copy);
        assertEquals(a.hashCode(), copy.hashCode());
        assertNotEquals(a, a.toBuilder().title("Other").build());
    }

    @Test
    void turnsNullCollectionsIntoEmptyOnes() {
        Article a = new Article(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        assertEquals(List.of(), a.body());
        assertEquals(List.of(), a.authors());
        assertEquals(List.of(), a.topics());
        assertEquals(List.of(), a.images());
        assertEquals(List.of(), a.related());
        assertEquals(Map.of(), a.extras());
        assertSame(Provenance.NONE, a.provenance());
        RelatedLink link = new RelatedLink("Title", null, null, null, null, null, null);
        assertEquals(List.of(), link.images());
        Provenance p = new Provenance(null, null, 0, null, null, 0, null, null, null, null, null, null, null);
        assertEquals(Map.of(), p.fields());
        assertEquals(List.of(), p.removed());
        assertEquals(List.of(), p.rejected());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void refusesChangesToItsCollections() {
        Article a = sample();
        List<Executable> changes = List.of(
                () -> a.body().add(Block.paragraph("x")),
                () -> a.authors().add(Author.of("x")),
                () -> a.topics().add("x"),
                () -> a.images().clear(),
                () -> a.related().clear(),
                () -> a.extras().put("x", 1L),
                () -> ((List<?>) a.extras().get("tags")).clear(),
                () -> a.related().get(0).images().add(Image.of(URI.create("https://example.com/x.jpg"))),
                () -> ((Block.ListBlock) a.body().get(3)).items().add("x"),
                () -> Provenance.NONE.fields().clear(),
                () -> Provenance.NONE.warnings().add("x"));
        for (Executable change : changes) {
            assertThrows(UnsupportedOperationException.class, change);
        }
    }

    @Test
    void keepsItsOwnCopyOfCollectionsGivenToIt() {
        List<Block> body = new ArrayList<>(List.of(Block.paragraph("One")));
        List<String> tags = new ArrayList<>(List.of("a"));
        Map<String, Object> extras = new LinkedHashMap<>(Map.of("tags", tags));
        Article a = new Article(null, null, null, null, body, null, null, null, null, null, null, null, null, null,
                null, null, null, null, extras, null);
        body.add(Block.paragraph("Two"));
        tags.add("b");
        extras.put("more", 1L);
        assertEquals(List.of(Block.paragraph("One")), a.body());
        assertEquals(Map.of("tags", List.of("a")), a.extras());
    }

    @Test
    void normalizesExtraNumbersSoTheyCompareAfterARoundTrip() {
        Article a = Article.builder()
                .putExtra("int", 7)
                .putExtra("big", new BigInteger("12"))
                .putExtra("huge", new BigInteger("123456789012345678901234567890"))
                .putExtra("float", 0.5f)
                .putExtra("decimal", new BigDecimal("2.5"))
                .build();
        assertEquals(7L, a.extras().get("int"));
        assertEquals(12L, a.extras().get("big"));
        assertEquals(new BigInteger("123456789012345678901234567890"), a.extras().get("huge"));
        assertEquals(0.5, a.extras().get("float"));
        assertEquals(2.5, a.extras().get("decimal"));
    }

    // ---- text, words, toString ----

    @Test
    void joinsBlocksWithBlankLinesInText() {
        assertEquals("Hello, world.\n\nPart two\n\nDon't panic.\n— Douglas Adams\n\nwell-known fact\n3 items",
                sample().text());
        assertEquals("", Article.builder().build().text());
    }

    @Test
    void countsWordsOfEveryBlockAndAttribution() {
        // Hello world / Part two / Don't panic / Douglas Adams / well-known fact / 3 items
        assertEquals(12, sample().wordCount());
        assertEquals(0, Article.builder().build().wordCount());
        assertEquals(0, Article.builder().addParagraph(" — ... ").build().wordCount());
    }

    @Test
    void keepsToStringShortForALongArticle() {
        Article a = Article.builder()
                .title("Ten thousand words")
                .addParagraph("word ".repeat(10_000).trim())
                .provenance(new Provenance("dump.html", "html", 0.9, null, null, 50_000, "UTF-8", null, null,
                        null, null, null, null))
                .build();
        String s = a.toString();
        assertEquals(10_000, a.wordCount());
        assertTrue(s.length() < 200, s);
        assertTrue(s.contains("Ten thousand words"), s);
        assertTrue(s.contains("format=html"), s);
        assertTrue(s.contains("10000 words"), s);
    }

    @Test
    void cutsLongTitlesInToString() {
        String title = "A".repeat(500);
        String s = Article.builder().title(title).build().toString();
        assertTrue(s.length() < 200, s);
        assertTrue(s.contains("A".repeat(50) + "…"), s);
    }

    @Test
    void keepsToStringShortWithManyAuthors() {
        Article.Builder b = Article.builder().title("Team effort");
        for (int i = 0; i < 100; i++) {
            b.addAuthor("Author Number " + i);
        }
        String s = b.build().toString();
        assertTrue(s.length() < 300, s.length() + " characters: " + s);
    }

    // ---- validation messages name the component ----

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void refusesBlankAuthorName(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder().addAuthor(name));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, -1, 100})
    void refusesHeadingLevelOutsideOneToSix(int level) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Block.heading("H", level));
        assertTrue(e.getMessage().contains("level"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(level)), e.getMessage());
    }

    @Test
    void refusesPublisherWithNeitherNameNorDomain() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Publisher(null, null));
        assertTrue(e.getMessage().contains("name") && e.getMessage().contains("domain"), e.getMessage());
    }

    @Test
    void refusesRelatedLinkWithNeitherTitleNorUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelatedLink.of(null, null));
        assertTrue(e.getMessage().contains("title") && e.getMessage().contains("url"), e.getMessage());
    }

    @Test
    void refusesNegativeImageSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Image(URI.create("https://example.com/a.jpg"), -1, null, null));
        assertTrue(e.getMessage().contains("width"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.5, Double.NaN})
    void refusesConfidenceOutsideZeroToOne(double confidence) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Provenance(null, null, confidence, null, null, 0, null, null, null, null, null, null, null));
        assertTrue(e.getMessage().contains("confidence"), e.getMessage());
    }

    @Test
    void refusesExtraThatIsNotAJsonValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder().putExtra("when", Instant.EPOCH).build());
        assertTrue(e.getMessage().startsWith("extras.when"), e.getMessage());
        assertTrue(e.getMessage().contains("java.time.Instant"), e.getMessage());
    }

    @Test
    void namesThePathOfANestedExtraThatIsNotAJsonValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder().putExtra("meta", Map.of("dates", List.of("x", OffsetDateTime.MIN))).build());
        assertTrue(e.getMessage().startsWith("extras.meta.dates[1]"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesExtraNumberThatJsonCannotHold(double value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder().putExtra("score", value).build());
        assertTrue(e.getMessage().startsWith("extras.score"), e.getMessage());
    }

    @Test
    void refusesExtraMapWithKeyThatIsNotAString() {
        Map<Object, Object> map = new HashMap<>();
        map.put(1, "one");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder().putExtra("m", map).build());
        assertTrue(e.getMessage().startsWith("extras.m"), e.getMessage());
    }

    @Test
    void refusesNullKeyInProvenanceFields() {
        Map<String, Provenance.FieldOrigin> fields = new HashMap<>();
        fields.put(null, new Provenance.FieldOrigin("origin", "line 1"));
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> new Provenance(null, null, 0, null, null, 0, null, null, null, fields, null, null, null));
        assertTrue(e instanceof NullPointerException || e instanceof IllegalArgumentException, e.toString());
        assertTrue(String.valueOf(e.getMessage()).contains("fields"), e.toString());
    }
}
