package io.github.articlenorm.internal;
import java.util.Set;
/** STUB. */
public final class Languages {
    private Languages() {}
    public static String detect(CharSequence text) { return null; }
    public static String normalizeTag(String raw) { return raw == null || raw.isBlank() ? null : raw.trim(); }
    public static Set<String> stopWords(String language) { return Set.of(); }
    public static double stopWordRatio(CharSequence text) { return 0; }
}
