package io.github.articlenorm.formats.html.internal;

import org.jsoup.nodes.Element;

import java.net.MalformedURLException;
import java.net.URL;

/**
 * Resolves the addresses in a page's attributes against the page's base address, giving what Jsoup's
 * {@code absUrl} gives, but parsing the base once per page instead of once per link, and without regular expressions
 * for the common, clean address. Not thread-safe: one per page.
 */
final class Addresses {

    private String base;
    /** The parsed base, or null when it is not a valid URL. */
    private URL baseUrl;

    /** The absolute address in an element's attribute; empty when it has none or it cannot be made absolute. */
    String absolute(Element e, String key) {
        if (!e.hasAttr(key)) {
            return "";
        }
        String rel = withoutControls(e.attr(key));
        URL b = base(e.baseUri());
        if (b != null) {
            try {
                return resolve(b, rel).toExternalForm();
            } catch (MalformedURLException | RuntimeException ignored) {
                // an address that does not resolve may still be absolute on its own
            }
        }
        try {
            URL abs = new URL(rel);
            checkHttp(abs);
            return abs.toExternalForm();
        } catch (MalformedURLException | RuntimeException ignored) {
            // not an address Java reads: keep it only when it names a scheme other than http(s)
        }
        return hasScheme(rel) && !isHttp(rel) ? rel : "";
    }

    private URL base(String raw) {
        if (!raw.equals(base)) {
            base = raw;
            try {
                baseUrl = new URL(withoutControls(raw));
            } catch (MalformedURLException | RuntimeException e) {
                baseUrl = null;
            }
        }
        return baseUrl;
    }

    private static URL resolve(URL base, String rel) throws MalformedURLException {
        // "?q" alone keeps the base's path, where java.net.URL would drop its last segment.
        URL u = new URL(base, rel.startsWith("?") ? base.getPath() + rel : rel);
        String file = u.getFile();
        // "/../a" and "/./a" at the root mean "/a": a path cannot climb above the root.
        int i = 1;
        while (file.startsWith("/", i - 1)) {
            if (file.startsWith("./", i)) {
                i += 2;
            } else if (file.startsWith("../", i)) {
                i += 3;
            } else {
                break;
            }
        }
        if (i > 1) {
            file = "/" + file.substring(i);
        }
        if (u.getRef() != null) {
            file = file + "#" + u.getRef();
        }
        URL out = new URL(u.getProtocol(), u.getHost(), u.getPort(), file);
        checkHttp(out);
        return out;
    }

    private static void checkHttp(URL u) throws MalformedURLException {
        if ((u.getProtocol().equalsIgnoreCase("http") || u.getProtocol().equalsIgnoreCase("https"))
                && u.getHost().isEmpty()) {
            throw new MalformedURLException("no host");
        }
    }

    /** Whether the text starts with a scheme: a letter, then letters, digits, "+", ",", "-" or ".", then a colon. */
    private static boolean hasScheme(String s) {
        if (s.isEmpty() || !asciiLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!asciiLetter(c) && !(c >= '0' && c <= '9') && !(c >= '+' && c <= '.')) {
                return false;
            }
        }
        return false;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isHttp(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String scheme = s.substring(0, colon);
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }

    /** The text without ASCII control characters (U+0000 to U+001F), the same string when it has none. */
    static String withoutControls(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= 0x20) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
