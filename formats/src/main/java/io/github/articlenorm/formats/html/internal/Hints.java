package io.github.articlenorm.formats.html.internal;

import io.github.articlenorm.formats.internal.chrome.ChromeVocabulary;
import io.github.articlenorm.formats.internal.chrome.Labels;
import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vocabulary of page chrome and content: words found in class names and ids (in several languages), ARIA roles
 * and tags that say what a block of a page is. Kept in one place so that it can be shared with other formats.
 *
 * <p>Class and id values are split into word tokens ("articleBody related-links" becomes "article", "body",
 * "related", "links"); a hint matches a token that starts with it, or, for short hints marked exact, equals it, so
 * that "ad" matches {@code ad-slot} but not {@code header}.
 */
final class Hints {

    /** What a block of chrome is; its label is the reason recorded in provenance. */
    enum Kind {
        NAVIGATION("navigation"), SHARE("share bar"), AD("advertisement"), COMMENTS("comment section"),
        NEWSLETTER("newsletter or subscription box"), COOKIE("cookie or consent banner"), BIO("author bio"),
        RELATED("related or recommended links"), FOOTER("page footer"), SIDEBAR("sidebar"), HIDDEN("hidden"),
        META("byline, date or tag line"), MEDIA("media widget"), HEADER("page header"),
        CAPTION("image caption or credit");

        final String reason;

        Kind(String reason) {
            this.reason = reason;
        }

        /** Whether this kind of block may hold the article when the page is badly labelled. */
        boolean weak() {
            return this == SIDEBAR || this == HEADER || this == FOOTER || this == META || this == HIDDEN
                    || this == MEDIA;
        }
    }

    /** A hint and the text searched for in a token string: "-word-" when exact, else "-word". */
    private record Hint(String word, boolean exact, Kind kind, String needle) {
        Hint(String word, boolean exact, Kind kind) {
            this(word, exact, kind, exact ? "-" + word + "-" : "-" + word);
        }
    }

