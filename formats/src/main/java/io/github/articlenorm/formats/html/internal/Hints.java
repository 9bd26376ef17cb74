package io.github.articlenorm.formats.html.internal;

import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /** Link texts that mark a related-links block ("Read more", "Related", ...), lowercased. */
    static final Set<String> RELATED_LABELS = Set.of("related", "related articles", "related stories",
            "related content", "related posts", "related coverage", "related news", "read more", "more stories",
            "recommended", "recommended for you", "you may also like", "you might also like", "read next",
            "more from", "also read", "see also", "most read", "most popular", "trending", "more news",
            "mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren", "weitere artikel",
            "leer más", "lee también", "relacionados", "noticias relacionadas", "à lire aussi", "lire aussi",
            "sur le même sujet", "leggi anche", "articoli correlati", "leia também", "veja também",
            "читайте также", "по теме", "اقرأ أيضا", "اقرأ أيضاً", "مقالات ذات صلة", "相关阅读", "関連記事");

    /** Whole-block texts that are page furniture, not prose (lowercased, without final punctuation). */
    static final Set<String> FURNITURE = Set.of("advertisement", "advert", "ad", "anzeige", "werbung", "publicidad",
            "publicité", "pubblicità", "реклама", "إعلان", "continue reading below", "story continues below",
            "article continues below", "continue reading", "image caption", "image copyright", "media caption",
            "media playback is unsupported on your device", "comments", "tell us what you think", "share",
            "share this", "share this article", "print", "email", "don't miss", "related", "read more",
            "enlarge image", "click to enlarge", "getty images", "sponsored", "sponsored content", "text size");

    /** Labels that start a "Related: headline" teaser line, lowercased. */
    static final List<String> TEASER_PREFIXES = List.of("related", "read more", "see more", "read also", "also read",
            "more", "see also", "watch", "don't miss", "recommended", "read next", "lesen sie auch", "mehr",
            "leia também", "veja também", "lee también", "lire aussi", "à lire aussi", "leggi anche", "читайте также");

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
     * many times, and looking a value up costs less than splitting it into tokens again. Not thread-safe: one per
     * page.
     */
    static final class Memo {
        private static final int MAX_ENTRIES = 10_000;
        private final Map<String, Label> byClass = new HashMap<>();
        private final Map<String, Label> byClassAndId = new HashMap<>();

        /** The label of an element's class and id. */
        Label of(Element e) {
            String cls = e.className();
            String id = e.id();
            if (cls.isEmpty() && id.isEmpty()) {
                return Label.NONE;
            }
            Map<String, Label> map = id.isEmpty() ? byClass : byClassAndId;
            String key = id.isEmpty() ? cls : cls + '\u0000' + id;
            Label label = map.get(key);
            if (label == null) {
                String tokens = tokens(e);
                label = new Label(chrome(tokens), positive(tokens));
                if (map.size() < MAX_ENTRIES) {
                    map.put(key, label);
                }
            }
            return label;
        }
    }

    /** The chrome kind a class/id token string names, or null; the hint found first in the string wins. */
    static Kind chrome(String tokens) {
        if (tokens.length() < 3) {
            return null;
        }
        for (Hint h : PHRASES) {
            if (tokens.contains(h.needle)) {
                return h.kind;
            }
        }
        Kind best = null;
        int at = Integer.MAX_VALUE;
        for (Hint h : CHROME) {
            int i = tokens.indexOf(h.needle);
            if (i >= 0 && i < at) {
                at = i;
                best = h.kind;
            }
        }
        return best;
    }

    /** Whether the token string names content ("article-body", "entry-content", "story"). */
    static boolean positive(String tokens) {
        if (tokens.length() < 3) {
            return false;
        }
        for (String p : POSITIVE_NEEDLES) {
            if (tokens.contains(p)) {
                return true;
            }
        }
        return false;
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

    /** Whether a whole block's text is page furniture ("Advertisement", "Image caption"). */
    static boolean furniture(String text) {
        if (text.length() > 60) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).trim();
        while (!t.isEmpty() && !Character.isLetterOrDigit(t.charAt(t.length() - 1))) {
            t = t.substring(0, t.length() - 1);
        }
        return FURNITURE.contains(t);
    }

    /** Whether a line starts with a teaser label and a colon ("READ MORE: Storm closes bridge"). */
    static boolean teaser(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 25) {
            return false;
        }
        String label = text.substring(0, colon).toLowerCase(Locale.ROOT).trim();
        return TEASER_PREFIXES.contains(label);
    }

    /** Whether a short text labels a related-links block. */
    static boolean relatedLabel(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        while (!t.isEmpty() && !Character.isLetterOrDigit(t.charAt(t.length() - 1))) {
            t = t.substring(0, t.length() - 1);
        }
        return RELATED_LABELS.contains(t);
    }
}
