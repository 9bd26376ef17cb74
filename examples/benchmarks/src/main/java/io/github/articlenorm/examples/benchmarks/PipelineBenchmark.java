package io.github.articlenorm.examples.benchmarks;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Batch;
import io.github.articlenorm.Input;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the whole pipeline (read, decode, detect, parse, normalize, assemble the article with its
 * provenance) on two small dumps, beside a baseline that only decodes the same bytes and splits them into lines.
 *
 * <p>Each {@code normalize…} benchmark has a {@code split…} twin on the same input; the twin's score divided by the
 * pipeline's says how many times a bare read of the lines the pipeline costs, a figure that stays meaningful from
 * one machine to another where the raw scores do not. Every benchmark also reports its input bytes per second as
 * the secondary result {@code :bytes}.
 *
 * <p>The class, its methods and {@link Bytes} are public because JMH generates the harness in another package.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PipelineBenchmark {

    private static final String PAGE = "page-dump.txt";
    private static final String RECORDS = "records.jsonl";

    /** One normalizer for every call, as an application shares it: it is immutable and thread-safe. */
    private ArticleNormalizer normalizer;
    private byte[] page;
    private byte[] records;


    /** Loads the dumps and normalizes each once, so that a broken pipeline fails here rather than measuring fast. */
    @Setup(Level.Trial)
    public void setUp() {
        normalizer = ArticleNormalizer.builder().build();
        page = Benchmarks.resource(PAGE);
        records = Benchmarks.resource(RECORDS);
        Article article = normalizer.normalize(Input.of(page, PAGE));
        Batch batch = normalizer.normalizeAll(Input.of(records, RECORDS));
        if (!batch.ok() || batch.articles().isEmpty()) {
            throw new IllegalStateException(RECORDS + " did not normalize: " + batch.failures());
        }
        // Says which format read each dump: the figures mean little without it while formats are being added.
        System.out.printf("%n%s: %d bytes, format %s, %d words; %s: %d bytes, format %s, %d article(s)%n",
                PAGE, page.length, article.provenance().format(), article.wordCount(),
                RECORDS, records.length, batch.articles().get(0).provenance().format(), batch.articles().size());
    }

    /** The page-text dump through the whole pipeline. */
    @Benchmark
    public Article normalizePage(Bytes counter) {
        counter.bytes += page.length;
        return normalizer.normalize(Input.of(page, PAGE));
    }

    /** Baseline for {@link #normalizePage}: decode the same bytes and split them into lines. */
    @Benchmark
    public String[] splitPage(Bytes counter) {
        counter.bytes += page.length;
        return lines(page);
    }

    /** The JSON Lines dump through the whole pipeline, every record collected. */
    @Benchmark
    public Batch normalizeRecords(Bytes counter) {
        counter.bytes += records.length;
        return normalizer.normalizeAll(Input.of(records, RECORDS));
    }

    /** Baseline for {@link #normalizeRecords}: decode the same bytes and split them into lines. */
    @Benchmark
    public String[] splitRecords(Bytes counter) {
        counter.bytes += records.length;
        return lines(records);
    }

    /** The least any reader of these dumps does: UTF-8 to text, text to lines. */
    static String[] lines(byte[] input) {
        return new String(input, StandardCharsets.UTF_8).split("\n", -1);
    }

}