    private static final List<Hint> CHROME = List.of(
            // navigation
            exact("nav", Kind.NAVIGATION), prefix("navbar", Kind.NAVIGATION), prefix("navigation", Kind.NAVIGATION),
            prefix("menu", Kind.NAVIGATION), prefix("breadcrumb", Kind.NAVIGATION), prefix("pagination", Kind.NAVIGATION),
            exact("pager", Kind.NAVIGATION), prefix("toolbar", Kind.NAVIGATION), prefix("skip", Kind.NAVIGATION),
            prefix("masthead", Kind.NAVIGATION), prefix("topbar", Kind.NAVIGATION), exact("jump", Kind.NAVIGATION),
            prefix("navegacion", Kind.NAVIGATION), prefix("navigazione", Kind.NAVIGATION),
            // share bars
            prefix("share", Kind.SHARE), prefix("sharing", Kind.SHARE), prefix("social", Kind.SHARE),
            prefix("addthis", Kind.SHARE), prefix("sociable", Kind.SHARE), prefix("teilen", Kind.SHARE),
            prefix("compartir", Kind.SHARE), prefix("partage", Kind.SHARE), prefix("condividi", Kind.SHARE),
            prefix("follow", Kind.SHARE),
            // advertising
            exact("ad", Kind.AD), exact("ads", Kind.AD), prefix("advert", Kind.AD), prefix("adsense", Kind.AD),
            prefix("adslot", Kind.AD), prefix("adunit", Kind.AD), prefix("sponsor", Kind.AD), exact("promo", Kind.AD),
            prefix("promoted", Kind.AD), exact("dfp", Kind.AD), prefix("taboola", Kind.AD), prefix("outbrain", Kind.AD),
            prefix("werbung", Kind.AD), prefix("anzeige", Kind.AD), prefix("publicidad", Kind.AD),
            prefix("publicite", Kind.AD), prefix("pubblicita", Kind.AD), prefix("reklam", Kind.AD),
            exact("gpt", Kind.AD), prefix("banner", Kind.AD),
            // comments
            prefix("comment", Kind.COMMENTS), prefix("disqus", Kind.COMMENTS), exact("respond", Kind.COMMENTS),
            prefix("kommentar", Kind.COMMENTS), prefix("comentario", Kind.COMMENTS), prefix("commentaire", Kind.COMMENTS),
            prefix("commenti", Kind.COMMENTS), prefix("komentar", Kind.COMMENTS), prefix("discussion", Kind.COMMENTS),
            // newsletter and paywall boxes
            prefix("newsletter", Kind.NEWSLETTER), prefix("subscri", Kind.NEWSLETTER), prefix("signup", Kind.NEWSLETTER),
            prefix("paywall", Kind.NEWSLETTER), prefix("mailing", Kind.NEWSLETTER), prefix("abonn", Kind.NEWSLETTER),
            prefix("suscri", Kind.NEWSLETTER), prefix("registration", Kind.NEWSLETTER),
            // cookie banners
            prefix("cookie", Kind.COOKIE), prefix("consent", Kind.COOKIE), prefix("gdpr", Kind.COOKIE),
            // author bios
            prefix("bio", Kind.BIO), prefix("authorbox", Kind.BIO), prefix("autor", Kind.BIO),
            // related links
            prefix("related", Kind.RELATED), prefix("recommend", Kind.RELATED), prefix("popular", Kind.RELATED),
            prefix("trending", Kind.RELATED), prefix("outbrain", Kind.RELATED), prefix("verwandt", Kind.RELATED),
            prefix("relacionad", Kind.RELATED), prefix("correlat", Kind.RELATED), prefix("similar", Kind.RELATED),
            prefix("upnext", Kind.RELATED), prefix("morestories", Kind.RELATED), prefix("readmore", Kind.RELATED),
            prefix("relacion", Kind.RELATED),
            // footers, sidebars, headers
            prefix("footer", Kind.FOOTER), prefix("copyright", Kind.FOOTER), prefix("colophon", Kind.FOOTER),
            prefix("sidebar", Kind.SIDEBAR), prefix("widget", Kind.SIDEBAR), exact("rail", Kind.SIDEBAR),
            exact("aside", Kind.SIDEBAR), prefix("secondary", Kind.SIDEBAR),
            prefix("header", Kind.HEADER),
            // hidden and off-screen text
            exact("hidden", Kind.HIDDEN), exact("sr", Kind.HIDDEN), prefix("screenreader", Kind.HIDDEN),
            exact("offscreen", Kind.HIDDEN), exact("modal", Kind.HIDDEN), prefix("popup", Kind.HIDDEN),
            exact("overlay", Kind.HIDDEN), exact("tooltip", Kind.HIDDEN),
            // bylines, dates and tag lines around the text
            prefix("byline", Kind.META), prefix("dateline", Kind.META), prefix("timestamp", Kind.META),
            exact("tags", Kind.META), prefix("taglist", Kind.META), exact("meta", Kind.META),
            prefix("postmeta", Kind.META), prefix("entrymeta", Kind.META),
            // captions and credits outside figures
            prefix("caption", Kind.CAPTION), exact("credit", Kind.CAPTION), exact("credits", Kind.CAPTION),
            // media widgets
            prefix("slideshow", Kind.MEDIA), prefix("carousel", Kind.MEDIA), prefix("gallery", Kind.MEDIA),
            exact("video", Kind.MEDIA), prefix("player", Kind.MEDIA));

    /** Phrases made of several tokens: matched on the token sequence. */
    private static final List<Hint> PHRASES = List.of(
            prefix("read-more", Kind.RELATED), prefix("more-stories", Kind.RELATED), prefix("more-from", Kind.RELATED),
            prefix("also-read", Kind.RELATED), prefix("you-may", Kind.RELATED), prefix("you-might", Kind.RELATED),
            prefix("further-reading", Kind.RELATED), prefix("more-news", Kind.RELATED),
            prefix("mehr-zum", Kind.RELATED), prefix("most-read", Kind.RELATED), prefix("up-next", Kind.RELATED),
            prefix("read-next", Kind.RELATED), prefix("next-article", Kind.RELATED), prefix("more-on", Kind.RELATED),
            prefix("author-info", Kind.BIO), prefix("about-the-author", Kind.BIO), prefix("author-box", Kind.BIO),
            prefix("author-card", Kind.BIO), prefix("about-author", Kind.BIO),
            prefix("sign-up", Kind.NEWSLETTER), prefix("site-header", Kind.HEADER), prefix("post-tags", Kind.META),
            prefix("article-tags", Kind.META), prefix("visually-hidden", Kind.HIDDEN), prefix("sr-only", Kind.HIDDEN),
            prefix("screen-reader", Kind.HIDDEN), prefix("no-js", Kind.HIDDEN));

    private static final List<String> POSITIVE = List.of("article", "body", "content", "entry", "main", "post",
            "text", "story", "blog", "hentry", "prose", "richtext", "artikel", "articulo", "contenido", "inhalt",
            "texto", "testo", "corpo", "cuerpo", "nota", "noticia");

    private static final List<String> POSITIVE_NEEDLES = POSITIVE.stream().map(p -> "-" + p).toList();

