package io.github.articlenorm.internal;
import java.time.OffsetDateTime;
/** STUB. */
public record DateResult(OffsetDateTime value, Precision precision, boolean zoneAssumed, String problem) {
    public enum Precision { DAY, MINUTE, SECOND }
    public boolean ok() { return value != null; }
    public static DateResult failure(String problem) { return new DateResult(null, null, false, problem); }
}
