package io.github.articlenorm.internal;

import java.text.Normalizer;

/** Text clean-up shared by every format: whitespace, invisible characters, Unicode NFC. Not API. */
public final class Texts {
    private Texts() {
    }

    /**
     * One line of clean text: every run of whitespace (NBSP, tabs, line breaks, the Unicode spaces) becomes one
     * space, invisible characters (zero-width space/joiners, word joiner, BOM, soft hyphen, bidi and other format
     * controls) and control characters are dropped, the ends are trimmed and the result is in NFC. Null stays null;
     * a result with nothing left is the empty string.
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        // Find the clean prefix: printable ASCII, single inner spaces, and other characters clean keeps as they are.
        int n = s.length();
        boolean ascii = true;
        boolean afterSpace = true; // a leading space is not clean
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F) {
                afterSpace = false;
            } else if (c == ' ' && !afterSpace) {
                afterSpace = true;
            } else if (c >= 0xA0 && !isSpace(c) && !isInvisible(c)) {
                afterSpace = false;
                ascii = false;
            } else {
                break;
            }
        }
        if (i == n && (n == 0 || !afterSpace)) {
            // Nothing to drop or collapse: only Unicode normalization may be left to do.
            return ascii || Normalizer.isNormalized(s, Normalizer.Form.NFC)
                    ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        // Copied lines are often indented or hold double spaces: the clean prefix is copied as it is (but a space
        // it ends with), the rest one character at a time, into a char array.
        char[] out = new char[n];
        s.getChars(0, i, out, 0);
        int length = i;
        boolean pendingSpace = false;
        if (length > 0 && out[length - 1] == ' ') {
            length--;
            pendingSpace = length > 0;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F) {
                // printable ASCII: kept as it is
            } else if (isSpace(c)) {
                pendingSpace = length > 0;
                continue;
            } else if (isInvisible(c)) {
                continue; // dropped: it carries no text
            } else {
                ascii &= c < 0x80;
            }
            if (pendingSpace) {
                out[length++] = ' ';
                pendingSpace = false;
            }
            out[length++] = c;
        }
        String result = new String(out, 0, length);
        return ascii || Normalizer.isNormalized(result, Normalizer.Form.NFC)
                ? result : Normalizer.normalize(result, Normalizer.Form.NFC);
    }

    /** {@link #clean(String)}, with null for a result that is empty. */
    public static String cleanOrNull(String s) {
        String c = clean(s);
        return c == null || c.isEmpty() ? null : c;
    }

    /** Whether the character is whitespace, including NBSP and the other Unicode space separators. */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0x85
                || c == 0xA0 || Character.getType(c) == Character.SPACE_SEPARATOR
                || c == 0x2028 || c == 0x2029;
    }

    /** Whether the character is invisible: zero-width, soft hyphen, format controls, other controls. */
    public static boolean isInvisible(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return false;
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            return true;
        }
        if (c == 0xAD || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        int type = Character.getType(c);
        // FORMAT covers zero-width space/joiners, word joiner and bidi controls.
        return type == Character.FORMAT;
    }

    /** The string cut to at most {@code max} characters, with an ellipsis when cut; for messages. */
    public static String shorten(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
