package io.github.articlenorm.formats.internal.jsonld;

import io.github.articlenorm.Block;
import io.github.articlenorm.formats.internal.HtmlBlocks;

import java.util.ArrayList;
import java.util.List;

/**
 * Body blocks from the text of one field: HTML becomes blocks through {@link HtmlBlocks}, plain text becomes one
 * paragraph per blank-line-separated part (one per line when the text has single line breaks only). Linear in the
 * text's length. Not API.
 */
public final class TextBlocks {

    private TextBlocks() {
    }

    /** The blocks of a field's text; empty for null or blank text. */
    public static List<Block> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (HtmlBlocks.looksLikeHtml(text) || hasEntity(text)) {
            return HtmlBlocks.fromHtml(text, "");
        }
        return paragraphs(text);
    }

    /**
     * Plain text only: a paragraph per blank-line-separated part, or per line when no line is blank. Lines are
     * found by their bounds in the text and only the paragraphs' own text is copied: a paragraph of one line is one
     * substring (the text itself when it is the whole text).
     */
    public static List<Block> paragraphs(String text) {
        List<Block> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        boolean blankLines = hasBlankLine(text);
        int n = text.length();
        // The paragraph being gathered: its first line's bounds, and a builder once a second line joins it.
        int first = -1;
        int firstEnd = -1;
        StringBuilder joined = null;
        int start = 0;
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                // A blank line ends the paragraph.
                if (first >= 0) {
                    out.add(paragraph(text, first, firstEnd, joined));
                    first = -1;
                    joined = null;
                }
            } else if (!blankLines) {
                out.add(new Block.Paragraph(text.substring(from, to)));
            } else if (first < 0) {
                first = from;
                firstEnd = to;
            } else {
                if (joined == null) {
                    joined = new StringBuilder(Math.max(16, to - first)).append(text, first, firstEnd);
                }
                joined.append(' ').append(text, from, to);
            }
            start = end + 1;
        }
        if (first >= 0) {
            out.add(paragraph(text, first, firstEnd, joined));
        }
        return out;
    }

    private static Block paragraph(String text, int from, int to, StringBuilder joined) {
        return new Block.Paragraph(joined != null ? joined.toString() : text.substring(from, to));
    }

    /** The text of HTML (or of plain text) as one line, for single-valued fields such as a description. */
    public static String plain(String text) {
        if (text == null || !(HtmlBlocks.looksLikeHtml(text) || hasEntity(text))) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (Block b : HtmlBlocks.fromHtml(text, "")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(b.text());
        }
        return sb.toString();
    }

    /** Whether a line between two line breaks is blank (empty or only whitespace). */
    private static boolean hasBlankLine(String text) {
        int at = text.indexOf('\n');
        while (at >= 0) {
            int next = text.indexOf('\n', at + 1);
            if (next < 0) {
                return false;
            }
            int i = at + 1;
            while (i < next && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == next) {
                return true;
            }
            at = next;
        }
        return false;
    }

    /** Whether the text holds a character reference such as {@code &amp;} or {@code &#8217;}. */
    static boolean hasEntity(String s) {
        int at = s.indexOf('&');
        while (at >= 0) {
            int i = at + 1;
            int limit = Math.min(s.length(), at + 12);
            if (i < limit && s.charAt(i) == '#') {
                i++;
            }
            int letters = 0;
            while (i < limit && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                letters++;
            }
            if (letters > 0 && i < s.length() && s.charAt(i) == ';') {
                return true;
            }
            at = s.indexOf('&', at + 1);
        }
        return false;
    }
}
