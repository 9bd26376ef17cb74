package io.github.articlenorm.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns input bytes into text: BOM, strict UTF-8, a declared charset, else windows-1252 with a warning. Not API.
 *
 * <p>The decision, in order:
 * <ol>
 *   <li>A byte order mark (UTF-8, UTF-32LE/BE, UTF-16LE/BE) decides; the BOM is stripped. Method "bom".</li>
 *   <li>Bytes that plainly are UTF-16 without a BOM (at least 30% zero bytes at odd positions and almost none at
 *       even ones, or the reverse) are decoded as UTF-16LE/BE with a warning, method "fallback" ("declared" when
 *       the declared charset says so). This comes before UTF-8 because ASCII text in UTF-16 is also valid UTF-8,
 *       full of NULs.</li>
 *   <li>Strict UTF-8 (pure ASCII included). Method "utf-8". <b>Valid UTF-8 beats a declared charset</b>: dumps
 *       are commonly re-encoded to UTF-8 while keeping the original header or meta tag, and legacy-encoded text
 *       with non-ASCII bytes is almost never valid UTF-8 by accident. A warning notes an overruled declaration.</li>
 *   <li>Nearly UTF-8: the only defect is a multi-byte sequence cut off at the end (a capped download), or valid
 *       multi-byte sequences outnumber invalid ones at least four to one. Decoded as UTF-8 with U+FFFD for the
 *       bad bytes, method "utf-8", with a warning.</li>
 *   <li>The declared charset (a bare name or a content type with {@code charset=}), if Java supports it and the
 *       bytes decode without malformed sequences. Method "declared".</li>
 *   <li>A charset declared in the first 2 KB of the content: {@code <meta charset>}, {@code <meta http-equiv
 *       content="...charset=...">}, {@code <?xml encoding?>}, {@code @charset}. Method "meta". UTF-8/16/32
 *       names are ignored here (the bytes were not valid UTF-8, and a declaration readable as ASCII rules out
 *       UTF-16/32).</li>
 *   <li>windows-1252, method "fallback", with a warning.</li>
 * </ol>
 * As in browsers (WHATWG Encoding), the labels ISO-8859-1, Latin-1 and US-ASCII mean windows-1252, GB2312 means
 * GBK, and a bare "UTF-16" means UTF-16LE. windows-1252 is decoded by a table here: its five undefined bytes
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls with the same code point, so that decoding cannot fail.
 * Unknown or unsupported charset names are ignored. Every path is linear in the input; nothing throws.
 */
public final class Decoding {

    /** How far into the content a charset declaration is looked for. */
    private static final int SNIFF_BYTES = 2048;
    /** How many leading bytes the UTF-16 zero-byte check looks at. */
    private static final int UTF16_SNIFF_BYTES = 4096;
    /** Longest declared charset value examined. */
    private static final int MAX_DECLARED = 256;

    private static final Charset UTF_32LE = charsetOrNull("UTF-32LE");
    private static final Charset UTF_32BE = charsetOrNull("UTF-32BE");
    private static final String WINDOWS_1252 = "windows-1252";

    /** windows-1252 bytes 0x80..0x9F; undefined bytes map to the C1 control of the same value. */
    private static final char[] CP1252_HIGH = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    private static final Decoded EMPTY = new Decoded("", "UTF-8", "utf-8", null);

    private Decoding() {
    }

    /**
     * Decodes all of {@code bytes}; see the class description for how the charset is chosen. Never throws.
     *
     * @param bytes the input, may be {@code null} (decoded as empty)
     * @param declaredCharset a charset name ("ISO-8859-1") or a content type ("text/html; charset=ISO-8859-1"),
     *     may be {@code null}
     * @return the decoded text and how it was decoded, never {@code null}
     */
    public static Decoded decode(byte[] bytes, String declaredCharset) {
        return decode(bytes, 0, bytes == null ? 0 : bytes.length, declaredCharset);
    }

    /**
     * Decodes {@code bytes[offset, offset+length)}; see the class description. Never throws.
     *
     * <p>An offset or length outside the array is clamped to it rather than rejected.
     *
     * @param bytes the input, may be {@code null} (decoded as empty)
     * @param offset start of the range
     * @param length number of bytes in the range
     * @param declaredCharset a charset name or a content type, may be {@code null}
     * @return the decoded text and how it was decoded, never {@code null}
     */
    public static Decoded decode(byte[] bytes, int offset, int length, String declaredCharset) {
        if (bytes == null) {
            return EMPTY;
        }
        int off = Math.max(0, Math.min(offset, bytes.length));
        int len = (int) Math.max(0, Math.min((long) length, (long) bytes.length - off));
        if (len == 0) {
            return EMPTY;
        }
        try {
            return decodeRange(bytes, off, len, declaredCharset);
        } catch (RuntimeException e) {
            // Defensive: a misbehaving charset provider. The table decoder below cannot fail.
            return new Decoded(windows1252(bytes, off, len), WINDOWS_1252, "fallback",
                "decoding failed unexpectedly; decoded as windows-1252");
        }
    }

