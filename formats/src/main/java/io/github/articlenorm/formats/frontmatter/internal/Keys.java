package io.github.articlenorm.formats.frontmatter.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The front matter keys the format maps to article fields, matched case- and separator-insensitively
 * ({@code published_at}, {@code publishedAt}, {@code Published-At} are one key). Within a role, keys are listed
 * most trusted first. Not API.
 */
public final class Keys {

    /** What a top-level key fills. */
    public enum Role {
        TITLE, SUBTITLE, EXCERPT, PUBLISHED, MODIFIED, AUTHORS, AUTHOR_URL, SECTION, CATEGORIES, TOPICS, URL,
        AMP_URL, IMAGES, IMAGE_CAPTION, LANGUAGE, PUBLISHER, PUBLISHER_NAME, CREDIT, TYPE, RELATED
    }

    /**
     * A role and the key's rank inside it (0 is the most trusted).
     *
     * @param role what the key fills
     * @param rank its rank among the role's keys
     */
    public record Mapping(Role role, int rank) {
    }

    private static final Map<String, Mapping> TOP = new HashMap<>();

    static {
        add(Role.TITLE, "title", "headline", "metatitle", "ogtitle", "seotitle");
        add(Role.SUBTITLE, "subtitle", "subheadline", "subhead", "dek");
        add(Role.EXCERPT, "excerpt", "summary", "description", "customexcerpt", "abstract", "standfirst", "lede",
                "teaser", "metadescription", "ogdescription", "seodescription");
        // Explicit publication keys first: Hugo's publishDate is the publication date, its date the creation date.
        add(Role.PUBLISHED, "publisheddatetime", "publishedat", "publishdate", "publisheddate", "pubdate",
                "datepublished", "publishedon", "published", "date", "postdate", "created", "createdat",
                "datecreated");
        add(Role.MODIFIED, "lastmod", "lastmodified", "lastmodifiedat", "modified", "modifiedat", "datemodified",
                "modifieddatetime", "updated", "updatedat", "updateddate", "dateupdated", "updateddatetime",
                "lastupdated");
        add(Role.AUTHORS, "authors", "author", "byline", "by", "writer", "creator", "primaryauthor");
        add(Role.AUTHOR_URL, "authorurl", "authorlink");
        add(Role.SECTION, "section", "category", "primarytag", "primarycategory");
        add(Role.CATEGORIES, "categories");
        add(Role.TOPICS, "tags", "keywords", "topics", "tag");
        add(Role.URL, "canonicalurl", "canonical", "canonicallink", "url", "weburl", "permalink", "link",
                "originalurl");
        add(Role.AMP_URL, "ampweburl", "ampurl", "amp", "amphtml", "amplink");
        add(Role.IMAGES, "images", "image", "featuredimage", "featureimage", "coverimage", "cover", "heroimage",
                "hero", "mainimage", "thumbnail", "thumb", "banner", "ogimage", "socialimage", "twitterimage");
        add(Role.IMAGE_CAPTION, "featureimagecaption", "featuredimagecaption", "imagecaption", "coverimagecaption",
                "featureimagealt", "imagealt", "coverimagealt", "heroimagealt");
        add(Role.LANGUAGE, "lang", "language", "locale", "inlanguage", "languagecode");
        add(Role.PUBLISHER, "provider", "publisher", "publication");
        add(Role.PUBLISHER_NAME, "sitename");
        add(Role.CREDIT, "credit", "via", "source", "originalsource", "sourcename");
        add(Role.TYPE, "type", "contenttype");
        add(Role.RELATED, "related", "relatedarticles", "relatedposts", "relatedlinks", "relatedstories",
                "seealso");
    }

    /** Name keys of author, publisher, tag and category objects. */
    static final List<String> NAME = List.of("name", "displayname", "fullname", "title", "label");
    /** URL keys of author and image objects. */
    static final List<String> LINK = List.of("url", "link", "href", "website", "homepage", "profile", "page");
    /** Domain keys of publisher objects. */
    static final List<String> DOMAIN = List.of("domain", "host", "url", "website", "homepage", "link", "href");
    /** URL keys of image objects. */
    static final List<String> IMAGE_URL = List.of("url", "src", "image", "path", "href", "link", "file");
    /** Caption keys of image objects. */
    static final List<String> CAPTION = List.of("caption", "title", "alt", "description", "credit");
    /** Related item keys. */
    static final List<String> RELATED_TITLE = List.of("title", "headline", "name");
    static final List<String> RELATED_URL = List.of("weburl", "url", "canonicalurl", "link", "href", "permalink",
            "originalurl");
    static final List<String> RELATED_AMP = List.of("ampweburl", "ampurl", "amp");
    static final List<String> RELATED_EXCERPT = List.of("excerpt", "description", "summary");
    static final List<String> RELATED_DATE = List.of("publisheddatetime", "publishedat", "publishdate", "pubdate",
            "datepublished", "published", "date");
    static final List<String> RELATED_PUBLISHER = List.of("provider", "publisher", "source", "site");
    static final List<String> RELATED_IMAGES = List.of("images", "image", "thumbnail", "cover", "coverimage",
            "featuredimage", "featureimage");

    private Keys() {
    }

    private static void add(Role role, String... keys) {
        for (int i = 0; i < keys.length; i++) {
            TOP.put(keys[i], new Mapping(role, i));
        }
    }

    /** The key with case and separators ({@code _ - . space :}) removed. */
    public static String normalize(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** What a top-level key fills, or null when it goes to extras. */
    public static Mapping top(String key) {
        return TOP.get(normalize(key));
    }
}
