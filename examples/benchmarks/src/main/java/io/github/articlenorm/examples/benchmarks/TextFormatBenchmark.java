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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

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
 * <p>The inputs: {@code local-news-dump.txt} (1.8 KB, a short local story with navigation, share bar, newsletter
 * form, comments and footer) and {@code long-page-dump.txt} (48 KB, the same page with a long body in three
 * languages), invented dumps in {@code text/} beside this class; and, by default, the public text-dumps benchmark
 * ({@code ../shared/bench/text-dumps/pages}: 181 pages copied as text, 2.4 MB), which is not shipped with the
 * module. A {@code dump} that names a folder reads every {@code .txt} and {@code .txt.gz} file in it, and one
 * operation is one pass over all of them: {@code -p dump=DIR} points it at another folder.
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

    /** Which dump to read: a resource beside this class, or a folder of dumps. */
    @Param({"long-page-dump.txt", "local-news-dump.txt", "../shared/bench/text-dumps/pages"})
    public String dump;

    private final TextFormat format = new TextFormat();
    private ArticleNormalizer normalizer;
    private final List<byte[]> bytes = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private long totalBytes;


    /** Loads the dumps and reads each once, so that a broken format fails here rather than measuring fast. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        normalizer = ArticleNormalizer.builder().formats(format).build();
        if (dump.endsWith(".txt")) {
            bytes.add(Benchmarks.resource("text/" + dump));
        } else {
            Path dir = Path.of(dump);
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("no folder " + dir.toAbsolutePath() + ": run from the repository root"
                        + " beside ../shared, or set -p dump=DIR to a folder of .txt or .txt.gz dumps");
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".txt")) {
                        bytes.add(Files.readAllBytes(f));
                    } else if (name.endsWith(".txt.gz")) {
                        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                            bytes.add(in.readAllBytes());
                        }
                    }
                }
            }
        }
        if (bytes.isEmpty()) {
            throw new IllegalStateException("no .txt or .txt.gz dumps in " + dump);
        }
        int blocks = 0;
        int removed = 0;
        for (byte[] b : bytes) {
            texts.add(new String(b, StandardCharsets.UTF_8));
            totalBytes += b.length;
            Article article = normalizer.normalize(Input.of(b, dump));
            if (bytes.size() == 1 && (article.body().isEmpty() || article.title() == null)) {
                throw new IllegalStateException(dump + " gave no article: " + article.provenance().warnings());
            }
            blocks += article.body().size();
            removed += article.provenance().removed().size();
        }
        System.out.printf("%n%s: %d dump(s), %d bytes, %d blocks, %d lines removed%n", dump, bytes.size(), totalBytes,
                blocks, removed);
    }

    /** The text format alone on decoded text: the draft it hands to core, for every dump. */
    @Benchmark
    public Draft parse(Bytes counter) {
        counter.bytes += totalBytes;
        Draft last = null;
        for (String text : texts) {
            Iterator<Draft> drafts = format.parse(Benchmarks.context(text));
            last = drafts.next();
        }
        return last;
    }

    /** The whole pipeline with the text format, for every dump. */
    @Benchmark
    public Article normalize(Bytes counter) {
        counter.bytes += totalBytes;
        Article last = null;
        for (byte[] b : bytes) {
            last = normalizer.normalize(Input.of(b, dump));
        }
        return last;
    }

    /** Baseline: decode the same bytes as UTF-8 and split them into lines. */
    @Benchmark
    public int split(Bytes counter) {
        counter.bytes += totalBytes;
        int lines = 0;
        for (byte[] b : bytes) {
            lines += new String(b, StandardCharsets.UTF_8).split("\n", -1).length;
        }
        return lines;
    }
}
