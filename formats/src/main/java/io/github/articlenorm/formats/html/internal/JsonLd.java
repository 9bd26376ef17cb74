package io.github.articlenorm.formats.html.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.spi.Draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Schema.org JSON-LD articles: finds the article objects of a JSON-LD document and offers their values to a draft.
 * Has the shape of the shared JSON-LD mapping the json format will use, so that one can replace the other.
 */
final class JsonLd {

    /** The schema.org types read as articles. */
    static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "scholarlyarticle", "techarticle", "report", "socialmediaposting",
            "liveblogposting", "posting", "webpage:article");

    private static final int MAX_DEPTH = 40;
    private static final int MAX_ITEMS = 200;

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(200).maxStringLength(5_000_000).maxNumberLength(100).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JsonLd() {
    }

    /** Parses one script's text, or returns null when it is not JSON even after light repair. */
    static JsonNode parse(String json) {
        String s = json.trim();
        // Pages wrap JSON-LD in HTML comments or CDATA markers now and then.
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("/*<![CDATA[*/", "").replace("/*]]>*/", "").trim();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return MAPPER.readTree(s);
        } catch (Exception e) {
            return null;
        }
    }

    /** The article objects of a JSON-LD document: top level, arrays, {@code @graph}, and main entities. */
    static List<JsonNode> articles(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        collect(root, out, 0);
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > MAX_DEPTH || out.size() >= MAX_ITEMS) {
            return;
        }
        if (node.isArray()) {
            int n = 0;
            for (JsonNode item : node) {
                if (n++ >= MAX_ITEMS) {
                    break;
                }
                collect(item, out, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticle(node)) {
            out.add(node);
            return;
        }
        collect(node.get("@graph"), out, depth + 1);
        collect(node.get("mainEntity"), out, depth + 1);
        collect(node.get("mainEntityOfPage"), out, depth + 1);
    }

    /** Whether the object's {@code @type} (a string or an array) names an article type. */
    static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && ARTICLE_TYPES.contains(simpleType(t.asText()))) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPES.contains(simpleType(type.asText()));
    }

    private static String simpleType(String t) {
        int slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        return (slash >= 0 ? t.substring(slash + 1) : t).toLowerCase(Locale.ROOT).trim();
    }

    /** Offers the article's values to the draft, each with its origin; {@code location} names the script. */
    static void offer(JsonNode article, Draft draft, String location) {
        String type = typeName(article);
        String prefix = "JSON-LD " + type + ".";
        draft.title(text(article.get("headline")), origin(prefix + "headline", location));
        draft.title(text(article.get("name")), origin(prefix + "name", location));
        draft.subtitle(text(article.get("alternativeHeadline")), origin(prefix + "alternativeHeadline", location));
        draft.excerpt(text(article.get("description")), origin(prefix + "description", location));
        draft.excerpt(text(article.get("abstract")), origin(prefix + "abstract", location));
        draft.publishedAt(text(article.get("datePublished")), origin(prefix + "datePublished", location));
        draft.publishedAt(text(article.get("dateCreated")), origin(prefix + "dateCreated", location));
        draft.modifiedAt(text(article.get("dateModified")), origin(prefix + "dateModified", location));
        draft.url(text(article.get("url")), origin(prefix + "url", location));
        draft.url(idOrText(article.get("mainEntityOfPage")), origin(prefix + "mainEntityOfPage", location));
        draft.language(text(article.get("inLanguage")), origin(prefix + "inLanguage", location));
        draft.section(text(article.get("articleSection")), origin(prefix + "articleSection", location));
        draft.type(type, origin(prefix + "@type", location));
        authors(article.get("author"), draft, origin(prefix + "author", location), 0);
        authors(article.get("creator"), draft, origin(prefix + "creator", location), 0);
        JsonNode publisher = first(article.get("publisher"));
        if (publisher != null) {
            if (publisher.isObject()) {
                draft.publisher(text(publisher.get("name")), text(publisher.get("url")),
                        origin(prefix + "publisher", location));
            } else {
                draft.publisher(text(publisher), null, origin(prefix + "publisher", location));
            }
        }
        FieldOrigin kw = origin(prefix + "keywords", location);
        JsonNode keywords = article.get("keywords");
        if (keywords != null && keywords.isArray()) {
            int n = 0;
            for (JsonNode k : keywords) {
                if (n++ < MAX_ITEMS) {
                    draft.topic(text(k), kw);
                }
            }
        } else {
            String k = text(keywords);
            if (k != null) {
                for (String part : k.split(",", MAX_ITEMS)) {
                    draft.topic(part.trim(), kw);
                }
            }
        }
        images(article.get("image"), draft, origin(prefix + "image", location), 0);
        JsonNode free = article.get("isAccessibleForFree");
        if (free != null && (free.isBoolean() || free.isTextual())) {
            draft.extra("isAccessibleForFree", free.isBoolean() ? (Object) free.booleanValue()
                    : (Object) free.asText());
        }
        String wordCount = text(article.get("wordCount"));
        if (wordCount != null) {
            draft.extra("declaredWordCount", wordCount);
        }
    }

    /** The article's body text when it has one, else null. */
    static String articleBody(JsonNode article) {
        return text(article.get("articleBody"));
    }

    /** The simple name of the object's first {@code @type}. */
    static String typeName(JsonNode article) {
        JsonNode type = article.get("@type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && ARTICLE_TYPES.contains(simpleType(t.asText()))) {
                    return t.asText();
                }
            }
            return "Article";
        }
        return type == null ? "Article" : type.asText();
    }

    private static void authors(JsonNode node, Draft draft, FieldOrigin origin, int depth) {
        if (node == null || depth > 2) {
            return;
        }
        if (node.isArray()) {
            int n = 0;
            for (JsonNode a : node) {
                if (n++ < 50) {
                    authors(a, draft, origin, depth + 1);
                }
            }
        } else if (node.isObject()) {
            String url = text(node.get("url"));
            if (url == null) {
                url = idOrText(node.get("sameAs"));
            }
            draft.author(text(node.get("name")), url, origin);
        } else {
            draft.author(text(node), null, origin);
        }
    }

    private static void images(JsonNode node, Draft draft, FieldOrigin origin, int depth) {
        if (node == null || depth > 2) {
            return;
        }
        if (node.isArray()) {
            int n = 0;
            for (JsonNode i : node) {
                if (n++ < 20) {
                    images(i, draft, origin, depth + 1);
                }
            }
        } else if (node.isObject()) {
            String url = text(node.get("url"));
            if (url == null) {
                url = text(node.get("contentUrl"));
            }
            draft.image(url, integer(node.get("width")), integer(node.get("height")),
                    text(node.get("caption")), origin);
        } else {
            draft.image(text(node), null, null, null, origin);
        }
    }

    private static JsonNode first(JsonNode node) {
        if (node != null && node.isArray()) {
            return node.size() == 0 ? null : node.get(0);
        }
        return node;
    }

    /** A scalar's text; for an array its first scalar; null for anything else. */
    static String text(JsonNode node) {
        node = first(node);
        if (node == null || node.isNull() || node.isContainerNode()) {
            if (node != null && node.isObject() && node.has("@value")) {
                return text(node.get("@value"));
            }
            return null;
        }
        String s = node.asText();
        if (s.isBlank()) {
            return null;
        }
        // Many sites escape HTML in JSON-LD strings ("Ben &amp; Jerry&#39;s").
        return s.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(s, false) : s;
    }

    private static String idOrText(JsonNode node) {
        node = first(node);
        if (node != null && node.isObject()) {
            String id = text(node.get("@id"));
            return id != null ? id : text(node.get("url"));
        }
        return text(node);
    }

    private static Integer integer(JsonNode node) {
        node = first(node);
        if (node != null && node.isObject()) {
            node = node.get("value");
        }
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual()) {
            String s = node.asText().trim().replace("px", "");
            if (!s.isEmpty() && s.length() < 9 && s.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(s);
            }
        }
        return null;
    }

    private static FieldOrigin origin(String origin, String location) {
        return new FieldOrigin(origin, location);
    }
}
