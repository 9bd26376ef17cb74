package io.github.articlenorm.formats.internal;

import io.github.articlenorm.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns HTML (a fragment in a JSON field, a front-matter body, an extracted article element) into body blocks:
 * headings, paragraphs, quotes with attribution, lists, preformatted text and table rows. Scripts, styles, forms,
 * embedded frames and other non-text elements are skipped. A caller that needs more (the html format's extractor
 * leaves chrome out and keeps figures as images) walks with its own {@link Hooks}. Not API.
 *
 * <p>Traversal is iterative, so deeply nested markup cannot overflow the stack; text is gathered in linear time.
 */
public final class HtmlBlocks {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "form", "button", "select", "textarea", "input", "head", "math", "audio",
            "video", "map", "dialog");
    private static final Set<String> BLOCK_BOUNDARIES = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "nav", "figure", "figcaption", "address", "details", "summary", "center", "dl", "dt",
            "dd", "hr", "body", "td", "th", "caption", "fieldset", "legend", "hgroup", "li", "form", "table", "tr");

    private static final Evaluator ATTRIBUTION = QueryParser.parse("footer, cite, figcaption");

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
        List<Block> blocks = new ArrayList<>();
        walk(root, blocks::add);
        return blocks;
    }

    /**
     * Reads an element's content as blocks and hands each to {@code hooks}, which may also leave elements out and
     * take figures and images. Does not change the tree.
     */
    public static void walk(Element root, Hooks hooks) {
        Collector c = new Collector(hooks);
        NodeTraversor.filter(c, root);
        c.flush();
    }

    /** Whether an element is never text: scripts, styles, forms and their controls, embedded objects, hidden. */
    public static boolean notText(Element e) {
        return SKIPPED.contains(e.normalName()) || e.hasAttr("hidden");
    }

    /**
     * What the caller of {@link #walk} decides: which elements to leave out, what to do with figures and images,
     * and where the blocks go. Only {@link #block} is required; the others read everything but non-text as text.
     */
    @FunctionalInterface
    public interface Hooks {

        /** Receives each non-empty block, in document order. */
        void block(Block block);

        /** Whether to leave out the element and its content; called before it is read. Default {@link #notText}. */
        default boolean skip(Element e) {
            return notText(e);
        }

        /** Whether to keep an item of a list. Default: every item. */
        default boolean keepItem(Element li) {
            return true;
        }

        /**
         * Takes a {@code <figure>} whole (its images and caption) and returns true, or returns false to have its
         * content read as text. Default: false.
         */
        default boolean figure(Element figure) {
            return false;
        }

        /** Called for each {@code <img>} read as part of the text. Default: nothing, images are not text. */
        default void image(Element img) {
        }
    }

    /**
     * Walks the tree once, keeping one paragraph open and closing it at block boundaries. An element left out or read
     * whole (a heading, a list) is not descended into: its subtree is skipped, its tail too.
     */
    private static final class Collector implements NodeFilter {
        private final Hooks hooks;
        private final StringBuilder text = new StringBuilder();
        /** Set by the reading of an element that took its whole subtree (or left it out). */
        private boolean skipping;

        Collector(Hooks hooks) {
            this.hooks = hooks;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (hooks.skip(e)) {
                flush();
                return FilterResult.SKIP_ENTIRELY;
            }
            skipping = false;
            read(e);
            return skipping ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
        }

        private void read(Element e) {
            String tag = e.normalName();
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    flush();
                    add(Block.heading(clean(e.text()), tag.charAt(1) - '0'));
                    skipping = true;
                }
                case "blockquote" -> {
                    flush();
                    quote(e);
                    skipping = true;
                }
                case "ul", "ol" -> {
                    flush();
                    list(e);
                    skipping = true;
                }
                case "pre" -> {
                    flush();
                    add(Block.paragraph(clean(e.wholeText())));
                    skipping = true;
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
                    skipping = true;
                }
                case "figure" -> {
                    flush();
                    if (hooks.figure(e)) {
                        skipping = true;
                    }
                }
                case "img" -> hooks.image(e);
                case "br" -> {
                    // Two line breaks in a row end a paragraph; one is a space.
                    if (e.nextSibling() instanceof Element n && n.normalName().equals("br")) {
                        flush();
                    } else {
                        text.append(' ');
                    }
                }
                default -> {
                    if (BLOCK_BOUNDARIES.contains(tag)) {
                        flush();
                    }
                }
            }
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK_BOUNDARIES.contains(e.normalName())) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            if (text.length() == 0) {
                return;
            }
            String t = clean(text.toString());
            text.setLength(0);
            add(Block.paragraph(t));
        }

        private void add(Block b) {
            if (!b.text().isEmpty()) {
                hooks.block(b);
            }
        }

        private void quote(Element e) {
            Element cite = e.selectFirst(ATTRIBUTION);
            String attribution = cite == null ? null : clean(cite.text());
            String t = clean(cite == null ? e.text() : textWithout(e, cite));
            if (!t.isEmpty()) {
                add(Block.quote(t, attribution == null || attribution.isEmpty() ? null : stripDash(attribution)));
            } else if (attribution != null) {
                add(Block.paragraph(attribution));
            }
        }

        private void list(Element e) {
            List<String> items = new ArrayList<>();
            // Direct items only: a nested list stays inside its item's text.
            for (Element li : e.children()) {
                if (!hooks.keepItem(li)) {
                    continue;
                }
                String t = clean(li.text());
                if (!t.isEmpty()) {
                    items.add(t);
                }
            }
            if (!items.isEmpty()) {
                hooks.block(Block.list(items));
            }
        }
    }

    /** An element's text without one of its descendants, block elements separated by spaces. */
    private static String textWithout(Element e, Element left) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == left) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element el && (el.isBlock() || el.normalName().equals("br"))) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el.isBlock()) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return sb.toString();
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
