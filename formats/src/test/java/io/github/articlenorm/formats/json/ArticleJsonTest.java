package io.github.articlenorm.formats.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Author;
import io.github.articlenorm.Block;
import io.github.articlenorm.Image;
import io.github.articlenorm.Provenance;
import io.github.articlenorm.Publisher;
import io.github.articlenorm.RelatedLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A small article with every block type, nested nulls, and a provenance with one of everything. */
    static Article smallArticle() {
        return Article.builder()
                .id("abc123")
                .title("Storm hits \"coast\"")
                .addParagraph("Winds reached 120 km/h.")
                .addHeading("Damage", 2)
                .addQuote("We were lucky.", "Jane Doe, Mayor")
                .addQuote("No comment.", null)
                .addBlock(Block.list(List.of("Roads closed", "Schools shut")))
                .addAuthor(new Author("Jane Roe", URI.create("https://example.com/authors/jane-roe")))
                .addAuthor("John Smith")
                .publishedAt("2020-02-26T17:57:00-05:00")
                .url("https://example.com/news/storm")
                .language("en")
                .publisher("Example News", "example.com")
                .addTopic("weather")
                .addImage(new Image(URI.create("https://example.com/storm.jpg"), 800, null, "The coast"))
                .addRelated(RelatedLink.of("Earlier storm", null))
                .putExtra("paywall", false)
                .putExtra("score", 2.5)
                .putExtra("tags", Arrays.asList("a", null))
                .provenance(new Provenance("dumps/storm.json", "json", 0.9, "schema.org NewsArticle", null, 1234,
                        "UTF-8", 3, Instant.parse("2026-01-02T03:04:05Z"),
                        Map.of("title", new Provenance.FieldOrigin("JSON key 'headline'", "/headline")),
                        List.of(new Provenance.Removed("Share this", "/footer", "share-buttons")),
                        List.of(new Provenance.Rejected("authors", "Email the author", "not a name")),
                        List.of("zone assumed: UTC")))
                .build();
    }

    /** An article with every component and every nested optional value present. */
    static Article fullArticle() {
        URI url = URI.create("https://example.com/news/storm?page=2&x=%C3%BC");
        URI amp = URI.create("https://example.com/amp/news/storm");
        Image image = new Image(URI.create("https://example.com/storm.jpg"), 800, 600, "The coast");
        return Article.builder()
                .id("full-1")
                .title("Storm hits coast")
                .subtitle("Thousands without power")
                .excerpt("A storm hit the coast on Wednesday.")
                .addParagraph("Winds reached 120 km/h.")
                .addHeading("Damage", 3)
                .addQuote("We were lucky.", "Jane Doe, Mayor")
                .addBlock(Block.list(List.of("Roads closed", "Schools shut")))
                .addAuthor(new Author("Jane Roe", URI.create("https://example.com/authors/jane-roe")))
                .publishedAt("2020-02-26T17:57:00-05:00")
                .modifiedAt("2020-02-27T04:27:00.123+05:30")
                .url(url)
                .ampUrl(amp)
                .language("en-US")
                .publisher("Example News", "example.com")
                .credit("Wire Service")
                .section("Weather")
                .type("article")
                .addTopic("weather")
                .addTopic("coast")
                .addImage(image)
                .addRelated(new RelatedLink("Earlier storm", URI.create("https://example.com/news/earlier"),
                        URI.create("https://example.com/amp/news/earlier"), "Last year's storm.",
                        OffsetDateTime.parse("2019-01-01T08:00:00Z"), new Publisher("Example News", "example.com"),
                        List.of(image)))
                .putExtra("wordCount", 250L)
                .putExtra("nested", Map.of("list", List.of(1L, "two", true)))
                .provenance(new Provenance("dumps/storm.json", "json", 1.0, "schema.org NewsArticle",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 1234, "UTF-8", 0,
                        Instant.parse("2026-01-02T03:04:05.123456Z"),
                        Map.of("publishedAt", new Provenance.FieldOrigin("JSON-LD NewsArticle.datePublished",
                                "script[type=application/ld+json] #1", "zone assumed: UTC")),
                        List.of(new Provenance.Removed("Share this", "/footer", "share-buttons")),
                        List.of(new Provenance.Rejected("authors", "Email the author", "not a name")),
                        List.of("charset guessed")))
                .build();
    }

    // ---- writing ----

    @Test
    void writesCanonicalJsonOfASmallArticle() {
        String expected = "{\"id\":\"abc123\",\"title\":\"Storm hits \\\"coast\\\"\",\"subtitle\":null,\"excerpt\":null,"
                + "\"body\":["
                + "{\"type\":\"paragraph\",\"text\":\"Winds reached 120 km/h.\"},"
                + "{\"type\":\"heading\",\"text\":\"Damage\",\"level\":2},"
                + "{\"type\":\"quote\",\"text\":\"We were lucky.\",\"attribution\":\"Jane Doe, Mayor\"},"
                + "{\"type\":\"quote\",\"text\":\"No comment.\"},"
                + "{\"type\":\"list\",\"items\":[\"Roads closed\",\"Schools shut\"]}],"
                + "\"authors\":[{\"name\":\"Jane Roe\",\"url\":\"https://example.com/authors/jane-roe\"},"
                + "{\"name\":\"John Smith\"}],"
                + "\"publishedAt\":\"2020-02-26T17:57:00-05:00\",\"modifiedAt\":null,"
                + "\"url\":\"https://example.com/news/storm\",\"ampUrl\":null,\"language\":\"en\","
                + "\"publisher\":{\"name\":\"Example News\",\"domain\":\"example.com\"},"
                + "\"credit\":null,\"section\":null,\"type\":null,"
                + "\"topics\":[\"weather\"],"
                + "\"images\":[{\"url\":\"https://example.com/storm.jpg\",\"width\":800,\"caption\":\"The coast\"}],"
                + "\"related\":[{\"title\":\"Earlier storm\",\"images\":[]}],"
                + "\"extras\":{\"paywall\":false,\"score\":2.5,\"tags\":[\"a\",null]},"
                + "\"provenance\":{\"source\":\"dumps/storm.json\",\"format\":\"json\",\"confidence\":0.9,"
                + "\"parser\":\"schema.org NewsArticle\",\"bytes\":1234,\"charset\":\"UTF-8\",\"record\":3,"
                + "\"ingestedAt\":\"2026-01-02T03:04:05Z\","
                + "\"fields\":{\"title\":{\"origin\":\"JSON key 'headline'\",\"location\":\"/headline\"}},"
                + "\"removed\":[{\"text\":\"Share this\",\"location\":\"/footer\",\"reason\":\"share-buttons\"}],"
                + "\"rejected\":[{\"field\":\"authors\",\"value\":\"Email the author\",\"reason\":\"not a name\"}],"
                + "\"warnings\":[\"zone assumed: UTC\"]}}";
        assertEquals(expected, ArticleJson.write(smallArticle()));
    }

    @Test
    void writesAnEmptyArticleWithEveryTopLevelKey() {
        String id = Article.builder().build().id();
        assertEquals("{\"id\":\"" + id + "\",\"title\":null,\"subtitle\":null,\"excerpt\":null,\"body\":[],"
                + "\"authors\":[],\"publishedAt\":null,\"modifiedAt\":null,\"url\":null,\"ampUrl\":null,"
                + "\"language\":null,\"publisher\":null,\"credit\":null,\"section\":null,\"type\":null,"
                + "\"topics\":[],\"images\":[],\"related\":[],\"extras\":{},"
                + "\"provenance\":{\"confidence\":0.0,\"bytes\":0,\"fields\":{},\"removed\":[],\"rejected\":[],"
                + "\"warnings\":[]}}", ArticleJson.write(Article.builder().build()));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersButKeepsUnicode() {
        Article a = Article.builder().title("\"q\" \\ tab\there\nline \u0001 😀 שלום é").build();
        assertTrue(ArticleJson.write(a).contains(
                "\"title\":\"\\\"q\\\" \\\\ tab\\there\\nline \\u0001 😀 שלום é\""), ArticleJson.write(a));
    }

    @Test
    void writesTopLevelKeysInComponentOrder() {
        assertEquals(componentNames(Article.class), keys(json(fullArticle())));
    }

    @Test
    void writesNestedKeysInComponentOrder() {
        JsonNode n = json(fullArticle());
        assertEquals(componentNames(Provenance.class), keys(n.get("provenance")));
        assertEquals(componentNames(RelatedLink.class), keys(n.get("related").get(0)));
        assertEquals(componentNames(Image.class), keys(n.get("images").get(0)));
        assertEquals(componentNames(Author.class), keys(n.get("authors").get(0)));
        assertEquals(componentNames(Publisher.class), keys(n.get("publisher")));
        assertEquals(componentNames(Provenance.FieldOrigin.class),
                keys(n.get("provenance").get("fields").get("publishedAt")));
        assertEquals(componentNames(Provenance.Removed.class), keys(n.get("provenance").get("removed").get(0)));
        assertEquals(componentNames(Provenance.Rejected.class), keys(n.get("provenance").get("rejected").get(0)));
        assertEquals(List.of("type", "text", "level"), keys(n.get("body").get(1)));
        assertEquals(List.of("type", "text", "attribution"), keys(n.get("body").get(2)));
    }

    @ParameterizedTest
    @CsvSource({
            "2020-02-26T22:57Z,                    2020-02-26T22:57:00Z",
            "2020-02-26T17:57-05:00,               2020-02-26T17:57:00-05:00",
            "2020-02-27T04:27+05:30,               2020-02-27T04:27:00+05:30",
            "2020-02-26T22:57:00+00:00,            2020-02-26T22:57:00Z",
            "2020-02-26T22:57:01.5Z,               2020-02-26T22:57:01.5Z",
            "2020-02-26T22:57:00.123456789-03:30,  2020-02-26T22:57:00.123456789-03:30",
            "1999-12-31T23:59:59+14:00,            1999-12-31T23:59:59+14:00"})
    void keepsOffsetOfDatesAndAlwaysPrintsSeconds(String given, String written) {
        OffsetDateTime date = OffsetDateTime.parse(given);
        Article a = Article.builder().publishedAt(date).modifiedAt(date)
                .addRelated(new RelatedLink("r", null, null, null, date, null, null)).build();
        JsonNode n = json(a);
        assertEquals(written, n.get("publishedAt").textValue());
        assertEquals(written, n.get("modifiedAt").textValue());
        assertEquals(written, n.get("related").get(0).get("publishedAt").textValue());
        Article back = ArticleJson.read(ArticleJson.write(a));
        assertEquals(date.getOffset(), back.publishedAt().getOffset());
        assertEquals(date, back.publishedAt());
        assertEquals(date, back.related().get(0).publishedAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "subtitle", "excerpt", "publishedAt", "modifiedAt", "url", "ampUrl", "language",
            "publisher", "credit", "section", "type"})
    void writesNullTopLevelComponentsAsNull(String key) {
        JsonNode n = json(Article.builder().build());
        assertTrue(n.has(key), key);
        assertTrue(n.get(key).isNull(), n.get(key).toString());
    }

    @Test
    void writesEmptyCollectionsAsEmptyArraysAndObjects() {
        JsonNode n = json(Article.builder().build());
        for (String key : List.of("body", "authors", "topics", "images", "related")) {
            assertTrue(n.get(key).isArray() && n.get(key).isEmpty(), key);
        }
        assertTrue(n.get("extras").isObject() && n.get("extras").isEmpty());
        assertTrue(n.get("provenance").get("fields").isObject());
    }

    @Test
    void omitsNestedNulls() {
        Article a = Article.builder()
                .addQuote("Quoted.", null)
                .addAuthor("Jane Doe")
                .publisher(null, "example.com")
                .addImage(Image.of(URI.create("https://example.com/a.jpg")))
                .addRelated(RelatedLink.of(null, URI.create("https://example.com/b")))
                .provenance(new Provenance(null, null, 0.5, null, null, 10, null, null, null,
                        Map.of("title", new Provenance.FieldOrigin("first line", "line 1")), null, null, null))
                .build();
        JsonNode n = json(a);
        assertEquals(List.of("type", "text"), keys(n.get("body").get(0)));
        assertEquals(List.of("name"), keys(n.get("authors").get(0)));
        assertEquals(List.of("domain"), keys(n.get("publisher")));
        assertEquals(List.of("url"), keys(n.get("images").get(0)));
        assertEquals(List.of("url", "images"), keys(n.get("related").get(0)));
        assertEquals(List.of("confidence", "bytes", "fields", "removed", "rejected", "warnings"),
                keys(n.get("provenance")));
        assertEquals(List.of("origin", "location"), keys(n.get("provenance").get("fields").get("title")));
        assertFalse(ArticleJson.write(a).contains(":null}"), ArticleJson.write(a));
    }

    @Test
    void writesExtrasAsJsonValues() {
        Article a = Article.builder()
                .putExtra("long", Long.MIN_VALUE)
                .putExtra("big", new BigInteger("123456789012345678901234567890"))
                .putExtra("double", 1.0E-7)
                .putExtra("decimal", new BigDecimal("0.1000000000000000000001"))
                .putExtra("nested", Map.of("list", Arrays.asList(true, null)))
                .build();
        assertEquals("{\"long\":-9223372036854775808,\"big\":123456789012345678901234567890,\"double\":1.0E-7,"
                        + "\"decimal\":0.1000000000000000000001,\"nested\":{\"list\":[true,null]}}",
                between(ArticleJson.write(a), "\"extras\":", ",\"provenance\""));
        assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
    }

    @Test
    void readsPrettyOutputBackEqual() {
        for (Article a : List.of(smallArticle(), fullArticle(), Article.builder().build())) {
            String pretty = ArticleJson.writePretty(a);
            assertTrue(pretty.contains("\n"), pretty);
            assertEquals(a, ArticleJson.read(pretty));
            assertEquals(ArticleJson.write(a), ArticleJson.write(ArticleJson.read(pretty)));
        }
    }

    @Test
    void readsWhatItWritesFromStringReaderAndStream() throws IOException {
        Article a = fullArticle();
        String json = ArticleJson.write(a);
        assertEquals(a, ArticleJson.read(json));
        assertEquals(a, ArticleJson.read(new StringReader(json)));
        assertEquals(a, ArticleJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleJson.write(a, out);
        assertEquals(json, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesEmojiToAStreamAsTheyAre() throws IOException {
        Article a = Article.builder().id("x").title("😀 𝔘").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleJson.write(a, out);
        assertEquals(ArticleJson.write(a), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readsMissingCollectionsAndProvenanceAsEmpty() {
        Article a = ArticleJson.read("{\"id\":\"x\",\"title\":\"T\"}");
        assertEquals("x", a.id());
        assertEquals("T", a.title());
        assertEquals(List.of(), a.body());
        assertEquals(Map.of(), a.extras());
        assertEquals(Provenance.NONE, a.provenance());
    }

    // ---- reading errors ----

    static Stream<Arguments> wrongDocuments() {
        return Stream.of(
                wrong("title is a number", "/title", n -> n.put("title", 5)),
                wrong("body is a string", "/body", n -> n.put("body", "text")),
                wrong("author name is a number", "/authors/0/name", n -> obj(n, "/authors/0").put("name", 5)),
                wrong("author name is blank", "/authors/1/name", n -> obj(n, "/authors/1").put("name", " ")),
                wrong("date is not a date", "/publishedAt", n -> n.put("publishedAt", "yesterday")),
                wrong("date has no offset", "/publishedAt", n -> n.put("publishedAt", "2020-02-26T22:57:00")),
                wrong("date is a number", "/publishedAt", n -> n.put("publishedAt", 1582757820)),
                wrong("paragraph has no text", "/body/0/text", n -> obj(n, "/body/0").remove("text")),
                wrong("quote text is null", "/body/2/text", n -> obj(n, "/body/2").putNull("text")),
                wrong("block type is unknown", "/body/0/type", n -> obj(n, "/body/0").put("type", "table")),
                wrong("block has no type", "/body/0/type", n -> obj(n, "/body/0").remove("type")),
                wrong("heading level is text", "/body/1/level", n -> obj(n, "/body/1").put("level", "two")),
                wrong("heading has no level", "/body/1/level", n -> obj(n, "/body/1").remove("level")),
                wrong("list items is an object", "/body/4/items", n -> obj(n, "/body/4").putObject("items")),
                wrong("list item is a number", "/body/4/items/1", n -> arr(n, "/body/4/items").set(1, 7)),
                wrong("block is a string", "/body/3", n -> ((ArrayNode) n.get("body")).set(3, "quote")),
                wrong("url is not a URI", "/url", n -> n.put("url", "http://exa mple.com/")),
                wrong("image has no url", "/images/0/url", n -> obj(n, "/images/0").remove("url")),
                wrong("image width is fractional", "/images/0/width", n -> obj(n, "/images/0").put("width", 1.5)),
                wrong("publisher is empty", "/publisher", n -> n.putObject("publisher")),
                wrong("related date is bad", "/related/0/publishedAt",
                        n -> obj(n, "/related/0").put("publishedAt", "soon")),
                wrong("related has no title or url", "/related/0", n -> obj(n, "/related/0").remove("title")),
                wrong("extras is an array", "/extras", n -> n.putArray("extras")),
                wrong("confidence is text", "/provenance/confidence",
                        n -> obj(n, "/provenance").put("confidence", "high")),
                wrong("ingestedAt is bad", "/provenance/ingestedAt",
                        n -> obj(n, "/provenance").put("ingestedAt", "2026-01-02")),
                wrong("field origin with a slash in its key has no location", "/provenance/fields/a~1b/location",
                        n -> obj(n, "/provenance/fields").putObject("a/b").put("origin", "o")),
                wrong("removed lacks a reason", "/provenance/removed/0/reason",
                        n -> obj(n, "/provenance/removed/0").remove("reason")),
                wrong("warning is a number", "/provenance/warnings/0",
                        n -> arr(n, "/provenance/warnings").set(0, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongDocuments")
    void namesTheJsonPointerOfAWrongValue(String what, String pointer, String json) {
        ArticleParseException e = assertThrows(ArticleParseException.class, () -> ArticleJson.read(json));
        assertEquals(pointer, e.location(), e.getMessage());
        assertTrue(e.getMessage().contains(pointer), e.getMessage());
        assertEquals("json", e.format());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "\"article\"", "42"})
    void refusesADocumentThatIsNotAnObject(String json) {
        ArticleParseException e = assertThrows(ArticleParseException.class, () -> ArticleJson.read(json));
        assertEquals("/", e.location(), e.getMessage());
    }

    @Test
    void refusesHeadingLevelNine() {
        String json = mutate(smallArticle(), n -> obj(n, "/body/2").removeAll()
                .put("type", "heading").put("text", "Too deep").put("level", 9));
        ArticleParseException e = assertThrows(ArticleParseException.class, () -> ArticleJson.read(json));
        assertTrue(e.getMessage().contains("/body/2"), e.getMessage());
        assertTrue(e.getMessage().contains("1 to 6"), e.getMessage());
    }

    @Test
    void pointsAtTheLevelOfHeadingLevelNine() {
        String json = mutate(smallArticle(), n -> obj(n, "/body/2").removeAll()
                .put("type", "heading").put("text", "Too deep").put("level", 9));
        ArticleParseException e = assertThrows(ArticleParseException.class, () -> ArticleJson.read(json));
        assertEquals("/body/2/level", e.location(), e.getMessage());
    }

    @Test
    void refusesFractionalHeadingLevel() {
        String json = mutate(smallArticle(), n -> obj(n, "/body/1").put("level", 2.5));
        ArticleParseException e = assertThrows(ArticleParseException.class, () -> ArticleJson.read(json));
        assertEquals("/body/1/level", e.location(), e.getMessage());
    }

    @Test
    void pointsAtABlankId() {
        String json = mutate(smallArticle(), n -> n.put("id", " "));
        ArticleParseException e = assertThrows(ArticleParseException.class, () -> ArticleJson.read(json));
        assertEquals("/id", e.location(), e.getMessage());
    }

    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of("String", (Function<String, Article>) ArticleJson::read),
                Arguments.of("Reader", (Function<String, Article>) s -> ArticleJson.read(new StringReader(s))),
                Arguments.of("InputStream", (Function<String, Article>) s -> ArticleJson.read(
                        new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void refusesTextThatIsNotJsonNamingLineAndColumn(String kind, Function<String, Article> read) {
        ArticleParseException e = assertThrows(ArticleParseException.class, () -> read.apply("hello, world"));
        assertTrue(e.location() != null && e.location().matches("line 1, column \\d+"), e.getMessage());
        assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());
        assertEquals("json", e.format());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void refusesTrailingGarbage(String kind, Function<String, Article> read) {
        String json = ArticleJson.write(smallArticle());
        for (String garbage : List.of(" x", "\n{}", "]", " \"more\"")) {
            ArticleParseException e = assertThrows(ArticleParseException.class, () -> read.apply(json + garbage),
                    garbage);
            assertTrue(e.location() != null && e.location().matches("line \\d+, column \\d+"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void refusesTruncatedJson(String kind, Function<String, Article> read) {
        String json = ArticleJson.write(smallArticle());
        ArticleParseException e = assertThrows(ArticleParseException.class,
                () -> read.apply(json.substring(0, json.length() / 2)));
        assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void refusesDuplicateKeys(String kind, Function<String, Article> read) {
        String json = ArticleJson.write(smallArticle()).replace("\"subtitle\":null", "\"title\":\"Again\"");
        ArticleParseException e = assertThrows(ArticleParseException.class, () -> read.apply(json));
        assertTrue(e.getMessage().contains("'title'"), e.getMessage());
        assertTrue(e.location() != null && e.location().startsWith("/title (line 1, column "), e.getMessage());
    }

    @Test
    void namesTheJsonPointerOfADuplicateKey() {
        String json = ArticleJson.write(smallArticle())
                .replace("{\"name\":\"John Smith\"}", "{\"name\":\"John Smith\",\"name\":\"J. Smith\"}");
        ArticleParseException e = assertThrows(ArticleParseException.class, () -> ArticleJson.read(json));
        assertTrue(e.getMessage().contains("/authors/1/name"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void refusesEmptyInput(String json) {
        ArticleParseException e = assertThrows(ArticleParseException.class, () -> ArticleJson.read(json));
        assertTrue(e.getMessage().contains("no JSON value"), e.getMessage());
    }

    // ---- round-trip bugs found by the properties ----

    @Test
    void keepsBytesBeyondDoublePrecision() {
        long bytes = (1L << 53) + 1;
        Article a = Article.builder().provenance(new Provenance(null, null, 0, null, null, bytes, null, null, null,
                null, null, null, null)).build();
        assertEquals(bytes, ArticleJson.read(ArticleJson.write(a)).provenance().bytes());
    }

    @Test
    void keepsNegativeZeroConfidence() {
        Article a = Article.builder().provenance(new Provenance(null, null, -0.0, null, null, 0, null, null, null,
                null, null, null, null)).build();
        assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
    }

    @Test
    void keepsNegativeZeroInExtras() {
        Article a = Article.builder().putExtra("delta", -0.0).build();
        assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
    }

    // ---- helpers ----

    private static Arguments wrong(String what, String pointer, Consumer<ObjectNode> change) {
        return Arguments.of(what, pointer, mutate(smallArticle(), change));
    }

    /** The canonical JSON of the article after a change to its tree. */
    static String mutate(Article a, Consumer<ObjectNode> change) {
        ObjectNode n = (ObjectNode) json(a);
        change.accept(n);
        return n.toString();
    }

    static ObjectNode obj(JsonNode root, String pointer) {
        return (ObjectNode) root.at(JsonPointer.compile(pointer));
    }

    static ArrayNode arr(JsonNode root, String pointer) {
        return (ArrayNode) root.at(JsonPointer.compile(pointer));
    }

    static JsonNode json(Article a) {
        try {
            return MAPPER.readTree(ArticleJson.write(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String between(String s, String start, String end) {
        int from = s.indexOf(start) + start.length();
        return s.substring(from, s.indexOf(end, from));
    }

    private static List<String> keys(JsonNode n) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    private static List<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
