package io.github.articlenorm.formats.html.internal;

import io.github.articlenorm.formats.internal.jsonld.JsonLd;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the reader looks up in a page, gathered in one walk over the whole tree instead of one selector query each:
 * node count and depth, meta tags, JSON-LD scripts, links, the microdata article, headings, byline candidates, and
 * the elements of the body that are never text. Every list is in document order.
 */
final class PageIndex {

    /** Byline candidates kept, at most: the reader looks at the first 21. */
    private static final int MAX_BYLINES = 22;
    /**
     * {@code <time>} elements kept, at most: the reader takes the first 21 inside the headline's surroundings, and
     * finding those costs a walk up from each element kept.
     */
    static final int MAX_TIMES = 4096;

    int nodes;
    int deepest;
    /** The first node past {@code maxNodes}, or null. */
    Node overLimit;
    /** The first {@code base[href]}, {@code link[rel=canonical][href]} or {@code meta[property=og:url][content]}. */
    Element ownAddress;
    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLdScripts = new ArrayList<>();
    /** {@code link[rel][href]}. */
    final List<Element> links = new ArrayList<>();
    /** The first element with {@code itemscope} and an article {@code itemtype}, or null. */
    Element microdata;
    /** The first of {@code article h1, [itemprop~=headline], main h1}, or null. */
    Element headline;
    final List<Element> h1 = new ArrayList<>();
    final List<Element> h2 = new ArrayList<>();
    final List<Element> h3 = new ArrayList<>();
    /** {@code [rel=author], .author, .author-name, [class*=byline]}: the first few. */
    final List<Element> bylines = new ArrayList<>();
    /** Elements of the body (the body included) that are never text: scripts, styles, controls, hidden ones. */
    final List<Element> junk = new ArrayList<>();
    /** The first {@value #MAX_TIMES} {@code <time>} elements. */
    final List<Element> times = new ArrayList<>();

    private PageIndex() {
    }

    /** Walks the document once; counting stops being exact nowhere, {@link #overLimit} marks where the limit fell. */
    static PageIndex of(Document doc, int maxNodes) {
        PageIndex index = new PageIndex();
        Walk.readOnly(doc, index.new Walker(maxNodes));
        return index;
    }

    /** Whether an element is still in the document (not inside a removed subtree). */
    static boolean attached(Element e) {
        return e.ownerDocument() != null;
    }

    private final class Walker implements NodeVisitor {
        private final int maxNodes;
        private int inArticle;
        private int inMain;
        private int inBody;

        Walker(int maxNodes) {
            this.maxNodes = maxNodes;
        }

        @Override
        public void head(Node node, int depth) {
            nodes++;
            if (depth > deepest) {
                deepest = depth;
            }
            if (nodes == maxNodes + 1) {
                overLimit = node;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (inBody > 0 || tag.equals("body")) {
                if (Extractor.junk(e)) {
                    junk.add(e);
                }
            }
            switch (tag) {
                case "body" -> inBody++;
                case "article" -> inArticle++;
                case "main" -> inMain++;
                case "meta" -> {
                    metas.add(e);
                    if (ownAddress == null && e.attr("property").equalsIgnoreCase("og:url") && e.hasAttr("content")) {
                        ownAddress = e;
                    }
                }
                case "base" -> {
                    if (ownAddress == null && e.hasAttr("href")) {
                        ownAddress = e;
                    }
                }
                case "link" -> {
                    if (e.hasAttr("rel") && e.hasAttr("href")) {
                        links.add(e);
                        if (ownAddress == null && e.attr("rel").trim().equalsIgnoreCase("canonical")) {
                            ownAddress = e;
                        }
                    }
                }
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
                        jsonLdScripts.add(e);
                    }
                }
                case "h1" -> {
                    h1.add(e);
                    if (headline == null && (inArticle > 0 || inMain > 0)) {
                        headline = e;
                    }
                }
                case "time" -> {
                    if (times.size() < MAX_TIMES) {
                        times.add(e);
                    }
                }
                case "h2" -> h2.add(e);
                case "h3" -> h3.add(e);
                default -> {
                }
            }
            if (e.attributesSize() == 0) {
                return;
            }
            // The HTML parser lower-cases attribute names: exact look-ups suffice.
            Attributes attributes = e.attributes();
            if (headline == null && attributes.hasKey("itemprop")
                    && attributes.get("itemprop").toLowerCase(Locale.ROOT).contains("headline")) {
                headline = e;
            }
            if (microdata == null && attributes.hasKey("itemscope") && attributes.hasKey("itemtype")
                    && JsonLd.isArticleType(attributes.get("itemtype").trim())) {
                microdata = e;
            }
            if (bylines.size() < MAX_BYLINES && byline(e, attributes)) {
                bylines.add(e);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "body" -> inBody--;
                    case "article" -> inArticle--;
                    case "main" -> inMain--;
                    default -> {
                    }
                }
            }
        }
    }

    private static boolean byline(Element e, Attributes attributes) {
        String cls = attributes.get("class");
        if (!cls.isEmpty()) {
            int words = classWords(cls);
            if ((words & BYLINE) != 0 || (words & AUTHOR) != 0 && (e.hasClass("author") || e.hasClass("author-name"))) {
                return true;
            }
        }
        return attributes.hasKey("rel") && attributes.get("rel").trim().equalsIgnoreCase("author");
    }

    private static final int BYLINE = 1;
    private static final int AUTHOR = 2;

    /** Which of "byline" and "author" a class value contains, in any case, as bits; without a lowercased copy. */
    private static int classWords(String s) {
        return (contains(s, "byline", 1) ? BYLINE : 0) | (contains(s, "author", 3) ? AUTHOR : 0);
    }

    /**
     * Whether {@code s} contains {@code word} (lowercase ASCII letters) with its letters in any ASCII case, as
     * Jsoup's lower-cased {@code [attr*=word]} finds it (no other character lower-cases to an ASCII letter but the
     * Kelvin sign, and no word asked for has a k), looking only where the word's letter at {@code anchor} stands,
     * which the JDK finds faster than a loop over every character.
     */
    static boolean contains(String s, String word, int anchor) {
        char lower = word.charAt(anchor);
        return containsAt(s, word, anchor, lower) || containsAt(s, word, anchor, Character.toUpperCase(lower));
    }

    private static boolean containsAt(String s, String word, int anchor, char letter) {
        for (int i = s.indexOf(letter, anchor); i >= 0; i = s.indexOf(letter, i + 1)) {
            if (s.regionMatches(true, i - anchor, word, 0, word.length()) && ascii(s, i - anchor, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether s[from, from + length) is all ASCII: case-blind matches of other characters are not Jsoup's. */
    private static boolean ascii(String s, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
