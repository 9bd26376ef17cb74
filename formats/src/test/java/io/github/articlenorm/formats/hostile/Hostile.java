package io.github.articlenorm.formats.hostile;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Input;
import io.github.articlenorm.Limits;
import io.github.articlenorm.Outcome;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the hostile-input tests share: normalizers with a fixed clock, the time allowed per input, and the one check
 * every outcome must pass — an article, or an {@link ArticleParseException} whose message is clear.
 *
 * <p>"Clear" is what a user can act on: a message that is short, names the source, and is not a parser bug in
 * disguise. The normalizer wraps any exception a format lets escape ("the format failed on this input: …") and
 * turns a stack overflow into "nested too deeply"; both keep the contract formally but hide a bug, so both fail here.
 */
final class Hostile {

    /** Added to the configured time budget: decoding, assembling and a busy two-core machine are not in it. */
    static final Duration MARGIN = Duration.ofSeconds(20);

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** Format ids, plus null for detection. */
    static final List<String> FORMATS_AND_DETECTION = java.util.Arrays.asList(null, "text", "front-matter", "json",
            "html");

    /** Causes that mean a format did not check its input, whatever the message says. */
    private static final List<Class<? extends Throwable>> BUGS = List.of(StackOverflowError.class,
            NullPointerException.class, IndexOutOfBoundsException.class, ClassCastException.class,
            ArithmeticException.class, NegativeArraySizeException.class, UnsupportedOperationException.class,
            IllegalStateException.class, ConcurrentModificationException.class, OutOfMemoryError.class);

    private Hostile() {
    }

    /** A normalizer with the fixed clock, the given limits, and a forced format (null detects). */
    static ArticleNormalizer normalizer(String format, Limits limits) {
        return ArticleNormalizer.builder().clock(CLOCK).format(format).limits(limits).build();
    }

    /** What normalizing one input gave, in a form short enough to report. */
    record Verdict(String attack, List<Article> articles, List<ArticleParseException> failures, int articleCount,
                   int failureCount) {

        Verdict(String attack, List<Article> articles, List<ArticleParseException> failures) {
            this(attack, articles, failures, articles.size(), failures.size());
        }

        Article article() {
            assertTrue(failures.isEmpty() && articles.size() == 1, () -> attack + ": expected one article, got "
                    + this);
            return articles.get(0);
        }

        ArticleParseException failure() {
            assertTrue(articles.isEmpty() && !failures.isEmpty(), () -> attack + ": expected a failure, got " + this);
            return failures.get(0);
        }

        boolean anyWarningContains(String part) {
            return articles.stream().flatMap(a -> a.provenance().warnings().stream()).anyMatch(w -> w.contains(part));
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            if (!articles.isEmpty()) {
                Article a = articles.get(0);
                sb.append(articleCount).append(articleCount == 1 ? " article" : " articles").append(" (")
                        .append(a.provenance().format()).append(", ").append(a.body().size()).append(" blocks");
                if (!a.provenance().warnings().isEmpty()) {
                    sb.append(", warning: ").append(shorten(String.join(" | ", a.provenance().warnings())));
                }
                sb.append(')');
            }
            if (!failures.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " + ").append(failureCount == 1 ? "ArticleParseException: "
                        : failureCount + " failures, first: ").append(shorten(failures.get(0).detail()));
            }
            return sb.length() == 0 ? "nothing" : sb.toString();
        }
    }

    /**
     * Normalizes one input with {@link ArticleNormalizer#stream(Input)}, within the budget plus {@link #MARGIN},
     * checks every outcome, and prints "attack → outcome" for the report.
     */
    static Verdict attack(String attack, ArticleNormalizer normalizer, Limits limits, Supplier<Input> input) {
        Verdict v = attackQuietly(attack, normalizer, limits, input);
        System.out.println("attack: " + attack + " → " + v);
        return v;
    }

    /** {@link #attack} without the report line, for the many cases of one attack. */
    static Verdict attackQuietly(String attack, ArticleNormalizer normalizer, Limits limits, Supplier<Input> input) {
        Verdict v = assertTimeoutPreemptively(limits.timeBudget().plus(MARGIN), () -> {
            List<Article> articles = new ArrayList<>();
            List<ArticleParseException> failures = new ArrayList<>();
            int[] counts = new int[2];
            // Keep only a few articles: a dump of a million records must not be held in a 256 MB heap.
            normalizer.stream(input.get()).forEach(o -> {
                if (o instanceof Outcome.Success s) {
                    checkArticle(attack, s.article());
                    counts[0]++;
                    if (articles.size() < 3) {
                        articles.add(s.article());
                    }
                } else {
                    ArticleParseException e = ((Outcome.Failure) o).error();
                    assertClear(attack, e);
                    counts[1]++;
                    if (failures.size() < 3) {
                        failures.add(e);
                    }
                }
            });
            return new Verdict(attack, articles, failures, counts[0], counts[1]);
        }, () -> attack + ": took longer than the time budget of " + limits.timeBudget() + " plus " + MARGIN);
        assertFalse(v.articles.isEmpty() && v.failures.isEmpty(), attack + ": an input must yield an outcome");
        return v;
    }

    /** {@link #attack(String, ArticleNormalizer, Limits, Supplier)} with {@code normalize}, for one-record inputs. */
    static Verdict attackOne(String attack, ArticleNormalizer normalizer, Limits limits, Supplier<Input> input) {
        Verdict v = assertTimeoutPreemptively(limits.timeBudget().plus(MARGIN), () -> {
            try {
                Article a = normalizer.normalize(input.get());
                checkArticle(attack, a);
                return new Verdict(attack, List.of(a), List.of());
            } catch (ArticleParseException e) {
                assertClear(attack, e);
                return new Verdict(attack, List.of(), List.of(e));
            }
        }, () -> attack + ": took longer than the time budget of " + limits.timeBudget() + " plus " + MARGIN);
        System.out.println("attack: " + attack + " → " + v);
        return v;
    }

    /** Fails when an error is a bug in disguise or its message is not one a user can read. */
    static void assertClear(String attack, ArticleParseException e) {
        assertNotNull(e.detail(), attack + ": a failure needs a message");
        assertFalse(e.detail().isBlank(), attack + ": a failure needs a message");
        assertNotNull(e.source(), () -> attack + ": the message names no source: " + e.getMessage());
        assertTrue(e.getMessage().length() <= 1000, () -> attack + ": a message of " + e.getMessage().length()
                + " characters is not readable: " + shorten(e.getMessage()));
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> bug : BUGS) {
                if (bug.isInstance(t)) {
                    fail(attack + ": a parser bug escaped as " + e.getMessage(), e);
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        assertFalse(e.detail().startsWith("the format failed on this input"),
                () -> attack + ": a format let its own exception escape: " + e.getMessage());
    }

    /** What every article must satisfy, however bad its input. */
    static void checkArticle(String attack, Article a) {
        assertNotNull(a.provenance(), attack);
        assertNotNull(a.id(), attack);
        // The text must be readable as text: no unpaired surrogate ever reaches the model.
        for (String w : a.provenance().warnings()) {
            assertFalse(w.isBlank(), attack + ": blank warning");
            assertTrue(w.length() <= 1000, () -> attack + ": a warning of " + w.length() + " characters");
        }
    }

    static String shorten(String s) {
        if (s == null) {
            return "null";
        }
        String one = s.replace('\n', ' ');
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A test resource's bytes. */
    static byte[] resource(String path) {
        try (InputStream in = Hostile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
