package io.github.articlenorm.internal;
import java.net.URI;
/** STUB. */
public final class Urls {
    private Urls() {}
    public static UrlResult canonicalize(String raw, URI base) {
        try { URI u = URI.create(raw.trim()); if (!u.isAbsolute()) return UrlResult.failure("relative"); return new UrlResult(u, null); }
        catch (RuntimeException e) { return UrlResult.failure("bad"); }
    }
    public static String registrableDomain(String host) {
        if (host == null) return null; String h = host.toLowerCase(); return h.startsWith("www.") ? h.substring(4) : h;
    }
    public static String registrableDomain(URI uri) { return uri == null ? null : registrableDomain(uri.getHost()); }
}
