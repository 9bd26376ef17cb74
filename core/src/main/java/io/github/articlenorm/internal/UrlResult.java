package io.github.articlenorm.internal;
import java.net.URI;
/** STUB. */
public record UrlResult(URI uri, String problem) {
    public boolean ok() { return uri != null; }
    public static UrlResult failure(String problem) { return new UrlResult(null, problem); }
}
