package io.github.articlenorm.spi;

import io.github.articlenorm.Limits;

import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.time.ZoneId;

/**
 * What a format's {@link ArticleFormat#parse} gets: the decoded input and the normalizer's settings.
 * Not thread-safe; one per input.
 */
public interface ParseContext {

    /** The input's name, for messages. */
    String source();

    /**
     * The whole input, decoded, BOM removed; at most {@link Limits#maxInputBytes()} bytes of it (a file past the
     * limit gives its first whole lines up to the limit, and the article gets a warning naming the limit).
     */
    String text();

    /**
     * The whole input, decoded, as a stream of characters; the caller closes it. For a file larger than
     * {@link Limits#maxInputBytes()} this reads all of it in constant memory, so formats that read record by record
     * (JSON Lines) should use it instead of {@link #text()}; their record limit still applies.
     */
    Reader reader();

    /**
     * The input's bytes when they are valid UTF-8, BOM removed, as a stream the caller closes; null when the input is
     * in another charset or had bytes replaced while decoding. The same characters as {@link #reader()}, so a format
     * that can read UTF-8 itself (a JSON parser) may read these instead and skip decoding. The default returns null.
     */
    default InputStream utf8() {
        return null;
    }

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
