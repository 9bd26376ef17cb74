package io.github.articlenorm.examples.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schemas of normalized articles and of failures, written out by hand from ArticleNorm's canonical JSON
 * ({@code ArticleJson} and its JSON Schema {@code article.schema.json}), so Spark never has to infer them.
 *
 * <p>{@link #ARTICLE} has one column per Article component, with the canonical JSON's names and nesting: body
 * blocks, authors, images, related links and provenance are structs and arrays of structs. Three choices differ
 * from a naive mapping, each so that nothing is lost:
 * <ul>
 *   <li>date-times ({@code publishedAt}, {@code modifiedAt}, a related link's {@code publishedAt},
 *       {@code provenance.ingestedAt}) stay ISO-8601 strings, because a Spark timestamp would drop the source's own
 *       offset; {@code to_timestamp(col("publishedAt"))} gives an instant when one is wanted;</li>
 *   <li>{@code extras} holds any JSON values, so it is one string column with the extras object as JSON text;
 *       query it with {@code get_json_object} or {@code from_json};</li>
 *   <li>a body block is one struct for every kind: {@code type} says which, and the fields another kind uses are
 *       null ({@code text} for paragraphs, headings and quotes; {@code level} for headings; {@code attribution}
 *       for quotes; {@code items} for lists).</li>
 * </ul>
 * Every field is nullable, as {@code from_json} and Parquet make them anyway.
 *
 * <p>{@link #OUTCOME} is the intermediate row, one per record, and {@link #FAILURE} is the row of an input, or one record of it, that could not be normalized; its columns are
 * those of the command line's {@code --failures} file.
 */
public final class ArticleSchema {

    private static final DataType STRING = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;

    private static final StructType PUBLISHER = struct(
            field("name", STRING),
            field("domain", STRING));

    private static final StructType IMAGE = struct(
            field("url", STRING),
            field("width", INT),
            field("height", INT),
            field("caption", STRING));

    private static final StructType BLOCK = struct(
            field("type", STRING),
            field("text", STRING),
            field("level", INT),
            field("attribution", STRING),
            field("items", array(STRING)));

    private static final StructType AUTHOR = struct(
            field("name", STRING),
            field("url", STRING));

    private static final StructType RELATED_LINK = struct(
            field("title", STRING),
            field("url", STRING),
            field("ampUrl", STRING),
            field("excerpt", STRING),
            field("publishedAt", STRING),
            field("publisher", PUBLISHER),
            field("images", array(IMAGE)));

    private static final StructType FIELD_ORIGIN = struct(
            field("origin", STRING),
            field("location", STRING),
            field("note", STRING));

    private static final StructType REMOVED = struct(
            field("text", STRING),
            field("location", STRING),
            field("reason", STRING));

    private static final StructType REJECTED = struct(
            field("field", STRING),
            field("value", STRING),
            field("reason", STRING));

    private static final StructType PROVENANCE = struct(
            field("source", STRING),
            field("format", STRING),
            field("confidence", DataTypes.DoubleType),
            field("parser", STRING),
            field("sha256", STRING),
            field("bytes", DataTypes.LongType),
            field("charset", STRING),
            field("record", INT),
            field("ingestedAt", STRING),
            field("fields", DataTypes.createMapType(STRING, FIELD_ORIGIN, true)),
            field("removed", array(REMOVED)),
            field("rejected", array(REJECTED)),
            field("warnings", array(STRING)));

    /** One normalized article: the columns of the canonical Article JSON, in its order. */
    public static final StructType ARTICLE = struct(
            field("id", STRING),
            field("title", STRING),
            field("subtitle", STRING),
            field("excerpt", STRING),
            field("body", array(BLOCK)),
            field("authors", array(AUTHOR)),
            field("publishedAt", STRING),
            field("modifiedAt", STRING),
            field("url", STRING),
            field("ampUrl", STRING),
            field("language", STRING),
            field("publisher", PUBLISHER),
            field("credit", STRING),
            field("section", STRING),
            field("type", STRING),
            field("topics", array(STRING)),
            field("images", array(IMAGE)),
            field("related", array(RELATED_LINK)),
            field("extras", STRING),
            field("provenance", PROVENANCE));

    /**
     * One failure: {@code source} (the file's path), {@code record} (the record index inside a multi-record dump,
     * or null), {@code format} (the format id, or null when no format recognized the input), {@code error} (the
     * message, naming source, format and location) and {@code location} (line, JSON pointer, or null).
     */
    public static final StructType FAILURE = struct(
            field("source", STRING),
            field("record", INT),
            field("format", STRING),
            field("error", STRING),
            field("location", STRING));

    /**
     * One outcome of {@link SparkNormalizer#normalize}: an article as canonical JSON text in {@code article} (then
     * {@code error} and {@code location} are null), or a failure with {@code error} and {@code location} (then
     * {@code article} is null). {@code source}, {@code record} and {@code format} are set for both.
     */
    public static final StructType OUTCOME = struct(
            field("source", STRING),
            field("record", INT),
            field("format", STRING),
            field("article", STRING),
            field("error", STRING),
            field("location", STRING));

    private ArticleSchema() {
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static ArrayType array(DataType element) {
        return DataTypes.createArrayType(element, true);
    }
}