    private static Decoded decodeRange(byte[] b, int off, int len, String declaredRaw) {
        Decoded bom = byBom(b, off, len);
        if (bom != null) {
            return bom;
        }
        String declaredName = charsetName(declaredRaw);
        Charset declared = declaredName == null ? null : lookup(declaredName);

        Charset utf16 = sniffUtf16(b, off, len);
        if (utf16 != null) {
            String text = lenient(utf16, b, off, len);
            if (utf16.equals(declared)) {
                return new Decoded(text, utf16.name(), "declared", null);
            }
            return new Decoded(text, utf16.name(), "fallback", "input has no byte order mark but its zero bytes"
                + " look like " + utf16.name() + "; decoded as " + utf16.name());
        }

        String utf8 = strict(StandardCharsets.UTF_8, b, off, len, true);
        if (utf8 != null) {
            String warning = null;
            if (declared != null && !declared.equals(StandardCharsets.UTF_8) && hasNonAscii(b, off, len)) {
                warning = "declared charset " + declaredName + " was ignored because the input is valid UTF-8";
            }
            return new Decoded(utf8, "UTF-8", "utf-8", warning);
        }

        Decoded nearly = nearlyUtf8(b, off, len);
        if (nearly != null) {
            return nearly;
        }

        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            String text = decodeAs(declared, b, off, len);
            if (text != null) {
                return new Decoded(text, declared.name(), "declared", null);
            }
        }

        String metaName = sniffContentDeclaration(b, off, len);
        if (metaName != null) {
            Charset meta = lookup(metaName);
            String text = meta == null ? null : decodeAs(meta, b, off, len);
            if (text != null) {
                return new Decoded(text, meta.name(), "meta", null);
            }
        }

