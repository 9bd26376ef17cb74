package io.github.articlenorm.formats;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Input;
import io.github.articlenorm.Outcome;
import io.github.articlenorm.formats.json.ArticleJson;
import io.github.articlenorm.formats.json.ArticleSchemaTest;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

/** Properties of the whole pipeline with the real formats: determinism, totality, valid output. */
class NormalizerProperties {
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder()
            .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

    /** Arbitrary bytes, biased towards the shapes of real dumps. */
    private static Gen<byte[]> bytes() {
        Gen<byte[]> random = lists().of(integers().between(0, 255)).ofSizeBetween(0, 400).map(l -> {
            byte[] b = new byte[l.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (int) l.get(i);
            }
            return b;
        });
        Gen<byte[]> text = strings().allPossible().ofLengthBetween(0, 300)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Gen<String> pieces = Generate.pick(List.of("---\n", "title: x\n", "{\"title\":", "<html>", "<p>", "\n\n",
                "By Jane Doe\n", "2020-02-26T22:57:00Z\n", "\u00a0", "\r\n", "\u0000", "}", "]", "Share"));
        Gen<byte[]> shaped = lists().of(pieces).ofSizeBetween(0, 30)
                .map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
        return random.mix(text).mix(shaped);
    }

    @Test
    void normalizeThrowsNothingButArticleParseException() {
        qt().withExamples(2000).forAll(bytes()).checkAssert(b -> {
            try {
                NORMALIZER.normalize(b);
            } catch (ArticleParseException expected) {
                // the one exception bad input may raise
            }
        });
    }

    @Test
    void streamNeverThrowsAndYieldsAnOutcomePerRecord() {
        qt().withExamples(1000).forAll(bytes()).checkAssert(b -> {
            List<Outcome> outcomes = NORMALIZER.stream(Input.of(b, "x")).toList();
            assertTrue(!outcomes.isEmpty(), "every input yields at least one outcome");
        });
    }

    @Test
    void sameBytesGiveTheSameJson() {
        ArticleNormalizer other = ArticleNormalizer.builder()
                .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
        qt().withExamples(1000).forAll(bytes()).checkAssert(b -> {
            String first = json(NORMALIZER, b);
            assertEquals(first, json(other, b.clone()));
            assertEquals(first, json(NORMALIZER, b));
        });
    }

    @Test
    void normalizedArticlesRoundTripAndMatchTheSchema() {
        qt().withExamples(500).forAll(bytes()).checkAssert(b -> {
            for (Outcome o : NORMALIZER.stream(Input.of(b, "x")).toList()) {
                if (o instanceof Outcome.Success s) {
                    Article a = s.article();
                    String json = ArticleJson.write(a);
                    assertEquals(a, ArticleJson.read(json));
                    assertEquals(java.util.Set.of(), ArticleSchemaTest.violations(json), json);
                }
            }
        });
    }

    private static String json(ArticleNormalizer n, byte[] b) {
        StringBuilder sb = new StringBuilder();
        n.stream(Input.of(b, "x")).forEach(o -> sb.append(o instanceof Outcome.Success s
                ? ArticleJson.write(s.article()) : "failure: " + ((Outcome.Failure) o).message()).append('\n'));
        return sb.toString();
    }
}
