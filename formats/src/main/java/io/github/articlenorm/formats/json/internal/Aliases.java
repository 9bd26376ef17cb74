package io.github.articlenorm.formats.json.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key aliases for records of unknown schemas: a key is compared case- and separator-insensitively
 * ({@code published_at}, {@code publishedAt} and {@code Published-At} are one key), and an earlier alias of a field
 * is offered before a later one.
 */
final class Aliases {

    /** An alias's field and its rank among the aliases of all fields (lower is offered first). */
    record Match(Target target, int rank) {
    }

    private static final Map<String, Match> ALIASES = new HashMap<>();
    private static int next;

    /** A key as records spell it, with what it feeds (null for nothing) and its JSON pointer token. */
    record Key(Match match, String pointer) {
    }

    /**
     * Keys seen before, as records spell them: records of one dump repeat the same few keys, and this saves
     * normalizing each again. Bounded, so that keys made up by a hostile input cannot fill the memory.
     */
    private static final Map<String, Key> SEEN = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 4096;

    static {
        add(Target.TITLE, "title", "headline", "webtitle", "titlefull", "articletitle", "heading", "name");
        add(Target.SUBTITLE, "subtitle", "subheadline", "subhead", "dek", "alternativeheadline", "kicker");
        add(Target.EXCERPT, "excerpt", "description", "summary", "abstract", "standfirst", "trailtext", "teaser",
                "lede", "lead", "intro", "snippet", "subtext", "blurb");
        add(Target.BODY, "content", "articlebody", "body", "bodyhtml", "contenthtml", "html", "maintext",
                "fulltext", "articletext", "bodytext", "text", "contenttext", "textcontent", "rawtext", "story",
                "leadparagraph");
        add(Target.PUBLISHED, "publishedat", "datepublished", "publishdate", "publicationdate", "pubdate",
                "publisheddatetime", "publishedtime", "publisheddate", "datepublish", "publishedon", "firstpublished",
                "firstpublicationdate", "webpublicationdate", "published", "date", "createdat", "created",
                "datecreated", "creationdate", "timestamp", "time", "datetime");
        add(Target.MODIFIED, "modifiedat", "datemodified", "lastmodified", "modified", "datemodify", "updatedat",
                "updated", "lastupdated", "dateupdated", "updatetime", "editedat");
        add(Target.CRAWL_DATE, "crawled", "crawledat", "crawldate", "datecrawled", "warcdate", "datedownload",
                "downloaded", "downloadedat", "downloaddate", "seendate", "fetched", "fetchedat", "fetchdate",
                "scraped", "scrapedat", "retrieved", "retrievedat", "indexed", "indexedat", "ingestedat",
                "filedate", "harvested");
        add(Target.URL, "url", "canonicalurl", "canonical", "weburl", "link", "permalink", "articleurl", "href",
                "uri", "originalurl", "sourceurl", "shareurl");
        add(Target.AMP_URL, "ampurl", "ampweburl", "amp", "amphtml", "amplink");
        add(Target.LANGUAGE, "language", "lang", "inlanguage", "languagecode", "locale");
        add(Target.CREDIT, "credit", "originalsource", "via", "agency", "wire", "copyright");
        add(Target.SECTION, "section", "sectionname", "category", "articlesection", "department", "desk",
                "newsdesk", "channel", "vertical", "sectiontitle", "rubric");
        add(Target.TYPE, "type", "contenttype", "pagetype", "documenttype", "typeofmaterial", "articletype",
                "kind", "format");
        add(Target.AUTHORS, "authors", "author", "byline", "creator", "creators", "writer", "writers", "by",
                "authorname", "authornames", "contributors", "contributor");
        add(Target.PUBLISHER, "publisher", "provider", "source", "site", "outlet", "publication", "newspaper",
                "organization", "feed");
        add(Target.PUBLISHER_NAME, "sitename", "sourcename", "publishername", "providername", "sourcetitle",
                "newssite", "sourcehostname");
        add(Target.PUBLISHER_DOMAIN, "domain", "sourcedomain", "hostname", "host", "sitefull", "website",
                "publisherdomain");
        add(Target.TOPICS, "topics", "tags", "keywords", "subjects", "subject", "labels", "categories", "topic",
                "tag", "keyword", "concepts");
        add(Target.IMAGES, "images", "image", "imageurl", "urltoimage", "thumbnail", "thumbnailurl", "mainimage",
                "socialimage", "leadimage", "topimage", "featuredimage", "media", "multimedia", "photo", "photos",
                "picture", "pictures", "imageurls", "enclosure");
        add(Target.RELATED, "related", "relatedarticles", "relatedlinks", "relatedstories", "seealso",
                "morelinks", "similar", "similararticles");
    }

    private Aliases() {
    }

    private static void add(Target target, String... aliases) {
        for (String a : aliases) {
            ALIASES.putIfAbsent(a, new Match(target, next++));
        }
    }

    /** The field a key feeds, or null. */
    static Match of(String key) {
        return key(key).match();
    }

    /** What a key feeds and its JSON pointer ({@code /key}, escaped). */
    static Key key(String key) {
        Key k = SEEN.get(key);
        if (k == null) {
            k = new Key(ALIASES.get(normalize(key)), "/" + Locator.escape(key));
            if (SEEN.size() < MAX_SEEN) {
                SEEN.put(key, k);
            }
        }
        return k;
    }

    /** The key without case and separators: {@code Published_At} is {@code publishedat}. */
    static String normalize(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
