package io.github.articlenorm.formats.html.internal;

import io.github.articlenorm.internal.Languages;
import io.github.articlenorm.internal.Texts;
import io.github.articlenorm.spi.Draft;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds a page's main text. The page is first stripped of what is never text (scripts, styles, forms' controls,
 * hidden elements) and of chrome its class names, ids, tags and roles declare (navigation, share bars, ads, comment
 * sections, newsletter and cookie boxes, author bios, related links); then every paragraph scores its ancestors by
 * its length, commas and stop words, scores are damped by link density and class hints, the best container wins,
 * and its siblings that read like text join it. The headline anchors the choice: text before it is suspect.
 *
 * <p>Every walk is iterative and linear in the page size, and checks the time budget.
 */
final class Extractor {

    private static final Set<String> JUNK = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "select", "textarea", "input", "link", "meta", "map", "audio",
            "video", "source", "track", "math", "head", "title", "base", "option", "datalist", "progress");

    /** What the extraction chose, for the writer. */
    record Choice(List<Element> elements, Element headline, Stats stats) {
    }

    private static final Evaluator SUBHEADING = QueryParser.parse("h2, h3, h4, h5, h6");
    private static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");

    private final Document doc;
    private final PageIndex index;
    private final Draft draft;
    private final Removals removals;
    private final Deadline deadline;
    private final Hints.Memo labels = new Hints.Memo();

    Extractor(Document doc, PageIndex index, Draft draft, Removals removals, Deadline deadline) {
        this.doc = doc;
        this.index = index;
        this.draft = draft;
        this.removals = removals;
        this.deadline = deadline;
    }

    /** Chooses the main text; the title found in metadata anchors the search. */
    Choice extract(String title, String articleBody) {
        Element body = doc.body();
        removeJunk(body);
        Element headline = headline(title);
        Stats stats = Stats.measure(body, index.nodes / 2);
        removeChrome(body, headline, stats);
        List<Element> chosen = choose(body, headline, stats, articleBody);
        return new Choice(chosen, headline, stats);
    }

    // ------------------------------------------------------------------ clean-up

    private void removeJunk(Element body) {
        int n = 0;
        for (Element e : index.junk) {
            if ((++n & 1023) == 0 && deadline.reached()) {
                break;
            }
            if (e.parent() == null || e == body) {
                continue;
            }
            if (hidden(e) && !JUNK.contains(e.normalName())) {
                String text = e.text();
                if (!text.isBlank()) {
                    removals.add(text, PageMetadata.path(e), "hidden");
                }
            }
            e.remove();
        }
    }

    /** Whether an element is never text: a script, style, control or embedded object, or hidden. */
    static boolean junk(Element e) {
        return JUNK.contains(e.normalName()) || hidden(e);
    }

    private static boolean hidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        // The HTML parser lower-cases attribute names: exact look-ups suffice.
        Attributes attributes = e.attributes();
        if (attributes.hasKey("hidden")) {
            return true;
        }
        String style = attributes.get("style");
        if (!style.isEmpty() && (containsIgnoringSpaces(style, "display:none")
                || containsIgnoringSpaces(style, "visibility:hidden"))) {
            return true;
        }
        return "true".equalsIgnoreCase(attributes.get("aria-hidden")) && e.normalName().equals("div")
                && e.childrenSize() == 0;
    }

    /**
     * Whether {@code s} contains {@code word} (lowercase ASCII) in any ASCII case, with any spaces between its
     * letters ("Display : None"), without building a lowercased, spaceless copy. Linear: the word's first letter
     * occurs in it once, so no two tries overlap.
     */
    static boolean containsIgnoringSpaces(String s, String word) {
        char first = word.charAt(0);
        for (int i = 0, n = s.length(); i < n; i++) {
            if (lowerAscii(s.charAt(i)) != first) {
                continue;
            }
            int j = i + 1;
            int k = 1;
            while (k < word.length() && j < n) {
                char c = s.charAt(j++);
                if (c == ' ') {
                    continue;
                }
                if (lowerAscii(c) != word.charAt(k)) {
                    break;
                }
                k++;
            }
            if (k == word.length()) {
                return true;
            }
        }
        return false;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** The headline element: the h1 (or h2) whose text is the title, else the only h1. */
    private Element headline(String title) {
        String t = Titles.norm(title);
        List<Element> h1s = attached(index.h1);
        if (!t.isEmpty()) {
            for (List<Element> level : List.of(h1s, index.h2, index.h3)) {
                for (Element h : level) {
                    if (!PageIndex.attached(h)) {
                        continue;
                    }
                    String n = Titles.norm(h.text());
                    if (!n.isEmpty() && (n.equals(t) || (n.length() > 15 && t.contains(n))
                            || (t.length() > 15 && n.contains(t)))) {
                        return h;
                    }
                }
            }
        }
        return h1s.size() == 1 ? h1s.get(0) : null;
    }

    private static List<Element> attached(List<Element> elements) {
        List<Element> out = new ArrayList<>(elements.size());
        for (Element e : elements) {
            if (PageIndex.attached(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private void removeChrome(Element body, Element headline, Stats stats) {
        List<Element> drop = new ArrayList<>();
        List<Hints.Kind> kinds = new ArrayList<>();
        Element e = body.firstElementChild();
        int n = 0;
        // Pre-order walk that skips the subtree of every element it drops.
        while (e != null) {
            if ((++n & 1023) == 0 && deadline.reached()) {
                break;
            }
            Hints.Kind kind = chromeKind(e, headline, stats);
            if (kind != null) {
                drop.add(e);
                kinds.add(kind);
                e = next(e, body, true);
            } else {
                e = next(e, body, false);
            }
        }
        List<Element> parents = new ArrayList<>(drop.size());
        for (int i = 0; i < drop.size(); i++) {
            Element d = drop.get(i);
            Hints.Kind kind = kinds.get(i);
            if (kind == Hints.Kind.RELATED) {
                removals.related(d);
            }
            removals.add(d, kind.reason);
            parents.add(d.parent());
            d.remove();
        }
        // The scoring reads the text that is left: the removed blocks' text leaves their ancestors' measurements.
        stats.removed(drop, parents);
    }

    /** The next element in pre-order, skipping the current one's children when asked; null past the root. */
    static Element next(Element e, Element root, boolean skipChildren) {
        if (!skipChildren) {
            Element child = e.firstElementChild();
            if (child != null) {
                return child;
            }
        }
        while (e != null && e != root) {
            Element sib = e.nextElementSibling();
            if (sib != null) {
                return sib;
            }
            e = e.parent();
        }
        return null;
    }

    private Hints.Kind chromeKind(Element e, Element headline, Stats stats) {
        Hints.Label label = labels.of(e);
        // The class names say more than the tag: an <aside class="related"> is a related-links box.
        Hints.Kind kind = label.chrome();
        if (kind == null) {
            kind = Hints.structural(e);
        }
        if (kind == null) {
            return null;
        }
        if (kind == Hints.Kind.SIDEBAR || kind == Hints.Kind.FOOTER) {
            Element heading = e.selectFirst(SUBHEADING);
            if (heading != null && Hints.relatedLabel(heading.text())) {
                kind = Hints.Kind.RELATED;
            }
        }
        if (headline != null && contains(e, headline)) {
            return null;
        }
        if (kind.weak() && label.positive()) {
            return null;
        }
        Stats.Stat s = stats.get(e);
        // A block that holds most of the page's running text is the article, whatever its label says.
        if (kind != Hints.Kind.COMMENTS && s.paragraphChars > 400
                && (s.paragraphChars * 2 > stats.totalParagraphChars
                || label.positive() && s.paragraphChars * 4 > stats.totalParagraphChars)) {
            return null;
        }
        if (e.normalName().equals("body") || e.normalName().equals("html")) {
            return null;
        }
        // Embedded posts (a tweet, an Instagram post) sit in "social" or "video" wrappers but are quoted text.
        if ((kind == Hints.Kind.SHARE || kind == Hints.Kind.MEDIA) && s.chars > 40
                && e.selectFirst(BLOCKQUOTE) != null) {
            return null;
        }
        return kind;
    }

    // ------------------------------------------------------------------ scoring

    private List<Element> choose(Element body, Element headline, Stats stats, String articleBody) {
        List<Element> candidates = new ArrayList<>();
        int n = 0;
        for (Element e : stats.elements()) {
            if ((++n & 1023) == 0 && deadline.reached()) {
                break;
            }
            Stats.Stat s = stats.get(e);
            String tag = e.normalName();
            int len;
            boolean loose = false;
            if (Stats.TEXT_TAGS.contains(tag)) {
                len = s.chars;
            } else if (Stats.LOOSE_TEXT_TAGS.contains(tag) && s.ownChars >= 40) {
                len = s.ownChars;
                loose = true;
            } else {
                continue;
            }
            if (len < 25) {
                continue;
            }
            double linkless = 1 - stats.linkDensity(e);
            double score = 1 + Math.min(s.commas, 12) + Math.min(len / 100.0, 3);
            if (len > 60 && len < 400 && Languages.stopWordRatio(loose ? e.ownText() : e.text()) > 0.12) {
                score += 1;
            }
            score *= linkless;
            // Loose text makes its own element the paragraph's container.
            Element anc = loose ? e : e.parent();
            for (int level = 0; anc != null && level < 5; level++) {
                Stats.Stat a = stats.get(anc);
                if (!a.candidate) {
                    a.candidate = true;
                    a.score += initial(anc);
                    candidates.add(anc);
                }
                a.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                if (anc == body) {
                    break;
                }
                anc = anc.parent();
            }
        }
        if (candidates.isEmpty()) {
            return List.of(body);
        }
        Stats.Stat anchor = headline == null ? null : stats.get(headline);
        double best = -1;
        Element top = null;
        for (Element c : candidates) {
            Stats.Stat s = stats.get(c);
            double score = s.score * (1 - stats.linkDensity(c));
            if (anchor != null && s.end <= anchor.start) {
                score *= 0.5; // wholly before the headline: a teaser or a menu, rarely the story
            }
            s.score = score;
            if (score > best) {
                best = score;
                top = c;
            }
        }
        candidates.sort(Comparator.comparingDouble((Element c) -> -stats.get(c).score));
        top = widen(top, candidates, stats, body);
        return siblings(top, stats, body, headline);
    }

    private double initial(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        Hints.Label label = labels.of(e);
        if (label.positive()) {
            score += 25;
        }
        if (label.chrome() != null) {
            score -= 25;
        }
        return score;
    }

    /** Moves up to a common ancestor when several good candidates sit under it (text split into sections). */
    private static Element widen(Element top, List<Element> sorted, Stats stats, Element body) {
        double topScore = stats.get(top).score;
        List<Element> alternatives = new ArrayList<>();
        for (Element c : sorted) {
            if (c == top) {
                continue;
            }
            if (stats.get(c).score < topScore * 0.75 || alternatives.size() >= 5) {
                break;
            }
            alternatives.add(c);
        }
        if (alternatives.size() >= 3) {
            Element parent = top.parent();
            while (parent != null && parent != body) {
                int contained = 0;
                for (Element alt : alternatives) {
                    if (contains(parent, alt, stats)) {
                        contained++;
                    }
                }
                if (contained >= 3) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        // An only child says nothing about its parent's other text; use the parent so siblings can be found.
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** Whether {@code e} is {@code ancestor} or inside it. */
    static boolean contains(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Element ancestor, Element e, Stats stats) {
        Stats.Stat a = stats.get(ancestor);
        Stats.Stat s = stats.get(e);
        return s.start >= a.start && s.end <= a.end;
    }

    /** The top candidate and those of its siblings that read like part of the same text. */
    private static List<Element> siblings(Element top, Stats stats, Element body, Element headline) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = stats.get(top).score;
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> kids = parent.children();
        boolean[] keep = new boolean[kids.size()];
        for (int i = 0; i < kids.size(); i++) {
            Element sib = kids.get(i);
            if (sib == top) {
                keep[i] = true;
                continue;
            }
            if (sib == headline) {
                continue;
            }
            Stats.Stat s = stats.get(sib);
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            if (s.candidate && s.score + bonus >= threshold) {
                keep[i] = true;
            } else if (Stats.TEXT_TAGS.contains(sib.normalName()) || sib.normalName().equals("div")
                    && s.paragraphs <= 1) {
                double ld = stats.linkDensity(sib);
                if (s.chars > 80 && ld < 0.25) {
                    keep[i] = true;
                } else if (s.chars > 0 && s.chars <= 80 && ld == 0 && endsSentence(sib.text())) {
                    keep[i] = true;
                }
            }
        }
        // Subheadings, lists and quotes between kept text belong to it.
        for (int i = 0; i < kids.size(); i++) {
            if (keep[i]) {
                continue;
            }
            String tag = kids.get(i).normalName();
            boolean structural = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2'
                    || tag.equals("ul") || tag.equals("ol") || tag.equals("blockquote") || tag.equals("figure")
                    || tag.equals("table");
            if (structural && kids.get(i) != headline && before(keep, i) && after(keep, i)
                    && stats.linkDensity(kids.get(i)) < 0.5) {
                keep[i] = true;
            }
        }
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < kids.size(); i++) {
            if (keep[i]) {
                out.add(kids.get(i));
            }
        }
        return out;
    }

    private static boolean before(boolean[] keep, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (keep[j]) {
                return true;
            }
        }
        return false;
    }

    private static boolean after(boolean[] keep, int i) {
        for (int j = i + 1; j < keep.length; j++) {
            if (keep[j]) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '؟' || c == '"' || c == '”' || c == '»';
    }
}
