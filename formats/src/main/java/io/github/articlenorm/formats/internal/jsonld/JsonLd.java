package io.github.articlenorm.formats.internal.jsonld;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.articlenorm.Block;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.spi.Draft;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Schema.org JSON-LD articles: finds the article-like objects in a parsed JSON-LD value and offers their properties
 * to a {@link Draft}. Stateless and thread-safe. Not API.
 *
 * <p>Walks iteratively (no recursion, so nesting cannot overflow the stack) and looks at most {@value #MAX_NODES}
 * objects. Types may be written plainly ({@code NewsArticle}), prefixed ({@code schema:NewsArticle}) or as IRIs
 * ({@code https://schema.org/NewsArticle}), alone or in an array.
 */
public final class JsonLd {

    /** How many objects {@link #articles} looks at, at most: enough for any page's JSON-LD. */
    static final int MAX_NODES = 10_000;

    /** Article types and their specificity: a subtype of NewsArticle beats NewsArticle, which beats Article. */
    private static final Map<String, Integer> ARTICLE_TYPES = Map.ofEntries(
            Map.entry("article", 1),
            Map.entry("newsarticle", 2), Map.entry("blogposting", 2), Map.entry("liveblogposting", 3),
            Map.entry("socialmediaposting", 2), Map.entry("techarticle", 2), Map.entry("scholarlyarticle", 2),
            Map.entry("report", 2), Map.entry("satiricalarticle", 2), Map.entry("advertisercontentarticle", 2),
            Map.entry("reportagenewsarticle", 3), Map.entry("analysisnewsarticle", 3),
            Map.entry("opinionnewsarticle", 3), Map.entry("reviewnewsarticle", 3),
            Map.entry("backgroundnewsarticle", 3), Map.entry("askpublicnewsarticle", 3));

    /** The properties {@link #offer} maps; the others have no Article component. */
    private static final Set<String> MAPPED = Set.of(
            "headline", "name", "alternativeHeadline", "description", "abstract", "articleBody", "text",
            "datePublished", "dateModified", "author", "creator", "publisher", "sourceOrganization", "url",
            "mainEntityOfPage", "image", "thumbnailUrl", "inLanguage", "articleSection", "keywords", "isPartOf",
            "genre", "@type", "@context", "@id");

    /**
     * Reads the text of a page's {@code <script type="application/ld+json">}: tolerant of what pages put there
     * (comments, single quotes, trailing commas, unescaped control characters), within bounds on nesting, string and
     * number length.
     */
    private static final ObjectMapper SCRIPT_MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(200).maxStringLength(5_000_000).maxNumberLength(100).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JsonLd() {
    }

    /**
     * Parses the text of an HTML page's JSON-LD script, or returns null when it is not JSON even after light repair
     * (an HTML comment or CDATA markers around it, a trailing semicolon).
     */
    public static JsonNode parseScript(String script) {
        String s = script.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("/*<![CDATA[*/", "").replace("/*]]>*/", "").strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return SCRIPT_MAPPER.readTree(s);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The article-like objects (NewsArticle, Article, BlogPosting, ReportageNewsArticle, ... incl. {@code @graph},
     * arrays, nested) in a parsed JSON-LD value, most specific first; document order among equals. Never null.
     */
    public static List<JsonNode> articles(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        if (root == null) {
            return found;
        }
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        int seen = 0;
        while (!todo.isEmpty() && seen < MAX_NODES) {
            JsonNode n = todo.pop();
            seen++;
            List<JsonNode> children = new ArrayList<>();
            if (n.isArray()) {
                n.forEach(children::add);
            } else if (n.isObject()) {
                if (specificity(n) > 0) {
                    found.add(n);
                    continue;
                }
                Iterator<Map.Entry<String, JsonNode>> it = n.fields();
                while (it.hasNext()) {
                    JsonNode v = it.next().getValue();
                    if (v.isContainerNode()) {
                        children.add(v);
                    }
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        // A stable sort keeps document order among articles of equal specificity.
        found.sort(Comparator.comparingInt(JsonLd::specificity).reversed());
        return found;
    }

    /**
     * Whether a type name ({@code NewsArticle}, {@code schema:BlogPosting}, {@code https://schema.org/Article}, in
     * any case) is an article type.
     */
    public static boolean isArticleType(String type) {
        return type != null && ARTICLE_TYPES.containsKey(localName(type).toLowerCase(Locale.ROOT));
    }

    /** The article type of a JSON-LD object ("NewsArticle"), its most specific one when several; else null. */
    public static String articleType(JsonNode node) {
        String best = null;
        int rank = 0;
        for (String t : types(node)) {
            int r = ARTICLE_TYPES.getOrDefault(t.toLowerCase(java.util.Locale.ROOT), 0);
            if (r > rank) {
                rank = r;
                best = t;
            }
        }
        return best;
    }

    /** Whether {@link #offer} maps this property of an article object. */
    public static boolean maps(String property) {
        return MAPPED.contains(property);
    }

    /**
     * Offers the article's fields to the draft (headline, alternativeHeadline, description, articleBody,
     * datePublished, dateModified, author, publisher, url, mainEntityOfPage, image, inLanguage, articleSection,
     * keywords, isPartOf, ...), each with origin {@code "JSON-LD <Type>.<property>"} and the given location.
     * The body is offered only when the draft has none yet.
     */
    public static void offer(JsonNode article, Draft draft, String location) {
        if (article == null || !article.isObject()) {
            return;
        }
        offerMetadata(article, draft, location);
        if (draft.body().isEmpty()) {
            String prefix = "JSON-LD " + typeOrThing(article) + ".";
            for (String key : List.of("articleBody", "text")) {
                JsonNode body = article.get(key);
                if (body != null && body.isTextual() && !body.textValue().isBlank()) {
                    FieldOrigin origin = new FieldOrigin(prefix + key, location);
                    for (Block b : TextBlocks.of(body.textValue())) {
                        draft.block(b, origin);
                    }
                    break;
                }
            }
        }
    }

    /**
     * Offers everything {@link #offer} does except the body, for a format that finds the body elsewhere (an HTML
     * page's own text) and uses {@link #articleBody} only as a hint.
     */
    public static void offerMetadata(JsonNode article, Draft draft, String location) {
        if (article == null || !article.isObject()) {
            return;
        }
        String type = typeOrThing(article);
        String prefix = "JSON-LD " + type + ".";
        Offer o = new Offer(article, draft, prefix, location);
        o.texts("headline", draft::title);
        o.texts("name", draft::title);
        o.texts("alternativeHeadline", draft::subtitle);
        o.texts("description", draft::excerpt);
        o.texts("abstract", draft::excerpt);
        o.texts("datePublished", draft::publishedAt);
        o.texts("dateModified", draft::modifiedAt);
        o.texts("url", draft::url);
        JsonNode page = article.get("mainEntityOfPage");
        if (page != null) {
            if (page.isTextual()) {
                draft.url(page.textValue(), o.origin("mainEntityOfPage"));
            } else if (page.isObject()) {
                draft.url(firstText(page, "@id", "url"), o.origin("mainEntityOfPage"));
            }
        }
        JsonNode id = article.get("@id");
        if (id != null && id.isTextual() && id.textValue().startsWith("http") && !id.textValue().contains("#")) {
            draft.url(id.textValue(), o.origin("@id"));
        }
        o.languages();
        o.texts("articleSection", draft::section);
        o.texts("genre", draft::type);
        o.keywords();
        o.authors("author");
        o.authors("creator");
        o.publisher("publisher");
        o.publisher("sourceOrganization");
        o.publisher("isPartOf");
        o.images("image");
        o.images("thumbnailUrl");
    }

    /** The article's body text ({@code articleBody}, else {@code text}) as written, or null when it has none. */
    public static String articleBody(JsonNode article) {
        String body = firstText(article, "articleBody", "text");
        return body == null || body.isBlank() ? null : body;
    }

    private static String typeOrThing(JsonNode article) {
        String type = articleType(article);
        return type == null ? "Thing" : type;
    }

    // ---- helpers ----

    private static List<String> types(JsonNode node) {
        List<String> out = new ArrayList<>(2);
        JsonNode t = node.get("@type");
        if (t == null) {
            return out;
        }
        if (t.isTextual()) {
            out.add(localName(t.textValue()));
        } else if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.isTextual()) {
                    out.add(localName(x.textValue()));
                }
            }
        }
        return out;
    }

    private static String localName(String type) {
        int cut = Math.max(type.lastIndexOf('/'), Math.max(type.lastIndexOf(':'), type.lastIndexOf('#')));
        return type.substring(cut + 1).trim();
    }

    private static int specificity(JsonNode node) {
        int rank = 0;
        for (String t : types(node)) {
            rank = Math.max(rank, ARTICLE_TYPES.getOrDefault(t.toLowerCase(java.util.Locale.ROOT), 0));
        }
        return rank;
    }

    /** The first of the keys that holds a non-blank string (or a number), or null. */
    public static String firstText(JsonNode n, String... keys) {
        for (String k : keys) {
            JsonNode v = n.get(k);
            if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    /**
     * A whole number of pixels from a number, a string of digits ("1200", "1200px") or a QuantitativeValue; null
     * when there is none.
     */
    public static Integer pixelsOf(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isObject()) {
            return pixelsOf(v.get("value"));
        }
        if (v.isNumber()) {
            return v.canConvertToInt() && v.asDouble() >= 0 ? (int) v.asDouble() : null;
        }
        if (v.isTextual()) {
            String s = v.textValue().trim();
            int i = 0;
            long value = 0;
            while (i < s.length() && i < 10 && Character.isDigit(s.charAt(i))) {
                value = value * 10 + (s.charAt(i) - '0');
                i++;
            }
            return i == 0 || value > Integer.MAX_VALUE ? null : (int) value;
        }
        return null;
    }

    private interface Sink {
        Draft accept(String raw, FieldOrigin origin);
    }

    /** The offers of one article object. */
    private static final class Offer {
        private final JsonNode a;
        private final Draft draft;
        private final String prefix;
        private final String location;

        Offer(JsonNode a, Draft draft, String prefix, String location) {
            this.a = a;
            this.draft = draft;
            this.prefix = prefix;
            this.location = location;
        }

        FieldOrigin origin(String property) {
            return new FieldOrigin(prefix + property, location);
        }

        /** A string, or each string of an array (the first wins in core; the others are listed as rejected). */
        void texts(String key, Sink sink) {
            JsonNode v = a.get(key);
            if (v == null) {
                return;
            }
            if (v.isTextual() || v.isNumber()) {
                sink.accept(TextBlocks.plain(v.asText()), origin(key));
            } else if (v.isArray()) {
                for (JsonNode x : v) {
                    if (x.isTextual()) {
                        sink.accept(TextBlocks.plain(x.textValue()), origin(key));
                    }
                }
            }
        }

        void languages() {
            JsonNode v = a.get("inLanguage");
            if (v == null) {
                return;
            }
            for (JsonNode x : v.isArray() ? v : List.of(v)) {
                if (x.isTextual()) {
                    draft.language(x.textValue(), origin("inLanguage"));
                } else if (x.isObject()) {
                    draft.language(firstText(x, "alternateName", "name"), origin("inLanguage"));
                }
            }
        }

        void keywords() {
            JsonNode v = a.get("keywords");
            if (v == null) {
                return;
            }
            FieldOrigin origin = origin("keywords");
            if (v.isTextual()) {
                for (String k : v.textValue().split(",", -1)) {
                    draft.topic(k.strip(), origin);
                }
            } else if (v.isArray()) {
                for (JsonNode x : v) {
                    if (x.isTextual()) {
                        draft.topic(x.textValue(), origin);
                    } else if (x.isObject()) {
                        draft.topic(firstText(x, "name", "termCode"), origin);
                    }
                }
            }
        }

        void authors(String key) {
            JsonNode v = a.get(key);
            if (v == null) {
                return;
            }
            FieldOrigin origin = origin(key);
            for (JsonNode x : v.isArray() ? v : List.of(v)) {
                if (x.isTextual()) {
                    draft.author(x.textValue(), null, origin);
                } else if (x.isObject()) {
                    String name = firstText(x, "name");
                    if (name == null) {
                        String given = firstText(x, "givenName");
                        String family = firstText(x, "familyName");
                        name = given == null ? family : family == null ? given : given + " " + family;
                    }
                    String url = firstText(x, "url");
                    if (url == null) {
                        JsonNode same = x.get("sameAs");
                        url = same == null ? null : same.isTextual() ? same.textValue()
                                : same.isArray() && same.size() > 0 && same.get(0).isTextual()
                                ? same.get(0).textValue() : null;
                    }
                    if (url == null) {
                        String id = firstText(x, "@id");
                        url = id != null && id.startsWith("http") ? id : null;
                    }
                    draft.author(name, url, origin);
                }
            }
        }

        void publisher(String key) {
            JsonNode v = a.get(key);
            if (v == null) {
                return;
            }
            FieldOrigin origin = origin(key);
            for (JsonNode x : v.isArray() ? v : List.of(v)) {
                if (x.isTextual() && !key.equals("isPartOf")) {
                    draft.publisher(x.textValue(), null, origin);
                } else if (x.isObject()) {
                    String url = firstText(x, "url");
                    if (url == null) {
                        String id = firstText(x, "@id");
                        url = id != null && id.startsWith("http") ? id : null;
                    }
                    draft.publisher(firstText(x, "name", "alternateName"), url, origin);
                }
            }
        }

        void images(String key) {
            JsonNode v = a.get(key);
            if (v == null) {
                return;
            }
            FieldOrigin origin = origin(key);
            for (JsonNode x : v.isArray() ? v : List.of(v)) {
                if (x.isTextual()) {
                    draft.image(x.textValue(), null, null, null, origin);
                } else if (x.isObject()) {
                    draft.image(firstText(x, "url", "contentUrl", "@id"), pixelsOf(x.get("width")),
                            pixelsOf(x.get("height")), firstText(x, "caption", "name", "description"), origin);
                }
            }
        }
    }
}
