package io.github.articlenorm.formats.internal.jsonld;

import io.github.articlenorm.Block;
import io.github.articlenorm.formats.internal.HtmlBlocks;

import java.util.ArrayList;
import java.util.Arrays;
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
     * Plain text only: a paragraph per blank-line-separated part, or per line when no line is blank. One pass finds
     * each line's bounds without its surrounding whitespace; only the paragraphs' own text is copied, and a paragraph
     * of one line is one substring (the text itself when it is the whole text).
     */
    public static List<Block> paragraphs(String text) {
        List<Block> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        // bounds[2i], bounds[2i + 1]: line i without its surrounding whitespace; equal when the line is blank.
        int[] bounds = new int[16];
        int lines = 0;
        boolean blankLines = false;
        int start = 0;
        while (start <= n) {
            int end = text.indexOf('\n', start);
            boolean last = end < 0;
            if (last) {
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
            // Only a blank line between two line breaks separates paragraphs (not a blank first or last line).
            blankLines |= from == to && start > 0 && !last;
            if (2 * lines + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, 2 * bounds.length);
            }
            bounds[2 * lines] = from;
            bounds[2 * lines + 1] = to;
            lines++;
            start = end + 1;
        }
        int i = 0;
        while (i < lines) {
            int from = bounds[2 * i];
            int to = bounds[2 * i + 1];
            if (from == to) {
                i++;
                continue;
            }
            // Without blank lines every line is a paragraph; with them, a paragraph runs up to the next blank line.
            int j = i + 1;
            int length = to - from;
            while (blankLines && j < lines && bounds[2 * j] != bounds[2 * j + 1]) {
                length += 1 + bounds[2 * j + 1] - bounds[2 * j];
                j++;
            }
            if (j == i + 1) {
                out.add(new Block.Paragraph(text.substring(from, to)));
            } else {
                StringBuilder joined = new StringBuilder(length).append(text, from, to);
                for (int k = i + 1; k < j; k++) {
                    joined.append(' ').append(text, bounds[2 * k], bounds[2 * k + 1]);
                }
                out.add(new Block.Paragraph(joined.toString()));
            }
            i = j;
        }
        return out;
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
