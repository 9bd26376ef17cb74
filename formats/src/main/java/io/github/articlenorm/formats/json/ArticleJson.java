package io.github.articlenorm.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Author;
import io.github.articlenorm.Block;
import io.github.articlenorm.Image;
import io.github.articlenorm.Provenance;
import io.github.articlenorm.Publisher;
import io.github.articlenorm.RelatedLink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The canonical JSON form of an {@link Article}: write it, read it back, get an equal article.
 *
 * <p>Keys are the Article's component names in camelCase, in component order. Date-times are ISO-8601 with their
 * offset ({@code 2020-02-26T22:57:00Z}, {@code 2020-02-26T17:57:00-05:00}), URIs are strings, blocks are
 * {@code {"type":"paragraph"|"heading"|"quote"|"list", ...}}. Every top-level component is written, {@code null}
 * when absent; inside nested objects absent values are omitted. Collections are always written, {@code []} when
 * empty. The JSON Schema of this form is the resource {@value #SCHEMA_RESOURCE}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleJson {

    /** The class-path resource that holds the JSON Schema (draft 2020-12) of the canonical form. */
    public static final String SCHEMA_RESOURCE = "/io/github/articlenorm/formats/json/article.schema.json";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(200)
                    .maxStringLength(64 << 20)
                    .maxNumberLength(1000)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Byte and character output must be the same text: write astral characters as themselves, not escapes.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ArticleJson() {
    }

    /** The article as one line of canonical JSON (no line breaks: ready for JSON Lines). */
    public static String write(Article article) {
        return toString(article, false);
    }

    /** The article as indented canonical JSON, for people. */
    public static String writePretty(Article article) {
        return toString(article, true);
    }

    /** Writes the article as one line of canonical JSON, UTF-8, without closing the stream. */
    public static void write(Article article, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeArticle(g, article);
        }
    }

    /** Writes the article as canonical JSON, pretty when asked, without closing the writer. */
    public static void write(Article article, Writer out, boolean pretty) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            writeArticle(g, article);
        }
    }

    private static String toString(Article article, boolean pretty) {
        StringWriter w = new StringWriter(1024);
        try {
            write(article, w, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * Reads one article from canonical JSON.
     *
     * @throws ArticleParseException when the text is not JSON, or not an article; the message gives the JSON
     *                               pointer of the offending value
     */
    public static Article read(String json) {
        return readTree(() -> MAPPER.readTree(json));
    }

    /** Reads one article from canonical JSON in UTF-8; does not close the stream. */
    public static Article read(InputStream in) {
        return readTree(() -> MAPPER.readTree(nonClosing(in)));
    }

    /** Reads one article from canonical JSON; does not close the reader. */
    public static Article read(Reader in) {
        return readTree(() -> {
            try (JsonParser p = FACTORY.createParser(in)) {
                p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
                return MAPPER.readTree(p);
            }
        });
    }

    /**
     * Reads an article from a JSON tree already parsed, e.g. one record of a larger document.
     *
     * @param node    the article object
     * @param pointer the JSON pointer of {@code node} in its document, for messages ("" for the root)
     */
    static Article read(JsonNode node, String pointer) {
        return new TreeReader().article(node, pointer);
    }

    /** Whether the object looks like canonical Article JSON: it has a {@code provenance} object and a body array. */
    static boolean isCanonical(JsonNode node) {
        return node != null && node.isObject() && node.path("provenance").isObject() && node.path("body").isArray();
    }

    private interface TreeSupplier {
        JsonNode get() throws IOException;
    }

    private static Article readTree(TreeSupplier supplier) {
        JsonNode node;
        try {
            node = supplier.get();
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? null
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (!pointer.isEmpty()) {
                    where = pointer + (where == null ? "" : " (" + where + ")");
                }
            }
            throw new ArticleParseException("not valid JSON: " + e.getOriginalMessage(), null, "json", where, e);
        } catch (IOException e) {
            throw new ArticleParseException("cannot read JSON: " + e.getMessage(), null, "json", null, e);
        }
        if (node == null || node.isMissingNode()) {
            throw new ArticleParseException("no JSON value in the input", null, "json", null, null);
        }
        return read(node, "");
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        };
    }

    // ---- writing ----

    private static void writeArticle(JsonGenerator g, Article a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("title", a.title());
        g.writeStringField("subtitle", a.subtitle());
        g.writeStringField("excerpt", a.excerpt());
        g.writeArrayFieldStart("body");
        for (Block b : a.body()) {
            writeBlock(g, b);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("authors");
        for (Author au : a.authors()) {
            g.writeStartObject();
            g.writeStringField("name", au.name());
            optional(g, "url", au.url());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("publishedAt", format(a.publishedAt()));
        g.writeStringField("modifiedAt", format(a.modifiedAt()));
        g.writeStringField("url", a.url() == null ? null : a.url().toString());
        g.writeStringField("ampUrl", a.ampUrl() == null ? null : a.ampUrl().toString());
        g.writeStringField("language", a.language());
        g.writeFieldName("publisher");
        writePublisher(g, a.publisher());
        g.writeStringField("credit", a.credit());
        g.writeStringField("section", a.section());
        g.writeStringField("type", a.type());
        g.writeArrayFieldStart("topics");
        for (String t : a.topics()) {
            g.writeString(t);
        }
        g.writeEndArray();
        writeImages(g, a.images());
        g.writeArrayFieldStart("related");
        for (RelatedLink r : a.related()) {
            writeRelated(g, r);
        }
        g.writeEndArray();
        g.writeFieldName("extras");
        writeValue(g, a.extras());
        g.writeFieldName("provenance");
        writeProvenance(g, a.provenance());
        g.writeEndObject();
    }

    private static void writeBlock(JsonGenerator g, Block b) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", b.type());
        if (b instanceof Block.ListBlock l) {
            g.writeArrayFieldStart("items");
            for (String item : l.items()) {
                g.writeString(item);
            }
            g.writeEndArray();
        } else {
            g.writeStringField("text", b.text());
        }
        if (b instanceof Block.Heading h) {
            g.writeNumberField("level", h.level());
        }
        if (b instanceof Block.Quote q && q.attribution() != null) {
            g.writeStringField("attribution", q.attribution());
        }
        g.writeEndObject();
    }

    private static void writePublisher(JsonGenerator g, Publisher p) throws IOException {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        optional(g, "name", p.name());
        optional(g, "domain", p.domain());
        g.writeEndObject();
    }

    private static void writeImages(JsonGenerator g, List<Image> images) throws IOException {
        g.writeArrayFieldStart("images");
        for (Image i : images) {
            g.writeStartObject();
            g.writeStringField("url", i.url().toString());
            if (i.width() != null) {
                g.writeNumberField("width", i.width());
            }
            if (i.height() != null) {
                g.writeNumberField("height", i.height());
            }
            optional(g, "caption", i.caption());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeRelated(JsonGenerator g, RelatedLink r) throws IOException {
        g.writeStartObject();
        optional(g, "title", r.title());
        optional(g, "url", r.url());
        optional(g, "ampUrl", r.ampUrl());
        optional(g, "excerpt", r.excerpt());
        optional(g, "publishedAt", format(r.publishedAt()));
        if (r.publisher() != null) {
            g.writeFieldName("publisher");
            writePublisher(g, r.publisher());
        }
        writeImages(g, r.images());
        g.writeEndObject();
    }

    private static void writeProvenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeStartObject();
        optional(g, "source", p.source());
        optional(g, "format", p.format());
        g.writeNumberField("confidence", p.confidence());
        optional(g, "parser", p.parser());
        optional(g, "sha256", p.sha256());
        g.writeNumberField("bytes", p.bytes());
        optional(g, "charset", p.charset());
        if (p.record() != null) {
            g.writeNumberField("record", p.record());
        }
        optional(g, "ingestedAt", p.ingestedAt() == null ? null : p.ingestedAt().toString());
        g.writeObjectFieldStart("fields");
        for (Map.Entry<String, Provenance.FieldOrigin> e : p.fields().entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            g.writeStringField("origin", e.getValue().origin());
            g.writeStringField("location", e.getValue().location());
            optional(g, "note", e.getValue().note());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("removed");
        for (Provenance.Removed r : p.removed()) {
            g.writeStartObject();
            g.writeStringField("text", r.text());
            g.writeStringField("location", r.location());
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rejected");
        for (Provenance.Rejected r : p.rejected()) {
            g.writeStartObject();
            g.writeStringField("field", r.field());
            g.writeStringField("value", r.value());
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("warnings");
        for (String w : p.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, Object value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (v instanceof BigDecimal b) {
            g.writeNumber(b);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else {
            // Article's constructor only admits JSON values; anything else is a bug here.
            throw new IllegalStateException("not a JSON value: " + v.getClass().getName());
        }
    }

    private static String format(OffsetDateTime t) {
        return t == null ? null : DATE_TIME.format(t);
    }

    // ---- reading ----

    /** Reads the canonical tree, naming the JSON pointer of anything wrong. */
    private static final class TreeReader {

        Article article(JsonNode n, String at) {
            object(n, at);
            String id = string(n, "id", at);
            if (id != null && id.isBlank()) {
                throw wrong(at + "/id", "must not be blank");
            }
            Article.Builder b = Article.builder()
                    .id(id)
                    .title(string(n, "title", at))
                    .subtitle(string(n, "subtitle", at))
                    .excerpt(string(n, "excerpt", at))
                    .body(list(n, "body", at, this::block))
                    .authors(list(n, "authors", at, this::author))
                    .publishedAt(dateTime(n, "publishedAt", at))
                    .modifiedAt(dateTime(n, "modifiedAt", at))
                    .url(uri(n, "url", at))
                    .ampUrl(uri(n, "ampUrl", at))
                    .language(string(n, "language", at))
                    .publisher(publisher(n.get("publisher"), at + "/publisher"))
                    .credit(string(n, "credit", at))
                    .section(string(n, "section", at))
                    .type(string(n, "type", at))
                    .topics(list(n, "topics", at, this::text))
                    .images(list(n, "images", at, this::image))
                    .related(list(n, "related", at, this::related))
                    .provenance(provenance(n.get("provenance"), at + "/provenance"));
            JsonNode extras = n.get("extras");
            if (extras != null && !extras.isNull()) {
                object(extras, at + "/extras");
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) value(extras);
                b.extras(map);
            }
            try {
                return b.build();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw wrong(at, "is not a valid article: " + e.getMessage());
            }
        }

        Block block(JsonNode n, String at) {
            object(n, at);
            String type = required(n, "type", at);
            try {
                switch (type) {
                    case "paragraph":
                        return new Block.Paragraph(required(n, "text", at));
                    case "heading":
                        JsonNode level = n.get("level");
                        if (level == null || !level.isIntegralNumber() || !level.canConvertToInt()
                                || level.intValue() < 1 || level.intValue() > 6) {
                            throw wrong(at + "/level", "must be an integer 1 to 6");
                        }
                        return new Block.Heading(required(n, "text", at), level.intValue());
                    case "quote":
                        return new Block.Quote(required(n, "text", at), string(n, "attribution", at));
                    case "list":
                        return new Block.ListBlock(list(n, "items", at, this::text));
                    default:
                        throw wrong(at + "/type", "is \"" + type + "\", not paragraph, heading, quote or list");
                }
            } catch (IllegalArgumentException e) {
                throw wrong(at, e.getMessage());
            }
        }

        Author author(JsonNode n, String at) {
            object(n, at);
            String name = required(n, "name", at);
            if (name.isBlank()) {
                throw wrong(at + "/name", "must not be blank");
            }
            return new Author(name, uri(n, "url", at));
        }

        Publisher publisher(JsonNode n, String at) {
            if (n == null || n.isNull()) {
                return null;
            }
            object(n, at);
            String name = string(n, "name", at);
            String domain = string(n, "domain", at);
            if (name == null && domain == null) {
                throw wrong(at, "needs a name or a domain");
            }
            return new Publisher(name, domain);
        }

        Image image(JsonNode n, String at) {
            object(n, at);
            URI url = uri(n, "url", at);
            if (url == null) {
                throw wrong(at + "/url", "is missing");
            }
            return new Image(url, integer(n, "width", at), integer(n, "height", at), string(n, "caption", at));
        }

        RelatedLink related(JsonNode n, String at) {
            object(n, at);
            String title = string(n, "title", at);
            URI url = uri(n, "url", at);
            if (title == null && url == null) {
                throw wrong(at, "needs a title or a url");
            }
            return new RelatedLink(title, url, uri(n, "ampUrl", at), string(n, "excerpt", at),
                    dateTime(n, "publishedAt", at), publisher(n.get("publisher"), at + "/publisher"),
                    list(n, "images", at, this::image));
        }

        Provenance provenance(JsonNode n, String at) {
            if (n == null || n.isNull()) {
                return Provenance.NONE;
            }
            object(n, at);
            Map<String, Provenance.FieldOrigin> fields = new LinkedHashMap<>();
            JsonNode f = n.get("fields");
            if (f != null && !f.isNull()) {
                object(f, at + "/fields");
                Iterator<Map.Entry<String, JsonNode>> it = f.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String p = at + "/fields/" + escape(e.getKey());
                    object(e.getValue(), p);
                    fields.put(e.getKey(), new Provenance.FieldOrigin(required(e.getValue(), "origin", p),
                            required(e.getValue(), "location", p), string(e.getValue(), "note", p)));
                }
            }
            JsonNode confidence = n.get("confidence");
            JsonNode bytes = n.get("bytes");
            Instant ingested = null;
            String ingestedText = string(n, "ingestedAt", at);
            if (ingestedText != null) {
                try {
                    ingested = Instant.parse(ingestedText);
                } catch (DateTimeParseException e) {
                    throw wrong(at + "/ingestedAt", "is not an ISO-8601 instant: \"" + ingestedText + "\"");
                }
            }
            try {
                return new Provenance(string(n, "source", at), string(n, "format", at),
                        confidence == null || confidence.isNull() ? 0 : number(confidence, at + "/confidence"),
                        string(n, "parser", at), string(n, "sha256", at),
                        bytes == null || bytes.isNull() ? 0 : whole(bytes, at + "/bytes"),
                        string(n, "charset", at), integer(n, "record", at), ingested, fields,
                        list(n, "removed", at, (r, p) -> {
                            object(r, p);
                            return new Provenance.Removed(required(r, "text", p), required(r, "location", p),
                                    required(r, "reason", p));
                        }),
                        list(n, "rejected", at, (r, p) -> {
                            object(r, p);
                            return new Provenance.Rejected(required(r, "field", p), required(r, "value", p),
                                    required(r, "reason", p));
                        }),
                        list(n, "warnings", at, this::text));
            } catch (IllegalArgumentException e) {
                throw wrong(at, e.getMessage());
            }
        }

        String text(JsonNode n, String at) {
            if (!n.isTextual()) {
                throw wrong(at, "must be a string");
            }
            return n.textValue();
        }

        private <T> List<T> list(JsonNode n, String key, String at, BiFunction<JsonNode, String, T> item) {
            JsonNode a = n.get(key);
            if (a == null || a.isNull()) {
                return List.of();
            }
            String p = at + "/" + key;
            if (!a.isArray()) {
                throw wrong(p, "must be an array");
            }
            List<T> out = new ArrayList<>(a.size());
            for (int i = 0; i < a.size(); i++) {
                out.add(item.apply(a.get(i), p + "/" + i));
            }
            return out;
        }

        private static void object(JsonNode n, String at) {
            if (n == null || !n.isObject()) {
                throw wrong(at, "must be an object");
            }
        }

        private static String string(JsonNode n, String key, String at) {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw wrong(at + "/" + key, "must be a string");
            }
            return v.textValue();
        }

        private static String required(JsonNode n, String key, String at) {
            String s = string(n, key, at);
            if (s == null) {
                throw wrong(at + "/" + key, "is missing");
            }
            return s;
        }

        private static Integer integer(JsonNode n, String key, String at) {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw wrong(at + "/" + key, "must be an integer");
            }
            return v.intValue();
        }

        private static double number(JsonNode v, String at) {
            if (!v.isNumber()) {
                throw wrong(at, "must be a number");
            }
            return v.doubleValue();
        }

        private static long whole(JsonNode v, String at) {
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw wrong(at, "must be a whole number");
            }
            return v.longValue();
        }

        private static OffsetDateTime dateTime(JsonNode n, String key, String at) {
            String s = string(n, key, at);
            if (s == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(s, DATE_TIME);
            } catch (DateTimeParseException e) {
                throw wrong(at + "/" + key, "is not an ISO-8601 date-time with offset: \"" + shorten(s) + "\"");
            }
        }

        private static URI uri(JsonNode n, String key, String at) {
            String s = string(n, key, at);
            if (s == null) {
                return null;
            }
            try {
                return new URI(s);
            } catch (URISyntaxException e) {
                throw wrong(at + "/" + key, "is not a URI: \"" + shorten(s) + "\"");
            }
        }

        private static Object value(JsonNode v) {
            if (v.isObject()) {
                Map<String, Object> m = new LinkedHashMap<>();
                v.fields().forEachRemaining(e -> m.put(e.getKey(), value(e.getValue())));
                return m;
            }
            if (v.isArray()) {
                List<Object> l = new ArrayList<>(v.size());
                v.forEach(x -> l.add(value(x)));
                return l;
            }
            if (v.isTextual()) {
                return v.textValue();
            }
            if (v.isBoolean()) {
                return v.booleanValue();
            }
            if (v.isIntegralNumber()) {
                return v.bigIntegerValue();
            }
            if (v.isNumber()) {
                return v.decimalValue();
            }
            return null;
        }

        private static String escape(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }

        private static String shorten(String s) {
            return s.length() <= 60 ? s : s.substring(0, 59) + "…";
        }

        private static ArticleParseException wrong(String pointer, String what) {
            String p = pointer.isEmpty() ? "/" : pointer;
            return new ArticleParseException("JSON value at " + p + " " + what, null, "json", p, null);
        }
    }
}
