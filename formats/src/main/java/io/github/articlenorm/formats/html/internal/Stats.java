package io.github.articlenorm.formats.html.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text measurements of every element of a page, gathered in one iterative walk: characters of text (whitespace runs
 * counted as one), characters inside links, commas, paragraphs, and each element's position in document order.
 * When blocks are later removed from the page, {@link #removed} brings the measurements of their ancestors up to
 * date without walking the page again.
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
        /** Characters and commas of the element's own text nodes, without its children's. */
        int textChars;
        int textCommas;
        double score;
        boolean candidate;
        /** Whether the element was removed from the page after it was measured. */
        boolean gone;
        /** The element measured; null for the zeros of an element not measured. */
        Element element;
    }

    private final Map<Element, Stat> map;
    /** The measurements in document order, of removed elements too (see {@link Stat#gone}). */
    private final List<Stat> order;
    private final Element root;
    int totalParagraphChars;

    private Stats(Element root, int expected) {
        this.root = root;
        this.map = new IdentityHashMap<>(expected);
        this.order = new ArrayList<>(expected);
    }

    /** Measures every element under the root; {@code expected} is about how many elements there are (a size hint). */
    static Stats measure(Element root, int expected) {
        Stats s = new Stats(root, expected);
        Walker w = s.new Walker();
        Walk.readOnly(root, w);
        s.totalParagraphChars = s.get(root).paragraphChars;
        return s;
    }

    /** Measures every element under the root. */
    static Stats measure(Element root) {
        return measure(root, 256);
    }

    /**
     * Takes blocks that were removed from the page out of the measurements: each block's elements are marked gone,
     * and the ancestors of every block are measured again from their remaining children, deepest first. The result
     * is what measuring the page again would give, apart from the positions, which keep their order.
     *
     * @param blocks  the removed blocks
     * @param parents each block's parent before it was removed
     */
    void removed(List<Element> blocks, List<Element> parents) {
        List<Stat> dirty = new ArrayList<>();
        Map<Stat, Element> owner = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i);
            for (Element e = block; e != null; e = Extractor.next(e, block, false)) {
                Stat s = map.get(e);
                if (s != null) {
                    s.gone = true;
                }
            }
            for (Element p = parents.get(i); p != null; p = p == root ? null : p.parent()) {
                Stat s = map.get(p);
                if (s == null || owner.put(s, p) != null) {
                    break; // outside the measured tree, or this ancestor and those above it are already listed
                }
                dirty.add(s);
            }
        }
        // A descendant starts after its ancestors: measuring from the latest start up sees every child final.
        dirty.sort((a, b) -> Integer.compare(b.start, a.start));
        for (Stat s : dirty) {
            remeasure(owner.get(s), s);
        }
        totalParagraphChars = get(root).paragraphChars;
    }

    /** Sums an element's measurements again from its own text and its children's measurements. */
    private void remeasure(Element e, Stat s) {
        int chars = s.textChars;
        int own = s.textChars;
        int commas = s.textCommas;
        int links = 0;
        int paragraphs = 0;
        int paragraphChars = 0;
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            Stat k = map.get(c);
            if (k == null) {
                continue;
            }
            chars += k.chars;
            links += k.linkChars;
            commas += k.commas;
            paragraphs += k.paragraphs;
            paragraphChars += k.paragraphChars;
            if (INLINE.contains(c.normalName())) {
                own += k.chars;
            }
        }
        s.chars = chars;
        s.ownChars = own;
        s.commas = commas;
        s.linkChars = links;
        s.paragraphs = paragraphs;
        s.paragraphChars = paragraphChars;
        close(e.normalName(), s);
    }

    /** What an element's tag adds once its text and children are summed: link text, and whether it is a paragraph. */
    private static void close(String tag, Stat s) {
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
    }

    /** The measured elements still on the page, in document order. */
    List<Element> elements() {
        List<Element> out = new ArrayList<>(order.size());
        for (Stat s : order) {
            if (!s.gone) {
                out.add(s.element);
            }
        }
        return out;
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

    /** A character's kind for counting: {@link #WHITE} for whitespace, 2 for a comma, 0 for anything else. */
    private static final int WHITE = 1;
    private static final byte[] ASCII_KINDS = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            // Character.isWhitespace, spelled out for ASCII.
            ASCII_KINDS[c] = (byte) (c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F ? WHITE : 0);
        }
        ASCII_KINDS[','] = 2;
    }

    /** The kind of a character past ASCII: whitespace (NBSP included), a comma of another script, or neither. */
    private static int kind(char c) {
        if (Character.isWhitespace(c) || c == 0xA0) {
            return WHITE;
        }
        return c == '，' || c == '،' || c == '、' ? 2 : 0;
    }

    private final class Walker implements NodeVisitor {
        private int index;
        /** The open elements' measurements by depth, so that text and children find their parent without a lookup. */
        private Stat[] open = new Stat[64];

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                Stat s = new Stat();
                s.start = index++;
                s.element = e;
                map.put(e, s);
                order.add(s);
                if (depth >= open.length) {
                    open = java.util.Arrays.copyOf(open, open.length * 2);
                }
                open[depth] = s;
            } else if (node instanceof TextNode t && depth > 0) {
                String text = t.getWholeText();
                // Characters with each whitespace run counted as one (a run at the start not at all), and commas.
                // Without branches on the text: word ends are unpredictable, and most text is ASCII.
                int chars = 0;
                int commas = 0;
                int space = 1; // 1 after whitespace or at the start
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    int kind = c < 0x80 ? ASCII_KINDS[c] : kind(c);
                    int white = kind & WHITE;
                    chars += (white ^ 1) | (white & (space ^ 1));
                    space = white;
                    commas += kind >>> 1;
                }
                Stat p = open[depth - 1];
                p.chars += chars;
                p.ownChars += chars;
                p.commas += commas;
                p.textChars += chars;
                p.textCommas += commas;
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
            close(tag, s);
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
