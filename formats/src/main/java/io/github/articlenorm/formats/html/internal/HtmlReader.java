package io.github.articlenorm.formats.html.internal;

import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

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
        if (base.isEmpty()) {
            // Without a caller's base URL, the page's own address resolves its relative links.
            Element own = doc.selectFirst("base[href], link[rel=canonical][href], meta[property=og:url][content]");
            if (own != null) {
                String href = own.hasAttr("href") ? own.attr("href") : own.attr("content");
                if (href.startsWith("http://") || href.startsWith("https://")) {
                    doc.setBaseUri(href);
                }
            }
        }
        enforceLimits(doc, draft, context.limits().maxNodes(), context.limits().maxDepth());
        PageMetadata.Found found = PageMetadata.read(doc, draft);
        Removals removals = new Removals(draft);
        Extractor extractor = new Extractor(doc, draft, removals, deadline);
        Extractor.Choice choice = extractor.extract(found.title, found.articleBody);
        Writer writer = new Writer(draft, removals, choice.stats(), choice.headline(), found.title, deadline);
        writer.write(choice.elements());
        removals.finish();
        offerImages(draft, found.images, writer.images);
        if (deadline.wasReached()) {
            draft.warning("stopped extracting the main text: time budget spent; the body may be partial "
                    + "(set Limits.withTimeBudget)");
        }
        return draft;
    }

    /**
     * Cuts the tree after {@code maxNodes} nodes (elements and text; Jsoup needs roughly 200 bytes of heap per node)
     * and warns when the parser flattened markup deeper than maxDepth.
     */
    private static void enforceLimits(Document doc, Draft draft, int maxNodes, int maxDepth) {
        int[] count = {0};
        int[] deepest = {0};
        List<Node> cut = new ArrayList<>();
        doc.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                count[0]++;
                deepest[0] = Math.max(deepest[0], depth);
                if (count[0] == maxNodes + 1) {
                    cut.add(node);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        });
        if (!cut.isEmpty()) {
            // Drop the node past the limit, every later sibling, and every later sibling of its ancestors.
            Node n = cut.get(0);
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
            draft.warning("read only the first " + maxNodes + " of " + count[0] + " HTML nodes; the article is partial "
                    + "(set Limits.withMaxNodes)");
        }
        if (deepest[0] >= maxDepth) {
            draft.warning("HTML nested deeper than " + maxDepth + " levels was flattened at that depth "
                    + "(set Limits.withMaxDepth)");
        }
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