    /** Kinds named by the ARIA role attribute. */
    private static final List<String[]> ROLES = List.of(new String[]{"navigation", "NAVIGATION"},
            new String[]{"banner", "HEADER"}, new String[]{"contentinfo", "FOOTER"},
            new String[]{"complementary", "SIDEBAR"}, new String[]{"search", "NAVIGATION"},
            new String[]{"dialog", "HIDDEN"}, new String[]{"alertdialog", "HIDDEN"}, new String[]{"menu", "NAVIGATION"},
            new String[]{"menubar", "NAVIGATION"});

    private Hints() {
    }

    private static Hint exact(String word, Kind kind) {
        return new Hint(word, true, kind);
    }

    private static Hint prefix(String word, Kind kind) {
        return new Hint(word, false, kind);
    }

    /** The class and id of an element as "-token-token-", lowercased; "-" when it has neither. */
    static String tokens(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder(cls.length() + id.length() + 4).append('-');
        appendTokens(sb, cls);
        appendTokens(sb, id);
        return sb.toString();
    }

    private static void appendTokens(StringBuilder sb, String s) {
        char prev = ' ';
        for (int i = 0; i < s.length() && i < 400; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                // camelCase starts a token
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && sb.charAt(sb.length() - 1) != '-') {
                    sb.append('-');
                }
                sb.append(Character.toLowerCase(c));
            } else if (sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
            prev = c;
        }
        if (sb.charAt(sb.length() - 1) != '-') {
            sb.append('-');
        }
    }

    /**
     * What an element's class and id say: the chrome kind they name (or null) and whether they name content.
     *
     * @param chrome   the kind of chrome, or null
     * @param positive whether they name content ("article-body", "entry-content")
     */
    record Label(Kind chrome, boolean positive) {
        static final Label NONE = new Label(null, false);
    }

    /**
     * The labels of one page's elements, remembered by their raw class and id values: pages repeat a few class names
     * many times, and looking a value up costs less than splitting it into tokens again. Class values alone (up to
     * 200 characters) are remembered for every page, in a table shared by all threads that starts again when full:
     * the pages of one site share them, and a label depends on nothing else. Values with an id, mostly one page's
     * own, are remembered for the page. Not thread-safe: one per page.
     */
    static final class Memo {
        private static final int MAX_ENTRIES = 10_000;
        private static final int MAX_SHARED_KEY = 200;
        private static final Map<String, Label> BY_CLASS = new ConcurrentHashMap<>();
        private final Map<String, Label> byClassAndId = new HashMap<>();

        /** The label of an element's class and id. */
        Label of(Element e) {
            String cls = e.className();
            String id = e.id();
            if (cls.isEmpty() && id.isEmpty()) {
                return Label.NONE;
            }
            // A long class value stays with its page: the shared table holds at most 10,000 keys of 200 chars.
            Map<String, Label> map = id.isEmpty() && cls.length() <= MAX_SHARED_KEY ? BY_CLASS : byClassAndId;
            String key = id.isEmpty() ? cls : cls + '\u0000' + id;
            Label label = map.get(key);
            if (label == null) {
                String tokens = tokens(e);
                label = new Label(chrome(tokens), positive(tokens));
                if (map.size() >= MAX_ENTRIES) {
                    map.clear();
                }
                map.put(key, label);
            }
            return label;
        }
    }

    /** The chrome kind a class/id token string names, or null; the hint found first in the string wins. */
    static Kind chrome(String tokens) {
        if (tokens.length() < 3) {
            return null;
        }
        // A phrase spans two tokens at least ("-read-more-" has three dashes); the first listed that occurs wins.
        if (tokens.indexOf('-', tokens.indexOf('-', 1) + 1) > 0) {
            int first = Integer.MAX_VALUE;
            for (int at = 0; at >= 0 && at + 1 < tokens.length(); at = tokens.indexOf('-', at + 1)) {
                char c = tokens.charAt(at + 1);
                if (c >= 128) {
                    continue;
                }
                for (int i : PHRASES_BY_LETTER[c]) {
                    if (i < first && tokens.startsWith(PHRASES.get(i).needle, at)) {
                        first = i;
                    }
                }
            }
            if (first < PHRASES.size()) {
                return PHRASES.get(first).kind;
            }
        }
        // Hints match at the start of a token only: the first token that some hint matches decides, and among the
        // hints that match it, the first listed.
        for (int at = 0; at >= 0 && at + 1 < tokens.length(); at = tokens.indexOf('-', at + 1)) {
            char c = tokens.charAt(at + 1);
            if (c >= 128) {
                continue;
            }
            for (Hint h : CHROME_BY_LETTER[c]) {
                if (tokens.startsWith(h.needle, at)) {
                    return h.kind;
                }
            }
        }
        return null;
    }

    /** Whether the token string names content ("article-body", "entry-content", "story"). */
    static boolean positive(String tokens) {
        for (int at = 0; at >= 0 && at + 1 < tokens.length(); at = tokens.indexOf('-', at + 1)) {
            char c = tokens.charAt(at + 1);
            if (c >= 128) {
                continue;
            }
            for (String p : POSITIVE_BY_LETTER[c]) {
                if (tokens.startsWith(p, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Hints by the (ASCII) letter after their needle's dash, each slot in the order of {@link #CHROME}. */
    private static final Hint[][] CHROME_BY_LETTER = new Hint[128][];
    private static final String[][] POSITIVE_BY_LETTER = new String[128][];
    /** Positions in {@link #PHRASES} by the letter after their needle's dash. */
    private static final int[][] PHRASES_BY_LETTER = new int[128][];

    static {
        for (int c = 0; c < 128; c++) {
            CHROME_BY_LETTER[c] = new Hint[0];
            POSITIVE_BY_LETTER[c] = new String[0];
            PHRASES_BY_LETTER[c] = new int[0];
        }
        for (Hint h : CHROME) {
            CHROME_BY_LETTER[h.needle.charAt(1)] = append(CHROME_BY_LETTER[h.needle.charAt(1)], h);
        }
        for (String p : POSITIVE_NEEDLES) {
            POSITIVE_BY_LETTER[p.charAt(1)] = append(POSITIVE_BY_LETTER[p.charAt(1)], p);
        }
        for (int i = 0; i < PHRASES.size(); i++) {
            int[] slot = PHRASES_BY_LETTER[PHRASES.get(i).needle.charAt(1)];
            slot = Arrays.copyOf(slot, slot.length + 1);
            slot[slot.length - 1] = i;
            PHRASES_BY_LETTER[PHRASES.get(i).needle.charAt(1)] = slot;
        }
    }

    private static <T> T[] append(T[] slot, T item) {
        T[] grown = Arrays.copyOf(slot, slot.length + 1);
        grown[slot.length] = item;
        return grown;
    }

    /** The chrome kind an element's tag or ARIA role names, or null. */
    static Kind structural(Element e) {
        switch (e.normalName()) {
            case "nav", "menu" -> {
                return Kind.NAVIGATION;
            }
            case "footer" -> {
                return Kind.FOOTER;
            }
            case "aside" -> {
                return Kind.SIDEBAR;
            }
            case "dialog" -> {
                return Kind.HIDDEN;
            }
            default -> {
            }
        }
        String role = e.attr("role");
        if (!role.isEmpty()) {
            String r = role.toLowerCase(Locale.ROOT).trim();
            for (String[] pair : ROLES) {
                if (pair[0].equals(r)) {
                    return Kind.valueOf(pair[1]);
                }
            }
        }
        return null;
    }

    /**
     * Whether a whole block's text is page furniture ("Advertisement", "Image caption", "Share this"): a short label
     * that the chrome vocabulary of the text format knows. Not a sentence ("... declined to comment.") and not a
     * copyright or credit line, which inside the article's text belong to it.
     */
    static boolean furniture(String text) {
        if (text.length() > 60 || endsSentence(text)) {
            return false;
        }
        ChromeVocabulary.Kind kind = ChromeVocabulary.match(text).orElse(null);
        return kind != null && kind != ChromeVocabulary.Kind.FOOTER;
    }

    /** Whether a line starts with a related-link or navigation label and a colon ("READ MORE: Storm closes bridge"). */
    static boolean teaser(String text) {
        if (Labels.relatedLink(text) != null) {
            return true;
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 25) {
            return false;
        }
        ChromeVocabulary.Kind kind = ChromeVocabulary.match(text.substring(0, colon)).orElse(null);
        return kind == ChromeVocabulary.Kind.RELATED || kind == ChromeVocabulary.Kind.NAVIGATION;
    }

    /** Whether a short text labels a related-links block ("Related stories", "Lesen Sie auch"). */
    static boolean relatedLabel(String text) {
        return ChromeVocabulary.match(text).orElse(null) == ChromeVocabulary.Kind.RELATED;
    }

    /** Whether a text ends as a sentence does: with a full stop, a question or an exclamation mark. */
    private static boolean endsSentence(String text) {
        String t = text.stripTrailing();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' && !t.endsWith("...") || c == '!' || c == '?';
    }
}
