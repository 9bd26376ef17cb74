package io.github.articlenorm.formats.html.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Text measurements of every element of a page, gathered in one iterative walk: characters of text (whitespace runs
 * counted as one), characters inside links, commas, paragraphs, and each element's position in document order.
 */
final class Stats {

    /** Elements that hold running text. */
    static final Set<String> TEXT_TAGS = Set.of("p", "pre", "td", "dd", "blockquote");
    /** Containers whose own loose text counts as a paragraph (pages that separate paragraphs with br). */
    static final Set<String> LOOSE_TEXT_TAGS = Set.of("div", "section", "article", "main",
            "center", "td", "body", "li");

    /** Inline elements: their text is part of the enclosing block's loose text. */
    static final Set<String> INLINE = Set.of("a", "b", "strong", "em", "i", "u", "span", "font", "small", "sup",
            "sub", "mark", "abbr", "cite", "q", "code", "time", "label", "s", "del", "ins", "big", "tt", "var");

    /** One element's measurements. */
    static final class Stat {
        int chars;
        int linkChars;
        int ownChars;
        int commas;
        int paragraphs;
        int paragraphChars;
        int start;
        int end;
        double score;
        boolean candidate;
    }

    private final Map<Element, Stat> map = new IdentityHashMap<>();
    int totalParagraphChars;
    int nodes;

    private Stats() {
    }

    /** Measures every element under the root. */
    static Stats measure(Element root) {
        Stats s = new Stats();
        Walker w = s.new Walker();
        root.traverse(w);
        s.totalParagraphChars = s.get(root).paragraphChars;
        return s;
    }

    /** The measurements of an element; an element not measured (added later) gets zeros. */
    Stat get(Element e) {
        Stat s = map.get(e);
        return s == null ? new Stat() : s;
    }

    /** Link characters over characters, 0 for an element without text. */
    double linkDensity(Element e) {
        Stat s = get(e);
        return s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
    }

    Map<Element, Stat> all() {
        return map;
    }

    private final class Walker implements NodeVisitor {
        private int index;
        /** The open elements' measurements by depth, so that text and children find their parent without a lookup. */
        private Stat[] open = new Stat[64];

        @Override
        public void head(Node node, int depth) {
            nodes++;
            if (node instanceof Element e) {
                Stat s = new Stat();
                s.start = index++;
                map.put(e, s);
                if (depth >= open.length) {
                    open = java.util.Arrays.copyOf(open, open.length * 2);
                }
                open[depth] = s;
            } else if (node instanceof TextNode t && depth > 0) {
                String text = t.getWholeText();
                int chars = 0;
                int commas = 0;
                boolean space = true;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (Character.isWhitespace(c) || c == 0xA0) {
                        if (!space) {
                            chars++;
                        }
                        space = true;
                    } else {
                        chars++;
                        space = false;
                        if (c == ',' || c == '，' || c == '،' || c == '、') {
                            commas++;
                        }
                    }
                }
                Stat p = open[depth - 1];
                p.chars += chars;
                p.ownChars += chars;
                p.commas += commas;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            Stat s = open[depth];
            s.end = index;
            String tag = e.normalName();
            if (tag.equals("a")) {
                s.linkChars = s.chars;
            }
            if (TEXT_TAGS.contains(tag) && s.chars >= 20 && s.paragraphs == 0) {
                s.paragraphs = 1;
                s.paragraphChars = s.chars;
            } else if (LOOSE_TEXT_TAGS.contains(tag) && s.ownChars >= 40) {
                s.paragraphs += 1;
                s.paragraphChars += s.ownChars;
            }
            if (depth > 0) {
                Stat p = open[depth - 1];
                {
                    p.chars += s.chars;
                    p.linkChars += s.linkChars;
                    p.commas += s.commas;
                    p.paragraphs += s.paragraphs;
                    p.paragraphChars += s.paragraphChars;
                    if (INLINE.contains(tag)) {
                        p.ownChars += s.chars;
                    }
                }
            }
        }
    }
}
