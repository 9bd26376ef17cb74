package io.github.articlenorm.examples.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlenorm.formats.json.ArticleJson;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Checks {@link ArticleSchema#ARTICLE} against the JSON Schema of the canonical JSON that ships with the formats
 * module, so a component added to the Article model cannot be silently missing from the Spark columns.
 */
class ArticleSchemaTest {

    private static JsonNode jsonSchema;

    @BeforeAll
    static void loadTheCanonicalJsonSchema() throws IOException {
        try (InputStream in = ArticleJson.class.getResourceAsStream(ArticleJson.SCHEMA_RESOURCE)) {
            jsonSchema = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void hasTheTopLevelColumnsOfTheCanonicalJsonInItsOrder() {
        List<String> required = new ArrayList<>();
        jsonSchema.get("required").forEach(n -> required.add(n.textValue()));
        assertEquals(required, Arrays.asList(ArticleSchema.ARTICLE.fieldNames()));
    }

    @Test
    void matchesEveryPropertyAndTypeOfTheCanonicalJsonSchema() {
        List<String> mismatches = new ArrayList<>();
        compare(jsonSchema, ArticleSchema.ARTICLE, "", mismatches);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void failureColumnsAreTheOutcomeColumnsWithoutTheArticle() {
        List<String> outcome = new ArrayList<>(Arrays.asList(ArticleSchema.OUTCOME.fieldNames()));
        outcome.remove("article");
        assertEquals(outcome, Arrays.asList(ArticleSchema.FAILURE.fieldNames()));
    }

    /** Walks a JSON Schema node and the Spark type side by side, noting each difference with its path. */
    private static void compare(JsonNode node, DataType type, String at, List<String> mismatches) {
        node = resolve(node);
        String kind = kind(node);
        switch (kind) {
            case "object" -> {
                Map<String, JsonNode> properties = properties(node);
                JsonNode additional = node.get("additionalProperties");
                if (!properties.isEmpty()) {
                    if (!(type instanceof StructType struct)) {
                        mismatches.add(at + ": an object, but " + type.simpleString());
                        return;
                    }
                    List<String> names = Arrays.asList(struct.fieldNames());
                    if (!names.containsAll(properties.keySet()) || !properties.keySet().containsAll(names)) {
                        mismatches.add(at + ": properties " + properties.keySet() + ", columns " + names);
                    }
                    for (StructField f : struct.fields()) {
                        if (properties.containsKey(f.name())) {
                            compare(properties.get(f.name()), f.dataType(), at + "/" + f.name(), mismatches);
                        }
                    }
                } else if (additional != null && additional.isObject()) {
                    if (!(type instanceof MapType map) || map.keyType() != DataTypes.StringType) {
                        mismatches.add(at + ": a map, but " + type.simpleString());
                        return;
                    }
                    compare(additional, map.valueType(), at + "/*", mismatches);
                } else if (type != DataTypes.StringType) {
                    // Any JSON values (extras): kept as JSON text.
                    mismatches.add(at + ": any JSON, but " + type.simpleString());
                }
            }
            case "array" -> {
                if (!(type instanceof ArrayType array)) {
                    mismatches.add(at + ": an array, but " + type.simpleString());
                    return;
                }
                compare(node.get("items"), array.elementType(), at + "/items", mismatches);
            }
            case "string" -> expect(DataTypes.StringType, type, at, mismatches);
            case "number" -> expect(DataTypes.DoubleType, type, at, mismatches);
            case "integer" -> {
                JsonNode max = node.get("maximum");
                boolean fitsInt = max != null && max.asLong() <= Integer.MAX_VALUE;
                expect(fitsInt ? DataTypes.IntegerType : DataTypes.LongType, type, at, mismatches);
            }
            default -> mismatches.add(at + ": unexpected JSON Schema kind " + kind);
        }
    }

    private static void expect(DataType expected, DataType actual, String at, List<String> mismatches) {
        if (!expected.equals(actual)) {
            mismatches.add(at + ": " + expected.simpleString() + " expected, " + actual.simpleString() + " found");
        }
    }

    /** Follows $ref, and drops the null alternative of "anyOf: [X, null]". */
    private static JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            String name = node.get("$ref").textValue().substring("#/$defs/".length());
            return resolve(jsonSchema.get("$defs").get(name));
        }
        if (node.has("anyOf") && !node.has("type")) {
            for (JsonNode alternative : node.get("anyOf")) {
                if (!"null".equals(alternative.path("type").textValue())) {
                    return resolve(alternative);
                }
            }
        }
        return node;
    }

    private static String kind(JsonNode node) {
        JsonNode type = node.get("type");
        if (type == null) {
            return node.has("const") || node.has("enum") ? "string" : "object";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.textValue().equals("null")) {
                    return t.textValue();
                }
            }
        }
        return type.textValue();
    }

    /** An object's properties, merged over its oneOf alternatives (a body block is one struct for every kind). */
    private static Map<String, JsonNode> properties(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        node.path("properties").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        for (JsonNode alternative : node.path("oneOf")) {
            resolve(alternative).path("properties").fields().forEachRemaining(e -> out.putIfAbsent(e.getKey(),
                    e.getValue()));
        }
        return out;
    }
}
