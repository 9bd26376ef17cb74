package io.github.articlenorm.examples.benchmarks;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import net.dankito.readability4j.Readability4J;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The html format beside two open-source Java extractors on the same pages, in one run: {@link HtmlBenchmark}'s
 * {@code jsoupParse} (the floor) and {@code normalizePages} (ArticleNorm), plus readability4j (a port of Mozilla's
 * Readability on Jsoup) and boilerpipe's {@code ArticleExtractor} (on NekoHTML).
 *
 * <p>Each peer gets the page already decoded, as its API asks; ArticleNorm starts from the bytes, so it also pays
 * for charset detection and builds a whole {@code Article} with metadata and provenance, where the peers return a
 * title and text. The peers are test-scope dependencies of this module: run this class from the test class path,
 * as the module's README says. Not part of {@code benchmarks.jar}.
 */
public class PeerBenchmark extends HtmlBenchmark {

    /** Runs each peer once on every page, so that a peer that fails here fails before measuring. */
    @Setup(Level.Trial)
    public void checkPeers() throws BoilerpipeProcessingException {
        long readability = 0;
        long boilerpipe = 0;
        for (int i = 0; i < texts.size(); i++) {
            readability += words(readability4j(i));
            boilerpipe += words(ArticleExtractor.INSTANCE.getText(texts.get(i)));
        }
        System.out.printf("readability4j: %d words; boilerpipe: %d words%n", readability, boilerpipe);
    }

    /** readability4j on every page: its own Jsoup parse, scoring and clean-up, then the article's text. */
    @Benchmark
    public void readability4j(Pages counter, Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(readability4j(i));
        }
        counter.pages += texts.size();
    }

    /** boilerpipe's ArticleExtractor on every page: its NekoHTML parse and block classification, then the text. */
    @Benchmark
    public void boilerpipe(Pages counter, Blackhole bh) throws BoilerpipeProcessingException {
        for (String t : texts) {
            bh.consume(ArticleExtractor.INSTANCE.getText(t));
        }
        counter.pages += texts.size();
    }

    private String readability4j(int page) {
        String text = new Readability4J("https://example.org/" + names.get(page), texts.get(page)).parse()
                .getTextContent();
        return text == null ? "" : text;
    }

    private static long words(String text) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
