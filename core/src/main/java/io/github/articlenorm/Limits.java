package io.github.articlenorm;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work one input may cause. Hostile input is normal input: a normalizer stops at each limit, keeps
 * what it had read, and says so in a warning that names the limit; only when nothing usable was read is it a failure.
 *
 * <p>Immutable; {@code with…} methods return a copy. Start from {@link #defaults()}.
 *
 * @param maxInputBytes   bytes read from one input; default 64 MiB
 * @param maxRecords      records (articles) taken from one multi-record input; default 1,000,000
 * @param maxDepth        nesting depth of JSON, YAML or HTML structures; default 200
 * @param maxNodes        elements and text nodes read from one HTML page; a page with more is cut there (about 200
 *                        bytes of heap per node); default 1,000,000
 * @param maxRelatedLinks related links kept per article; default 500
 * @param timeBudget      time one input may take to parse, and each further record of a multi-record input (a
 *                        lazy stream is read while the caller works); default 10 seconds
 */
public record Limits(long maxInputBytes, int maxRecords, int maxDepth, int maxNodes, int maxRelatedLinks,
                     Duration timeBudget) {

    private static final Limits DEFAULTS = new Limits(64L << 20, 1_000_000, 200, 1_000_000, 500,
            Duration.ofSeconds(10));

    public Limits {
        positive(maxInputBytes, "maxInputBytes");
        positive(maxRecords, "maxRecords");
        positive(maxDepth, "maxDepth");
        positive(maxNodes, "maxNodes");
        positive(maxRelatedLinks, "maxRelatedLinks");
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive, was " + timeBudget);
        }
    }

    /** The default limits; see the component descriptions. */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /** A copy with another input size limit. */
    public Limits withMaxInputBytes(long value) {
        return new Limits(value, maxRecords, maxDepth, maxNodes, maxRelatedLinks, timeBudget);
    }

    /** A copy with another record limit. */
    public Limits withMaxRecords(int value) {
        return new Limits(maxInputBytes, value, maxDepth, maxNodes, maxRelatedLinks, timeBudget);
    }

    /** A copy with another nesting depth limit. */
    public Limits withMaxDepth(int value) {
        return new Limits(maxInputBytes, maxRecords, value, maxNodes, maxRelatedLinks, timeBudget);
    }

    /** A copy with another limit on the nodes (elements and text) of one HTML page. */
    public Limits withMaxNodes(int value) {
        return new Limits(maxInputBytes, maxRecords, maxDepth, value, maxRelatedLinks, timeBudget);
    }

    /** A copy with another related-link limit. */
    public Limits withMaxRelatedLinks(int value) {
        return new Limits(maxInputBytes, maxRecords, maxDepth, maxNodes, value, timeBudget);
    }

    /** A copy with another time budget per input. */
    public Limits withTimeBudget(Duration value) {
        return new Limits(maxInputBytes, maxRecords, maxDepth, maxNodes, maxRelatedLinks, value);
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
