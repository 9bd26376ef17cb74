package io.github.articlenorm.formats.json;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Generators;
import io.github.articlenorm.Input;
import io.github.articlenorm.Outcome;
import io.github.articlenorm.Limits;
import io.github.articlenorm.spi.ArticleFormat;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import io.github.articlenorm.spi.Sniff;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

/**
 * JSON Lines are read as if each line were read on its own: whatever its neighbours (good records, malformed lines,
 * two values on a line, an object over two lines, blank lines, CRLF, stray byte order marks), a line gives the same
 * record or the same failure, at the same line, as it does alone.
 */
class JsonLinesProperties {

    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder().format("json").build();
    private static final String FIRST = "{\"title\":\"First\"}";

    /** One line, or two for an object split over lines. */
    private static Gen<String> lines() {
        Gen<String> record = Generators.texts().zip(Generate.range(0, 99), (t, n) ->
                JsonText.of(Map.of("title", "T" + n + " " + t, "body", t, "views", n)));
        return Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(6, record),
                org.quicktheories.api.Pair.of(1, record.map(r -> "  " + r + " \r")),
                org.quicktheories.api.Pair.of(1, record.map(r -> "\ufeff" + r)),
                org.quicktheories.api.Pair.of(1, record.map(r -> r + " " + r)),
                org.quicktheories.api.Pair.of(1, record.map(r -> r + " x")),
                org.quicktheories.api.Pair.of(1, record.map(r -> r.replaceFirst(",", ",\n"))),
                org.quicktheories.api.Pair.of(1, Generate.pick(List.of("", "   ", "\r", "[1,2]", "42", "\"text\"",
                        "{\"title\": oops}", "{\"a\":1,\"a\":2}", "{\"title\":\"cut", "}", "null")))));
    }

    /** What a line gives: its article's title, body, extras and locations, or its failure. */
    private static String summary(Outcome o) {
        if (o instanceof Outcome.Failure f) {
            return "failure " + f.error().getMessage();
        }
        Article a = o.article();
        return a.title() + " | " + a.text() + " | " + a.extras() + " | " + a.provenance().fields()
                + " | " + a.provenance().warnings();
    }

    private static List<String> outcomes(String text) {
        return outcomes(NORMALIZER, text);
    }

    private static List<String> outcomes(ArticleNormalizer normalizer, String text) {
        return normalizer.stream(Input.of(text.getBytes(StandardCharsets.UTF_8), "lines.jsonl"))
                .map(JsonLinesProperties::summary).toList();
    }

    @Test
    void readsTheSameFromAStreamInPiecesAsFromMemory() {
        // An input held in memory is read in place; a file is read piece by piece into a buffer. Pieces of a few
        // bytes put records, line breaks and byte order marks across the ends of reads.
        qt().withExamples(100).forAll(Generators.listOf(lines(), 1, 12), Generate.range(1, 7)).checkAssert(
                (pieces, size) -> {
                    String text = FIRST + "\n" + FIRST + "\n" + String.join("\n", pieces) + "\n";
                    ArticleNormalizer trickled = ArticleNormalizer.builder().formats(new Trickled(size)).build();
                    assertEquals(outcomes(text), outcomes(trickled, text), text);
                    String carriageReturns = text.replace('\n', '\r');
                    assertEquals(outcomes(carriageReturns), outcomes(trickled, carriageReturns), carriageReturns);
                });
    }

    /** The json format reading its input through a stream that gives at most a few bytes per read. */
    private record Trickled(int size) implements ArticleFormat {

        private static final JsonFormat JSON = new JsonFormat();

        @Override
        public String id() {
            return JsonFormat.ID;
        }

        @Override
        public Detection detect(Sniff sniff) {
            return JSON.detect(sniff);
        }

        @Override
        public Iterator<Draft> parse(ParseContext context) {
            return JSON.parse(new ParseContext() {
                @Override
                public InputStream utf8() {
                    return new FilterInputStream(context.utf8()) {
                        @Override
                        public int read(byte[] b, int off, int len) throws IOException {
                            return super.read(b, off, Math.min(len, size));
                        }
                    };
                }

                @Override
                public String source() {
                    return context.source();
                }

                @Override
                public String text() {
                    return context.text();
                }

                @Override
                public Reader reader() {
                    return context.reader();
                }

                @Override
                public String contentType() {
                    return context.contentType();
                }

                @Override
                public URI baseUrl() {
                    return context.baseUrl();
                }

                @Override
                public ZoneId defaultZone() {
                    return context.defaultZone();
                }

                @Override
                public Limits limits() {
                    return context.limits();
                }

                @Override
                public boolean deadlineReached() {
                    return context.deadlineReached();
                }
            });
        }
    }

    @Test
    void readsEachLineAsIfItWereAlone() {
        qt().withExamples(200).forAll(Generators.listOf(lines(), 1, 12)).checkAssert(pieces -> {
            // Two good records first, so that the file reads as JSON Lines whatever the pieces are (a single object
            // followed by blank lines is one JSON document, with pointers instead of line locations).
            String text = FIRST + "\n" + FIRST + "\n" + String.join("\n", pieces) + "\n";
            List<String> together = outcomes(text);
            // The same lines, each in a file of its own: the first line, then blank lines up to its own line.
            List<String> alone = new ArrayList<>(outcomes(FIRST + "\n" + FIRST + "\n"));
            String[] all = text.split("\n", -1);
            for (int i = 2; i < all.length - 1; i++) {
                if (all[i].replace("\ufeff", "").isBlank()) {
                    continue;
                }
                List<String> one = outcomes(FIRST + "\n".repeat(i) + all[i] + "\n");
                alone.addAll(one.subList(1, one.size()));
            }
            assertEquals(alone, together, text);
        });
    }
}
