package io.github.articlenorm.examples.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import io.github.articlenorm.Limits;
import io.github.articlenorm.formats.json.JsonFormat;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * JSON Lines throughput of the {@code json} format beside Jackson's own tree parse of the same bytes, in one run.
 *
 * <p>{@code jacksonTree} reads every line into a {@link JsonNode} and nothing else: the floor any tree-based reader
 * pays. {@code formatParse} is the json format's {@code parse} given what the normalizer gives it for valid UTF-8
 * (the bytes; checking that they are UTF-8 is core's work, counted in {@code normalize}): split lines, parse each
 * tree, tell its schema, map its keys to a draft. {@code normalize} is the whole pipeline, core's normalization included. The
 * secondary result {@code :bytes} is input bytes per second; {@code formatParse:bytes / jacksonTree:bytes} is the
 * figure to watch (target at least 0.5).
 *
 * <p>The input is generated in {@link #setUp()} from a fixed seed: 2,000 NewsAPI-like records of about 2 KB.
 *
 * <p>Warm-up is long (8 iterations of 2 s): {@code formatParse} runs many more methods than Jackson alone, and on a
 * busy 2-core machine the JIT took 10 to 15 s to compile them, during which the score is a fifth of its final value.
 * Run {@code -wi 8} or more when passing options; fewer warm-up seconds measure the compiler, not the format.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonFormatBenchmark {

    private static final String[] WORDS = {"council", "harbor", "storm", "library", "ferry", "vote", "school",
            "budget", "river", "market", "the", "a", "of", "and", "said", "on", "Tuesday", "residents", "new", "plan"};

    private byte[] lines;
    private ObjectMapper jackson;
    private JsonFormat format;
    private ArticleNormalizer normalizer;


    /** Generates the JSON Lines input. */
    @Setup
    public void setUp() {
        lines = generate(2_000, 42).getBytes(StandardCharsets.UTF_8);
        jackson = new ObjectMapper();
        format = new JsonFormat();
        normalizer = ArticleNormalizer.builder().format("json").build();
    }

    /** JSON Lines of NewsAPI-like records, about 2 KB each; also used to make large files for CLI runs. */
    public static String generate(int records, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(records * 2200);
        for (int i = 0; i < records; i++) {
            sb.append("{\"source\":{\"id\":null,\"name\":\"Example Daily\"},\"author\":\"Jane Doe\",\"title\":\"")
                    .append(words(r, 8)).append("\",\"description\":\"").append(words(r, 30))
                    .append("\",\"url\":\"https://www.example.com/news/").append(i)
                    .append("\",\"urlToImage\":\"https://cdn.example.com/img/").append(i)
                    .append(".jpg\",\"publishedAt\":\"2024-03-05T08:15:00Z\",\"content\":\"");
            for (int p = 0; p < 4; p++) {
                sb.append(words(r, 60)).append(p < 3 ? "\\n\\n" : "");
            }
            sb.append("\",\"views\":").append(r.nextInt(100_000)).append("}\n");
        }
        return sb.toString();
    }

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    /** Jackson's tree parse of every line: the baseline. */
    @Benchmark
    public long jacksonTree(Bytes counter) throws IOException {
        long n = 0;
        try (MappingIterator<JsonNode> it = jackson.readerFor(JsonNode.class).readValues(lines)) {
            while (it.hasNext()) {
                n += it.next().size();
            }
        }
        counter.bytes += lines.length;
        return n;
    }

    /** The json format's parse of the same bytes into drafts. */
    @Benchmark
    public long formatParse(Bytes counter) {
        long n = 0;
        Iterator<Draft> drafts = format.parse(utf8Context(lines));
        while (drafts.hasNext()) {
            n += drafts.next().body().size();
        }
        counter.bytes += lines.length;
        return n;
    }

    /**
     * What the normalizer gives a format for an input of valid UTF-8 held in memory: its bytes, and its text and
     * characters decoded on demand.
     */
    private static ParseContext utf8Context(byte[] bytes) {
        ParseContext decoded = Benchmarks.context(() -> new String(bytes, StandardCharsets.UTF_8),
                () -> new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        return new ParseContext() {
            @Override
            public InputStream utf8() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public String source() {
                return decoded.source();
            }

            @Override
            public String text() {
                return decoded.text();
            }

            @Override
            public Reader reader() {
                return decoded.reader();
            }

            @Override
            public String contentType() {
                return decoded.contentType();
            }

            @Override
            public URI baseUrl() {
                return decoded.baseUrl();
            }

            @Override
            public ZoneId defaultZone() {
                return decoded.defaultZone();
            }

            @Override
            public Limits limits() {
                return decoded.limits();
            }

            @Override
            public boolean deadlineReached() {
                return decoded.deadlineReached();
            }
        };
    }

    /** The whole pipeline on the same bytes: parse and normalize into articles. */
    @Benchmark
    public long normalize(Bytes counter) {
        long n = normalizer.stream(Input.of(lines, "bench.jsonl")).count();
        counter.bytes += lines.length;
        return n;
    }

}
