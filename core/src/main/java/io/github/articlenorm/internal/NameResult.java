package io.github.articlenorm.internal;
import java.util.List;
/** STUB. */
public record NameResult(List<String> names, List<Refusal> refused) {
    public record Refusal(String value, String reason) {}
}
