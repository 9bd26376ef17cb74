package io.github.articlenorm.spi;

import io.github.articlenorm.Limits;

import java.net.URI;
import java.time.ZoneId;

/**
 * What a format's {@link ArticleFormat#parse} gets: the decoded input and the normalizer's settings.
 * Not thread-safe; one per input.
 */
public interface ParseContext {

    /** The input's name, for messages. */
    String source();

    /** The whole input, decoded, BOM removed; at most {@link Limits#maxInputBytes()} bytes of it. */
    String text();

    /** The content type hint, or null. */
    String contentType();

    /** The base URL hint for relative URLs, or null. */
    URI baseUrl();

    /** The zone for times given without one. */
    ZoneId defaultZone();

    /** The limits to respect. */
    Limits limits();

    /**
     * Whether the input's time budget is spent. Long loops check this now and then and, when true, stop and keep
     * what they have with a warning that names {@code Limits.timeBudget}.
     */
    boolean deadlineReached();
}
