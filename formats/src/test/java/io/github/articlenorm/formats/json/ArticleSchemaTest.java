package io.github.articlenorm.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.articlenorm.Article;
import io.github.articlenorm.Block;
import io.github.articlenorm.Publisher;
import io.github.articlenorm.RelatedLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.github.articlenorm.formats.json.ArticleJsonTest.arr;
import static io.github.articlenorm.formats.json.ArticleJsonTest.fullArticle;
import static io.github.articlenorm.formats.json.ArticleJsonTest.mutate;
import static io.github.articlenorm.formats.json.ArticleJsonTest.obj;
import static io.github.articlenorm.formats.json.ArticleJsonTest.smallArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ArticleSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The schema as shipped, as a tree. */
    static final JsonNode SCHEMA_TREE = loadSchemaTree();

    /** The shipped schema, with format assertions on (2020-12 treats "format" as an annotation by default). */
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SCHEMA_TREE, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    /** Schema violations of the canonical JSON text, empty when it is valid. */
    public static Set<ValidationMessage> violations(String json) {
        try {
            return SCHEMA.validate(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode loadSchemaTree() {
        try (InputStream in = ArticleJson.class.getResourceAsStream(ArticleJson.SCHEMA_RESOURCE)) {
            assertNotNull(in, ArticleJson.SCHEMA_RESOURCE + " is not on the class path");
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void identifiesItselfAsDraft2020SchemaOfArticleNorm() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA_TREE.get("$schema").textValue());
        assertEquals("https://articlenorm.github.io/schema/article.schema.json", SCHEMA_TREE.get("$id").textValue());
    }

    @Test
    void requiresEveryComponentOfArticleInOrder() {
        List<String> components = Arrays.stream(Article.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        List<String> required = new ArrayList<>();
        SCHEMA_TREE.get("required").forEach(n -> required.add(n.textValue()));
        assertEquals(components, required);
        assertEquals(components, keys(SCHEMA_TREE.get("properties")));
        assertFalse(SCHEMA_TREE.get("additionalProperties").asBoolean(true));
    }

    @Test
    void givesEveryPropertyATitleAndDescription() {
        List<String> missing = new ArrayList<>();
        walk(SCHEMA_TREE, "", (path, node) -> {
            JsonNode properties = node.get("properties");
            if (properties != null) {
                properties.fields().forEachRemaining(e -> {
                    JsonNode title = e.getValue().get("title");
                    JsonNode description = e.getValue().get("description");
                    if (title == null || title.textValue().isBlank() || description == null
                            || description.textValue().isBlank()) {
                        missing.add(path + "/properties/" + e.getKey());
                    }
                });
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void closesEveryObjectItDefines() {
        List<String> open = new ArrayList<>();
        walk(SCHEMA_TREE, "", (path, node) -> {
            // A block's own "properties" only lists the kinds; each kind, picked by oneOf, is closed.
            if (node.has("properties") && !path.equals("/$defs/block")
                    && !node.path("additionalProperties").isBoolean()) {
                open.add(path);
            }
        });
        assertEquals(List.of(), open);
    }

    static Stream<Arguments> validArticles() {
        return Stream.of(
                Arguments.of("empty", Article.builder().build()),
                Arguments.of("small", smallArticle()),
                Arguments.of("full", fullArticle()),
                Arguments.of("every block type", Article.builder()
                        .addParagraph("P")
                        .addHeading("H1", 1)
                        .addHeading("H6", 6)
                        .addQuote("Q", null)
                        .addQuote("Q", "Someone")
                        .addBlock(Block.list(List.of()))
                        .addBlock(Block.list(List.of("one", "two")))
                        .build()),
                Arguments.of("publisher by domain only, related by url only", Article.builder()
                        .publisher(new Publisher(null, "example.com"))
                        .addRelated(RelatedLink.of(null, URI.create("https://example.com/b")))
                        .build()),
                Arguments.of("dates with offsets and nanoseconds", Article.builder()
                        .publishedAt("2020-02-26T17:57:00.123456789-05:00")
                        .modifiedAt("2020-02-27T04:27+05:30")
                        .build()),
                Arguments.of("extras of every kind", Article.builder()
                        .putExtra("s", "x").putExtra("b", true).putExtra("n", null).putExtra("l", Long.MAX_VALUE)
                        .putExtra("d", 1.5e300).putExtra("big", new BigInteger("1" + "0".repeat(30)))
                        .putExtra("nested", Map.of("list", List.of(Map.of(), List.of())))
                        .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validArticles")
    void acceptsWhatArticleJsonWrites(String what, Article article) {
        assertEquals(Set.of(), violations(ArticleJson.write(article)));
        assertEquals(Set.of(), violations(ArticleJson.writePretty(article)));
    }

    static Stream<Arguments> wrongDocuments() {
        return Stream.of(
                wrong("missing id", "", n -> n.remove("id")),
                wrong("empty id", "/id", n -> n.put("id", "")),
                wrong("missing provenance", "", n -> n.remove("provenance")),
                wrong("unknown top-level key", "", n -> n.put("author", "Jane Doe")),
                wrong("heading level 0", "/body/1/level", n -> obj(n, "/body/1").put("level", 0)),
                wrong("heading level 7", "/body/1/level", n -> obj(n, "/body/1").put("level", 7)),
                wrong("heading level 1.5", "/body/1/level", n -> obj(n, "/body/1").put("level", 1.5)),
                wrong("unknown block type", "/body/0/type", n -> obj(n, "/body/0").put("type", "table")),
                wrong("paragraph with a level", "/body/0", n -> obj(n, "/body/0").put("level", 2)),
                wrong("list without items", "/body/4", n -> obj(n, "/body/4").remove("items")),
                wrong("date without offset", "/publishedAt", n -> n.put("publishedAt", "2020-02-26T22:57:00")),
                wrong("date without seconds", "/publishedAt", n -> n.put("publishedAt", "2020-02-26T22:57Z")),
                wrong("date that does not exist", "/publishedAt", n -> n.put("publishedAt", "2020-02-30T22:57:00Z")),
                wrong("related date without offset", "/related/0/publishedAt",
                        n -> obj(n, "/related/0").put("publishedAt", "2020-02-26")),
                wrong("url that is not a URI", "/url", n -> n.put("url", "not a url")),
                wrong("author with unknown key", "/authors/0", n -> obj(n, "/authors/0").put("role", "editor")),
                wrong("author with empty name", "/authors/0/name", n -> obj(n, "/authors/0").put("name", "")),
                wrong("empty publisher", "/publisher", n -> n.putObject("publisher")),
                wrong("image without url", "/images/0", n -> obj(n, "/images/0").remove("url")),
                wrong("negative image width", "/images/0/width", n -> obj(n, "/images/0").put("width", -1)),
                wrong("related with neither title nor url", "/related/0", n -> obj(n, "/related/0").remove("title")),
                wrong("extras that is an array", "/extras", n -> n.putArray("extras")),
                wrong("confidence above one", "/provenance/confidence",
                        n -> obj(n, "/provenance").put("confidence", 1.5)),
                wrong("negative bytes", "/provenance/bytes", n -> obj(n, "/provenance").put("bytes", -1)),
                wrong("field origin without location", "/provenance/fields/title",
                        n -> obj(n, "/provenance/fields/title").remove("location")),
                wrong("warning that is not a string", "/provenance/warnings/0",
                        n -> arr(n, "/provenance/warnings").set(0, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongDocuments")
    void rejectsWrongDocuments(String what, String pointer, String json) {
        Set<ValidationMessage> violations = violations(json);
        Set<String> locations = violations.stream().map(v -> v.getInstanceLocation().toString())
                .collect(Collectors.toSet());
        assertTrue(locations.contains(pointer), pointer + " not in " + violations);
    }

    @Test
    void acceptsTheSameDocumentBeforeItIsMadeWrong() {
        // The wrong documents above start from this one: it must be valid, or they would prove nothing.
        assertEquals(Set.of(), violations(ArticleJson.write(smallArticle())));
    }

    // ---- helpers ----

    private static Arguments wrong(String what, String pointer, Consumer<ObjectNode> change) {
        return Arguments.of(what, pointer, mutate(smallArticle(), change));
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    /** Visits every object node of the tree with its JSON pointer. */
    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(path, node);
            node.fields().forEachRemaining(e -> walk(e.getValue(), path + "/" + e.getKey(), visitor));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), path + "/" + i, visitor);
            }
        }
    }

    private static List<String> keys(JsonNode n) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }
}
