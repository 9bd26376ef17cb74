package io.github.articlenorm.formats.html.internal;

import io.github.articlenorm.Block;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.formats.internal.HtmlBlocks;
import io.github.articlenorm.internal.Texts;
import io.github.articlenorm.spi.Draft;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the chosen elements as body blocks, read by the shared {@link HtmlBlocks}: headings, paragraphs, quotes with
 * their attribution, lists, code and table rows. Figures become images with their captions instead of text. Inside the text, blocks that read as
 * chrome (link lists, related-links boxes, captions of widgets) are left out and recorded as removed.
 */
final class Writer {

    private static final org.jsoup.select.Evaluator FIGCAPTION = org.jsoup.select.QueryParser.parse("figcaption");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "table", "aside", "form",
            "dl", "header", "footer", "nav", "span", "article");

    /** Where an image's address may be, in order: its source, lazy-loading attributes, its source set. */
    private static final List<String> IMAGE_ADDRESSES = List.of("src", "data-src", "data-lazy-src", "data-original",
            "data-url", "srcset", "data-srcset");

    private final Draft draft;
    private final Removals removals;
    private final Addresses addresses;
    private final Stats stats;
    private final Element headline;
    private final String title;
    private final Deadline deadline;
    final List<PageMetadata.PendingImage> images = new ArrayList<>();
    private int blocks;
    private int chars;

    Writer(Draft draft, Removals removals, Addresses addresses, Stats stats, Element headline, String title,
           Deadline deadline) {
        this.draft = draft;
        this.removals = removals;
        this.addresses = addresses;
        this.stats = stats;
        this.headline = headline;
        this.title = title;
        this.deadline = deadline;
    }

    /** Writes the elements' blocks to the draft; returns the number of characters written. */
    int write(List<Element> elements) {
        for (Element e : elements) {
            if (deadline.reached()) {
                break;
            }
            HtmlBlocks.walk(e, new Hooks(PageMetadata.path(e)));
        }
        return chars;
    }

    int blocks() {
        return blocks;
    }

    /** The first heading-like element among an element's first few descendants; bounded so nested boxes stay linear. */
    private static Element firstLabel(Element root) {
        Element e = root.firstElementChild();
        for (int i = 0; i < 6 && e != null; i++) {
            switch (e.normalName()) {
                case "h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "p", "li" -> {
                    return e;
                }
                default -> e = Extractor.next(e, root, false);
            }
        }
        return null;
    }

    /** Why a paragraph is page furniture (an ad label, a byline, a bare date), or null when it is text. */
    private String furnitureLine(String text) {
        if (text.isEmpty() || text.length() > 80) {
            return null;
        }
        if (Hints.furniture(text)) {
            return "page furniture";
        }
        if (blocks < 3 && (text.startsWith("By ") || text.startsWith("by ")) && text.length() < 60) {
            return "byline";
        }
        if (text.length() < 50 && io.github.articlenorm.internal.Dates.parse(text.endsWith("|")
                ? text.substring(0, text.length() - 1) : text, java.time.ZoneOffset.UTC).ok()) {
            return "date line";
        }
        return null;
    }

    /** Why a container inside the text is chrome, or null when it is text. */
    private String junk(Element e) {
        String tag = e.normalName();
        if (!CONTAINERS.contains(tag)) {
            if (tag.equals("p")) {
                Stats.Stat s = stats.get(e);
                if (s.chars > 0 && s.chars < 200 && stats.linkDensity(e) > 0.9) {
                    return "link-only paragraph";
                }
                if (s.chars > 0 && s.chars < 300 && s.linkChars > 0 && Hints.teaser(e.text())) {
                    return "teaser link";
                }
            }
            return null;
        }
        Stats.Stat s = stats.get(e);
        if (s.chars == 0) {
            return null;
        }
        double ld = stats.linkDensity(e);
        Element label = ld > 0.3 ? firstLabel(e) : null;
        if (label != null && Hints.relatedLabel(label.text())) {
            removals.related(e);
            return Hints.Kind.RELATED.reason;
        }
        if (s.commas >= 10) {
            return null;
        }
        if ((tag.equals("ul") || tag.equals("ol")) && ld > 0.6) {
            return "link list";
        }
        if (!tag.equals("ul") && !tag.equals("ol") && !tag.equals("table") && ld > 0.5 && s.chars < 3000) {
            return "link block";
        }
        if (!tag.equals("ul") && !tag.equals("ol") && ld > 0.33 && s.paragraphs == 0 && s.chars < 300
                && !tag.equals("span")) {
            return "link block";
        }
        return null;
    }

    /** The writer's decisions while {@link HtmlBlocks} reads one chosen element. */
    private final class Hooks implements HtmlBlocks.Hooks {
        private final FieldOrigin origin;
        private boolean afterHeadline;

        Hooks(String location) {
            this.origin = new FieldOrigin("main text chosen by the extractor", location);
            this.afterHeadline = headline == null;
        }

        @Override
        public boolean skip(Element e) {
            String tag = e.normalName();
            if (e == headline || (tag.equals("h1") && Titles.same(e.text(), title))) {
                afterHeadline = true;
                return true;
            }
            if (headline != null && !afterHeadline && !tag.equals("figure") && !tag.equals("img") && before(e)) {
                // text above the headline inside the chosen block: kickers, breadcrumbs, dates
                if (e.childrenSize() == 0 || stats.get(e).end <= stats.get(headline).start) {
                    if (!e.ownText().isBlank() || e.childrenSize() > 0) {
                        removals.add(e, "above the headline");
                        return true;
                    }
                }
            }
            String why = junk(e);
            if (why != null) {
                removals.add(e, why);
                return true;
            }
            return false;
        }

        private boolean before(Element e) {
            return stats.get(e).start < stats.get(headline).start;
        }

        @Override
        public boolean keepItem(Element li) {
            return junk(li) == null;
        }

        @Override
        public void block(Block b) {
            String why = b instanceof Block.Paragraph ? furnitureLine(b.text()) : null;
            if (why != null) {
                removals.add(b.text(), origin.location(), why);
                return;
            }
            draft.block(b, origin);
            blocks++;
            if (b instanceof Block.ListBlock list) {
                for (String i : list.items()) {
                    chars += i.length();
                }
            } else {
                chars += b.text().length();
            }
        }

        @Override
        public boolean figure(Element e) {
            List<Element> imgs = e.getElementsByTag("img");
            if (imgs.isEmpty()) {
                // A figure without an image (a pull quote, an embedded post) is text.
                return false;
            }
            Element caption = e.selectFirst(FIGCAPTION);
            String captionText = caption == null ? null : Texts.cleanOrNull(caption.text());
            for (Element img : imgs) {
                Writer.this.image(img, captionText);
            }
            if (captionText != null) {
                removals.add(captionText, PageMetadata.path(caption), "figure caption, kept with its image");
            }
            return true;
        }

        @Override
        public void image(Element img) {
            Writer.this.image(img, null);
        }
    }

    private void image(Element img, String caption) {
        String src = imageUrl(img);
        if (src == null) {
            return;
        }
        Integer w = dimension(img.attr("width"));
        Integer h = dimension(img.attr("height"));
        String c = caption;
        if (c == null) {
            c = Texts.cleanOrNull(img.attr("alt"));
        }
        if (images.size() < 100) {
            images.add(new PageMetadata.PendingImage(src, w, h, c,
                    new FieldOrigin(caption != null ? "<figure> with <figcaption>" : "<img> in the main text",
                            PageMetadata.path(img))));
        }
    }

    /** The image's address: src, else a lazy-loading attribute, else the first srcset entry; never a data: URI. */
    private String imageUrl(Element img) {
        for (String attr : IMAGE_ADDRESSES) {
            String v = img.attr(attr).trim();
            if (attr.endsWith("srcset") && !v.isEmpty()) {
                int sp = v.indexOf(' ');
                int comma = v.indexOf(',');
                int end = sp < 0 ? (comma < 0 ? v.length() : comma) : (comma < 0 ? sp : Math.min(sp, comma));
                v = v.substring(0, end).trim();
            }
            if (!v.isEmpty() && !v.startsWith("data:") && !v.startsWith("about:")) {
                String abs = attr.endsWith("srcset") ? "" : addresses.absolute(img, attr);
                return abs.isEmpty() ? v : abs;
            }
        }
        return null;
    }

    private static Integer dimension(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 6 || !t.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(t);
    }
}
