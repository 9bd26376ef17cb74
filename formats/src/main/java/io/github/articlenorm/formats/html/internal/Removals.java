package io.github.articlenorm.formats.html.internal;

import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.internal.Texts;
import io.github.articlenorm.spi.Draft;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Set;

/**
 * Records what the extraction leaves out, one summary per removed block, and turns the links of related-links
 * blocks into related links. Bounded: after {@value #MAX_REMOVED} blocks one line counts the rest.
 */
final class Removals {

    private static final org.jsoup.select.Evaluator LINKS = org.jsoup.select.QueryParser.parse("a[href]");
    static final int MAX_REMOVED = 200;
    private static final int MAX_RELATED = 200;
    private static final int SUMMARY_CHARS = 120;

    private final Draft draft;
    private final Addresses addresses;
    private final Set<String> relatedUrls = new HashSet<>();
    private int recorded;
    private int over;
    private int relatedCount;

    Removals(Draft draft, Addresses addresses) {
        this.draft = draft;
        this.addresses = addresses;
    }

    /** Records a removed element's text, if it has any. */
    void add(Element e, String reason) {
        if (recorded >= MAX_REMOVED) {
            over++;
            return;
        }
        add(leadingText(e, SUMMARY_CHARS * 2), PageMetadata.path(e), reason);
    }

    /** About the first {@code max} characters of an element's text, without walking the rest of it. */
    static String leadingText(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element el && el.isBlock()) {
                    sb.append(' ');
                }
                return sb.length() > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element el && el.isBlock()) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return sb.toString();
    }

    /** Records removed text. */
    void add(String text, String location, String reason) {
        String t = Texts.clean(text);
        if (t.isEmpty()) {
            return;
        }
        if (recorded >= MAX_REMOVED) {
            over++;
            return;
        }
        recorded++;
        draft.removed(Texts.shorten(t, SUMMARY_CHARS), location, reason);
    }

    /** Offers the links of a related-links block as related links. */
    void related(Element block) {
        String location = PageMetadata.path(block);
        for (Element a : block.select(LINKS)) {
            if (relatedCount >= MAX_RELATED) {
                return;
            }
            String title = Texts.clean(a.text());
            if (title.isEmpty()) {
                title = Texts.clean(a.attr("title"));
            }
            // Only links that look like stories: a few words of title, a real page address. The title is checked
            // first: resolving the address is the dearer test.
            if (title.length() < 12 || !title.contains(" ") || Hints.relatedLabel(title)) {
                continue;
            }
            String href = addresses.absolute(a, "href");
            if (href.isEmpty()) {
                href = a.attr("href").trim();
            }
            if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("mailto:")) {
                continue;
            }
            if (relatedUrls.add(href)) {
                relatedCount++;
                draft.related(Draft.RawRelated.of(title, href, new FieldOrigin("related-links block", location)));
            }
        }
    }

    /** Adds the count of blocks not recorded one by one. */
    void finish() {
        if (over > 0) {
            draft.removed(over + " more removed blocks not listed", "body", "limit of " + MAX_REMOVED
                    + " removed-block summaries reached");
        }
    }
}
