package io.github.articlenorm.formats.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Limits;
import io.github.articlenorm.formats.internal.jsonld.JsonLd;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The records of one JSON input, read lazily: JSON Lines line by line (a malformed line fails alone and reading goes
 * on), a top-level array element by element, and one object (a record, a wrapper around records such as NewsAPI's
 * {@code articles} or NYT's {@code response.docs}, or a JSON-LD graph) as one tree. Memory stays bounded by the
 * largest record, not the input. Not thread-safe; one per input.
 *
 * <p>The input is read as UTF-8 bytes ({@link ParseContext#utf8()}, or the decoded characters encoded again when the
 * input is in another charset). JSON Lines are read fast: one parser reads all the whole lines in the buffer, and a
 * record is taken only when it starts a line, ends on that line and nothing but spaces follow it. Anything else (a
 * malformed line, two values on a line, a value over several lines, a non-object) is read again from its line on its
 * own, as text, which gives the same records, errors and line numbers as reading every line on its own.
 */
public final class JsonRecords implements Iterator<Draft> {

    /** Keys of wrapper objects around records, tried in this order. */
    private static final List<String> WRAPPERS = List.of("articles", "docs", "results", "hits", "items", "data",
            "records", "entries", "posts", "stories", "news", "value", "response", "result", "content");

    private final ParseContext context;
    private final BiFunction<JsonNode, String, Article> canonical;
    private final ObjectMapper mapper;
    /** Reads one value of a stream whose other values follow. */
    private final ObjectReader elements;
    /**
     * Reads the records of the buffered JSON Lines: as {@link #elements}, but duplicate keys are found while the tree
     * is built instead of by the parser, which saves a set of names per object. Any failure there reads the line
     * again on its own with {@link #mapper}, so messages are the same.
     */
    private final ObjectReader lineRecords;
    private final CarriageReturns in;
    private final Deque<Unit> pending = new ArrayDeque<>();
    private final int maxLine;
    private Mode mode;
    /** ARRAY: the parser of the rest of the input. LINES: the parser of the whole lines in the buffer, or null. */
    private JsonParser parser;
    /** LINES: reads the records of {@link #parser}, with one deserialization context for all of them. */
    private MappingIterator<JsonNode> lines;
    private int arrayIndex;
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
        Mappers mappers = Mappers.of(context.limits());
        this.mapper = mappers.strict();
        this.elements = mappers.elements();
        this.lineRecords = mappers.lines();
        this.maxLine = (int) Math.min(context.limits().maxInputBytes(), Integer.MAX_VALUE - 16);
        InputStream utf8 = context.utf8();
        this.in = new CarriageReturns(utf8 != null ? utf8 : new Utf8Encoding(context.reader()));
        if (utf8 instanceof ByteArrayInputStream held) {
            InMemory.take(held, this);
        } else {
            this.buf = new byte[(int) Math.min(1 << 16, maxLine + 2L)];
        }
        if (carriageReturnLines()) {
            // Classic Mac OS line ends: each CR is read as a line feed (a JSON string cannot hold a raw CR, and no
            // byte of a multi-byte UTF-8 character is one), so records, lines and their numbers come out as in
            // any other file. The buffer may be the caller's array: the bytes are changed in a copy.
            buf = Arrays.copyOf(buf, buf.length);
            CarriageReturns.asLineFeeds(buf, pos, lim);
            in.asLineFeeds = true;
        }
        open();
    }

    /** How far the first line break is looked for, in bytes. */
    private static final int LINE_BREAK_LOOKAHEAD = 1 << 16;

    /**
     * Whether the input's first line break, within its first {@link #LINE_BREAK_LOOKAHEAD} bytes, is a carriage
     * return on its own (not followed by a line feed).
     */
    private boolean carriageReturnLines() {
        available(LINE_BREAK_LOOKAHEAD + 1);
        int end = Math.min(lim, pos + LINE_BREAK_LOOKAHEAD);
        for (int i = pos; i < end; i++) {
            if (buf[i] == '\n') {
                return false;
            }
            if (buf[i] == '\r') {
                return i + 1 < lim && buf[i + 1] != '\n';
            }
        }
        return false;
    }

    /** The input, with carriage returns read as line feeds once {@link #asLineFeeds} is set. */
    private static final class CarriageReturns extends FilterInputStream {

        boolean asLineFeeds;

        CarriageReturns(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            return asLineFeeds && b == '\r' ? '\n' : b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (asLineFeeds && n > 0) {
                asLineFeeds(b, off, off + n);
            }
            return n;
        }

        static void asLineFeeds(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                if (b[i] == '\r') {
                    b[i] = '\n';
                }
            }
        }
    }

    /** A mapper whose parsers enforce the limits: nesting depth, string and number length, duplicate keys. */
    public static ObjectMapper mapper(Limits limits) {
        return Mappers.of(limits).strict();
    }

    /**
     * The readers for one set of limits. Mappers are thread-safe and costly to make (each builds its own
     * deserializers), so the last few sets of limits keep theirs.
     *
     * @param strict   parsers refuse duplicate keys, trailing tokens are refused
     * @param elements {@code strict}'s reader of one value of a stream whose other values follow
     * @param lines    as {@code elements}, but duplicate keys are refused while the tree is built
     */
    private record Mappers(ObjectMapper strict, ObjectReader elements, ObjectReader lines) {

        private static final Map<Limits, Mappers> MADE = new ConcurrentHashMap<>();

        static Mappers of(Limits limits) {
            Mappers m = MADE.get(limits);
            if (m == null) {
                m = make(limits);
                if (MADE.size() >= 8) {
                    MADE.clear();
                }
                MADE.put(limits, m);
            }
            return m;
        }

        private static Mappers make(Limits limits) {
            ObjectMapper strict = mapper(limits, true);
            ObjectReader lines = mapper(limits, false).reader()
                    .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .forType(JsonNode.class);
            return new Mappers(strict, strict.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS),
                    lines);
        }

        private static ObjectMapper mapper(Limits limits, boolean duplicatesByParser) {
            JsonFactory factory = JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(limits.maxDepth())
                            .maxStringLength((int) Math.min(limits.maxInputBytes(), Integer.MAX_VALUE - 16))
                            .maxNumberLength(1000)
                            .build())
                    .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicatesByParser)
                    .build();
            return JsonMapper.builder(factory)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();
        }
    }

    // ---- opening ----

    private void open() {
        int c = skipSpace();
        if (c < 0) {
            throw new ArticleParseException("no JSON value in the input", "line 1", null);
        }
        if (c == '[') {
            startArray();
            return;
        }
        if (c != '{') {
            throw new ArticleParseException("not JSON: the input starts with \"" + firstChar()
                    + "\", not '{' or '['", "line " + lineOfLast, null);
        }
        int firstLine = lineOfLast;
        int eol = lineEnd();
        if (eol < 0) {
            throw tooLong(firstLine);
        }
        String first = text(pos, eol);
        JsonNode tree = null;
        ArticleParseException bad = null;
        try {
            tree = parseLine(first, firstLine);
        } catch (ArticleParseException e) {
            bad = e;
        }
        if (tree == null && !first.strip().endsWith("}")) {
            // A pretty-printed object: read it whole, from its first line on.
            readDocument();
            return;
        }
        skipLine(eol);
        if (skipSpace() < 0) {
            if (bad != null) {
                throw bad;
            }
            mode = Mode.DONE;
            expand(tree, Locator.pointer(""), true);
            return;
        }
        mode = Mode.LINES;
        multi = true;
        if (bad != null) {
            failure = bad;
        } else {
            expand(tree, Locator.line(firstLine), false);
        }
    }

    private void readDocument() {
        try (JsonParser p = mapper.getFactory().createParser(rest())) {
            JsonNode root = mapper.readTree(p);
            mode = Mode.DONE;
            expand(root, Locator.pointer(""), true);
        } catch (IOException e) {
            throw problem(e, null);
        }
    }

    private void startArray() {
        try {
            parser = mapper.getFactory().createParser(rest());
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

    /** The next record of JSON Lines: from the parser of the buffered lines, else from its line on its own. */
    private void nextLine() {
        if (parser == null && !startLines()) {
            return;
        }
        JsonNode tree;
        int at;
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                // Only spaces and line breaks are left in these lines.
                countLines(pos, linesEnd);
                pos = linesEnd;
                endLines();
                return;
            }
            JsonLocation begin = parser.currentTokenLocation();
            int start = linesBase + (int) begin.getByteOffset();
            countLines(pos, start);
            pos = start;
            if (t != JsonToken.START_OBJECT) {
                lineAlone();
                return;
            }
            int startLine = begin.getLineNr();
            tree = lines.nextValue();
            JsonLocation end = parser.currentLocation();
            int after = linesBase + (int) end.getByteOffset();
            while (after < linesEnd && (buf[after] == ' ' || buf[after] == '\t' || buf[after] == '\r')) {
                after++;
            }
            if (end.getLineNr() != startLine || (after < linesEnd && buf[after] != '\n')) {
                lineAlone();
                return;
            }
            at = line + 1;
            if (after < linesEnd) {
                after++;
                line++;
            }
            pos = after;
        } catch (IOException e) {
            lineAlone();
            return;
        }
        expand(tree, Locator.line(at), false);
    }

    /** Opens a parser over the whole lines in the buffer; false when the input ended or the line is read alone. */
    private boolean startLines() {
        int c = skipSpace();
        if (c < 0) {
            ended = true;
            close();
            return false;
        }
        int eol = lineEnd();
        if (eol < 0) {
            failure = tooLong(lineOfLast);
            skipLongLine();
            return false;
        }
        if (c != '{') {
            lineAlone();
            return false;
        }
        int end = eol;
        if (eol < lim) {
            end = lim - 1;
            while (buf[end] != '\n') {
                end--;
            }
            end++;
        }
        try {
            parser = lineRecords.createParser(buf, pos, end - pos);
            lines = lineRecords.readValues(parser);
        } catch (IOException e) {
            lineAlone();
            return false;
        }
        linesBase = pos;
        linesEnd = end;
        return true;
    }

    /** Closes the parser of the buffered lines. */
    private void endLines() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // a parser over a byte array has nothing to close
            }
            parser = null;
            lines = null;
        }
    }

    /** Reads the line at {@link #pos} on its own, as text: its record or its failure, and moves past it. */
    private void lineAlone() {
        endLines();
        if (skipSpace() < 0) {
            return;
        }
        int at = lineOfLast;
        int eol = lineEnd();
        if (eol < 0) {
            failure = tooLong(at);
            skipLongLine();
            return;
        }
        String text = text(pos, eol);
        skipLine(eol);
        try {
            JsonNode tree = parseLine(text, at);
            expand(tree, Locator.line(at), false);
        } catch (ArticleParseException e) {
            failure = e;
        }
    }

    private ArticleParseException tooLong(int at) {
        return new ArticleParseException("line " + at + " is longer than " + maxLine
                + " bytes (set Limits.withMaxInputBytes)", "line " + at, null);
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
                parser = null;
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
        if ((node.has("@graph") || node.has("@context")) && JsonLd.articleType(node) == null) {
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
            Article a = canonical.apply(u.node(), u.loc().onLine() ? "" : u.loc().pointer());
            CanonicalDrafts.fill(a, draft);
            return draft;
        }
        Mapper.map(u.node(), u.loc(), draft);
        return draft;
    }

    // ---- reading ----

    /**
     * Takes the bytes of an input already in memory as the buffer, without copying them:
     * {@link ByteArrayInputStream#transferTo} hands its array to {@link #write(byte[], int, int)}. When the stream
     * writes them in several pieces instead, they are copied. The array is only read, never written: with
     * {@link #eof} set, {@link #more()} leaves the buffer alone.
     */
    private static final class InMemory extends OutputStream {

        private final JsonRecords records;
        private int writes;

        private InMemory(JsonRecords records) {
            this.records = records;
        }

        static void take(ByteArrayInputStream in, JsonRecords records) {
            InMemory out = new InMemory(records);
            try {
                in.transferTo(out);
            } catch (IOException e) {
                throw new ArticleParseException("cannot read: " + e.getMessage(), "line 1", e);
            }
            if (out.writes == 0) {
                records.buf = new byte[0];
            }
            records.eof = true;
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            JsonRecords r = records;
            if (writes++ == 0) {
                r.buf = b;
                r.pos = off;
                r.lim = off + len;
                return;
            }
            // A second piece: keep the bytes not read yet and this piece in an array of our own.
            int kept = r.lim - r.pos;
            byte[] joined = new byte[kept + len];
            System.arraycopy(r.buf, r.pos, joined, 0, kept);
            System.arraycopy(b, off, joined, kept, len);
            r.buf = joined;
            r.pos = 0;
            r.lim = kept + len;
        }
    }

    /** The bytes read ahead; {@code buf[pos, lim)} are not used yet. */
    private byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    /** How many line breaks come before {@link #pos}. */
    private int line;
    /** The 1-based line of the character {@link #skipSpace()} returned last. */
    private int lineOfLast;
    /** Where the bytes the JSON Lines parser reads begin and end in {@link #buf}. */
    private int linesBase;
    private int linesEnd;

    /** Reads more bytes after {@code lim}, moving the unread ones to the front first; false at the end of input. */
    private boolean more() {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            // Room for the longest line allowed and its line break; lineEnd stops before the buffer passes it.
            buf = Arrays.copyOf(buf, (int) Math.min(2L * buf.length, maxLine + 2L));
        }
        try {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
                return false;
            }
            lim += n;
            return true;
        } catch (IOException e) {
            throw new ArticleParseException("cannot read: " + e.getMessage(), "line " + (line + 1), e);
        }
    }

    /**
     * Skips whitespace (and stray byte order marks) and returns the next byte, not taken, or -1 at the end;
     * {@link #lineOfLast} is then its 1-based line.
     */
    private int skipSpace() {
        while (true) {
            if (pos == lim && !more()) {
                return -1;
            }
            byte b = buf[pos];
            if (b == '\n') {
                line++;
                pos++;
            } else if (b == ' ' || b == '\t' || b == '\r') {
                pos++;
            } else if (b == (byte) 0xEF && available(3) && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
                pos += 3;
            } else {
                lineOfLast = line + 1;
                return b & 0xFF;
            }
        }
    }

    /** Whether {@code n} bytes from {@link #pos} are in the buffer, reading more when needed. */
    private boolean available(int n) {
        while (lim - pos < n) {
            if (!more()) {
                return false;
            }
        }
        return true;
    }

    /** The character at {@link #pos}, for messages. */
    private char firstChar() {
        available(4);
        return text(pos, Math.min(lim, pos + 4)).charAt(0);
    }

    /**
     * Where the line at {@link #pos} ends: the index of its line break, or {@link #lim} when the input ends first;
     * -1 when it is longer than the limit. Reads more when needed ({@link #pos} may move).
     */
    private int lineEnd() {
        int from = pos;
        while (true) {
            for (int i = from; i < lim; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            if (lim - pos > maxLine) {
                return -1;
            }
            int scanned = lim - pos;
            if (!more()) {
                return lim;
            }
            from = pos + scanned;
        }
    }

    /** Moves past the line that ends at {@code eol} (as {@link #lineEnd()} gave it). */
    private void skipLine(int eol) {
        if (eol < lim) {
            pos = eol + 1;
            line++;
        } else {
            pos = lim;
        }
    }

    /** Moves past a line too long to keep, reading it without keeping it. */
    private void skipLongLine() {
        while (true) {
            for (int i = pos; i < lim; i++) {
                if (buf[i] == '\n') {
                    skipLine(i);
                    return;
                }
            }
            pos = lim;
            if (!more()) {
                return;
            }
        }
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                line++;
            }
        }
    }

    private String text(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    private JsonNode parseLine(String text, int at) {
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            return mapper.readTree(p);
        } catch (IOException e) {
            String column = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? ", column " + j.getLocation().getColumnNr() : "";
            String detail = e instanceof JsonProcessingException j ? limitMessage(j.getOriginalMessage())
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
            return new ArticleParseException("JSON exceeds a read limit: " + limitMessage(s.getOriginalMessage())
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

    /**
     * Jackson's message without the name of its own setting ("(200, from `StreamReadConstraints.…`)" becomes
     * "(200)"): users change our limit, named after the message, not Jackson's.
     */
    static String limitMessage(String s) {
        String line = firstLine(s);
        int from = line.indexOf(", from `");
        int end = from < 0 ? -1 : line.indexOf("`)", from + 8);
        return end < 0 ? line : line.substring(0, from) + line.substring(end + 1);
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

    /** The characters of the rest of the input, from {@link #pos} on; the buffer is not used after this. */
    private Reader rest() {
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, pos, lim - pos), in);
        pos = lim;
        // Characters, not bytes, so that error columns count characters as before.
        return new InputStreamReader(rest, StandardCharsets.UTF_8);
    }
}
