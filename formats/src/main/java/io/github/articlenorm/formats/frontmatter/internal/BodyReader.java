package io.github.articlenorm.formats.frontmatter.internal;

import io.github.articlenorm.Block;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.formats.internal.HtmlBlocks;
import io.github.articlenorm.internal.Texts;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.Draft.RawRelated;
import io.github.articlenorm.spi.ParseContext;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the text after the front matter into body blocks: Markdown through commonmark-java (headings, paragraphs,
 * block quotes with a trailing "— Name" line as attribution, lists, code as paragraphs, inline markup to text), or
 * HTML through the shared Jsoup clean-up. A list of links under a "Related" or "Read more" heading becomes related
 * links; a first heading that repeats the title is left out. Not API.
 */
public final class BodyReader {

    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    /** Reads inline content as plain text: the fallback when inline markup is nested too deeply to parse. */
    private static final Parser PLAIN_INLINES = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, node) -> node.appendChild(new Text(lines.getContent())))
            .build();
    private static final List<String> RELATED_HEADINGS = List.of("related", "read more", "see also", "more stories",
            "further reading", "more from", "more on this", "also read", "read next", "you may also like");

    private final Draft draft;
    private final ParseContext context;
    private final int firstLine;
    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    private BodyReader(Draft draft, ParseContext context, int firstLine, String title) {
        this.draft = draft;
        this.context = context;
        this.firstLine = firstLine;
        this.title = title == null ? null : Texts.clean(title).toLowerCase(Locale.ROOT);
    }

    /** Whether the body is HTML rather than Markdown: an HTML file name, or markup from the first character on. */
    public static boolean isHtml(String body, String source) {
        String s = source == null ? "" : source.toLowerCase(Locale.ROOT);
        if (s.endsWith(".html") || s.endsWith(".htm") || s.endsWith(".xhtml")) {
            return true;
        }
        String t = body.stripLeading();
        return t.startsWith("<") && HtmlBlocks.looksLikeHtml(t.substring(0, Math.min(t.length(), 4096)))
                && !t.startsWith("<!--") || t.regionMatches(true, 0, "<!doctype html", 0, 14);
    }

    /**
     * Reads the body into the draft.
     *
     * @param body      the text after the closing fence
     * @param firstLine the input line the body starts on
     * @param title     the front matter's title, or null: a first heading equal to it is left out
     */
    public static void read(String body, int firstLine, String title, Draft draft, ParseContext context) {
        if (body.isBlank()) {
            return;
        }
        BodyReader r = new BodyReader(draft, context, firstLine, title);
        String origin;
        if (isHtml(body, context.source())) {
            origin = "HTML body";
            String base = context.baseUrl() == null ? "" : context.baseUrl().toString();
            for (Block b : HtmlBlocks.fromHtml(body, base)) {
                r.add(b, firstLine);
            }
        } else {
            origin = "Markdown body";
            r.markdown(body);
        }
        for (int i = 0; i < r.blocks.size(); i++) {
            draft.block(r.blocks.get(i), new FieldOrigin(origin, "line " + r.lines.get(i)));
        }
    }

    private void markdown(String body) {
        Node doc;
        try {
            doc = MARKDOWN.parse(body);
        } catch (StackOverflowError e) {
            // commonmark-java merges nested emphasis recursively; thousands of nested delimiters overflow it.
            doc = PLAIN_INLINES.parse(body);
            draft.warning("the body's inline markup is nested too deeply to read; its paragraphs were read as "
                    + "plain text");
        }
        Node heading = null;
        int count = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if ((++count & 63) == 0 && context.deadlineReached()) {
                draft.warning("stopped reading the body at line " + line(n)
                        + ": time budget spent (set Limits.withTimeBudget)");
                return;
            }
            int line = line(n);
            if (n instanceof Heading h) {
                add(Block.heading(text(h), h.getLevel()), line);
                heading = h;
                continue;
            }
            if (n instanceof org.commonmark.node.ListBlock list && heading != null && heading == previous(n)
                    && isRelatedHeading(text(heading)) && linksOnly(list)) {
                related(list, heading);
                heading = null;
                continue;
            }
            heading = null;
            if (n instanceof Paragraph p) {
                images(p);
                add(Block.paragraph(text(p)), line);
            } else if (n instanceof BlockQuote q) {
                quote(q, line);
            } else if (n instanceof org.commonmark.node.ListBlock list) {
                List<String> items = new ArrayList<>();
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    images(item);
                    items.add(text(item));
                }
                add(Block.list(items), line);
            } else if (n instanceof FencedCodeBlock code) {
                add(Block.paragraph(code.getLiteral()), line);
            } else if (n instanceof IndentedCodeBlock code) {
                add(Block.paragraph(code.getLiteral()), line);
            } else if (n instanceof HtmlBlock html) {
                String base = context.baseUrl() == null ? "" : context.baseUrl().toString();
                List<Block> found = HtmlBlocks.fromHtml(html.getLiteral(), base);
                if (found.isEmpty() && !html.getLiteral().isBlank()) {
                    draft.removed(html.getLiteral().strip(), "line " + line, "html-without-text");
                }
                for (Block b : found) {
                    add(b, line);
                }
            } else if (n instanceof LinkReferenceDefinition def) {
                draft.removed("[" + def.getLabel() + "]: " + def.getDestination(), "line " + line,
                        "link-definition");
            } else if (!(n instanceof ThematicBreak)) {
                add(Block.paragraph(text(n)), line);
            }
        }
    }

    private void add(Block b, int line) {
        if (b.text().isBlank() && !(b instanceof Block.ListBlock l && !l.items().isEmpty())) {
            return;
        }
        if (blocks.isEmpty() && b instanceof Block.Heading h && title != null
                && Texts.clean(h.text()).toLowerCase(Locale.ROOT).equals(title)) {
            draft.removed(h.text(), "line " + line, "title-repeated");
            return;
        }
        blocks.add(b);
        lines.add(line);
    }

    private void quote(BlockQuote q, int line) {
        List<String> parts = new ArrayList<>();
        for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
            parts.add(text(c));
        }
        String attribution = null;
        Node lastChild = q.getLastChild();
        if (parts.size() == 1 && lastChild instanceof Paragraph) {
            // "> words\n> — Name": the attribution is the paragraph's last line when it starts with a dash.
            Node lineBreak = null;
            for (Node c = lastChild.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                    lineBreak = c;
                }
            }
            if (lineBreak != null && lineBreak.getNext() instanceof Text t && stripDash(t.getLiteral()).length()
                    < t.getLiteral().strip().length() && t.getLiteral().strip().length() > 1) {
                StringBuilder before = new StringBuilder();
                StringBuilder after = new StringBuilder();
                boolean past = false;
                for (Node c = lastChild.getFirstChild(); c != null; c = c.getNext()) {
                    if (c == lineBreak) {
                        past = true;
                        continue;
                    }
                    String piece = c instanceof Text tx ? tx.getLiteral() : c instanceof Code cd ? cd.getLiteral()
                            : c instanceof SoftLineBreak || c instanceof HardLineBreak ? " " : textOfInline(c);
                    (past ? after : before).append(piece);
                }
                String who = stripDash(after.toString().strip());
                if (!who.isBlank()) {
                    add(Block.quote(before.toString(), who), line);
                    return;
                }
            }
        }
        if (parts.size() > 1) {
            String last = parts.get(parts.size() - 1).strip();
            String stripped = stripDash(last);
            if (!stripped.equals(last) && !stripped.isEmpty()) {
                attribution = stripped;
                parts.remove(parts.size() - 1);
            }
        }
        add(Block.quote(String.join(" ", parts), attribution), line);
    }

    private void related(org.commonmark.node.ListBlock list, Node heading) {
        int headingAt = blocks.size() - 1;
        if (headingAt >= 0 && blocks.get(headingAt) instanceof Block.Heading h) {
            draft.removed(h.text(), "line " + lines.get(headingAt), "related-links");
            blocks.remove(headingAt);
            lines.remove(headingAt);
        }
        int i = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), i++) {
            Link link = onlyLink(item);
            if (link != null) {
                draft.related(RawRelated.of(text(link), link.getDestination(),
                        new FieldOrigin("Markdown list under heading '" + Texts.shorten(text(heading), 40) + "'",
                                "line " + line(item))));
            }
        }
    }

    private void images(Node root) {
        for (Node n = root; n != null; n = nextInside(n, root, true)) {
            if (n instanceof Image img && img.getDestination() != null && !img.getDestination().isBlank()) {
                String alt = text(img);
                draft.image(img.getDestination(), null, null, alt.isBlank() ? img.getTitle() : alt,
                        new FieldOrigin("Markdown image", "line " + line(root)));
            }
        }
    }

    private static boolean isRelatedHeading(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String h : RELATED_HEADINGS) {
            if (t.startsWith(h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean linksOnly(org.commonmark.node.ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (onlyLink(item) == null) {
                return false;
            }
        }
        return list.getFirstChild() != null;
    }

    /** The link that is all of a list item's text, or null. */
    private static Link onlyLink(Node item) {
        Node p = item.getFirstChild();
        if (!(p instanceof Paragraph) || p.getNext() != null) {
            return null;
        }
        Link link = null;
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link l && link == null) {
                link = l;
            } else if (!(n instanceof Text t && t.getLiteral().isBlank())) {
                return null;
            }
        }
        return link;
    }

    private static Node previous(Node n) {
        return n.getPrevious();
    }

    private int line(Node n) {
        var spans = n.getSourceSpans();
        return spans == null || spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex();
    }

    /**
     * The plain text of a node's content: inline markup dropped, link text kept, images and inline HTML tags left
     * out, breaks and block ends as spaces. Iterative, so deep nesting cannot overflow the stack.
     */
    static String text(Node root) {
        StringBuilder sb = new StringBuilder();
        Node n = root.getFirstChild();
        if (n == null) {
            literal(root, sb);
            return sb.toString();
        }
        while (n != null) {
            boolean descend = true;
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else if (n instanceof Image || n instanceof HtmlInline) {
                descend = false;
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof HtmlBlock) {
                literal(n, sb);
                descend = false;
            }
            if (!(n instanceof Text) && n instanceof org.commonmark.node.Block) {
                sb.append(' ');
            }
            n = nextInside(n, root, descend);
        }
        return sb.toString();
    }

    private static String textOfInline(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node x = n; x != null; x = nextInside(x, n, !(x instanceof Image || x instanceof HtmlInline))) {
            if (x instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (x instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (x instanceof SoftLineBreak || x instanceof HardLineBreak) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static void literal(Node n, StringBuilder sb) {
        if (n instanceof FencedCodeBlock c) {
            sb.append(c.getLiteral()).append(' ');
        } else if (n instanceof IndentedCodeBlock c) {
            sb.append(c.getLiteral()).append(' ');
        } else if (n instanceof HtmlBlock h) {
            for (Block b : HtmlBlocks.fromHtml(h.getLiteral(), "")) {
                sb.append(b.text()).append(' ');
            }
        } else if (n instanceof Text t) {
            sb.append(t.getLiteral());
        }
    }

    /** The next node of a pre-order walk inside {@code root}, or null at the end. */
    private static Node nextInside(Node n, Node root, boolean descend) {
        if (descend && n.getFirstChild() != null) {
            return n.getFirstChild();
        }
        while (n != null && n != root) {
            if (n.getNext() != null) {
                return n.getNext();
            }
            n = n.getParent();
        }
        return null;
    }

    private static String stripDash(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '—' || s.charAt(i) == '–' || s.charAt(i) == '-'
                || s.charAt(i) == '~' || s.charAt(i) == ' ')) {
            i++;
        }
        return s.substring(i);
    }
}
