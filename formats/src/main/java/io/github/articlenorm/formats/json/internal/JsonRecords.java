package io.github.articlenorm.formats.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Limits;
import io.github.articlenorm.formats.internal.jsonld.JsonLd;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * The records of one JSON input, read lazily: JSON Lines line by line (a malformed line fails alone and reading goes
 * on), a top-level array element by element, and one object (a record, a wrapper around records such as NewsAPI's
 * {@code articles} or NYT's {@code response.docs}, or a JSON-LD graph) as one tree. Memory stays bounded by the
 * largest record, not the input. Not thread-safe; one per input.
 */
public final class JsonRecords implements Iterator<Draft> {

    /** Keys of wrapper objects around records, tried in this order. */
    private static final List<String> WRAPPERS = List.of("articles", "docs", "results", "hits", "items", "data",
            "records", "entries", "posts", "stories", "news", "value", "response", "result", "content");

    private final ParseContext context;
    private final BiFunction<JsonNode, String, Article> canonical;
    private final ObjectMapper mapper;
    /** Reads one element of an array whose other elements follow. */
    private final ObjectReader elements;
    private final Reader in;
    private final Deque<Unit> pending = new ArrayDeque<>();
    private final int maxLine;
    private Mode mode;
    private JsonParser parser;
    private int arrayIndex;
    private int line;
    private boolean multi;
    private boolean ended;
    private int emitted;
    private ArticleParseException failure;

    private enum Mode { LINES, ARRAY, DONE }

    /** A record found and not yet mapped: its tree and where it is. */
    private record Unit(JsonNode node, Locator loc) {
    }

    /**
     * Opens the input and reads as far as its first record.
     *
     * @param canonical reads a canonical Article JSON object at a JSON pointer
     * @throws ArticleParseException when the input is not JSON at all
     */
    public JsonRecords(ParseContext context, BiFunction<JsonNode, String, Article> canonical) {
        this.context = context;
        this.canonical = canonical;
        this.mapper = mapper(context.limits());
        this.elements = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxLine = (int) Math.min(context.limits().maxInputBytes(), Integer.MAX_VALUE - 16);
        this.in = context.reader();
        open();
    }

    /** A mapper whose parsers enforce the limits: nesting depth, string and number length, duplicate keys. */
    public static ObjectMapper mapper(Limits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength((int) Math.min(limits.maxInputBytes(), Integer.MAX_VALUE - 16))
                        .maxNumberLength(1000)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    // ---- opening ----

    private void open() {
        int c = skipSpace();
        if (c < 0) {
            throw new ArticleParseException("no JSON value in the input", "line 1", null);
        }
        if (c == '[') {
            startArray("[");
            return;
        }
        if (c != '{') {
            throw new ArticleParseException("not JSON: the input starts with \"" + (char) c
                    + "\", not '{' or '['", "line " + lineOfLast, null);
        }
        int firstLine = lineOfLast;
        String first = readLine('{');
        JsonNode tree = null;
        ArticleParseException bad = null;
        try {
            tree = parseLine(first, firstLine);
        } catch (ArticleParseException e) {
            bad = e;
        }
        if (tree == null && !first.strip().endsWith("}")) {
            // A pretty-printed object: read it whole, with the line already taken in front of the rest.
            readDocument(first);
            return;
        }
        int next = skipSpace();
        if (next < 0) {
            if (bad != null) {
                throw bad;
            }
            mode = Mode.DONE;
            expand(tree, Locator.pointer(""), true);
            return;
        }
        mode = Mode.LINES;
        multi = true;
        pushBack = next;
        if (bad != null) {
            failure = bad;
        } else {
            expand(tree, Locator.line(firstLine), false);
        }
    }

    private void readDocument(String head) {
        try (JsonParser p = mapper.getFactory().createParser(concat(head + "\n" + rest(), in))) {
            JsonNode root = mapper.readTree(p);
            mode = Mode.DONE;
            expand(root, Locator.pointer(""), true);
        } catch (IOException e) {
            throw problem(e, null);
        }
    }

    private void startArray(String head) {
        try {
            parser = mapper.getFactory().createParser(concat(head + rest(), in));
            parser.nextToken();
            mode = Mode.ARRAY;
            multi = true;
        } catch (IOException e) {
            throw problem(e, null);
        }
    }

    // ---- iteration ----

    @Override
    public boolean hasNext() {
        if (failure != null || !pending.isEmpty()) {
            return true;
        }
        while (pending.isEmpty() && failure == null && !ended) {
            fill();
        }
        return failure != null || !pending.isEmpty();
    }

    @Override
    public Draft next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int index = emitted++;
        if (failure != null) {
            ArticleParseException e = failure;
            failure = null;
            throw e;
        }
        Unit u = pending.poll();
        Draft draft = draft(u);
        draft.record(multi ? index : null);
        return draft;
    }

    private void fill() {
        switch (mode) {
            case LINES -> nextLine();
            case ARRAY -> nextElement();
            default -> ended = true;
        }
    }

    private void nextLine() {
        int c = skipSpace();
        if (c < 0) {
            ended = true;
            close();
            return;
        }
        int at = lineOfLast;
        String text = readLine(c);
        if (text == null) {
            failure = new ArticleParseException("line " + at + " is longer than " + maxLine
                    + " characters (set Limits.withMaxInputBytes)", "line " + at, null);
            return;
        }
        try {
            JsonNode tree = parseLine(text, at);
            expand(tree, Locator.line(at), false);
        } catch (ArticleParseException e) {
            failure = e;
        }
    }

    private void nextElement() {
        try {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY || t == null) {
                ended = true;
                if (t != null && parser.nextToken() != null) {
                    failure = new ArticleParseException("not valid JSON: more after the top-level array ends",
                            location(parser), null);
                }
                close();
                return;
            }
            String pointer = "/" + arrayIndex++;
            JsonNode node = elements.readTree(parser);
            expand(node, Locator.pointer(pointer), false);
        } catch (IOException e) {
            ended = true;
            failure = problem(e, parser);
            close();
        }
    }

    private void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            in.close();
        } catch (IOException e) {
            // nothing left to read; closing cannot lose data
        }
    }

    // ---- records inside a value ----

    /** Queues the records inside a value: itself, the records of a wrapper, or the articles of a JSON-LD graph. */
    private void expand(JsonNode node, Locator loc, boolean root) {
        if (node == null || !node.isObject()) {
            failure = new ArticleParseException("a record must be a JSON object, not "
                    + (node == null ? "nothing" : kind(node)), loc.at(""), null);
            return;
        }
        if (JsonLd.articleType(node) == null && (node.has("@graph") || node.has("@context"))) {
            List<JsonNode> articles = JsonLd.articles(node);
            if (!articles.isEmpty()) {
                multi |= articles.size() > 1;
                for (JsonNode a : articles) {
                    pending.add(new Unit(a, loc.child(pointerOf(node, a))));
                }
                return;
            }
        }
        if (root && !looksLikeRecord(node)) {
            List<Unit> found = new ArrayList<>();
            if (unwrap(node, "", loc, found, 0)) {
                multi = true;
                pending.addAll(found);
                return;
            }
        }
        pending.add(new Unit(node, loc));
    }

    private boolean unwrap(JsonNode node, String pointer, Locator loc, List<Unit> out, int depth) {
        if (depth > 3) {
            return false;
        }
        for (String key : WRAPPERS) {
            JsonNode v = node.get(key);
            if (v == null) {
                continue;
            }
            String p = pointer + "/" + key;
            if (v.isArray() && !v.isEmpty() && v.get(0).isObject()) {
                for (int i = 0; i < v.size(); i++) {
                    out.add(new Unit(v.get(i), loc.child(p + "/" + i)));
                }
                return true;
            }
            if (v.isArray() && v.isEmpty()) {
                return true;
            }
            if (v.isObject() && !looksLikeRecord(v) && unwrap(v, p, loc, out, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeRecord(JsonNode node) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            Aliases.Match m = Aliases.of(names.next());
            if (m != null && (m.target() == Target.TITLE || m.target() == Target.URL
                    || m.target() == Target.BODY)) {
                return true;
            }
        }
        return node.has("webTitle") || node.has("web_url") || node.has("provenance");
    }

    /** The JSON pointer of {@code target} inside {@code root}, found by identity; "" when not found. */
    private static String pointerOf(JsonNode root, JsonNode target) {
        Deque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
        todo.push(Map.entry("", root));
        int seen = 0;
        while (!todo.isEmpty() && seen++ < 10_000) {
            Map.Entry<String, JsonNode> e = todo.pop();
            if (e.getValue() == target) {
                return e.getKey();
            }
            JsonNode n = e.getValue();
            if (n.isArray()) {
                for (int i = n.size() - 1; i >= 0; i--) {
                    todo.push(Map.entry(e.getKey() + "/" + i, n.get(i)));
                }
            } else if (n.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = n.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (f.getValue().isContainerNode()) {
                        todo.push(Map.entry(e.getKey() + "/" + Locator.escape(f.getKey()), f.getValue()));
                    }
                }
            }
        }
        return "";
    }

    private Draft draft(Unit u) {
        Draft draft = new Draft();
        if (CanonicalDrafts.isCanonical(u.node())) {
            Article a = canonical.apply(u.node(), u.loc().line() == null ? u.loc().pointer() : "");
            CanonicalDrafts.fill(a, draft);
            return draft;
        }
        Mapper.map(u.node(), u.loc(), draft);
        return draft;
    }

    // ---- reading ----

    private int pushBack = -2;
    private final char[] buf = new char[1 << 16];
    private int bufPos;
    private int bufLen;

    private int read() {
        if (pushBack != -2) {
            int c = pushBack;
            pushBack = -2;
            return c;
        }
        if (bufPos == bufLen && !refill()) {
            return -1;
        }
        char c = buf[bufPos++];
        if (c == '\n') {
            line++;
        }
        return c;
    }

    /** Skips whitespace and returns the next character (or -1 at the end); {@link #line} is then its 1-based line. */
    private int skipSpace() {
        int c;
        do {
            c = read();
        } while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\ufeff');
        if (c >= 0) {
            lineOfLast = line + 1;
        }
        return c;
    }

    private int lineOfLast;

    /** The rest of the current line after {@code first}; null (and the line skipped) when it is too long. */
    private String readLine(int first) {
        StringBuilder sb = new StringBuilder(2048).append((char) first);
        boolean tooLong = false;
        while (true) {
            if (bufPos == bufLen && !refill()) {
                break;
            }
            int start = bufPos;
            int end = start;
            while (end < bufLen && buf[end] != '\n') {
                end++;
            }
            if (!tooLong) {
                if (sb.length() + (end - start) > maxLine) {
                    tooLong = true;
                    sb.setLength(0);
                } else {
                    sb.append(buf, start, end - start);
                }
            }
            if (end < bufLen) {
                bufPos = end + 1;
                line++;
                break;
            }
            bufPos = bufLen;
        }
        return tooLong ? null : sb.toString();
    }

    private boolean refill() {
        try {
            bufLen = in.read(buf, 0, buf.length);
            bufPos = 0;
            if (bufLen <= 0) {
                bufLen = 0;
                return false;
            }
            return true;
        } catch (IOException e) {
            throw new ArticleParseException("cannot read: " + e.getMessage(), "line " + (line + 1), e);
        }
    }

    private JsonNode parseLine(String text, int at) {
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            return mapper.readTree(p);
        } catch (IOException e) {
            String column = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? ", column " + j.getLocation().getColumnNr() : "";
            String detail = e instanceof JsonProcessingException j ? firstLine(j.getOriginalMessage())
                    : String.valueOf(e.getMessage());
            String what = e instanceof StreamConstraintsException ? "exceeds a read limit: " : "is not valid JSON: ";
            throw new ArticleParseException("line " + at + column + " " + what + detail + hint(e), "line " + at, e);
        }
    }

    private static String hint(IOException e) {
        if (!(e instanceof StreamConstraintsException s) || s.getMessage() == null) {
            return "";
        }
        return s.getMessage().contains("nesting") ? " (set Limits.withMaxDepth)"
                : s.getMessage().contains("String") ? " (set Limits.withMaxInputBytes)" : "";
    }

    private ArticleParseException problem(IOException e, JsonParser p) {
        String where = e instanceof JsonProcessingException j && j.getLocation() != null
                ? "line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() : null;
        if (e instanceof StreamConstraintsException s) {
            String setting = s.getMessage().contains("nesting") ? "Limits.withMaxDepth"
                    : s.getMessage().contains("String") ? "Limits.withMaxInputBytes" : null;
            return new ArticleParseException("JSON exceeds a read limit: " + firstLine(s.getOriginalMessage())
                    + (setting == null ? "" : " (set " + setting + ")"), where, e);
        }
        if (e instanceof JsonProcessingException j) {
            return new ArticleParseException("not valid JSON: " + firstLine(j.getOriginalMessage()), where, e);
        }
        return new ArticleParseException("cannot read: " + e.getMessage(), where, e);
    }

    private static String location(JsonParser p) {
        return "line " + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String out = nl < 0 ? s : s.substring(0, nl);
        return out.length() <= 200 ? out : out.substring(0, 199) + "…";
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "an array" : n.isTextual() ? "a string" : n.isNumber() ? "a number"
                : n.isBoolean() ? "a boolean" : "null";
    }

    /** The characters read ahead into the buffer and not yet used. */
    private String rest() {
        String r = new String(buf, bufPos, bufLen - bufPos);
        bufPos = bufLen;
        return r;
    }

    /** The characters of {@code head}, then those of {@code rest}. */
    private static Reader concat(String head, Reader rest) {
        return new Reader() {
            private final StringReader first = new StringReader(head);
            private boolean firstDone;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (!firstDone) {
                    int n = first.read(buf, off, len);
                    if (n > 0) {
                        return n;
                    }
                    firstDone = true;
                }
                return rest.read(buf, off, len);
            }

            @Override
            public void close() throws IOException {
                rest.close();
            }
        };
    }
}
