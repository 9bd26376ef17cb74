package io.github.articlenorm.formats.hostile;

import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Input;
import io.github.articlenorm.Limits;
import io.github.articlenorm.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Fuzzing by mutation: the golden fixtures of each format with bytes flipped, overwritten with syntax characters,
 * cut, deleted, duplicated, spliced with a fixture of another format, or given hostile tokens. Every mutant is
 * read with its format forced and with detection, and must give articles or {@link ArticleParseException}s with a
 * clear message (see {@link Hostile#assertClear}); 2,000 mutants per format.
 */
@Timeout(600)
class FormatMutationProperties {

    private static final int TRIES = 2_000;
    private static final ArticleNormalizer DETECT = Hostile.normalizer(null, Limits.defaults());

    /** Bytes that mean something to one of the formats' syntaxes. */
    private static final byte[] SYNTAX = {0, '\n', '\r', '"', '\'', '{', '}', '[', ']', '<', '>', '/', '-', ':', ',',
        '&', '\\', '*', '!', '#', '|', '+', '=', (byte) 0xFF, (byte) 0xC3, (byte) 0x80, (byte) 0xE2, (byte) 0xEF};

    /** Pieces that open, close or abuse a structure. */
    private static final List<String> TOKENS = List.of("---\n", "+++\n", "<!--", "-->", "<script>", "</div>",
            "<div>".repeat(300), "{\"a\":", "[".repeat(300), "]]]", "\"\\u", "\\ud800", "&#x0;", "&#99999999;",
            "\uFEFF", "*alias", "&anchor [", "!!java.lang.Object ", "!<tag:x> ", "\u0000", "\r\n\r", "\u2028",
            "<html><head><meta charset=\"utf-16\">", "{\"@type\":\"NewsArticle\",\"headline\":", "title: ",
            "By ", "2020-13-45T25:61:00+99:00", "https://", "null", "1e999999", "-0", "\t- ");

    private static List<byte[]> fixtures(String format) {
        try {
            Path dir = Path.of(FormatMutationProperties.class.getResource("/fixtures/" + format).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                List<byte[]> out = new ArrayList<>();
                for (Path p : files.filter(p -> !p.toString().endsWith(".expected.json")).sorted().toList()) {
                    out.add(Files.readAllBytes(p));
                }
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> FORMATS = List.of("text", "front-matter", "json", "html");

    /** Applies the operations, each an int whose low bits pick the kind and whose others pick place and value. */
    static byte[] mutate(byte[] original, byte[] other, List<Integer> ops) {
        byte[] b = original;
        for (int op : ops) {
            int kind = op & 7;
            int arg = op >>> 3;
            int at = b.length == 0 ? 0 : Math.floorMod(arg, b.length);
            int span = 1 + Math.floorMod(arg >>> 8, 64);
            switch (kind) {
                case 0 -> {
                    if (b.length > 0) {
                        b = b.clone();
                        b[at] ^= (byte) (1 << (arg & 7));
                    }
                }
                case 1 -> {
                    if (b.length > 0) {
                        b = b.clone();
                        b[at] = SYNTAX[Math.floorMod(arg >>> 5, SYNTAX.length)];
                    }
                }
                case 2 -> b = Arrays.copyOf(b, at);
                case 3 -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, Math.min(b.length, at + span),
                        b.length));
                case 4 -> {
                    int end = Math.min(b.length, at + span * 8);
                    b = concat(Arrays.copyOf(b, end), Arrays.copyOfRange(b, at, b.length));
                }
                case 5 -> {
                    int from = other.length == 0 ? 0 : Math.floorMod(arg >>> 4, other.length);
                    b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(other, from, other.length));
                }
                case 6 -> b = concat(Arrays.copyOf(b, at),
                        Hostile.utf8(TOKENS.get(Math.floorMod(arg >>> 12, TOKENS.size()))),
                        Arrays.copyOfRange(b, at, b.length));
                default -> b = concat(Arrays.copyOf(b, at), new byte[] {(byte) (arg >>> 16)},
                        Arrays.copyOfRange(b, at, b.length));
            }
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static void fuzz(String format) {
        List<byte[]> own = fixtures(format);
        List<byte[]> others = new ArrayList<>();
        FORMATS.stream().filter(f -> !f.equals(format)).forEach(f -> others.addAll(fixtures(f)));
        ArticleNormalizer forced = Hostile.normalizer(format, Limits.defaults());
        qt().withExamples(TRIES).withShrinkCycles(200)
                .forAll(integers().between(0, own.size() - 1), integers().between(0, others.size() - 1),
                        lists().of(integers().all()).ofSizeBetween(1, 6))
                .checkAssert((i, j, ops) -> {
                    byte[] mutant = mutate(own.get(i), others.get(j), ops);
                    String name = format + " fixture " + i + " mutated by " + ops;
                    read(name, forced, mutant);
                    read(name + " (detected)", DETECT, mutant);
                });
    }

    private static void read(String name, ArticleNormalizer normalizer, byte[] bytes) {
        List<Outcome> outcomes = normalizer.stream(Input.of(bytes, name)).toList();
        assertFalse(outcomes.isEmpty(), name + ": no outcome");
        for (Outcome o : outcomes) {
            if (o instanceof Outcome.Success s) {
                Hostile.checkArticle(name, s.article());
            } else {
                ArticleParseException e = ((Outcome.Failure) o).error();
                Hostile.assertClear(name, e);
            }
        }
    }

    @Test
    void mutatedTextDumpsGiveArticlesOrClearFailures() {
        fuzz("text");
    }

    @Test
    void mutatedFrontMatterGivesArticlesOrClearFailures() {
        fuzz("front-matter");
    }

    @Test
    void mutatedJsonGivesArticlesOrClearFailures() {
        fuzz("json");
    }

    @Test
    void mutatedHtmlGivesArticlesOrClearFailures() {
        fuzz("html");
    }
}
