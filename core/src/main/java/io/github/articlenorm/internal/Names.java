package io.github.articlenorm.internal;
import java.util.List;
/** STUB. */
public final class Names {
    private Names() {}
    public static NameResult parse(String raw) { return new NameResult(raw == null || raw.isBlank() ? List.of() : List.of(raw.trim()), List.of()); }
}
