package io.github.articlenorm.formats.internal;

import io.github.articlenorm.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns HTML (a fragment in a JSON field, a front-matter body, an extracted article element) into body blocks:
 * headings, paragraphs, quotes with attribution, lists, preformatted text and table rows. Scripts, styles, forms,
 * embedded frames and other non-text elements are skipped. Not API.
 *
 * <p>Traversal is iterative, so deeply nested markup cannot overflow the stack; text is gathered in linear time.
 */
public final class HtmlBlocks {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "form", "button", "select", "textarea", "input", "head", "math", "audio",
            "video", "map", "dialog");
    private static final Set<String> BLOCK_BOUNDARIES = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "nav", "figure", "figcaption", "address", "details", "summary", "center", "dl", "dt",
            "dd", "hr", "body", "td", "th", "caption", "fieldset", "legend", "hgroup");

    private HtmlBlocks() {
    }

    /** Whether the text contains HTML markup: a tag such as {@code <p>} or {@code </div>}, or a {@code <br/>}. */
    public static boolean looksLikeHtml(String s) {
        if (s == null) {
            return false;
        }
        int at = s.indexOf('<');
        while (at >= 0 && at + 1 < s.length()) {
            char c = s.charAt(at + 1);
            if (Character.isLetter(c) || c == '/' || c == '!') {
                int close = s.indexOf('>', at);
                if (close > at) {
                    return true;
                }
            }
            at = s.indexOf('<', at + 1);
        }
        return false;
    }

    /** The blocks of an HTML fragment or document; relative links are resolved against {@code baseUri} (may be ""). */
    public static List<Block> fromHtml(String html, String baseUri) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html, baseUri == null ? "" : baseUri);
        return fromElement(doc.body());
    }

    /** The blocks of an element's content. */
    public static List<Block> fromElement(Element root) {
        Collector c = new Collector();
        NodeTraversor.traverse(c, root);
        c.flush();
        return c.blocks;
    }

    /** Walks the tree once, keeping one paragraph open and closing it at block boundaries. */
    private static final class Collector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        /** The element whose subtree is being skipped or captured whole, or null. */
        private Node skipping;

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || e.hasAttr("hidden")) {
                skipping = e;
                return;
            }
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    flush();
                    add(Block.heading(clean(e.text()), tag.charAt(1) - '0'));
                    skipping = e;
                }
                case "blockquote" -> {
                    flush();
                    quote(e);
                    skipping = e;
                }
                case "ul", "ol" -> {
                    flush();
                    list(e);
                    skipping = e;
                }
                case "pre" -> {
                    flush();
                    add(Block.paragraph(clean(e.wholeText())));
                    skipping = e;
                }
                case "tr" -> {
                    flush();
                    List<String> cells = new ArrayList<>();
                    for (Element cell : e.children()) {
                        String t = clean(cell.text());
                        if (!t.isEmpty()) {
                            cells.add(t);
                        }
                    }
                    add(Block.paragraph(String.join(" | ", cells)));
                    skipping = e;
                }
                case "br" -> text.append(' ');
                case "img" -> {
                    // images are not text
                }
                default -> {
                    if (BLOCK_BOUNDARIES.contains(tag) || tag.equals("li")) {
                        flush();
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipping != null) {
                if (node == skipping) {
                    skipping = null;
                }
                return;
            }
            if (node instanceof Element e && (BLOCK_BOUNDARIES.contains(e.normalName()) || e.normalName().equals("li"))) {
                flush();
            }
        }

        void flush() {
            String t = clean(text.toString());
            text.setLength(0);
            add(Block.paragraph(t));
        }

        private void add(Block b) {
            if (!b.text().isEmpty()) {
                blocks.add(b);
            }
        }

        private void quote(Element e) {
            String attribution = null;
            Element cite = e.selectFirst("footer, cite, figcaption");
            if (cite != null) {
                attribution = clean(cite.text());
                cite.remove();
            }
            String t = clean(e.text());
            if (!t.isEmpty()) {
                blocks.add(Block.quote(t, attribution == null || attribution.isEmpty() ? null
                        : stripDash(attribution)));
            }
        }

        private void list(Element e) {
            List<String> items = new ArrayList<>();
            // Direct items only: a nested list stays inside its item's text.
            for (Element li : e.children()) {
                String t = clean(li.text());
                if (!t.isEmpty()) {
                    items.add(t);
                }
            }
            if (!items.isEmpty()) {
                blocks.add(Block.list(items));
            }
        }
    }

    private static String stripDash(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '—' || s.charAt(i) == '–' || s.charAt(i) == '-'
                || s.charAt(i) == ' ')) {
            i++;
        }
        return s.substring(i);
    }

    private static String clean(String s) {
        return io.github.articlenorm.internal.Texts.clean(s);
    }
}
