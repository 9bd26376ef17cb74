package io.github.articlenorm.internal;

import java.net.URI;

/**
 * Outcome of {@link Urls#canonicalize(String, URI)}: either a canonical URI or a short reason why there is none.
 *
 * <p>{@code uri} is null exactly when {@code problem} is non-null. Not API.
 *
 * @param uri the canonical absolute http(s) URI, or null on failure
 * @param problem a short human-readable reason for the failure, or null on success
 */
public record UrlResult(URI uri, String problem) {

    /**
     * Validates that exactly one of {@code uri} and {@code problem} is present.
     *
     * @param uri the canonical URI, or null on failure
     * @param problem the failure reason, or null on success
     * @throws IllegalArgumentException if both or neither are null (a programming error, never caused by input)
     */
    public UrlResult {
        if ((uri == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of uri and problem must be non-null");
        }
    }

    /**
     * Tells whether this result holds a canonical URI.
     *
     * @return true when {@link #uri()} is non-null
     */
    public boolean ok() {
        return uri != null;
    }

    /**
     * Creates a failed result.
     *
     * @param problem short reason; a null or blank reason is replaced by {@code "invalid URL"}
     * @return a result whose {@code uri} is null
     */
    public static UrlResult failure(String problem) {
        return new UrlResult(null, problem == null || problem.isBlank() ? "invalid URL" : problem);
    }

    /** Creates a successful result; package-private because only {@link Urls} produces canonical URIs. */
    static UrlResult success(URI uri) {
        return new UrlResult(uri, null);
    }
}
