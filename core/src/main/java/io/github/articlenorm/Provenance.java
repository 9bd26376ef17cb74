package io.github.articlenorm;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where an article came from, where each of its values was found, and what was left out and why.
 *
 * @param source     the input's name: a file path, or the name the caller gave; null when unknown
 * @param format     the id of the format that parsed the input ({@code text}, {@code front-matter}, {@code json},
 *                   {@code html}); null for an article built by hand
 * @param confidence how sure detection was, 0 to 1; 1 when the format was forced
 * @param parser     which reader inside the format produced the article (for JSON: the schema that matched), or null
 * @param sha256     lowercase hex SHA-256 of the exact input bytes, or null
 * @param bytes      the input's size in bytes
 * @param charset    the charset the input was decoded with, or null
 * @param record     the index of this article inside a multi-record input, else null
 * @param ingestedAt when the normalizer produced the article, from its clock; null for an article built by hand
 * @param fields     component name to the origin of its value; never null, unmodifiable, in insertion order
 * @param removed    every piece of input the article does not keep, with a reason; never null, unmodifiable
 * @param rejected   every candidate value that lost or was refused, with a reason; never null, unmodifiable
 * @param warnings   recoverable trouble met on the way (charset guessed, zone assumed, limit reached); never null
 */
public record Provenance(String source, String format, double confidence, String parser, String sha256, long bytes,
                         String charset, Integer record, Instant ingestedAt, Map<String, FieldOrigin> fields,
                         List<Removed> removed, List<Rejected> rejected, List<String> warnings) {

    /** The provenance of an article that was built by hand rather than normalized. */
    public static final Provenance NONE = new Provenance(null, null, 0, null, null, 0, null, null, null,
            Map.of(), List.of(), List.of(), List.of());

    public Provenance {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0 to 1, was " + confidence);
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative, was " + bytes);
        }
        if (record != null && record < 0) {
            throw new IllegalArgumentException("record must not be negative, was " + record);
        }
        // -0.0 would not survive a round trip through JSON; it means the same as 0.
        confidence = confidence + 0.0;
        if (fields == null) {
            fields = Map.of();
        } else {
            Map<String, FieldOrigin> copy = new LinkedHashMap<>();
            fields.forEach((k, v) -> {
                Objects.requireNonNull(k, "fields has a null key");
                copy.put(k, Objects.requireNonNull(v, () -> "fields[" + k + "]"));
            });
            fields = Collections.unmodifiableMap(copy);
        }
        removed = removed == null ? List.of() : List.copyOf(removed);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * Where one value of the article was found.
     *
     * @param origin   what kind of source held it: {@code "front matter key 'publishedDateTime'"},
     *                 {@code "JSON-LD NewsArticle.datePublished"}, {@code "first line"}; never null
     * @param location where in the input: {@code "line 5"}, a JSON pointer, a CSS selector; never null
     * @param note     how the value was read when that matters, e.g. {@code "precision day"} or
     *                 {@code "zone assumed: Europe/Berlin"}; null otherwise
     */
    public record FieldOrigin(String origin, String location, String note) {
        public FieldOrigin {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(location, "location");
        }

        /** An origin with no note. */
        public FieldOrigin(String origin, String location) {
            this(origin, location, null);
        }

        /** This origin with a note added to any note it has. */
        public FieldOrigin withNote(String more) {
            if (more == null) {
                return this;
            }
            return new FieldOrigin(origin, location, note == null ? more : note + "; " + more);
        }
    }

    /**
     * A piece of input the article does not keep.
     *
     * @param text     the text that was removed, never null
     * @param location where it was: {@code "line 13"}, a selector; never null
     * @param reason   why, as a short tag such as {@code "share-buttons"} or {@code "navigation"}; never null
     */
    public record Removed(String text, String location, String reason) {
        public Removed {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A candidate value that was not used.
     *
     * @param field  the Article component it was offered for, never null
     * @param value  the raw value as found, never null
     * @param reason why it lost or was refused, never null
     */
    public record Rejected(String field, String value, String reason) {
        public Rejected {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
