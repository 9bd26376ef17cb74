package io.github.articlenorm;

import io.github.articlenorm.internal.Assembler;
import io.github.articlenorm.internal.Decoded;
import io.github.articlenorm.internal.Decoding;
import io.github.articlenorm.internal.FormatRegistry;
import io.github.articlenorm.internal.Ids;
import io.github.articlenorm.internal.Texts;
import io.github.articlenorm.spi.ArticleFormat;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import io.github.articlenorm.spi.Sniff;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns article dumps into {@link Article}s: detects each input's format, parses it, and normalizes every value.
 *
 * <pre>{@code
 * ArticleNormalizer normalizer = ArticleNormalizer.builder()
 *         .defaultZone(ZoneId.of("Europe/Berlin"))
 *         .limits(Limits.defaults().withMaxInputBytes(64 << 20))
 *         .build();
 * Article article = normalizer.normalize(Path.of("dump.txt"));
 * }</pre>
 *
 * <p>A normalizer is immutable and thread-safe: build one and share it. Bad input makes it throw
 * {@link ArticleParseException} and nothing else; the batch methods ({@link #stream}, {@link #normalizeAll}) never
 * throw for bad input but yield a {@link Outcome.Failure} for it, so every record is accounted for.
 */
public final class ArticleNormalizer {

    private static final class Standard {
        static final ArticleNormalizer INSTANCE = builder().build();
    }

    private final List<ArticleFormat> formats;
    private final ArticleFormat forced;
    private final ZoneId zone;
    private final Clock clock;
    private final Limits limits;
    private final boolean strict;

    private ArticleNormalizer(Builder b) {
        this.formats = FormatRegistry.order(b.formats != null ? b.formats : FormatRegistry.discover());
        this.zone = b.zone;
        this.clock = b.clock;
        this.limits = b.limits;
        this.strict = b.strict;
        if (b.format != null) {
            this.forced = formats.stream().filter(f -> f.id().equals(b.format)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no format has the id \"" + b.format
                            + "\"; known: " + ids()));
        } else {
            this.forced = null;
        }
    }

    /** A builder with the defaults: every format on the class path, detection, UTC, the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** A shared normalizer with the default settings. */
    public static ArticleNormalizer standard() {
        return Standard.INSTANCE;
    }

    /** The ids of the formats this normalizer knows, in detection order. */
    public List<String> formatIds() {
        return ids();
    }

    private List<String> ids() {
        return formats.stream().map(ArticleFormat::id).toList();
    }

    /** Normalizes a file that holds one article. @throws ArticleParseException when it cannot */
    public Article normalize(Path path) {
        return normalize(Input.of(path));
    }

    /** Normalizes bytes that hold one article. @throws ArticleParseException when they cannot be */
    public Article normalize(byte[] bytes) {
        return normalize(Input.of(bytes, null));
    }

    /**
     * Normalizes a dump given as text. The string is the dump's <em>content</em>: to read a file, pass a
     * {@link Path} ({@code normalize(Path.of("dump.txt"))}) or use {@link ArticleNorm#normalizeFile(String)}.
     *
     * @throws ArticleParseException when it cannot be normalized
     */
    public Article normalize(String content) {
        return normalize(Input.of(content, null));
    }

    /** Normalizes a stream that holds one article; reads it, does not close it. @throws ArticleParseException */
    public Article normalize(InputStream stream) {
        return normalize(Input.of(stream, null));
    }

    /**
     * Normalizes an input that holds one article.
     *
     * @throws ArticleParseException when it cannot be normalized, or holds no record or more than one (use
     *                               {@link #stream(Input)} for multi-record dumps)
     */
    public Article normalize(Input input) {
        Objects.requireNonNull(input, "input");
        Records records = open(input);
        if (!records.hasNext()) {
            throw new ArticleParseException("no article found", input.name(), records.formatId(), null, null);
        }
        Outcome first = records.next();
        if (records.hasNext()) {
            throw new ArticleParseException("the input holds more than one record; use normalizeAll or stream",
                    input.name(), records.formatId(), null, null);
        }
        return first.article();
    }

    /**
     * The records of one input, lazily, one outcome per record. The stream never throws for bad input; read
     * failures become {@link Outcome.Failure}s.
     */
    public Stream<Outcome> stream(Input input) {
        Objects.requireNonNull(input, "input");
        Iterator<Outcome> it = new Iterator<>() {
            private Records records;

            private Records records() {
                if (records == null) {
                    try {
                        records = open(input);
                    } catch (ArticleParseException e) {
                        records = new Records(new Outcome.Failure(input.name(), null, e.format(), e));
                    }
                }
                return records;
            }

            @Override
            public boolean hasNext() {
                return records().hasNext();
            }

            @Override
            public Outcome next() {
                return records().next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }

    /**
     * Every record of every file under the paths, lazily and in order: files as given, directories walked
     * recursively in name order (symbolic links to directories are not followed). Unreadable files and
     * directories, symbolic links that lead nowhere (a missing target, a loop) and entries that are not regular files
     * (pipes, sockets, devices) yield failures.
     */
    public Stream<Outcome> stream(Path... paths) {
        Objects.requireNonNull(paths, "paths");
        return Arrays.stream(paths).flatMap(this::walk);
    }

    /** Every record of one input, collected. */
    public Batch normalizeAll(Input input) {
        return collect(stream(input));
    }

    /** Every record of every file under the paths, collected; see {@link #stream(Path...)}. */
    public Batch normalizeAll(Path... paths) {
        return collect(stream(paths));
    }

    /**
     * How sure each format is that it can read the input, best first; the first entry is the format
     * {@link #normalize} would use unless a format is forced. Reads only the input's beginning when it is a file.
     */
    public Map<String, Detection> detect(Input input) {
        Loaded loaded = load(input);
        Sniff sniff = sniff(input, loaded);
        List<Map.Entry<ArticleFormat, Detection>> ranked = rank(sniff);
        Map<String, Detection> out = new LinkedHashMap<>();
        ranked.forEach(e -> out.put(e.getKey().id(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }

    private static Batch collect(Stream<Outcome> outcomes) {
        List<Article> articles = new ArrayList<>();
        List<Outcome.Failure> failures = new ArrayList<>();
        outcomes.forEach(o -> {
            if (o instanceof Outcome.Success s) {
                articles.add(s.article());
            } else {
                failures.add((Outcome.Failure) o);
            }
        });
        return new Batch(articles, failures);
    }

    private Stream<Outcome> walk(Path root) {
        if (!Files.isDirectory(root)) {
            return stream(Input.of(root));
        }
        List<Path> files = new ArrayList<>();
        Map<Path, Outcome> unreadable = new LinkedHashMap<>();
        List<Outcome> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        // A link to a file is read; one that leads nowhere (no target, a loop) is read too, so that
                        // it fails with the system's reason instead of vanishing. Links to directories are skipped.
                        if (!Files.isDirectory(file)) {
                            files.add(file);
                        }
                    } else if (attrs.isOther()) {
                        files.add(file);
                        unreadable.put(file, new Outcome.Failure(file.toString(), null, null,
                                new ArticleParseException("cannot read: not a regular file (a pipe, socket or "
                                        + "device)", file.toString(), null, null, null)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new Outcome.Failure(file.toString(), null, null,
                            new ArticleParseException("cannot read: " + describe(e), file.toString(), null, null,
                                    e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Outcome.Failure(root.toString(), null, null,
                    new ArticleParseException("cannot read: " + describe(e), root.toString(), null, null, e)));
        }
        Collections.sort(files);
        return Stream.concat(problems.stream(), files.stream().flatMap(f -> unreadable.containsKey(f)
                ? Stream.of(unreadable.get(f)) : stream(Input.of(f))));
    }

    // ---- one input ----

    /** How many bytes of a large file detection and charset sniffing look at. */
    private static final int HEAD_BYTES = 64 * 1024;

    /**
     * An input as read. Usually it is all in memory ({@code decoded}); a file larger than the input limit is not:
     * then {@code decoded} holds its head only, {@code largeFile} is set, and formats stream it through
     * {@link ParseContext#reader()}.
     */
    private record Loaded(Decoded decoded, long size, boolean truncated, String sha256, Path largeFile,
                          int bomLength, byte[] utf8, boolean largeFileUtf8) {
    }

    /** Decodes bytes read whole; valid UTF-8 is kept as bytes too, for formats that read UTF-8 themselves. */
    private static Loaded inMemory(byte[] bytes, long size, boolean truncated, Input input) {
        Decoded decoded = Decoding.decode(bytes, input.contentType());
        return new Loaded(decoded, size, truncated, Ids.sha256Hex(bytes), null,
                decoded.exactUtf8() && "bom".equals(decoded.method()) ? 3 : 0, decoded.exactUtf8() ? bytes : null,
                false);
    }

    private Loaded load(Input input) {
        long max = limits.maxInputBytes();
        try {
            long known = input.knownSize();
            if (input.path() != null && known > max) {
                return loadLarge(input, known);
            }
            byte[] bytes;
            long size;
            boolean truncated;
            int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
            byte[] held = input.heldBytes();
            if (held != null && held.length <= cap) {
                // Bytes in memory already, and only ever read: no copy of them.
                return inMemory(held, held.length, false, input);
            }
            try (InputStream in = input.open()) {
                if (known > 0 && known <= cap) {
                    // Read straight into an array of the known size: a growing buffer and its final copy would
                    // hold the input twice. (A size of 0 may be a pipe or a /proc file: those are read to the end.)
                    bytes = new byte[(int) known];
                    int n = in.readNBytes(bytes, 0, bytes.length);
                    bytes = n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
                    return inMemory(bytes, n, false, input);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(known >= 0 ? (int) Math.min(known, cap) : 8192);
                byte[] buf = new byte[64 * 1024];
                long total = 0;
                int n;
                while (total < cap && (n = in.read(buf, 0, (int) Math.min(buf.length, cap - total))) > 0) {
                    out.write(buf, 0, n);
                    total += n;
                }
                truncated = total >= cap && (known > total || (known < 0 && in.read() >= 0));
                size = known >= 0 ? known : total + (truncated ? 1 : 0);
                bytes = out.toByteArray();
            }
            return inMemory(bytes, size, truncated, input);
        } catch (IOException e) {
            throw new ArticleParseException("cannot read: " + describe(e), input.name(), null, null, e);
        } catch (UncheckedIOException e) {
            throw new ArticleParseException("cannot read: " + describe(e.getCause()), input.name(), null, null, e);
        } catch (RuntimeException e) {
            throw new ArticleParseException("cannot read: " + e, input.name(), null, null, e);
        }
    }

    /** A file past the input limit: digest it all in one streaming pass and keep only its head. */
    private static Loaded loadLarge(Input input, long size) throws IOException {
        MessageDigest digest = Ids.sha256();
        Utf8Check utf8 = new Utf8Check();
        byte[] head = new byte[HEAD_BYTES];
        int headLength = 0;
        try (InputStream in = Files.newInputStream(input.path())) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
                utf8.update(buf, n);
                if (headLength < HEAD_BYTES) {
                    int take = Math.min(n, HEAD_BYTES - headLength);
                    System.arraycopy(buf, 0, head, headLength, take);
                    headLength += take;
                }
            }
        }
        // Whole lines only, so a multi-byte character cut at the end of the head cannot mislead charset sniffing.
        int cut = headLength;
        for (int i = headLength - 1; i > 0; i--) {
            if (head[i] == '\n') {
                cut = i + 1;
                break;
            }
        }
        Decoded decoded = Decoding.decode(head, 0, cut, input.contentType());
        int bom = bomLength(head, headLength);
        return new Loaded(decoded, size, false, Ids.hex(digest.digest()), input.path(), bom, null,
                decoded.exactUtf8() && utf8.valid());
    }

    /** Whether a stream of bytes, fed in pieces, is valid UTF-8; a sequence may be split between pieces. */
    private static final class Utf8Check {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        /** Room for one piece of at most 64 KB plus the bytes of a sequence the last piece cut. */
        private final ByteBuffer in = ByteBuffer.allocate((1 << 16) + 8);
        private final CharBuffer out = CharBuffer.allocate(1 << 16);
        private boolean valid = true;

        void update(byte[] bytes, int length) {
            if (!valid) {
                return;
            }
            in.put(bytes, 0, length);
            in.flip();
            decode(false);
            in.compact();
        }

        boolean valid() {
            if (valid) {
                in.flip();
                decode(true);
                valid &= !decoder.flush(out).isError();
            }
            return valid;
        }

        private void decode(boolean end) {
            while (valid) {
                CoderResult r = decoder.decode(in, out, end);
                out.clear();
                if (r.isError()) {
                    valid = false;
                } else if (r.isUnderflow()) {
                    return;
                }
            }
        }
    }

    private static int bomLength(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (n >= 4 && ((b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0))) {
            return 4;
        }
        if (n >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF
                && (b[1] & 0xFF) == 0xFE))) {
            return 2;
        }
        return 0;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return m == null ? kind : kind + ": " + m;
    }

    private static Sniff sniff(Input input, Loaded loaded) {
        String text = loaded.decoded().text();
        boolean complete = text.length() <= Sniff.HEAD_CHARS && !loaded.truncated() && loaded.largeFile() == null;
        String head = text.length() <= Sniff.HEAD_CHARS ? text : text.substring(0, Sniff.HEAD_CHARS);
        return new Sniff(input.name(), input.contentType(), head, complete);
    }

    private List<Map.Entry<ArticleFormat, Detection>> rank(Sniff sniff) {
        List<Map.Entry<ArticleFormat, Detection>> ranked = new ArrayList<>();
        for (ArticleFormat f : formats) {
            Detection d;
            try {
                d = Objects.requireNonNull(f.detect(sniff), "detection");
            } catch (RuntimeException | StackOverflowError e) {
                d = Detection.none("detection failed: " + e);
            }
            ranked.add(Map.entry(f, d));
        }
        // A stable sort keeps the registry's order (priority, then id) among equal confidences.
        ranked.sort((a, b) -> Double.compare(b.getValue().confidence(), a.getValue().confidence()));
        return ranked;
    }

    private Records open(Input input) {
        long started = System.nanoTime();
        Loaded loaded = load(input);
        if (loaded.largeFile() == null && isBlank(loaded.decoded().text())) {
            // Nothing usable: a format, forced or not, would only make an empty article of it.
            String what = loaded.size() == 0 ? "the input is empty"
                    : "the input holds no text, only whitespace or control characters (" + loaded.size() + " bytes)";
            throw new ArticleParseException(what, input.name(), forced == null ? null : forced.id(), null, null);
        }
        ArticleFormat format;
        double confidence;
        if (forced != null) {
            format = forced;
            confidence = 1;
        } else {
            List<Map.Entry<ArticleFormat, Detection>> ranked = rank(sniff(input, loaded));
            if (ranked.isEmpty() || ranked.get(0).getValue().confidence() <= 0) {
                StringBuilder why = new StringBuilder();
                for (Map.Entry<ArticleFormat, Detection> e : ranked) {
                    why.append(why.length() == 0 ? "" : "; ").append(e.getKey().id()).append(": ")
                            .append(e.getValue().evidence());
                }
                throw new ArticleParseException("no format recognizes this input"
                        + (why.length() == 0 ? " (no formats are installed)" : " (" + why + ")"),
                        input.name(), null, null, null);
            }
            format = ranked.get(0).getKey();
            confidence = ranked.get(0).getValue().confidence();
        }
        List<String> warnings = new ArrayList<>();
        if (loaded.decoded().warning() != null) {
            warnings.add(loaded.decoded().warning());
        }
        if (loaded.truncated()) {
            warnings.add("read only the first " + limits.maxInputBytes() + " bytes of the input "
                    + "(set Limits.withMaxInputBytes)");
        }
        // The list stays live: a format reading a large file's whole text adds its truncation warning here.
        Assembler.InputInfo info = new Assembler.InputInfo(input.name(), format.id(), confidence, loaded.sha256(),
                loaded.size(), loaded.decoded().charset(), warnings, clock.instant(), zone,
                input.baseUrl(), limits.maxRelatedLinks());
        Context context = new Context(input, loaded, zone, limits, started + limits.timeBudget().toNanos(), warnings);
        Iterator<Draft> drafts;
        try {
            drafts = format.parse(context);
        } catch (ArticleParseException e) {
            throw e.in(input.name(), format.id());
        } catch (RuntimeException | StackOverflowError e) {
            throw unexpected(e, input.name(), format.id());
        }
        return new Records(format.id(), input.name(), drafts, info, context);
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Texts.isSpace(c) && !Texts.isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    private static ArticleParseException unexpected(Throwable e, String source, String format) {
        String what = e instanceof StackOverflowError ? "input is nested too deeply to read"
                : "the format failed on this input: " + Texts.shorten(String.valueOf(e), 200);
        return new ArticleParseException(what, source, format, null, e);
    }

    /** The outcomes of one input, pulled from its drafts. */
    private final class Records implements Iterator<Outcome> {
        private final String formatId;
        private final String source;
        private final Iterator<Draft> drafts;
        private final Assembler.InputInfo info;
        private final Context context;
        private Outcome failedOnly;
        private int index;
        private boolean done;

        Records(String formatId, String source, Iterator<Draft> drafts, Assembler.InputInfo info, Context context) {
            this.formatId = formatId;
            this.source = source;
            this.drafts = drafts;
            this.info = info;
            this.context = context;
        }

        /** Records that yield one failure and end. */
        Records(Outcome.Failure failure) {
            this(failure.format(), failure.source(), Collections.emptyIterator(), null, null);
            this.failedOnly = failure;
            this.done = true;
        }

        String formatId() {
            return formatId;
        }

        @Override
        public boolean hasNext() {
            if (failedOnly != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                if (index >= limits.maxRecords() || !drafts.hasNext()) {
                    done = true;
                }
            } catch (ArticleParseException e) {
                failedOnly = new Outcome.Failure(source, index, formatId, e.in(source, formatId));
                done = true;
                return true;
            } catch (RuntimeException | StackOverflowError e) {
                failedOnly = new Outcome.Failure(source, index, formatId, unexpected(e, source, formatId));
                done = true;
                return true;
            }
            return !done;
        }

        @Override
        public Outcome next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (failedOnly != null) {
                Outcome o = failedOnly;
                failedOnly = null;
                return o;
            }
            int i = index++;
            if (i > 0) {
                // Records of a lazy stream are read while the caller works on earlier ones: each gets the budget.
                context.restartBudget(limits.timeBudget());
            }
            try {
                Draft draft = drafts.next();
                if (index >= limits.maxRecords() && drafts.hasNext()) {
                    draft.warning("stopped after " + limits.maxRecords() + " records (set Limits.withMaxRecords)");
                }
                Article article = Assembler.assemble(info, draft);
                if (strict && !article.provenance().warnings().isEmpty()) {
                    throw new ArticleParseException("strict mode: " + String.join("; ",
                            article.provenance().warnings()), source, formatId, null, null);
                }
                return new Outcome.Success(article);
            } catch (ArticleParseException e) {
                return new Outcome.Failure(source, i, formatId, e.in(source, formatId));
            } catch (RuntimeException | StackOverflowError e) {
                return new Outcome.Failure(source, i, formatId, unexpected(e, source, formatId));
            }
        }
    }

    /** The parse context of one input. */
    private static final class Context implements ParseContext {
        private final Input input;
        private final Loaded loaded;
        private final ZoneId zone;
        private final Limits limits;
        private long deadline;
        private final List<String> warnings;
        private String text;

        Context(Input input, Loaded loaded, ZoneId zone, Limits limits, long deadline, List<String> warnings) {
            this.input = input;
            this.loaded = loaded;
            this.zone = zone;
            this.limits = limits;
            this.deadline = deadline;
            this.warnings = warnings;
        }

        @Override
        public String source() {
            return input.name();
        }

        @Override
        public String text() {
            if (text == null) {
                text = loaded.largeFile() == null ? loaded.decoded().text() : boundedText();
            }
            return text;
        }

        /** The first maxInputBytes of a large file, whole lines only. */
        private String boundedText() {
            int cap = (int) Math.min(limits.maxInputBytes(), Integer.MAX_VALUE - 16);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(loaded.largeFile())) {
                bytes = in.readNBytes(cap);
            } catch (IOException e) {
                throw new ArticleParseException("cannot read: " + describe(e), null, e);
            }
            int cut = bytes.length;
            for (int i = bytes.length - 1; i > 0; i--) {
                if (bytes[i] == '\n') {
                    cut = i + 1;
                    break;
                }
            }
            warnings.add("read only the first " + cut + " bytes of " + loaded.size()
                    + " (set Limits.withMaxInputBytes)");
            return charset().decode(java.nio.ByteBuffer.wrap(bytes, loaded.bomLength(),
                    Math.max(0, cut - loaded.bomLength()))).toString();
        }

        private Charset charset() {
            try {
                return Charset.forName(loaded.decoded().charset());
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }

        private java.nio.charset.CharsetDecoder decoder() {
            return charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
        }

        @Override
        public Reader reader() {
            if (loaded.largeFile() == null) {
                return new StringReader(text());
            }
            try {
                InputStream in = Files.newInputStream(loaded.largeFile());
                in.skipNBytes(loaded.bomLength());
                return new BufferedReader(new InputStreamReader(in, decoder()), 1 << 16);
            } catch (IOException e) {
                throw new ArticleParseException("cannot read: " + describe(e), null, e);
            }
        }

        @Override
        public InputStream utf8() {
            byte[] bytes = loaded.utf8();
            if (bytes != null) {
                return new ByteArrayInputStream(bytes, loaded.bomLength(), bytes.length - loaded.bomLength());
            }
            if (loaded.largeFile() == null || !loaded.largeFileUtf8()) {
                return null;
            }
            try {
                InputStream in = Files.newInputStream(loaded.largeFile());
                in.skipNBytes(loaded.bomLength());
                return in;
            } catch (IOException e) {
                throw new ArticleParseException("cannot read: " + describe(e), null, e);
            }
        }

        @Override
        public String contentType() {
            return input.contentType();
        }

        @Override
        public URI baseUrl() {
            return input.baseUrl();
        }

        @Override
        public ZoneId defaultZone() {
            return zone;
        }

        @Override
        public Limits limits() {
            return limits;
        }

        @Override
        public boolean deadlineReached() {
            return System.nanoTime() - deadline > 0;
        }

        void restartBudget(Duration budget) {
            deadline = System.nanoTime() + budget.toNanos();
        }
    }

    /**
     * Configures an {@link ArticleNormalizer}. Not thread-safe; the normalizer it builds is.
     */
    public static final class Builder {
        private List<ArticleFormat> formats;
        private String format;
        private ZoneId zone = ZoneOffset.UTC;
        private Clock clock = Clock.systemUTC();
        private Limits limits = Limits.defaults();
        private boolean strict;

        Builder() {
        }

        /**
         * The formats to use, instead of those {@link java.util.ServiceLoader} finds (the default). Their order
         * does not matter: detection ranks by confidence, then priority, then id.
         */
        public Builder formats(List<? extends ArticleFormat> formats) {
            this.formats = List.copyOf(formats);
            return this;
        }

        /** The formats to use; see {@link #formats(List)}. */
        public Builder formats(ArticleFormat... formats) {
            return formats(Arrays.asList(formats));
        }

        /** Skips detection and reads every input with the format of this id; null (the default) detects. */
        public Builder format(String id) {
            this.format = id;
            return this;
        }

        /** The zone for source times that give none; UTC by default. Provenance notes every such assumption. */
        public Builder defaultZone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The clock for {@code provenance.ingestedAt}; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The limits; {@link Limits#defaults()} by default. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Whether recoverable trouble (a guessed charset, a limit reached, an unusable URL: everything that becomes
         * a provenance warning) fails the record instead; false by default. An assumed zone is a note on the
         * field's origin, not a warning.
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Builds the normalizer.
         *
         * @throws IllegalArgumentException when two formats share an id (naming both classes), or the forced
         *                                  format is unknown
         */
        public ArticleNormalizer build() {
            return new ArticleNormalizer(this);
        }
    }
}
