package io.github.articlenorm.examples.benchmarks;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the {@code front-matter} format on a news aggregator's export (about 10 KB of YAML front matter with
 * twelve related links), beside a baseline: SnakeYAML's own safe load of the same front matter into maps and lists.
 *
 * <p>{@code snakeYamlLoad} divided by {@code normalizeFrontMatter} says how many times a bare YAML load the whole
 * pipeline (detect, compose with line marks, map keys, normalize dates, URLs and names, build the article with its
 * provenance) costs. Every benchmark also reports input bytes per second as the secondary result {@code :bytes}.
 *
 * <p>The class, its methods and {@link Bytes} are public because JMH generates the harness in another package.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class FrontMatterBenchmark {

    private static final String EXPORT = "frontmatter/aggregator-export.md";

    private ArticleNormalizer normalizer;
    private byte[] export;
    /** The YAML between the fences, for the baseline. */
    private String yamlText;


    /** Loads the export and normalizes it once, so that a broken format fails here rather than measuring fast. */
    @Setup(Level.Trial)
    public void setUp() {
        normalizer = ArticleNormalizer.builder().build();
        export = Benchmarks.resource(EXPORT);
        String text = new String(export, StandardCharsets.UTF_8);
        int open = text.indexOf("---\n");
        int close = text.indexOf("\n---", open + 4);
        yamlText = text.substring(open + 4, close + 1);
        Article article = normalizer.normalize(Input.of(export, EXPORT));
        if (!"front-matter".equals(article.provenance().format()) || article.related().size() != 12) {
            throw new IllegalStateException(EXPORT + " was read as " + article.provenance().format() + " with "
                    + article.related().size() + " related links");
        }
        System.out.printf("%n%s: %d bytes, format %s, %d related links%n", EXPORT, export.length,
                article.provenance().format(), article.related().size());
    }

    /** The export through the whole pipeline. */
    @Benchmark
    public Article normalizeFrontMatter(Bytes counter) {
        counter.bytes += export.length;
        return normalizer.normalize(Input.of(export, EXPORT));
    }

    /** Baseline: SnakeYAML's safe load of the same front matter (decoded once in set-up). */
    @Benchmark
    public Object snakeYamlLoad(Bytes counter) {
        counter.bytes += export.length;
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
    }

}
