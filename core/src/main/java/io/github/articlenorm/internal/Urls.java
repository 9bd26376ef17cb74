package io.github.articlenorm.internal;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * URL canonicalization and registrable domains. Not API. Stateless, thread-safe.
 *
 * <h2>Canonical form</h2>
 * {@code scheme://host[:port]path[?query]} where
 * <ul>
 *   <li>the scheme is {@code http} or {@code https}, lowercased; every other scheme is a failure naming it;</li>
 *   <li>the host is lowercased ASCII: internationalized hosts are converted to Punycode with
 *       {@link java.net.IDN#toASCII(String)} (so {@code bücher.de} becomes {@code xn--bcher-kva.de}), and a single
 *       trailing dot is removed; hosts that {@link URI} cannot parse as a server name (for example ones containing
 *       {@code _}) are failures;</li>
 *   <li>user info ({@code user:pass@}) is dropped, the default port (80 for http, 443 for https) is dropped and
 *       other ports are written without leading zeros;</li>
 *   <li>the path keeps its case, has dot-segments removed, becomes {@code /} when empty, and backslashes in it are
 *       read as {@code /} (as browsers do);</li>
 *   <li>the fragment is dropped;</li>
 *   <li>tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...) are removed, empty {@code &&}
 *       pieces are dropped, the other parameters keep their order and spelling, and an empty query is removed.</li>
 * </ul>
 * Characters that {@link URI} does not accept (spaces, {@code |}, <code>&#123;</code>, {@code ^}, non-ASCII, a lone
 * {@code %}...) are percent-encoded as UTF-8; existing well-formed {@code %XX} escapes are kept exactly as written,
 * including the case of their hex digits. ASCII tab, CR and LF are removed wherever they occur (as browsers do,
 * since scraped {@code href} values are often wrapped across lines); other whitespace is percent-encoded.
 *
 * <h2>Input forms</h2>
 * Surrounding whitespace, {@code <...>} and quotes are stripped. {@code //host/x} takes the scheme of the base, or
 * https. Input with no scheme that starts with {@code www.} and a dotted host ({@code www.example.com/path}), or
 * with a dotted host followed by a port ({@code example.com:8080/x}), is read as https. Other input without a
 * scheme is a relative reference resolved against the base (RFC 3986 section 5), and a failure without a base.
 * The output of {@link #canonicalize(String, URI)} is a fixed point: canonicalizing it again returns it unchanged.
 *
 * <p>Inputs longer than {@value #MAX_INPUT} characters are rejected before any other work; all processing is linear
 * in the input length.
 */
public final class Urls {

    /** Longest raw URL accepted, in chars. */
    static final int MAX_INPUT = 4096;

    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "yclid", "igshid",
            "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid",
            "s_cid", "ref_src", "twclid", "ttclid");

    /** Public suffixes made of two labels; every single-label TLD is a public suffix too. */
    private static final Set<String> MULTI_LABEL_SUFFIXES = Set.of(
            "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "me.uk", "net.uk", "plc.uk", "sch.uk", "nhs.uk",
            "police.uk",
            "com.au", "net.au", "org.au", "edu.au", "gov.au", "id.au", "asn.au",
            "co.nz", "org.nz", "net.nz", "govt.nz", "ac.nz",
            "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp",
            "co.kr", "or.kr", "go.kr", "ac.kr",
            "com.br", "net.br", "org.br", "gov.br",
            "com.mx", "org.mx", "gob.mx",
            "com.ar", "gob.ar",
            "com.co", "com.pe", "com.ve", "com.uy", "com.ec", "com.bo", "com.py", "com.gt", "com.do",
            "com.cn", "net.cn", "org.cn", "gov.cn",
            "com.hk", "com.tw", "com.sg", "com.my", "com.ph", "com.pk", "com.bd", "com.np", "com.vn",
            "com.tr", "gov.tr", "com.ua", "com.eg", "com.sa", "com.qa", "com.kw", "com.lb",
            "com.ng", "com.gh", "co.ke", "co.ug", "co.tz",
            "co.in", "net.in", "org.in", "gov.in", "ac.in",
            "co.za", "org.za", "gov.za",
            "co.il", "org.il",
            "co.id", "or.id",
            "co.th", "or.th",
            "com.cy", "com.mt", "com.jm");

    private static final boolean[] PATH_OK = new boolean[128];
    private static final boolean[] QUERY_OK = new boolean[128];

    static {
        String unreserved = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'()";
        for (char c : (unreserved + ":@&=+$,;/").toCharArray()) {
            PATH_OK[c] = true;
        }
        for (char c : (unreserved + ";/?:@&=+$,[]").toCharArray()) {
            QUERY_OK[c] = true;
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Urls() {
    }

    /**
     * Canonicalizes a raw URL into an absolute http(s) URI, or explains why it cannot.
     *
     * <p>See the class documentation for the canonical form. Never throws.
     *
     * @param raw the URL as found (may be null, relative, padded, quoted or wrapped in {@code <>})
     * @param base the URL of the page {@code raw} was found on, used for relative references; may be null
     * @return the canonical URI, or a failure with a short reason such as {@code "unsupported scheme: mailto"}
     */
    public static UrlResult canonicalize(String raw, URI base) {
        try {
            return doCanonicalize(raw, base);
        } catch (RuntimeException e) {
            return UrlResult.failure("unparsable URL");
        }
    }

    /**
     * Returns the registrable domain (eTLD+1) of a host, lowercased.
     *
     * <p>Uses a compact built-in table of common two-label public suffixes ({@code co.uk}, {@code com.au}, ...)
     * and treats every single-label TLD as a public suffix. Internationalized hosts are converted to Punycode,
     * like {@link #canonicalize(String, URI)} does; a trailing dot is tolerated. Examples: {@code www.usatoday.com}
     * gives {@code usatoday.com}, {@code news.bbc.co.uk} gives {@code bbc.co.uk}.
     *
     * @param host a host name; may be null
     * @return the registrable domain, or null for null/blank hosts, IP literals, single-label hosts, bare public
     *     suffixes and strings that are not host names
     */
    public static String registrableDomain(String host) {
        try {
            return doRegistrableDomain(host);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Returns the registrable domain of a URI's host; a null-safe shortcut for
     * {@code registrableDomain(uri.getHost())}.
     *
     * @param uri any URI; may be null
     * @return the registrable domain, or null when the URI is null or has no suitable host
     */
    public static String registrableDomain(URI uri) {
        return uri == null ? null : registrableDomain(uri.getHost());
    }

    // ------------------------------------------------------------------------------------------ canonicalize

    private static UrlResult doCanonicalize(String raw, URI base) {
        if (raw == null) {
            return UrlResult.failure("no URL");
        }
        if (raw.length() > MAX_INPUT) {
            return UrlResult.failure("URL too long");
        }
        String s = unwrap(removeTabsAndNewlines(raw));
        if (s.isEmpty()) {
            return UrlResult.failure("empty URL");
        }
        int colon = schemeEnd(s);
        if (colon > 0) {
            String candidate = s.substring(0, colon);
            if (candidate.indexOf('.') >= 0 && isPortThenEnd(s, colon + 1)) {
                return parseAbsolute("https", s, 0);
            }
            String scheme = candidate.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return UrlResult.failure("unsupported scheme: " + (scheme.length() > 32 ? scheme.substring(0, 32) : scheme));
            }
            return parseAbsolute(scheme, s, skipSlashes(s, colon + 1));
        }
        if (s.length() >= 2 && isSlash(s.charAt(0)) && isSlash(s.charAt(1))) {
            String scheme = "https";
            if (base != null && base.getScheme() != null) {
                String bs = base.getScheme().toLowerCase(Locale.ROOT);
                if (bs.equals("http")) {
                    scheme = "http";
                }
            }
            return parseAbsolute(scheme, s, skipSlashes(s, 0));
        }
        if (startsWithWwwHost(s)) {
            return parseAbsolute("https", s, 0);
        }
        return resolveRelative(s, base);
    }

    private static UrlResult resolveRelative(String ref, URI base) {
        if (base == null) {
            return UrlResult.failure("relative URL without a base URL");
        }
        UrlResult b = doCanonicalize(base.toString(), null);
        if (!b.ok()) {
            return UrlResult.failure("invalid base URL: " + b.problem());
        }
        URI cb = b.uri();
        String scheme = cb.getScheme();
        String prefix = scheme + "://" + cb.getRawAuthority();
        String basePath = cb.getRawPath();
        String baseQuery = cb.getRawQuery();
        char c0 = ref.charAt(0);
        String abs;
        if (isSlash(c0)) {
            abs = prefix + ref;
        } else if (c0 == '?') {
            abs = prefix + basePath + ref;
        } else if (c0 == '#') {
            abs = prefix + basePath + (baseQuery == null ? "" : "?" + baseQuery);
        } else {
            abs = prefix + basePath.substring(0, basePath.lastIndexOf('/') + 1) + ref;
        }
        return parseAbsolute(scheme, abs, scheme.length() + 3);
    }

    /** Parses {@code s[authorityStart..]} as authority, path, query and fragment and builds the canonical URI. */
    private static UrlResult parseAbsolute(String scheme, String s, int authorityStart) {
        int n = s.length();
        int authEnd = authorityStart;
        while (authEnd < n) {
            char c = s.charAt(authEnd);
            if (c == '/' || c == '\\' || c == '?' || c == '#') {
                break;
            }
            authEnd++;
        }
        String authority = s.substring(authorityStart, authEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }

        String hostPart;
        String portPart = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return UrlResult.failure("invalid IPv6 host");
            }
            hostPart = authority.substring(0, close + 1);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty()) {
                if (rest.charAt(0) != ':') {
                    return UrlResult.failure("invalid host");
                }
                portPart = rest.substring(1);
            }
        } else {
            int c = authority.lastIndexOf(':');
            if (c >= 0) {
                hostPart = authority.substring(0, c);
                portPart = authority.substring(c + 1);
            } else {
                hostPart = authority;
            }
        }

        String host = normalizeHost(hostPart);
        if (host.startsWith("!")) {
            return UrlResult.failure(host.substring(1));
        }
        int port = parsePort(portPart);
        if (port == -2) {
            return UrlResult.failure("invalid port");
        }
        if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
            port = -1;
        }

        int query = -1;
        int fragment = n;
        for (int i = authEnd; i < n; i++) {
            char c = s.charAt(i);
            if (c == '#') {
                fragment = i;
                break;
            }
            if (c == '?' && query < 0) {
                query = i;
            }
        }
        int pathEnd = query >= 0 ? query : fragment;

        StringBuilder out = new StringBuilder(n + 16);
        out.append(scheme).append("://").append(host);
        if (port >= 0) {
            out.append(':').append(port);
        }
        StringBuilder path = new StringBuilder(pathEnd - authEnd + 8);
        encode(s, authEnd, pathEnd, PATH_OK, true, path);
        out.append(removeDotSegments(path));
        if (query >= 0) {
            appendQuery(s, query + 1, fragment, out);
        }
        String canonical = out.toString();
        URI uri;
        try {
            uri = new URI(canonical);
        } catch (URISyntaxException e) {
            return UrlResult.failure("unparsable URL");
        }
        if (uri.getHost() == null) {
            return UrlResult.failure("invalid host");
        }
        return UrlResult.success(uri);
    }

    /** Returns the canonical host, or {@code "!"} followed by a failure reason. */
    private static String normalizeHost(String hostPart) {
        if (hostPart.isEmpty()) {
            return "!missing host";
        }
        boolean ascii = true;
        for (int i = 0; i < hostPart.length(); i++) {
            char c = hostPart.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return "!host contains whitespace";
            }
            if (c >= 128) {
                ascii = false;
            }
        }
        if (hostPart.charAt(0) == '[') {
            String h = hostPart.toLowerCase(Locale.ROOT);
            for (int i = 1; i < h.length() - 1; i++) {
                char c = h.charAt(i);
                if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f') && c != ':' && c != '.') {
                    return "!invalid IPv6 host";
                }
            }
            return h;
        }
        String h = hostPart;
        if (!ascii) {
            try {
                h = IDN.toASCII(h);
            } catch (IllegalArgumentException e) {
                return "!invalid internationalized host";
            }
        }
        h = h.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty()) {
            return "!missing host";
        }
        if (h.length() > 253) {
            return "!host too long";
        }
        int labelLength = 0;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '.') {
                if (labelLength == 0) {
                    return "!invalid host";
                }
                labelLength = 0;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                if (++labelLength > 63) {
                    return "!invalid host";
                }
            } else {
                return "!invalid character in host";
            }
        }
        if (labelLength == 0) {
            return "!invalid host"; // "example.com.." had an empty last label
        }
        return h;
    }

    /** Returns -1 for no port, -2 for an invalid port, else the port number. */
    private static int parsePort(String portPart) {
        if (portPart == null || portPart.isEmpty()) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < portPart.length(); i++) {
            char c = portPart.charAt(i);
            if (c < '0' || c > '9') {
                return -2;
            }
            value = value * 10 + (c - '0');
            if (value > 65535) {
                return -2;
            }
        }
        return value;
    }

    private static void appendQuery(String s, int from, int to, StringBuilder out) {
        boolean first = true;
        int start = from;
        while (start <= to) {
            int amp = start;
            while (amp < to && s.charAt(amp) != '&') {
                amp++;
            }
            if (amp > start && !isTracking(s, start, amp)) {
                out.append(first ? '?' : '&');
                first = false;
                encode(s, start, amp, QUERY_OK, false, out);
            }
            start = amp + 1;
        }
    }

    private static boolean isTracking(String s, int from, int to) {
        int eq = from;
        while (eq < to && s.charAt(eq) != '=') {
            eq++;
        }
        int len = eq - from;
        if (len < 3 || len > 12) {
            return false;
        }
        String name = s.substring(from, eq).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }

    /** Appends {@code s[from, to)} percent-encoding what {@code ok} rejects; keeps well-formed escapes verbatim. */
    private static void encode(String s, int from, int to, boolean[] ok, boolean backslashIsSlash, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 < to && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                    out.append(c).append(s.charAt(i + 1)).append(s.charAt(i + 2));
                    i += 2;
                } else {
                    out.append("%25");
                }
            } else if (c == '\\' && backslashIsSlash) {
                out.append('/');
            } else if (c < 128 && ok[c]) {
                out.append(c);
            } else {
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, s.charAt(i + 1));
                    i++;
                } else if (Character.isSurrogate(c)) {
                    cp = 0xFFFD;
                }
                appendUtf8Escaped(cp, out);
            }
        }
    }

    private static void appendUtf8Escaped(int cp, StringBuilder out) {
        if (cp < 0x80) {
            escapeByte(cp, out);
        } else if (cp < 0x800) {
            escapeByte(0xC0 | (cp >> 6), out);
            escapeByte(0x80 | (cp & 0x3F), out);
        } else if (cp < 0x10000) {
            escapeByte(0xE0 | (cp >> 12), out);
            escapeByte(0x80 | ((cp >> 6) & 0x3F), out);
            escapeByte(0x80 | (cp & 0x3F), out);
        } else {
            escapeByte(0xF0 | (cp >> 18), out);
            escapeByte(0x80 | ((cp >> 12) & 0x3F), out);
            escapeByte(0x80 | ((cp >> 6) & 0x3F), out);
            escapeByte(0x80 | (cp & 0x3F), out);
        }
    }

    private static void escapeByte(int b, StringBuilder out) {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }

    /** RFC 3986 remove_dot_segments for an encoded path that is empty or starts with '/'; linear time. */
    private static String removeDotSegments(CharSequence path) {
        int n = path.length();
        if (n == 0) {
            return "/";
        }
        // Segments are the pieces between '/' characters; the path starts with '/' because it follows an authority.
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 1];
        int depth = 0;
        int i = 1;
        while (true) {
            int j = i;
            while (j < n && path.charAt(j) != '/') {
                j++;
            }
            boolean last = j >= n;
            int len = j - i;
            boolean dot = len == 1 && path.charAt(i) == '.';
            boolean dotDot = len == 2 && path.charAt(i) == '.' && path.charAt(i + 1) == '.';
            if (dot || dotDot) {
                if (dotDot && depth > 0) {
                    depth--;
                    out.setLength(starts[depth]);
                }
                if (last) {
                    out.append('/');
                }
            } else {
                starts[depth++] = out.length();
                out.append('/').append(path, i, j);
            }
            if (last) {
                break;
            }
            i = j + 1;
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    // ------------------------------------------------------------------------------------------ input helpers

    private static String removeTabsAndNewlines(String raw) {
        if (raw.indexOf('\t') < 0 && raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Trims whitespace and strips surrounding {@code <>} and quote pairs (a bounded number of layers). */
    private static String unwrap(String s) {
        String cur = trim(s);
        for (int round = 0; round < 4 && cur.length() >= 2; round++) {
            char first = cur.charAt(0);
            char last = cur.charAt(cur.length() - 1);
            boolean angle = first == '<' && last == '>';
            boolean quote = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB".indexOf(first) >= 0
                    && "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB".indexOf(last) >= 0;
            if (!angle && !quote) {
                break;
            }
            cur = trim(cur.substring(1, cur.length() - 1));
        }
        return cur;
    }

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** Index of the ':' ending a syntactically valid scheme at the start of {@code s}, or -1. */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    /** True when {@code s[from..]} is ASCII digits followed by the end or one of {@code / \ ? #}. */
    private static boolean isPortThenEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == from) {
            return false;
        }
        return i == s.length() || "/\\?#".indexOf(s.charAt(i)) >= 0;
    }

    /** True for {@code www.} followed by a host containing another dot, e.g. {@code www.example.com/path}. */
    private static boolean startsWithWwwHost(String s) {
        if (s.length() < 7 || !s.regionMatches(true, 0, "www.", 0, 4)) {
            return false;
        }
        boolean dot = false;
        for (int i = 4; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#' || c == ':') {
                break;
            }
            if (c == '.' && i > 4) {
                dot = true;
            }
        }
        return dot && s.charAt(4) != '.';
    }

    private static int skipSlashes(String s, int from) {
        int i = from;
        while (i < s.length() && isSlash(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // ------------------------------------------------------------------------------------------ domains

    private static String doRegistrableDomain(String host) {
        if (host == null || host.length() > 300) {
            return null;
        }
        String h = trim(host);
        if (h.isEmpty() || h.indexOf(':') >= 0 || h.indexOf('[') >= 0) {
            return null;
        }
        for (int i = 0; i < h.length(); i++) {
            if (h.charAt(i) >= 128) {
                try {
                    h = IDN.toASCII(h);
                } catch (IllegalArgumentException e) {
                    return null;
                }
                break;
            }
        }
        h = h.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty()) {
            return null;
        }
        int labelLength = 0;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '.') {
                if (labelLength == 0) {
                    return null;
                }
                labelLength = 0;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                labelLength++;
            } else {
                return null;
            }
        }
        int lastDot = h.lastIndexOf('.');
        if (lastDot < 0) {
            return null; // single label: localhost, intranet names
        }
        boolean numericTld = true;
        for (int i = lastDot + 1; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c < '0' || c > '9') {
                numericTld = false;
                break;
            }
        }
        if (numericTld) {
            return null; // IPv4 literal or similar; no TLD is numeric
        }
        int secondDot = h.lastIndexOf('.', lastDot - 1);
        String lastTwo = h.substring(secondDot + 1);
        if (MULTI_LABEL_SUFFIXES.contains(lastTwo)) {
            if (secondDot < 0) {
                return null; // the host is itself a public suffix
            }
            int thirdDot = h.lastIndexOf('.', secondDot - 1);
            return h.substring(thirdDot + 1);
        }
        return lastTwo;
    }
}
