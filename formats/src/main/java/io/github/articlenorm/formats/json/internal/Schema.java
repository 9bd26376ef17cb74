package io.github.articlenorm.formats.json.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A known record schema: how to recognize it and where its fields are. Keys it does not name are mapped by
 * {@link Aliases}; keys nothing maps are kept in extras.
 *
 * @param name      the schema's name, for {@code provenance.parser} and origins ("NewsAPI")
 * @param id        the parser id ({@code "newsapi"})
 * @param rules     JSON pointers relative to the record and the field each feeds, most trusted first
 * @param imageBase the base of relative image URLs, or null
 * @param matches   whether a record is of this schema
 * @param origins   the origins of values already described, by JSON pointer (see {@link #origin})
 */
record Schema(String name, String id, List<Rule> rules, String imageBase, Predicate<JsonNode> matches,
              Map<String, String> origins) {

    /**
     * One rule: the value at {@code pointer} ({@code path} compiled) feeds {@code target}; {@code origin} describes
     * it, as {@link #origin} would; {@code key} is the record's key when the pointer names one, interned as the parser
     * interns the record's keys (null when the pointer goes deeper).
     */
    record Rule(String pointer, Target target, JsonPointer path, String origin, String key) {
    }

    /** The records of no known schema. */
    static final Schema GENERIC = new Schema("JSON", "aliases", List.of(), null, r -> true,
            new ConcurrentHashMap<>());

    /** The known schemas, in the order they are tried. */
    static final List<Schema> KNOWN = List.of(
            schema("Guardian Content API", "guardian", null,
                    r -> r.has("webTitle") && (r.has("webPublicationDate") || r.has("sectionId") || r.has("apiUrl")),
                    "/fields/headline", Target.TITLE, "/webTitle", Target.TITLE,
                    "/fields/standfirst", Target.EXCERPT, "/fields/trailText", Target.EXCERPT,
                    "/fields/body", Target.BODY, "/fields/bodyText", Target.BODY,
                    "/fields/byline", Target.AUTHORS,
                    "/fields/firstPublicationDate", Target.PUBLISHED, "/webPublicationDate", Target.PUBLISHED,
                    "/fields/lastModified", Target.MODIFIED, "/webUrl", Target.URL,
                    "/sectionName", Target.SECTION, "/type", Target.TYPE, "/fields/thumbnail", Target.IMAGES,
                    "/fields/publication", Target.PUBLISHER_NAME, "/fields/lang", Target.LANGUAGE,
                    "/tags", Target.TOPICS, "/id", Target.EXTRA, "/sectionId", Target.EXTRA),
            schema("NYT Article Search", "nyt", "https://static01.nyt.com/",
                    r -> r.has("web_url") && (r.has("pub_date") || r.path("headline").isObject()),
                    "/headline/main", Target.TITLE, "/abstract", Target.EXCERPT, "/snippet", Target.EXCERPT,
                    "/lead_paragraph", Target.BODY, "/web_url", Target.URL, "/pub_date", Target.PUBLISHED,
                    "/byline/original", Target.AUTHORS, "/section_name", Target.SECTION,
                    "/type_of_material", Target.TYPE, "/keywords", Target.TOPICS, "/multimedia", Target.IMAGES,
                    "/source", Target.PUBLISHER_NAME, "/document_type", Target.EXTRA, "/uri", Target.EXTRA,
                    "/news_desk", Target.EXTRA, "/subsection_name", Target.EXTRA),
            schema("NewsAPI", "newsapi", null,
                    r -> r.path("source").isObject() && r.has("publishedAt")
                            && (r.has("urlToImage") || r.has("description") || r.has("content")),
                    "/title", Target.TITLE, "/description", Target.EXCERPT, "/content", Target.BODY,
                    "/author", Target.AUTHORS, "/source/name", Target.PUBLISHER_NAME, "/url", Target.URL,
                    "/urlToImage", Target.IMAGES, "/publishedAt", Target.PUBLISHED),
            schema("aggregator export", "aggregator", null,
                    r -> r.has("webUrl") && (r.has("publishedDateTime") || r.has("provider")
                            || r.has("cdnAmpWebUrl")),
                    "/title", Target.TITLE, "/excerpt", Target.EXCERPT, "/publishedDateTime", Target.PUBLISHED,
                    "/webUrl", Target.URL, "/originalUrl", Target.URL, "/ampWebUrl", Target.AMP_URL,
                    "/cdnAmpWebUrl", Target.EXTRA, "/category", Target.SECTION, "/type", Target.TYPE,
                    "/provider", Target.PUBLISHER, "/topics", Target.TOPICS, "/images", Target.IMAGES,
                    "/related", Target.RELATED, "/quality", Target.EXTRA, "/heat", Target.EXTRA,
                    "/published", Target.EXTRA, "/secured", Target.EXTRA),
            schema("Webz.io", "webz", null,
                    r -> r.path("thread").isObject() || (r.has("uuid") && r.has("crawled")),
                    "/title", Target.TITLE, "/thread/title", Target.TITLE, "/text", Target.BODY,
                    "/published", Target.PUBLISHED, "/thread/published", Target.PUBLISHED,
                    "/crawled", Target.CRAWL_DATE, "/updated", Target.CRAWL_DATE, "/url", Target.URL,
                    "/thread/url", Target.URL, "/author", Target.AUTHORS, "/language", Target.LANGUAGE,
                    "/thread/site", Target.PUBLISHER_DOMAIN, "/thread/section_title", Target.SECTION,
                    "/thread/main_image", Target.IMAGES, "/categories", Target.TOPICS,
                    "/highlightText", Target.EXTRA, "/highlightTitle", Target.EXTRA,
                    "/external_links", Target.EXTRA, "/external_images", Target.EXTRA, "/entities", Target.EXTRA,
                    "/uuid", Target.EXTRA),
            schema("news-please", "news-please", null,
                    r -> r.has("date_publish") || r.has("maintext") || r.has("source_domain")
                            || r.has("date_download"),
                    "/title", Target.TITLE, "/description", Target.EXCERPT, "/maintext", Target.BODY,
                    "/text", Target.BODY, "/authors", Target.AUTHORS, "/date_publish", Target.PUBLISHED,
                    "/date_modify", Target.MODIFIED, "/date_download", Target.CRAWL_DATE, "/url", Target.URL,
                    "/source_domain", Target.PUBLISHER_DOMAIN, "/image_url", Target.IMAGES,
                    "/language", Target.LANGUAGE, "/title_page", Target.EXTRA, "/title_rss", Target.EXTRA,
                    "/filename", Target.EXTRA, "/localpath", Target.EXTRA),
            schema("RealNews", "realnews", null,
                    r -> r.has("warc_date") || (r.has("publish_date") && r.has("summary")),
                    "/title", Target.TITLE, "/summary", Target.EXCERPT, "/text", Target.BODY,
                    "/authors", Target.AUTHORS, "/publish_date", Target.PUBLISHED, "/domain", Target.PUBLISHER_DOMAIN,
                    "/warc_date", Target.CRAWL_DATE, "/url", Target.URL),
            schema("GDELT", "gdelt", null,
                    r -> r.has("seendate") || r.has("sourcecountry") || r.has("url_mobile"),
                    "/title", Target.TITLE, "/url", Target.URL, "/url_mobile", Target.EXTRA,
                    "/seendate", Target.CRAWL_DATE, "/socialimage", Target.IMAGES, "/domain", Target.PUBLISHER_DOMAIN,
                    "/language", Target.LANGUAGE, "/sourcecountry", Target.EXTRA),
            schema("Mozilla Readability", "readability", null,
                    r -> r.has("textContent") || (r.has("byline") && r.has("siteName"))
                            || (r.has("content") && r.has("length") && r.has("dir")),
                    "/title", Target.TITLE, "/content", Target.BODY, "/textContent", Target.BODY,
                    "/excerpt", Target.EXCERPT, "/byline", Target.AUTHORS, "/siteName", Target.PUBLISHER_NAME,
                    "/lang", Target.LANGUAGE, "/publishedTime", Target.PUBLISHED, "/length", Target.EXTRA,
                    "/dir", Target.EXTRA),
            schema("Trafilatura", "trafilatura", null,
                    r -> r.has("source-hostname") || r.has("raw_text") || (r.has("hostname") && r.has("fingerprint")),
                    "/title", Target.TITLE, "/author", Target.AUTHORS, "/hostname", Target.PUBLISHER_DOMAIN,
                    "/source-hostname", Target.PUBLISHER_NAME, "/date", Target.PUBLISHED, "/text", Target.BODY,
                    "/raw_text", Target.BODY, "/excerpt", Target.EXCERPT, "/source", Target.URL,
                    "/categories", Target.TOPICS, "/tags", Target.TOPICS, "/image", Target.IMAGES,
                    "/pagetype", Target.TYPE, "/language", Target.LANGUAGE, "/fingerprint", Target.EXTRA,
                    "/id", Target.EXTRA, "/license", Target.EXTRA, "/comments", Target.EXTRA,
                    "/filedate", Target.CRAWL_DATE),
            schema("CC-News", "cc-news", null,
                    r -> r.has("text") && r.has("url") && (r.has("domain") || r.has("date"))
                            && r.size() <= 8,
                    "/title", Target.TITLE, "/description", Target.EXCERPT, "/text", Target.BODY,
                    "/url", Target.URL, "/date", Target.PUBLISHED, "/domain", Target.PUBLISHER_DOMAIN,
                    "/image_url", Target.IMAGES));

    private static Schema schema(String name, String id, String imageBase, Predicate<JsonNode> matches,
                                 Object... rules) {
        List<Rule> list = new ArrayList<>();
        for (int i = 0; i < rules.length; i += 2) {
            String pointer = (String) rules[i];
            JsonPointer path = JsonPointer.compile(pointer);
            list.add(new Rule(pointer, (Target) rules[i + 1], path, describe(name, pointer),
                    path.tail() != null && path.tail().matches() ? path.getMatchingProperty().intern() : null));
        }
        return new Schema(name, id, List.copyOf(list), imageBase, matches, new ConcurrentHashMap<>());
    }

    /**
     * The origin of a value at a JSON pointer of a record: {@code NewsAPI key 'source.name'}. Records of one dump
     * repeat the same few pointers, so each is described once (at most 4096 are kept, whatever the input).
     */
    String origin(String pointer) {
        String o = origins.get(pointer);
        if (o == null) {
            o = describe(name, pointer);
            if (origins.size() < 4096) {
                origins.put(pointer, o);
            }
        }
        return o;
    }

    private static String describe(String name, String pointer) {
        return name + " key '" + pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~") + "'";
    }

    /** The schema of a record: the first known one that matches, else {@link #GENERIC}. */
    static Schema of(JsonNode record) {
        for (Schema s : KNOWN) {
            if (s.matches().test(record)) {
                return s;
            }
        }
        return GENERIC;
    }
}
