package io.github.articlenorm.formats.html.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.formats.internal.jsonld.JsonLd;
import io.github.articlenorm.internal.Texts;
import io.github.articlenorm.spi.Draft;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a page's metadata from every source it offers and offers each value to the draft in one documented
 * precedence: JSON-LD, microdata, Open Graph ({@code og:*} and {@code article:*}), Twitter cards, plain
 * {@code <meta name>} tags, Dublin Core, {@code <time datetime>}, {@code <link rel>}, {@code <html lang>}, and
 * visible bylines and dates near the headline. Core keeps the first usable candidate and records the losers.
 *
 * <p>Authors and topics are lists: they are taken from the first source that has any, and the other sources' values
 * are recorded as rejected, so that one person is not listed twice under two spellings.
 */
final class PageMetadata {

    /** What the rest of the reader needs from the metadata. */
    static final class Found {
        /** The best raw title, unstripped, or null. */
        String title;
        /** Site names, for stripping title suffixes. */
        final List<String> siteNames = new ArrayList<>();
        /** The longest {@code articleBody} of a JSON-LD article or microdata, or null. */
        String articleBody;
        /** Images from metadata, in precedence order. */
        final List<PendingImage> images = new ArrayList<>();
    }

    /** An image found in metadata or the body, offered to the draft at the end so captions can be merged. */
    static final class PendingImage {
        final String url;
        Integer width;
        Integer height;
        String caption;
        final FieldOrigin origin;

        PendingImage(String url, Integer width, Integer height, String caption, FieldOrigin origin) {
            this.url = url;
            this.width = width;
            this.height = height;
            this.caption = caption;
            this.origin = origin;
        }
    }

