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

    /** Plain text only: a paragraph per blank-line-separated part, or per line when no line is blank. */
    public static List<Block> paragraphs(String text) {
        List<Block> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        boolean blankLines = hasBlankLine(text);
        StringBuilder para = new StringBuilder();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end);
            if (line.isBlank()) {
                flush(para, out);
            } else if (blankLines) {
                if (para.length() > 0) {
                    para.append(' ');
                }
                para.append(line.strip());
            } else {
                para.append(line.strip());
                flush(para, out);
            }
            start = end + 1;
        }
        flush(para, out);
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

    private static void flush(StringBuilder para, List<Block> out) {
        if (para.length() > 0 && !para.toString().isBlank()) {
            out.add(new Block.Paragraph(para.toString()));
        }
        para.setLength(0);
    }

    private static boolean hasBlankLine(String text) {
        int at = text.indexOf('\n');
        while (at >= 0) {
            int next = text.indexOf('\n', at + 1);
            int end = next < 0 ? text.length() : next;
            if (next >= 0 && text.substring(at + 1, end).isBlank()) {
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
