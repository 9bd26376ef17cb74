package io.github.articlenorm.examples.benchmarks;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import io.github.articlenorm.formats.text.TextFormat;
import io.github.articlenorm.spi.Draft;
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

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread throughput of the {@code text} format on page dumps with their chrome, beside a baseline that only
 * decodes the same bytes and splits them into lines, measured in the same run.
 *
 * <p>{@code parse} is the format alone (line features, chrome vocabulary, the main-run search and every line's role,
 * the draft filled); {@code normalize} adds core's work (decoding, detection skipped by naming the format's only
 * registration, date, name and URL rules, language detection, the article with its provenance). {@code split} is
 * the baseline. Each reports input bytes per second as the secondary result {@code :bytes}; the ratio of
 * {@code split} to {@code parse} on the same dump says how many bare line splits the format costs.
 *
 * <p>The inputs, in {@code text/} beside this class, are invented dumps: {@code local-news-dump.txt} (2.5 KB, a short
 * local story with navigation, share bar, newsletter form, comments and footer) and {@code long-page-dump.txt}
 * (48 KB, the same page with a long body in three languages).
 *
 * <p>The class, its methods and {@link Bytes} are public because JMH generates the harness in another package.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class TextFormatBenchmark {

    /** Which dump to read. */
    @Param({"long-page-dump.txt", "local-news-dump.txt"})
    public String dump;

    private final TextFormat format = new TextFormat();
    private ArticleNormalizer normalizer;
    private byte[] bytes;
    private String text;


    /** Loads the dump and reads it once, so that a broken format fails here rather than measuring fast. */
    @Setup(Level.Trial)
    public void setUp() {
        normalizer = ArticleNormalizer.builder().formats(format).build();
        bytes = Benchmarks.resource("text/" + dump);
        text = new String(bytes, StandardCharsets.UTF_8);
        Article article = normalizer.normalize(Input.of(bytes, dump));
        if (article.body().isEmpty() || article.title() == null) {
            throw new IllegalStateException(dump + " gave no article: " + article.provenance().warnings());
        }
        System.out.printf("%n%s: %d bytes, format %s, %d blocks, %d lines removed%n", dump, bytes.length,
                article.provenance().format(), article.body().size(), article.provenance().removed().size());
    }

    /** The text format alone on decoded text: the draft it hands to core. */
    @Benchmark
    public Draft parse(Bytes counter) {
        counter.bytes += bytes.length;
        Iterator<Draft> drafts = format.parse(Benchmarks.context(text));
        return drafts.next();
    }

    /** The whole pipeline with the text format. */
    @Benchmark
    public Article normalize(Bytes counter) {
        counter.bytes += bytes.length;
        return normalizer.normalize(Input.of(bytes, dump));
    }

    /** Baseline: decode the same bytes as UTF-8 and split them into lines. */
    @Benchmark
    public String[] split(Bytes counter) {
        counter.bytes += bytes.length;
        return new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    }


}