        String why = declaredName == null && metaName == null
            ? "input is not valid UTF-8 and declares no charset"
            : "input is not valid UTF-8 and its declared charset ("
                + (declaredName != null ? declaredName : metaName) + ") is unknown or does not fit";
        return new Decoded(windows1252(b, off, len), WINDOWS_1252, "fallback", why + "; decoded as windows-1252");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Decoded byBom(byte[] b, int off, int len) {
        int b0 = len > 0 ? b[off] & 0xFF : -1;
        int b1 = len > 1 ? b[off + 1] & 0xFF : -1;
        int b2 = len > 2 ? b[off + 2] & 0xFF : -1;
        int b3 = len > 3 ? b[off + 3] & 0xFF : -1;
        Charset cs;
        int skip;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 && UTF_32LE != null) {
            cs = UTF_32LE;
            skip = 4;
        } else if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF && UTF_32BE != null) {
            cs = UTF_32BE;
            skip = 4;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            return null;
        }
        String text = strict(cs, b, off + skip, len - skip, true);
        String warning = null;
        if (text == null) {
            text = lenient(cs, b, off + skip, len - skip);
            warning = "input has a " + cs.name() + " byte order mark but invalid sequences;"
                + " they were replaced with U+FFFD";
        }
        return new Decoded(text, cs.name(), "bom", warning);
    }

    /** UTF-16LE/BE when the zero bytes fall almost only at odd (LE) or even (BE) positions; else null. */
    private static Charset sniffUtf16(byte[] b, int off, int len) {
        int n = Math.min(len, UTF16_SNIFF_BYTES) & ~1;
        if (n < 8) {
            return null;
        }
        int units = n / 2;
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[off + i] == 0) {
                zeroEven++;
            }
            if (b[off + i + 1] == 0) {
                zeroOdd++;
            }
        }
        if (zeroOdd * 10 >= units * 3 && zeroEven * 50 <= units) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven * 10 >= units * 3 && zeroOdd * 50 <= units) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * UTF-8 with replacement when the bytes are UTF-8 with small damage: only a truncated final sequence (with
     * other multi-byte sequences present, or at least two bytes of it, so a lone Latin-1 "é" at the end does not
     * qualify), or valid multi-byte sequences outnumbering invalid ones four to one. Null otherwise.
     */
    private static Decoded nearlyUtf8(byte[] b, int off, int len) {
        int end = off + len;
        int validMulti = 0;
        int invalid = 0;
        int truncatedTail = 0;
        int i = off;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c == 0xE0) {
                need = 2;
                lo = 0xA0;
            } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
                need = 2;
            } else if (c == 0xED) {
                need = 2;
                hi = 0x9F;
            } else if (c == 0xF0) {
                need = 3;
                lo = 0x90;
            } else if (c >= 0xF1 && c <= 0xF3) {
                need = 3;
            } else if (c == 0xF4) {
                need = 3;
                hi = 0x8F;
            } else {
                invalid++;
                i++;
                continue;
            }
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < need; k++, j++) {
                if (j >= end) {
                    truncatedTail = end - i;
                    ok = false;
                    break;
                }
                int cc = b[j] & 0xFF;
                if (cc < (k == 0 ? lo : 0x80) || cc > (k == 0 ? hi : 0xBF)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                validMulti++;
            } else {
                invalid++;
            }
            i = j; // past the sequence, or at the first byte that broke it (maximal subpart)
        }
        if (invalid == 1 && truncatedTail > 0 && (validMulti > 0 || truncatedTail >= 2)) {
            String head = strict(StandardCharsets.UTF_8, b, off, len - truncatedTail, true);
            if (head != null) {
                return new Decoded(head + '\uFFFD', "UTF-8", "utf-8",
                    "input ends with a truncated UTF-8 sequence; it was replaced with U+FFFD");
            }
        }
        if (validMulti >= 4 && validMulti >= 4L * invalid) {
            return new Decoded(lenient(StandardCharsets.UTF_8, b, off, len), "UTF-8", "utf-8",
                "input is mostly valid UTF-8 but has " + invalid + " invalid byte sequence"
                    + (invalid == 1 ? "" : "s") + "; replaced with U+FFFD");
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Charset names

    /**
     * The charset name in a declared value: the {@code charset=} parameter of a content type, or the whole value
     * when it has no parameters; null when absent or not shaped like a charset name.
     */
    static String charsetName(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.length() > MAX_DECLARED ? raw.substring(0, MAX_DECLARED) : raw;
        String lower = s.toLowerCase(Locale.ROOT);
        int p = lower.indexOf("charset");
        if (p >= 0) {
            int i = skipSpaces(lower, p + 7);
            if (i < lower.length() && lower.charAt(i) == '=') {
                return readName(s, skipSpaces(lower, i + 1));
            }
            return null;
        }
        if (s.indexOf(';') >= 0 || s.indexOf('/') >= 0) {
            return null; // a content type without a charset parameter
        }
        String name = readName(s, skipSpaces(s, 0));
        if (name == null) {
            return null;
        }
        // The whole value must be the name (plus quotes and spaces), not a sentence.
        int after = skipSpaces(s, s.indexOf(name) + name.length());
        while (after < s.length() && (s.charAt(after) == '"' || s.charAt(after) == '\'')) {
            after++;
        }
        return skipSpaces(s, after) == s.length() ? name : null;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n'
            || s.charAt(i) == '\r' || s.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }

    /** Reads a charset name at i, after optional quotes; null if none or longer than 40 chars. */
    private static String readName(String s, int i) {
        while (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            i++;
        }
        int start = i;
        while (i < s.length() && i - start <= 40 && isNameChar(s.charAt(i))) {
            i++;
        }
        if (i == start || i - start > 40 || !Character.isLetterOrDigit(s.charAt(start))) {
            return null;
        }
        return s.substring(start, i);
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.' || c == ':' || c == '+';
    }

    /** The charset for a name, with WHATWG-style substitutions; null for unknown or unsupported names. */
    static Charset lookup(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "iso-8859-1":
            case "iso8859-1":
            case "iso_8859-1":
            case "iso8859_1":
            case "latin1":
            case "latin-1":
            case "l1":
            case "cp819":
            case "ibm819":
            case "iso-ir-100":
            case "us-ascii":
            case "ascii":
            case "ansi_x3.4-1968":
            case "cp1252":
            case "x-cp1252":
            case "windows-1252":
                return charsetOrNull(WINDOWS_1252);
            case "gb2312":
            case "gb_2312-80":
            case "csgb2312":
            case "x-gbk":
                return charsetOrNull("GBK");
            case "utf-16":
            case "utf16":
            case "unicode":
                return StandardCharsets.UTF_16LE;
            default:
                Charset cs = charsetOrNull(name);
                if (cs != null && (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII))) {
                    return charsetOrNull(WINDOWS_1252);
                }
                return cs;
        }
    }

    private static Charset charsetOrNull(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (RuntimeException e) {
            return null; // IllegalCharsetNameException and friends
        }
    }

    private static boolean isUnicode(Charset cs) {
        return cs.name().toUpperCase(Locale.ROOT).contains("UTF");
    }

    /** A charset declared in the first 2 KB of the content, or null. */
    static String sniffContentDeclaration(byte[] b, int off, int len) {
        int n = Math.min(len, SNIFF_BYTES);
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            int c = b[off + i] & 0xFF;
            chars[i] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        String head = new String(chars);
        int from = 0;
        while (from < n) {
            int tag = head.indexOf("<meta", from);
            if (tag < 0) {
                break;
            }
            int close = head.indexOf('>', tag);
            if (close < 0) {
                close = n;
            }
            String name = charsetAttribute(head, tag + 5, close);
            if (usableInContent(name)) {
                return name;
            }
            from = close + 1;
        }
        int xml = head.indexOf("<?xml");
        if (xml >= 0) {
            int close = head.indexOf("?>", xml);
            int enc = head.indexOf("encoding", xml);
            if (enc >= 0 && (close < 0 || enc < close)) {
                int i = skipSpaces(head, enc + 8);
                if (i < n && head.charAt(i) == '=') {
                    String name = readName(head, skipSpaces(head, i + 1));
                    if (usableInContent(name)) {
                        return name;
                    }
                }
            }
        }
        int css = head.indexOf("@charset");
        if (css >= 0) {
            String name = readName(head, skipSpaces(head, css + 8));
            if (usableInContent(name)) {
                return name;
            }
        }
        return null;
    }

    /** Finds {@code charset = name} in head[from, to); tolerates http-equiv content values. */
    private static String charsetAttribute(String head, int from, int to) {
        int i = from;
        while (i < to) {
            int p = head.indexOf("charset", i);
            if (p < 0 || p >= to) {
                return null;
            }
            int j = skipSpaces(head, p + 7);
            if (j < to && head.charAt(j) == '=') {
                String name = readName(head, skipSpaces(head, j + 1));
                if (name != null) {
                    return name;
                }
            }
            i = p + 7;
        }
        return null;
    }

    private static boolean usableInContent(String name) {
        if (name == null) {
            return false;
        }
        Charset cs = lookup(name);
        return cs != null && !isUnicode(cs);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Decoders

    /** Decodes with malformed input reported (null) and, if asked, unmappable input reported too. */
    private static String strict(Charset cs, byte[] b, int off, int len, boolean reportUnmappable) {
        try {
            CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(reportUnmappable ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE);
            if (cs.equals(StandardCharsets.UTF_8)) {
                // String's decoder replaces every malformed sequence with U+FFFD, so a result without one came from
                // valid UTF-8: one pass over the bytes. Only text that holds a U+FFFD (its own, or a replacement)
                // is checked again, in chunks (decode(ByteBuffer) would copy the input three times over).
                String text = new String(b, off, len, StandardCharsets.UTF_8);
                return text.indexOf('\uFFFD') < 0 || valid(d, b, off, len) ? text : null;
            }
            return d.decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the bytes decode without an error, checked through a small buffer. */
    private static boolean valid(CharsetDecoder d, byte[] b, int off, int len) {
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult r;
        do {
            out.clear();
            r = d.decode(in, out, true);
        } while (r.isOverflow());
        if (r.isError()) {
            return false;
        }
        do {
            out.clear();
            r = d.flush(out);
        } while (r.isOverflow());
        return !r.isError();
    }

    private static String lenient(Charset cs, byte[] b, int off, int len) {
        try {
            CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return d.decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException | RuntimeException e) {
            return windows1252(b, off, len); // not reachable with REPLACE; keeps the contract
        }
    }

    /** Decodes with a declared charset: null if it has malformed sequences; unmappable bytes become U+FFFD. */
    private static String decodeAs(Charset cs, byte[] b, int off, int len) {
        if (WINDOWS_1252.equals(cs.name())) {
            return windows1252(b, off, len);
        }
        return strict(cs, b, off, len, false);
    }

    /** windows-1252 by table, the five undefined bytes kept as C1 controls; cannot fail. */
    static String windows1252(byte[] b, int off, int len) {
        char[] out = new char[len];
        for (int i = 0; i < len; i++) {
            int c = b[off + i] & 0xFF;
            out[i] = c >= 0x80 && c < 0xA0 ? CP1252_HIGH[c - 0x80] : (char) c;
        }
        return new String(out);
    }

    private static boolean hasNonAscii(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
                return true;
            }
        }
        return false;
    }
}
