package io.github.articlenorm.formats.html.internal;

import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one HTML page into a draft: parses it with Jsoup within the limits, reads its metadata, extracts its main
 * text, and offers images with their captions. Entry point of the html format's machinery; not API.
 */
public final class HtmlReader {

    /** The parser name recorded in provenance. */
    public static final String PARSER = "jsoup page, articlenorm main-text extractor";

    private HtmlReader() {
    }

    /** Reads the page of a parse context. */
    public static Draft read(ParseContext context) {
        Draft draft = new Draft().parser(PARSER);
        Deadline deadline = new Deadline(context::deadlineReached);
        String base = context.baseUrl() == null ? "" : context.baseUrl().toString();
        Document doc;
        try {
            Parser parser = Parser.htmlParser().setMaxDepth(context.limits().maxDepth());
            doc = parser.parseInput(context.text(), base);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ArticleParseException("the HTML parser failed: " + e.getClass().getSimpleName()
                    + " (check that the input is an HTML page)", "document", e instanceof RuntimeException r ? r
                    : new IllegalStateException(e));
        }
        PageIndex index = PageIndex.of(doc, context.limits().maxNodes());
        if (index.overLimit != null) {
            cut(doc, draft, index, context.limits().maxNodes());
            index = PageIndex.of(doc, context.limits().maxNodes());
        }
        if (index.deepest >= context.limits().maxDepth()) {
            draft.warning("HTML nested deeper than " + context.limits().maxDepth() + " levels was flattened at that "
                    + "depth (set Limits.withMaxDepth)");
        }
        if (base.isEmpty() && index.ownAddress != null) {
            // Without a caller's base URL, the page's own address resolves its relative links.
            Element own = index.ownAddress;
            String href = own.hasAttr("href") ? own.attr("href") : own.attr("content");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                doc.setBaseUri(href);
            }
        }
        PageMetadata.Found found = PageMetadata.read(doc, index, draft);
        Addresses addresses = new Addresses();
        Removals removals = new Removals(draft, addresses);
        Extractor extractor = new Extractor(doc, index, draft, removals, deadline);
        Extractor.Choice choice = extractor.extract(found.title, found.articleBody);
        Writer writer = new Writer(draft, removals, addresses, choice.stats(), choice.headline(), found.title,
                deadline);
        writer.write(choice.elements());
        removals.finish();
        offerImages(draft, found.images, writer.images);
        if (deadline.wasReached()) {
            draft.warning("stopped extracting the main text: time budget spent; the body may be partial "
                    + "(set Limits.withTimeBudget)");
        }
        return draft;
    }

    /** Drops the node past the {@code maxNodes} limit, every later sibling, and every later sibling of its ancestors. */
    private static void cut(Document doc, Draft draft, PageIndex index, int maxNodes) {
        Node n = index.overLimit;
        while (n != null && n.parent() != null) {
            Node parent = n.parent();
            List<Node> siblings = new ArrayList<>(parent.childNodes().subList(n.siblingIndex(),
                    parent.childNodeSize()));
            for (Node s : siblings) {
                s.remove();
            }
            n = parent.nextSibling();
            while (n == null && parent.parent() != null) {
                parent = parent.parent();
                n = parent.nextSibling();
            }
        }
        draft.warning("read only the first " + maxNodes + " of " + index.nodes + " HTML nodes; the article is partial "
                + "(set Limits.withMaxNodes)");
    }

    private static void offerImages(Draft draft, List<PageMetadata.PendingImage> meta,
                                    List<PageMetadata.PendingImage> body) {
        List<PageMetadata.PendingImage> all = new ArrayList<>(meta);
        for (PageMetadata.PendingImage b : body) {
            boolean merged = false;
            for (PageMetadata.PendingImage m : all) {
                if (m.url.equals(b.url)) {
                    if (m.caption == null || (b.caption != null && m.origin.origin().startsWith("Open Graph"))) {
                        m.caption = b.caption == null ? m.caption : b.caption;
                    }
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                all.add(b);
            }
        }
        for (PageMetadata.PendingImage i : all) {
            draft.image(i.url, i.width, i.height, i.caption, i.origin);
        }
    }
}
