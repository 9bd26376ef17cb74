package io.github.articlenorm.examples.benchmarks;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import io.github.articlenorm.formats.html.HtmlFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Throughput of the {@code html} format on a folder of real pages (the public article-extraction benchmark's 181
 * pages by default), beside Jsoup's parse of the same pages alone: the floor any Jsoup-based extractor stands on.
 *
 * <p>One operation is one pass over every page; the secondary result {@code :pages} counts pages per second. The
 * pages are not shipped with the module: point {@code -Dpages=DIR} (or {@code -p pages=DIR}) at a folder of
 * {@code .html} or {@code .html.gz} files. {@code normalizePages / jsoupParse} says how many parses ArticleNorm
 * costs; extraction on top of the parse is that ratio minus one.
 *
 * <p>The warm-up is long (ten iterations of 2 s): the format's code reaches full speed only after about 20 s of
 * compilation, while Jsoup's parse needs a few seconds.
 *
 * <p>The test-scope {@code PeerBenchmark} extends this class with open-source peers (readability4j, boilerpipe), so
 * that all four are measured in one run; it runs from the test class path (see the module's README).
 *
 * <p>The class, its methods and {@link Pages} are public because JMH generates the harness in another package.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HtmlBenchmark {

    /** The folder of pages. */
    @Param({"/work/shared/bench/article-extraction-benchmark/html"})
    public String pages;

    private ArticleNormalizer normalizer;
    private final HtmlFormat format = new HtmlFormat();
    /** The pages' bytes, as read. */
    protected final List<byte[]> bytes = new ArrayList<>();
    /** The pages decoded as UTF-8, for extractors that take a string. */
    protected final List<String> texts = new ArrayList<>();
    /** The pages' file names, without {@code .gz}. */
    protected final List<String> names = new ArrayList<>();

    /** Counts pages, so that JMH reports pages per second beside passes. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Pages {
        /** Pages read in this iteration. */
        public long pages;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            pages = 0;
        }
    }

    /** Loads every page and normalizes each once, so that a broken format fails here rather than measuring fast. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        normalizer = ArticleNormalizer.builder().format("html").build();
        Path dir = Path.of(System.getProperty("pages", pages));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".html") && !name.endsWith(".html.gz")) {
                    continue;
                }
                byte[] b = read(f, name.endsWith(".gz"));
                bytes.add(b);
                texts.add(new String(b, StandardCharsets.UTF_8));
                names.add(name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name);
            }
        }
        if (bytes.isEmpty()) {
            throw new IllegalStateException("no .html or .html.gz pages in " + dir + " (set -Dpages=DIR)");
        }
        long words = 0;
        for (int i = 0; i < bytes.size(); i++) {
            words += normalizer.normalize(Input.of(bytes.get(i), names.get(i))).wordCount();
        }
        System.out.printf("%n%d pages, %d bytes, %d words extracted%n", bytes.size(),
                bytes.stream().mapToLong(b -> b.length).sum(), words);
    }

    /** Every page through the whole pipeline with the html format: decode, parse, metadata, main text, assembly. */
    @Benchmark
    public void normalizePages(Pages counter, Blackhole bh) {
        for (int i = 0; i < bytes.size(); i++) {
            Article a = normalizer.normalize(Input.of(bytes.get(i), names.get(i)));
            bh.consume(a);
        }
        counter.pages += bytes.size();
    }

    /**
     * The html format alone on every page, decoded as core hands it over: Jsoup's parse, then metadata, main text
     * and blocks into a draft. Core's share of {@code normalizePages} (decoding, the input's digest, reading dates,
     * names and URLs, building the Article) is not in it; beside {@code jsoupParse}, this is what extraction costs
     * on top of the parse, as {@code TextFormatBenchmark.parse} and {@code JsonFormatBenchmark.formatParse} measure
     * their formats.
     */
    @Benchmark
    public void parsePages(Pages counter, Blackhole bh) {
        for (String t : texts) {
            bh.consume(format.parse(Benchmarks.context(t)).next());
        }
        counter.pages += texts.size();
    }

    /** Baseline: Jsoup's parse of every page (already decoded) and nothing else. */
    @Benchmark
    public void jsoupParse(Pages counter, Blackhole bh) {
        for (String t : texts) {
            Document d = Jsoup.parse(t);
            bh.consume(d);
        }
        counter.pages += texts.size();
    }

    /**
     * Baseline from the bytes, as {@code normalizePages} starts: Jsoup detects the charset (byte-order mark, then
     * {@code <meta charset>}, else UTF-8), decodes and parses every page.
     */
    @Benchmark
    public void jsoupParseBytes(Pages counter, Blackhole bh) throws IOException {
        for (byte[] b : bytes) {
            Document d = Jsoup.parse(new ByteArrayInputStream(b), null, "");
            bh.consume(d);
        }
        counter.pages += bytes.size();
    }

    private static byte[] read(Path f, boolean gzip) {
        try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
