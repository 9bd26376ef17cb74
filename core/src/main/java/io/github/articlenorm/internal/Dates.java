package io.github.articlenorm.internal;
import java.time.*;
/** STUB. */
public final class Dates {
    private Dates() {}
    public static DateResult parse(String raw, ZoneId zone) {
        if (raw == null) return DateResult.failure("empty");
        try { return new DateResult(OffsetDateTime.parse(raw.trim()), DateResult.Precision.SECOND, false, null); }
        catch (RuntimeException e) { return DateResult.failure("not a date"); }
    }
}
