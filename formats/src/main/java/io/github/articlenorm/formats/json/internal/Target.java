package io.github.articlenorm.formats.json.internal;

/** What a JSON key feeds in the draft. */
enum Target {
    TITLE, SUBTITLE, EXCERPT, BODY, PUBLISHED, MODIFIED, URL, AMP_URL, LANGUAGE, CREDIT, SECTION, TYPE,
    AUTHORS, PUBLISHER, PUBLISHER_NAME, PUBLISHER_DOMAIN, TOPICS, IMAGES, RELATED,
    /** Kept in extras on purpose: a crawl or download date is never the publication date. */
    CRAWL_DATE,
    /** Kept in extras as it is. */
    EXTRA
}
