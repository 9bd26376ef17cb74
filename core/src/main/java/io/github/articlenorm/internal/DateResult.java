package io.github.articlenorm.internal;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The outcome of {@link Dates#parse}: either a point in time with its precision, or a short reason
 * why the input could not be read as one. Not API.
 *
 * <p>{@code value} is null exactly when {@code problem} is non-null. On success {@code precision}
 * is non-null and {@code zoneAssumed} tells whether the offset came from the caller's default zone
 * rather than from the source text. On failure {@code precision} is null and {@code zoneAssumed}
 * is false.
 *
 * @param value the parsed date-time, keeping the source's own offset; null on failure
 * @param precision how much of the date-time the source actually stated; null on failure
 * @param zoneAssumed true when the source gave no usable zone or offset and the default zone was used
 * @param problem a short human-readable reason for failure; null on success
 */
public record DateResult(OffsetDateTime value, Precision precision, boolean zoneAssumed, String problem) {

    /** How much of a date-time the source stated. */
    public enum Precision {
        /** Only a calendar date; the time is midnight in the default zone. */
        DAY,
        /** Hours and minutes, but no seconds. */
        MINUTE,
        /** Seconds, with or without a fraction. */
        SECOND
    }

    // Enforced here so that a half-filled result cannot reach callers that only check ok().
    public DateResult {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of value and problem must be non-null");
        }
        if (value != null && precision == null) {
            throw new IllegalArgumentException("a successful result needs a precision");
        }
    }

    /**
     * Whether parsing succeeded.
     *
     * @return true exactly when {@link #value()} is non-null
     */
    public boolean ok() {
        return value != null;
    }

    /**
     * A failed result.
     *
     * @param problem a short human-readable reason, non-null
     * @return a result with no value
     */
    public static DateResult failure(String problem) {
        return new DateResult(null, null, false, Objects.requireNonNull(problem, "problem"));
    }

    /** A successful result. */
    static DateResult success(OffsetDateTime value, Precision precision, boolean zoneAssumed) {
        return new DateResult(Objects.requireNonNull(value, "value"), precision, zoneAssumed, null);
    }
}