    // Selectors parsed once: parsing one costs more than running it on a small subtree.
    private static final Evaluator ITEMPROP = QueryParser.parse("[itemprop]");
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop~=(?i)\\bname\\b]");
    private static final Evaluator ITEMPROP_URL = QueryParser.parse("[itemprop~=(?i)\\burl\\b]");
    private static final Evaluator ITEMPROP_IMAGE_URL = QueryParser.parse("[itemprop~=(?i)\\b(url|contenturl)\\b]");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

    private static final int MAX_META = 2_000;
    private static final int MAX_SCRIPTS = 50;
    private static final int MAX_SCRIPT_CHARS = 2_000_000;

    private final Document doc;
    private final PageIndex index;
    private final Draft draft;
    private final Found found = new Found();
    /** Meta tags by lowercase name or property; first value and its selector; all values for repeatable ones. */
    private final Map<String, List<String>> meta = new LinkedHashMap<>();
    /** Authors per source, in precedence order: [origin, location, name, url]. */
    private final List<List<String[]>> authorSources = new ArrayList<>();
    private final List<List<String[]>> topicSources = new ArrayList<>();
    private String headlineText;

    private PageMetadata(Document doc, PageIndex index, Draft draft) {
        this.doc = doc;
        this.index = index;
        this.draft = draft;
    }

    /** Reads the page's metadata into the draft. The headline element, when known, anchors visible bylines. */
    static Found read(Document doc, PageIndex index, Draft draft) {
        PageMetadata m = new PageMetadata(doc, index, draft);
        m.readMeta();
        m.read();
        return m.found;
    }

    private void readMeta() {
        int n = 0;
        for (Element e : index.metas) {
            if (n++ >= MAX_META) {
                break;
            }
            String key = e.attr("property");
            if (key.isEmpty()) {
                key = e.attr("name");
            }
            if (key.isEmpty()) {
                key = e.attr("itemprop").isEmpty() ? e.attr("http-equiv") : "";
            }
            String content = e.attr("content");
            if (key.isEmpty() || content.isBlank()) {
                continue;
            }
            meta.computeIfAbsent(key.toLowerCase(Locale.ROOT).trim(), k -> new ArrayList<>()).add(content);
        }
    }

    private String meta(String key) {
        List<String> v = meta.get(key);
        return v == null ? null : v.get(0);
    }

    private void read() {
        List<JsonNode> articles = jsonLd();
        Element micro = microdataScope();
        String siteName = meta("og:site_name");
        if (siteName != null) {
            found.siteNames.add(siteName);
        }
        String appName = meta("application-name");
        if (appName != null) {
            found.siteNames.add(appName);
        }
        for (JsonNode a : articles) {
            JsonNode p = a.get("publisher");
            String name = p != null && p.isObject() ? JsonLd.firstText(p, "name") : null;
            if (name != null) {
                found.siteNames.add(name);
            }
        }
        Element h1 = headline();
        headlineText = h1 == null ? null : Texts.cleanOrNull(h1.text());
        for (String ns : List.of("dc.publisher", "dcterms.publisher")) {
            if (meta(ns) != null) {
                found.siteNames.add(meta(ns));
            }
        }
        Element canonical = null;
        for (Element link : index.links) {
            if (link.attr("rel").trim().equalsIgnoreCase("canonical")) {
                canonical = link;
                break;
            }
        }
        String host = hostLabel(canonical == null ? meta("og:url") : canonical.attr("href"));
        if (host != null) {
            found.siteNames.add(host);
        }

        // Every field in the documented precedence; core keeps the first usable candidate.
        for (int i = 0; i < articles.size(); i++) {
            JsonNode a = articles.get(i);
            String location = "script[type=application/ld+json] #" + (i + 1);
            int authorsBefore = draft.authors().size();
            int topicsBefore = draft.topics().size();
            JsonLd.offerMetadata(a, draft, location);
            pageOnly(a, location);
            // JSON-LD's own authors and topics go straight to the draft; remember that the source had some.
            if (draft.authors().size() > authorsBefore) {
                authorSources.add(List.of());
            }
            if (draft.topics().size() > topicsBefore) {
                topicSources.add(List.of());
            }
            String body = JsonLd.articleBody(a);
            if (body != null && (found.articleBody == null || body.length() > found.articleBody.length())) {
                found.articleBody = body;
            }
        }
        if (micro != null) {
            microdata(micro);
        }
        openGraph();
        twitter();
        plainMeta();
        dublinCore();
        timeElements(h1);
        links();
        Element html = doc.firstElementChild();
        if (html != null && html.normalName().equals("html")) {
            draft.language(html.attr("lang"), origin("<html lang>", "html[lang]"));
            draft.language(html.attr("xml:lang"), origin("<html xml:lang>", "html[xml:lang]"));
        }
        publishers();
        titles(h1);
        visibleBylines(h1);
        flushLists();
    }

    // ---------------------------------------------------------------- JSON-LD

    /**
     * What a page's JSON-LD gives beyond the shared mapping. The creation date stands in for a missing publication
     * date, the schema.org type for the content type, and two properties are kept as extras; the json format keeps
     * every unmapped property of a record as an extra itself.
     */
    private void pageOnly(JsonNode article, String location) {
        String type = JsonLd.articleType(article);
        String prefix = "JSON-LD " + type + ".";
        draft.publishedAt(JsonLd.firstText(article, "dateCreated"), origin(prefix + "dateCreated", location));
        draft.type(type, origin(prefix + "@type", location));
        JsonNode free = article.get("isAccessibleForFree");
        if (free != null && (free.isBoolean() || free.isTextual())) {
            draft.extra("isAccessibleForFree", free.isBoolean() ? (Object) free.booleanValue()
                    : (Object) free.asText());
        }
        String wordCount = JsonLd.firstText(article, "wordCount");
        if (wordCount != null) {
            draft.extra("declaredWordCount", wordCount);
        }
    }

    private List<JsonNode> jsonLd() {
        List<JsonNode> out = new ArrayList<>();
        int n = 0;
        for (Element script : index.jsonLdScripts) {
            if (n++ >= MAX_SCRIPTS) {
                break;
            }
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS) {
                draft.warning("skipped a JSON-LD script of " + data.length() + " characters (more than "
                        + MAX_SCRIPT_CHARS + ")");
                continue;
            }
            JsonNode root = JsonLd.parseScript(data);
            if (root == null) {
                draft.warning("skipped JSON-LD script #" + n + ": not valid JSON (\""
                        + Texts.shorten(Texts.clean(data), 60) + "\")");
                continue;
            }
            out.addAll(JsonLd.articles(root));
        }
        return out;
    }

    // ---------------------------------------------------------------- microdata

    private Element microdataScope() {
        return index.microdata;
    }

    private void microdata(Element scope) {
        Map<String, Element> props = new LinkedHashMap<>();
        List<Element> authors = new ArrayList<>();
        List<Element> images = new ArrayList<>();
        int n = 0;
        for (Element e : scope.select(ITEMPROP)) {
            if (n++ > 500) {
                break;
            }
            if (e != scope && nestedScope(e, scope)) {
                continue;
            }
            for (String p : e.attr("itemprop").toLowerCase(Locale.ROOT).split("\\s+")) {
                props.putIfAbsent(p, e);
                if (p.equals("author") || p.equals("creator")) {
                    authors.add(e);
                } else if (p.equals("image")) {
                    images.add(e);
                }
            }
        }
        String type = scope.attr("itemtype");
        String prefix = "microdata " + type.substring(type.lastIndexOf('/') + 1) + ".";
        offerProp(props, "headline", prefix, Draft.Field.TITLE);
        offerProp(props, "name", prefix, Draft.Field.TITLE);
        offerProp(props, "alternativeheadline", prefix, Draft.Field.SUBTITLE);
        offerProp(props, "description", prefix, Draft.Field.EXCERPT);
        offerProp(props, "datepublished", prefix, Draft.Field.PUBLISHED_AT);
        offerProp(props, "datecreated", prefix, Draft.Field.PUBLISHED_AT);
        offerProp(props, "datemodified", prefix, Draft.Field.MODIFIED_AT);
        offerProp(props, "url", prefix, Draft.Field.URL);
        offerProp(props, "mainentityofpage", prefix, Draft.Field.URL);
        offerProp(props, "inlanguage", prefix, Draft.Field.LANGUAGE);
        offerProp(props, "articlesection", prefix, Draft.Field.SECTION);
        List<String[]> names = new ArrayList<>();
        for (Element a : authors) {
            String name;
            String url = null;
            if (a.hasAttr("itemscope")) {
                Element nameEl = a.selectFirst(ITEMPROP_NAME);
                name = nameEl == null ? a.text() : value(nameEl);
                Element urlEl = a.selectFirst(ITEMPROP_URL);
                url = urlEl == null ? null : value(urlEl);
            } else {
                name = value(a);
                if (a.normalName().equals("a")) {
                    url = a.attr("abs:href");
                    name = a.text();
                }
            }
            if (name != null && !name.isBlank() && name.length() < 200) {
                names.add(new String[]{prefix + "author", path(a), name, url});
            }
        }
        authorSources.add(names);
        Element publisher = props.get("publisher");
        if (publisher != null) {
            Element nameEl = publisher.selectFirst(ITEMPROP_NAME);
            String name = nameEl == null ? (publisher.hasAttr("itemscope") ? null : value(publisher)) : value(nameEl);
            draft.publisher(name, null, origin(prefix + "publisher", path(publisher)));
            if (name != null) {
                found.siteNames.add(name);
            }
        }
        Element keywords = props.get("keywords");
        if (keywords != null) {
            List<String[]> topics = new ArrayList<>();
            for (String k : value(keywords).split(",", 200)) {
                topics.add(new String[]{prefix + "keywords", path(keywords), k.trim(), null});
            }
            topicSources.add(topics);
        }
        for (Element img : images) {
            String url = img.hasAttr("itemscope") ? valueOf(img.selectFirst(ITEMPROP_IMAGE_URL))
                    : value(img);
            if (url != null) {
                found.images.add(new PendingImage(url, null, null, null, origin(prefix + "image", path(img))));
            }
        }
        Element body = props.get("articlebody");
        if (body != null && found.articleBody == null) {
            String text = body.text();
            if (text.length() > 200) {
                found.articleBody = text;
            }
        }
    }

    private static boolean nestedScope(Element e, Element scope) {
        for (Element p = e.parent(); p != null && p != scope; p = p.parent()) {
            if (p.hasAttr("itemscope")) {
                return true;
            }
        }
        return false;
    }

    private void offerProp(Map<String, Element> props, String name, String prefix, Draft.Field field) {
        Element e = props.get(name);
        if (e != null && !e.hasAttr("itemscope")) {
            String v = value(e);
            if (v != null && v.length() < 2_000) {
                draft.offer(field, v, origin(prefix + e.attr("itemprop").trim(), path(e)));
            }
        } else if (e != null && (field == Draft.Field.URL)) {
            draft.offer(field, e.attr("itemid"), origin(prefix + name + "@itemid", path(e)));
        }
    }

    private static String valueOf(Element e) {
        return e == null ? null : value(e);
    }

    /** A microdata property's value, by the element's kind. */
    static String value(Element e) {
        switch (e.normalName()) {
            case "meta" -> {
                return e.attr("content");
            }
            case "a", "link", "area" -> {
                return e.attr("abs:href").isEmpty() ? e.attr("href") : e.attr("abs:href");
            }
            case "img", "source", "audio", "video", "embed", "iframe", "track" -> {
                return e.attr("abs:src").isEmpty() ? e.attr("src") : e.attr("abs:src");
            }
            case "time" -> {
                return e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            }
            case "data", "meter" -> {
                return e.attr("value");
            }
            default -> {
                return e.hasAttr("content") ? e.attr("content") : e.text();
            }
        }
    }

    // ---------------------------------------------------------------- Open Graph, Twitter, meta, Dublin Core

    private void openGraph() {
        offerMeta(Draft.Field.TITLE, "og:title");
        offerMeta(Draft.Field.EXCERPT, "og:description");
        offerMeta(Draft.Field.PUBLISHED_AT, "article:published_time");
        offerMeta(Draft.Field.PUBLISHED_AT, "og:published_time");
        offerMeta(Draft.Field.MODIFIED_AT, "article:modified_time");
        offerMeta(Draft.Field.MODIFIED_AT, "og:updated_time");
        offerMeta(Draft.Field.URL, "og:url");
        offerMeta(Draft.Field.LANGUAGE, "og:locale");
        offerMeta(Draft.Field.SECTION, "article:section");
        offerMeta(Draft.Field.TYPE, "og:type");
        List<String> ogImages = meta.getOrDefault("og:image", meta.getOrDefault("og:image:url", List.of()));
        for (int i = 0; i < ogImages.size() && i < 20; i++) {
            Integer w = i == 0 ? integer(meta("og:image:width")) : null;
            Integer h = i == 0 ? integer(meta("og:image:height")) : null;
            found.images.add(new PendingImage(ogImages.get(i), w, h, i == 0 ? meta("og:image:alt") : null,
                    origin("Open Graph og:image", "meta[property=og:image]")));
        }
        List<String[]> tags = new ArrayList<>();
        for (String t : meta.getOrDefault("article:tag", List.of())) {
            tags.add(new String[]{"Open Graph article:tag", "meta[property=article:tag]", t, null});
        }
        topicSources.add(tags);
        List<String[]> authors = new ArrayList<>();
        for (String a : meta.getOrDefault("article:author", List.of())) {
            if (!a.contains("://") && !a.startsWith("www.")) {
                authors.add(new String[]{"Open Graph article:author", "meta[property=article:author]", a, null});
            }
        }
        authorSources.add(authors);
    }

    private void twitter() {
        offerMeta(Draft.Field.TITLE, "twitter:title");
        offerMeta(Draft.Field.EXCERPT, "twitter:description");
        offerMeta(Draft.Field.URL, "twitter:url");
        String img = meta("twitter:image");
        if (img == null) {
            img = meta("twitter:image:src");
        }
        if (img != null) {
            found.images.add(new PendingImage(img, null, null, meta("twitter:image:alt"),
                    origin("Twitter card twitter:image", "meta[name=twitter:image]")));
        }
        String site = meta("twitter:site");
        if (site != null) {
            draft.extra("twitterSite", site);
        }
        String creator = meta("twitter:creator");
        if (creator != null) {
            draft.extra("twitterCreator", creator);
        }
    }

    private void plainMeta() {
        offerMeta(Draft.Field.TITLE, "title");
        offerMeta(Draft.Field.TITLE, "sailthru.title");
        offerMeta(Draft.Field.TITLE, "parsely-title");
        offerMeta(Draft.Field.EXCERPT, "description");
        for (String key : List.of("pubdate", "publishdate", "publish-date", "publish_date", "date",
                "article.published", "article_date_original", "published_time", "publication_date",
                "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "citation_publication_date",
                "originalpublicationdate", "datepublished", "dc.date.issued", "dc.date.created")) {
            offerMeta(Draft.Field.PUBLISHED_AT, key);
        }
        for (String key : List.of("lastmod", "last-modified", "revised", "article.updated", "datemodified",
                "dc.date.modified")) {
            offerMeta(Draft.Field.MODIFIED_AT, key);
        }
        offerMeta(Draft.Field.LANGUAGE, "language");
        offerMeta(Draft.Field.LANGUAGE, "content-language");
        offerMeta(Draft.Field.SECTION, "section");
        offerMeta(Draft.Field.SECTION, "parsely-section");
        offerMeta(Draft.Field.SECTION, "category");
        offerMeta(Draft.Field.CREDIT, "original-source");
        offerMeta(Draft.Field.CREDIT, "syndication-source");
        List<String[]> authors = new ArrayList<>();
        for (String key : List.of("author", "sailthru.author", "parsely-author", "byl", "citation_author")) {
            for (String a : meta.getOrDefault(key, List.of())) {
                if (!a.contains("://")) {
                    authors.add(new String[]{"<meta name=" + key + ">", "meta[name=" + key + "]", a, null});
                }
            }
            if (!authors.isEmpty()) {
                break;
            }
        }
        authorSources.add(authors);
        for (String key : List.of("news_keywords", "keywords", "sailthru.tags", "parsely-tags")) {
            List<String[]> topics = new ArrayList<>();
            for (String v : meta.getOrDefault(key, List.of())) {
                for (String k : v.split(",", 200)) {
                    topics.add(new String[]{"<meta name=" + key + ">", "meta[name=" + key + "]", k.trim(), null});
                }
            }
            topicSources.add(topics);
        }
    }

    private void dublinCore() {
        for (String ns : List.of("dc.", "dcterms.")) {
            offerMeta(Draft.Field.TITLE, ns + "title");
            offerMeta(Draft.Field.EXCERPT, ns + "description");
            offerMeta(Draft.Field.EXCERPT, ns + "abstract");
            offerMeta(Draft.Field.PUBLISHED_AT, ns + "date");
            offerMeta(Draft.Field.PUBLISHED_AT, ns + "issued");
            offerMeta(Draft.Field.PUBLISHED_AT, ns + "created");
            offerMeta(Draft.Field.MODIFIED_AT, ns + "modified");
            offerMeta(Draft.Field.LANGUAGE, ns + "language");
            offerMeta(Draft.Field.TYPE, ns + "type");
            offerMeta(Draft.Field.URL, ns + "identifier");
            List<String[]> authors = new ArrayList<>();
            for (String a : meta.getOrDefault(ns + "creator", List.of())) {
                authors.add(new String[]{"Dublin Core " + ns + "creator", "meta[name=" + ns + "creator]", a, null});
            }
            authorSources.add(authors);
        }
    }

    private void offerMeta(Draft.Field field, String key) {
        String v = meta(key);
        if (v != null && field == Draft.Field.TITLE) {
            String stripped = Titles.strip(v, found.siteNames, headlineText);
            FieldOrigin o = origin(describe(key), "meta[" + (key.startsWith("og:") ? "property" : "name") + "="
                    + key + "]");
            draft.title(stripped, stripped.equals(v.trim()) ? o : o.withNote("site name removed"));
            return;
        }
        if (v != null) {
            String attr = key.startsWith("og:") || key.startsWith("article:") ? "property" : "name";
            draft.offer(field, v, origin(describe(key), "meta[" + attr + "=" + key + "]"));
        }
    }

    private static String describe(String key) {
        if (key.startsWith("og:") || key.startsWith("article:")) {
            return "Open Graph " + key;
        }
        if (key.startsWith("twitter:")) {
            return "Twitter card " + key;
        }
        if (key.startsWith("dc.") || key.startsWith("dcterms.")) {
            return "Dublin Core " + key;
        }
        return "<meta name=" + key + ">";
    }

    // ---------------------------------------------------------------- time, links, publisher, title

    private void timeElements(Element h1) {
        Element scope = h1 == null ? doc.body() : contentScope(h1);
        if (scope == null) {
            return;
        }
        int n = 0;
        for (Element t : index.times) {
            if (!Extractor.contains(scope, t)) {
                continue;
            }
            if (n++ > 20) {
                break;
            }
            String dt = t.attr("datetime");
            if (dt.isBlank()) {
                continue;
            }
            String hint = (t.attr("itemprop") + " " + Hints.tokens(t) + " " + Hints.tokens(t.parent() == null ? t
                    : t.parent())).toLowerCase(Locale.ROOT);
            if (hint.contains("modif") || hint.contains("updat")) {
                draft.modifiedAt(dt, origin("<time datetime> marked as updated", path(t)));
            } else {
                draft.publishedAt(dt, origin("<time datetime>", path(t)));
            }
        }
    }

    /**
     * The first element, in document order from the scope itself, whose class names a date: {@code [class*=date],
     * [class*=time], [class*=published]} as Jsoup selects it, without a lower-cased copy of each class value.
     */
    static Element firstDateLike(Element scope) {
        for (Element e = scope; e != null; e = Extractor.next(e, scope, false)) {
            String cls = e.attributesSize() == 0 ? "" : e.attributes().get("class");
            if (cls.length() >= 4 && (PageIndex.contains(cls, "date", 0) || PageIndex.contains(cls, "time", 0)
                    || PageIndex.contains(cls, "published", 0))) {
                return e;
            }
        }
        return null;
    }

    /** The element near the headline where bylines and dates live: a few levels up from it. */
    private static Element contentScope(Element h1) {
        Element scope = h1;
        for (int i = 0; i < 4 && scope.parent() != null && !scope.parent().normalName().equals("body"); i++) {
            scope = scope.parent();
        }
        return scope;
    }

    private void links() {
        for (Element link : index.links) {
            String rel = link.attr("rel").toLowerCase(Locale.ROOT);
            if (rel.equals("canonical")) {
                draft.url(link.attr("href"), origin("<link rel=canonical>", "link[rel=canonical]"));
            } else if (rel.equals("amphtml")) {
                draft.ampUrl(link.attr("href"), origin("<link rel=amphtml>", "link[rel=amphtml]"));
            }
        }
    }

    private void publishers() {
        String site = meta("og:site_name");
        draft.publisher(site, null, origin("Open Graph og:site_name", "meta[property=og:site_name]"));
        draft.publisher(meta("application-name"), null, origin("<meta name=application-name>",
                "meta[name=application-name]"));
        draft.publisher(meta("dc.publisher"), null, origin("Dublin Core dc.publisher", "meta[name=dc.publisher]"));
    }

    /** The page's headline element: the first h1 (inside the article when there is one). */
    private Element headline() {
        Element h1 = index.headline;
        if (h1 == null && !index.h1.isEmpty()) {
            h1 = index.h1.get(0);
        }
        return h1;
    }

    private void titles(Element h1) {
        String pageTitle = doc.title();
        String h1Text = h1 == null ? null : Texts.cleanOrNull(h1.text());
        for (Draft.Candidate c : draft.candidates(Draft.Field.TITLE)) {
            found.title = c.raw();
            break;
        }
        draft.title(h1Text, origin("first <h1>", h1 == null ? "h1" : path(h1)));
        if (pageTitle != null && !pageTitle.isBlank()) {
            String stripped = Titles.strip(pageTitle, found.siteNames, h1Text, true);
            FieldOrigin o = origin("<title>", "head > title");
            draft.title(stripped, stripped.equals(pageTitle.trim()) ? o : o.withNote("site name removed"));
        }
        if (found.title == null) {
            found.title = h1Text != null ? h1Text : pageTitle;
        }
        if (h1Text != null && found.title != null && Titles.same(h1Text, Titles.strip(found.title,
                found.siteNames, h1Text))) {
            found.title = h1Text;
        }
    }

    private void visibleBylines(Element h1) {
        List<String[]> names = new ArrayList<>();
        int n = 0;
        for (Element e : index.bylines) {
            if (n++ > 20 || names.size() >= 5) {
                break;
            }
            String text = Texts.clean(e.text());
            if (text.isEmpty() || text.length() > 120 || e.selectFirst(PARAGRAPH) != null) {
                continue;
            }
            String url = e.normalName().equals("a") ? e.attr("href") : null;
            names.add(new String[]{"visible byline", path(e), text, url});
        }
        authorSources.add(names);
        Element scope = h1 == null ? null : contentScope(h1);
        if (scope != null) {
            Element date = firstDateLike(scope);
            if (date != null && date.childrenSize() < 4) {
                String text = Texts.clean(date.text());
                if (!text.isEmpty() && text.length() < 80) {
                    draft.publishedAt(text, origin("visible date near the headline", path(date)));
                }
            }
        }
    }

    /** Offers the authors and topics of the first source that has any; the others' values become rejected. */
    private void flushLists() {
        offerFirst(authorSources, true);
        offerFirst(topicSources, false);
    }

    private void offerFirst(List<List<String[]>> sources, boolean authors) {
        String winner = null;
        for (List<String[]> source : sources) {
            boolean alreadyFilled = authors ? !draft.authors().isEmpty() : !draft.topics().isEmpty();
            if (source.isEmpty()) {
                continue;
            }
            if (alreadyFilled && winner == null) {
                winner = "JSON-LD";
            }
            if (winner == null) {
                winner = source.get(0)[0];
                int n = 0;
                for (String[] v : source) {
                    if (n++ >= 100) {
                        break;
                    }
                    if (authors) {
                        draft.author(v[2], v[3], origin(v[0], v[1]));
                    } else {
                        draft.topic(v[2], origin(v[0], v[1]));
                    }
                }
            } else {
                int n = 0;
                for (String[] v : source) {
                    if (n++ >= 20) {
                        break;
                    }
                    if (authors && sameAsOffered(v[2])) {
                        continue;
                    }
                    draft.rejected(authors ? "authors" : "topics", Texts.shorten(Texts.clean(v[2]), 200),
                            "lost to " + winner + " (from " + v[0] + " at " + v[1] + ")");
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Whether a byline only repeats an author already offered ("By Jo Brandt" after "Jo Brandt"). */
    private boolean sameAsOffered(String byline) {
        String b = Titles.norm(byline);
        for (Draft.RawAuthor a : draft.authors()) {
            String n = Titles.norm(a.raw());
            if (!n.isEmpty() && b.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** The main label of a URL's host ("news.example.co.uk" gives "example"), or null. */
    private static String hostLabel(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != ':' && url.charAt(end) != '?') {
            end++;
        }
        String[] labels = url.substring(start, end).toLowerCase(Locale.ROOT).split("\\.");
        String best = null;
        for (String l : labels) {
            if (l.length() > 3 && !l.equals("www") && (best == null || l.length() > best.length())) {
                best = l;
            }
        }
        return best;
    }

    private static Integer integer(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.isEmpty() || t.length() > 8 || !t.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(t);
    }

    static FieldOrigin origin(String origin, String location) {
        return new FieldOrigin(origin, location);
    }

    /** A short CSS-ish path of an element: up to three ancestors, each as tag, #id or first .class. */
    static String path(Element e) {
        List<String> parts = new ArrayList<>();
        Element cur = e;
        for (int i = 0; i < 4 && cur != null && !cur.normalName().equals("#root"); i++) {
            parts.add(0, step(cur));
            if (!cur.id().isEmpty() || cur.normalName().equals("body") || cur.normalName().equals("head")) {
                break;
            }
            cur = cur.parent();
        }
        return String.join(" > ", parts);
    }

    private static String step(Element e) {
        String s = e.normalName();
        if (!e.id().isEmpty()) {
            return s + "#" + Texts.shorten(e.id(), 40);
        }
        String cls = e.className().trim();
        if (!cls.isEmpty()) {
            int sp = cls.indexOf(' ');
            return s + "." + Texts.shorten(sp < 0 ? cls : cls.substring(0, sp), 40);
        }
        return s;
    }
}
