package io.github.articlenorm.formats.json;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Author;
import io.github.articlenorm.Block;
import io.github.articlenorm.Generators;
import io.github.articlenorm.Image;
import io.github.articlenorm.Input;
import io.github.articlenorm.Publisher;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

/**
 * Any article written in a foreign schema keeps every field that schema can express. Each test helper here writes
 * an article the way the schema's own producer would (its keys, its date format, HTML where the schema holds HTML);
 * the article normalized from it, written and normalized again, must keep each of those fields. (Normalizing once
 * brings the generated values to the form the schema can hold: a date without zone, one byline, plain paragraphs.)
 * Crawl and download dates are written too, and must never become the publication date.
 */
class JsonSchemaProperties {

    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder().format("json").build();
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter US_DAY = DateTimeFormatter.ofPattern("MM-dd-yyyy");
    private static final DateTimeFormatter GDELT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    /** A crawl date for every record: it must stay out of publishedAt. */
    private static final String CRAWLED = "2030-05-06T07:08:09Z";

    /** One field a schema can express, read from an article. */
    private record Field(String name, Function<Article, Object> value) {
    }

    private static final Field TITLE = new Field("title", Article::title);
    private static final Field SUBTITLE = new Field("subtitle", Article::subtitle);
    private static final Field EXCERPT = new Field("excerpt", Article::excerpt);
    private static final Field BODY = new Field("body", a -> texts(a.body()));
    private static final Field URL = new Field("url", Article::url);
    private static final Field PUBLISHED = new Field("publishedAt", Article::publishedAt);
    private static final Field MODIFIED = new Field("modifiedAt", Article::modifiedAt);
    private static final Field AUTHORS = new Field("authors", a -> names(a.authors()));
    private static final Field AUTHORS_WITH_URLS = new Field("authors", Article::authors);
    private static final Field FIRST_AUTHOR = new Field("first author", a -> first(names(a.authors())));
    private static final Field PUBLISHER_NAME = new Field("publisher name",
            a -> a.publisher() == null ? null : a.publisher().name());
    private static final Field PUBLISHER_DOMAIN = new Field("publisher domain",
            a -> a.publisher() == null ? null : a.publisher().domain());
    private static final Field LANGUAGE = new Field("language", Article::language);
    private static final Field SECTION = new Field("section", Article::section);
    private static final Field TYPE = new Field("type", Article::type);
    private static final Field TOPICS = new Field("topics", Article::topics);
    private static final Field FIRST_IMAGE = new Field("first image",
            a -> a.images().isEmpty() ? null : a.images().get(0).url());
    private static final Field IMAGES = new Field("images", Article::images);

    // ---- the properties ----

    @Test
    void keepsEveryNewsPleaseField() {
        keeps("news-please", JsonSchemaProperties::newsPlease, TITLE, EXCERPT, BODY, AUTHORS, PUBLISHED, MODIFIED,
                URL, PUBLISHER_DOMAIN, FIRST_IMAGE, LANGUAGE);
    }

    @Test
    void keepsEverySchemaOrgNewsArticleField() {
        keeps("json-ld", JsonSchemaProperties::jsonLd, TITLE, SUBTITLE, EXCERPT, BODY, AUTHORS_WITH_URLS, PUBLISHED,
                MODIFIED, URL, LANGUAGE, PUBLISHER_NAME, SECTION, TOPICS, IMAGES);
    }

    @Test
    void keepsEveryCcNewsField() {
        keeps("cc-news", JsonSchemaProperties::ccNews, TITLE, EXCERPT, BODY, URL, PUBLISHED, PUBLISHER_DOMAIN,
                FIRST_IMAGE);
    }

    @Test
    void keepsEveryRealNewsField() {
        keeps("realnews", JsonSchemaProperties::realNews, TITLE, EXCERPT, BODY, AUTHORS, PUBLISHED,
                PUBLISHER_DOMAIN, URL);
    }

    @Test
    void keepsEveryGuardianContentApiField() {
        keeps("guardian", JsonSchemaProperties::guardian, TITLE, EXCERPT, BODY, FIRST_AUTHOR, PUBLISHED, MODIFIED,
                URL, SECTION, TYPE, FIRST_IMAGE, PUBLISHER_NAME, LANGUAGE, TOPICS);
    }

    @Test
    void keepsEveryNytArticleSearchField() {
        keeps("nyt", JsonSchemaProperties::nyt, TITLE, EXCERPT, BODY, URL, PUBLISHED, FIRST_AUTHOR, SECTION, TYPE,
                TOPICS, IMAGES, PUBLISHER_NAME);
    }

    @Test
    void keepsEveryReadabilityField() {
        keeps("readability", JsonSchemaProperties::readability, TITLE, BODY, EXCERPT, FIRST_AUTHOR, PUBLISHER_NAME,
                LANGUAGE, PUBLISHED);
    }

    @Test
    void keepsEveryTrafilaturaField() {
        keeps("trafilatura", JsonSchemaProperties::trafilatura, TITLE, FIRST_AUTHOR, PUBLISHER_DOMAIN,
                PUBLISHER_NAME, PUBLISHED, BODY, EXCERPT, URL, TOPICS, FIRST_IMAGE, TYPE, LANGUAGE);
    }

    @Test
    void keepsEveryWebzField() {
        keeps("webz", JsonSchemaProperties::webz, TITLE, BODY, PUBLISHED, URL, FIRST_AUTHOR, LANGUAGE,
                PUBLISHER_DOMAIN, SECTION, FIRST_IMAGE, TOPICS);
    }

    @Test
    void keepsEveryGdeltField() {
        keeps("gdelt", JsonSchemaProperties::gdelt, TITLE, URL, FIRST_IMAGE, PUBLISHER_DOMAIN);
    }

    @Test
    void keepsEveryAggregatorExportField() {
        keeps("aggregator", JsonSchemaProperties::aggregator, TITLE, EXCERPT, PUBLISHED, URL,
                new Field("ampUrl", Article::ampUrl), SECTION, TYPE, PUBLISHER_NAME, PUBLISHER_DOMAIN, TOPICS,
                IMAGES);
    }

    // ---- the check ----

    private static void keeps(String parser, Function<Article, Map<String, Object>> writer, Field... fields) {
        qt().withExamples(100).forAll(Generators.articles().map(JsonSchemaProperties::plain))
                .checkAssert(generated -> {
                    Article a = normalized(writer.apply(generated));
                    Article back = normalized(writer.apply(a));
                    String what = Generators.describe(a);
                    assertEquals(parser, back.provenance().parser(), what);
                    for (Field f : fields) {
                        assertEquals(f.value().apply(a), f.value().apply(back), parser + " " + f.name() + " of "
                                + what);
                    }
                    // Not vacuous: what the generated article has, the first reading has too.
                    List<Field> listed = List.of(fields);
                    if (listed.contains(TITLE) && meaningful(generated.title())) {
                        assertNotNull(a.title(), "title lost: " + what);
                    }
                    if (listed.contains(URL) && generated.url() != null) {
                        assertNotNull(a.url(), "url lost: " + what);
                    }
                    if (listed.contains(PUBLISHED) && generated.publishedAt() != null) {
                        assertNotNull(a.publishedAt(), "publishedAt lost: " + what);
                    }
                    if (listed.contains(BODY) && texts(generated.body()).stream().anyMatch(t -> meaningful(t))) {
                        assertFalse(a.body().isEmpty(), "body lost: " + what);
                    }
                    if (a.publishedAt() == null) {
                        assertNull(back.publishedAt(), "a crawl date became the publication date: " + what);
                    }
                });
    }

    /** Whether text has a letter or digit, so that no normalization can blank it out. */
    private static boolean meaningful(String s) {
        return s != null && s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static Article normalized(Map<String, Object> record) {
        return NORMALIZER.normalize(Input.of(JsonText.of(record), "record.json"));
    }

    /**
     * The article with its text kept clear of markup ('<' and '&' replaced). HTML in a string field is read as HTML
     * (so "&amp;amp;" becomes "&amp;" and then "&"): text that looks like markup cannot be written in these schemas
     * as it is.
     */
    private static Article plain(Article a) {
        return a.toBuilder().title(plain(a.title())).subtitle(plain(a.subtitle())).excerpt(plain(a.excerpt()))
                .section(plain(a.section())).credit(plain(a.credit()))
                .body(a.body().stream().map(JsonSchemaProperties::plain).toList())
                .authors(a.authors().stream().map(x -> new Author(plain(x.name()), x.url())).toList())
                // Several schemas carry topics as one delimited string: a delimiter inside a topic cannot survive.
                .topics(a.topics().stream().map(t -> plain(t).replace(',', ' ').replace(';', ' ').replace('|', ' ')
                        .strip()).filter(t -> !t.isEmpty()).distinct().toList())
                .publisher(a.publisher() == null ? null
                        : new Publisher(plain(a.publisher().name()), a.publisher().domain()))
                .images(a.images().stream()
                        .map(i -> new Image(i.url(), i.width(), i.height(), plain(i.caption()))).toList())
                .build();
    }

    private static Block plain(Block b) {
        if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(plain(p.text()));
        }
        if (b instanceof Block.Heading h) {
            return new Block.Heading(plain(h.text()), h.level());
        }
        if (b instanceof Block.Quote q) {
            return new Block.Quote(plain(q.text()), plain(q.attribution()));
        }
        return new Block.ListBlock(((Block.ListBlock) b).items().stream().map(JsonSchemaProperties::plain).toList());
    }

    private static String plain(String s) {
        return s == null ? null : s.replace('<', '‹').replace('&', '+');
    }

    // ---- the writers, one per schema ----

    private static Map<String, Object> newsPlease(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("authors", names(a.authors()));
        r.put("date_download", CRAWLED.replace('T', ' ').replace("Z", ""));
        r.put("date_modify", spaced(a.modifiedAt()));
        r.put("date_publish", spaced(a.publishedAt()));
        r.put("description", a.excerpt());
        r.put("filename", "record.json");
        r.put("image_url", firstImage(a));
        r.put("language", a.language());
        r.put("localpath", null);
        r.put("maintext", paragraphs(a));
        r.put("source_domain", a.publisher() == null ? null : a.publisher().domain());
        r.put("title", a.title());
        r.put("title_page", null);
        r.put("title_rss", null);
        r.put("url", string(a.url()));
        return r;
    }

    private static Map<String, Object> jsonLd(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("@context", "https://schema.org");
        r.put("@type", "NewsArticle");
        r.put("headline", a.title());
        r.put("alternativeHeadline", a.subtitle());
        r.put("description", a.excerpt());
        r.put("articleBody", paragraphs(a));
        List<Object> authors = new ArrayList<>();
        for (Author x : a.authors()) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@type", "Person");
            person.put("name", x.name());
            person.put("url", string(x.url()));
            authors.add(person);
        }
        r.put("author", authors);
        r.put("datePublished", string(a.publishedAt()));
        r.put("dateModified", string(a.modifiedAt()));
        r.put("url", string(a.url()));
        r.put("inLanguage", a.language());
        if (a.publisher() != null && a.publisher().name() != null) {
            r.put("publisher", Map.of("@type", "Organization", "name", a.publisher().name()));
        }
        r.put("articleSection", a.section());
        r.put("keywords", a.topics());
        List<Object> images = new ArrayList<>();
        for (Image i : a.images()) {
            Map<String, Object> image = new LinkedHashMap<>();
            image.put("@type", "ImageObject");
            image.put("url", i.url().toString());
            image.put("width", i.width());
            image.put("height", i.height());
            image.put("caption", i.caption());
            images.add(image);
        }
        r.put("image", images);
        return r;
    }

    private static Map<String, Object> ccNews(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("title", a.title());
        r.put("text", paragraphs(a));
        r.put("domain", a.publisher() == null ? null : a.publisher().domain());
        r.put("date", spaced(a.publishedAt()));
        r.put("description", a.excerpt());
        r.put("url", string(a.url()));
        r.put("image_url", firstImage(a));
        return r;
    }

    private static Map<String, Object> realNews(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("url", string(a.url()));
        r.put("url_used", string(a.url()));
        r.put("title", a.title());
        r.put("text", paragraphs(a));
        r.put("summary", a.excerpt());
        r.put("authors", names(a.authors()));
        r.put("publish_date", a.publishedAt() == null ? null : US_DAY.format(a.publishedAt()));
        r.put("domain", a.publisher() == null ? null : a.publisher().domain());
        r.put("warc_date", CRAWLED.replace("Z", ""));
        r.put("status", "success");
        return r;
    }

    private static Map<String, Object> guardian(Article a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("headline", a.title());
        fields.put("standfirst", a.excerpt());
        fields.put("body", html(a));
        fields.put("byline", first(names(a.authors())));
        fields.put("firstPublicationDate", string(a.publishedAt()));
        fields.put("lastModified", string(a.modifiedAt()));
        fields.put("thumbnail", firstImage(a));
        fields.put("publication", a.publisher() == null ? null : a.publisher().name());
        fields.put("lang", a.language());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", "world/2020/feb/26/a-story");
        r.put("type", a.type() == null ? "article" : a.type());
        r.put("sectionId", "world");
        r.put("sectionName", a.section());
        r.put("webPublicationDate", string(a.publishedAt()));
        r.put("webTitle", a.title() == null ? "" : a.title());
        r.put("webUrl", string(a.url()));
        r.put("apiUrl", "https://content.guardianapis.com/world/2020/feb/26/a-story");
        r.put("fields", fields);
        List<Object> tags = new ArrayList<>();
        for (String t : a.topics()) {
            tags.add(Map.of("id", "tag/x", "type", "keyword", "webTitle", t));
        }
        r.put("tags", tags);
        return r;
    }

    private static Map<String, Object> nyt(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("abstract", a.excerpt());
        r.put("web_url", string(a.url()));
        r.put("lead_paragraph", paragraphs(a));
        r.put("source", a.publisher() == null ? null : a.publisher().name());
        List<Object> media = new ArrayList<>();
        for (Image i : a.images()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "image");
            m.put("url", i.url().toString());
            m.put("height", i.height());
            m.put("width", i.width());
            m.put("caption", i.caption());
            media.add(m);
        }
        r.put("multimedia", media);
        Map<String, Object> headline = new LinkedHashMap<>();
        headline.put("main", a.title());
        headline.put("kicker", null);
        r.put("headline", headline);
        List<Object> keywords = new ArrayList<>();
        for (String t : a.topics()) {
            keywords.add(Map.of("name", "subject", "value", t, "rank", keywords.size() + 1));
        }
        r.put("keywords", keywords);
        r.put("pub_date", string(a.publishedAt()));
        r.put("document_type", "article");
        r.put("section_name", a.section());
        r.put("byline", Map.of("original", a.authors().isEmpty() ? "" : "By " + a.authors().get(0).name()));
        r.put("type_of_material", a.type());
        r.put("_id", "nyt://article/1");
        return r;
    }

    private static Map<String, Object> readability(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("title", a.title());
        r.put("content", a.body().isEmpty() ? null
                : "<div id=\"readability-page-1\" class=\"page\">" + html(a) + "</div>");
        r.put("textContent", paragraphs(a));
        r.put("length", paragraphs(a) == null ? 0 : paragraphs(a).length());
        r.put("excerpt", a.excerpt());
        r.put("byline", first(names(a.authors())));
        r.put("dir", null);
        r.put("siteName", a.publisher() == null ? null : a.publisher().name());
        r.put("lang", a.language());
        r.put("publishedTime", string(a.publishedAt()));
        return r;
    }

    private static Map<String, Object> trafilatura(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("title", a.title());
        r.put("author", first(names(a.authors())));
        r.put("hostname", a.publisher() == null ? null : a.publisher().domain());
        r.put("date", a.publishedAt() == null ? null : a.publishedAt().toLocalDate().toString());
        r.put("fingerprint", "c0ffee");
        r.put("id", null);
        r.put("license", null);
        r.put("comments", "");
        r.put("raw_text", a.body().isEmpty() ? null : String.join(" ", texts(a.body())));
        r.put("text", a.body().isEmpty() ? null : String.join("\n", texts(a.body())));
        r.put("language", a.language());
        r.put("image", firstImage(a));
        r.put("pagetype", a.type());
        r.put("filedate", CRAWLED.substring(0, 10));
        r.put("source", string(a.url()));
        r.put("source-hostname", a.publisher() == null ? null : a.publisher().name());
        r.put("excerpt", a.excerpt());
        r.put("categories", null);
        r.put("tags", a.topics().isEmpty() ? null : String.join(";", a.topics()));
        return r;
    }

    private static Map<String, Object> webz(Article a) {
        Map<String, Object> thread = new LinkedHashMap<>();
        thread.put("uuid", "t-1");
        thread.put("url", string(a.url()));
        thread.put("site", a.publisher() == null ? null : a.publisher().domain());
        thread.put("section_title", a.section());
        thread.put("title", a.title());
        thread.put("published", string(a.publishedAt()));
        thread.put("main_image", firstImage(a));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("thread", thread);
        r.put("uuid", "p-1");
        r.put("url", string(a.url()));
        r.put("author", first(names(a.authors())));
        r.put("published", string(a.publishedAt()));
        r.put("title", a.title());
        r.put("text", paragraphs(a));
        r.put("highlightText", "");
        r.put("language", a.language());
        r.put("external_links", List.of());
        r.put("entities", Map.of("persons", List.of()));
        r.put("crawled", CRAWLED);
        r.put("updated", CRAWLED);
        r.put("categories", a.topics());
        return r;
    }

    private static Map<String, Object> gdelt(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("url", string(a.url()));
        r.put("url_mobile", "");
        r.put("title", a.title());
        r.put("seendate", GDELT.format(OffsetDateTime.parse(CRAWLED)));
        r.put("socialimage", firstImage(a));
        r.put("domain", a.publisher() == null ? null : a.publisher().domain());
        r.put("sourcecountry", "Canada");
        return r;
    }

    private static Map<String, Object> aggregator(Article a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("category", a.section());
        r.put("title", a.title());
        r.put("excerpt", a.excerpt());
        r.put("publishedDateTime", string(a.publishedAt()));
        r.put("webUrl", string(a.url()));
        r.put("ampWebUrl", string(a.ampUrl()));
        r.put("type", a.type());
        Publisher p = a.publisher();
        if (p != null) {
            Map<String, Object> provider = new LinkedHashMap<>();
            provider.put("name", p.name());
            provider.put("domain", p.domain());
            r.put("provider", provider);
        }
        r.put("topics", a.topics());
        List<Object> images = new ArrayList<>();
        for (Image i : a.images()) {
            Map<String, Object> image = new LinkedHashMap<>();
            image.put("url", i.url().toString());
            image.put("width", i.width());
            image.put("height", i.height());
            image.put("title", i.caption());
            images.add(image);
        }
        r.put("images", images);
        return r;
    }

    // ---- helpers ----

    /** The body as text: paragraphs apart by a blank line, as text schemas write it; null when there is none. */
    private static String paragraphs(Article a) {
        return a.body().isEmpty() ? null : String.join("\n\n", texts(a.body()));
    }

    /** The body as HTML paragraphs, as HTML schemas write it; null when there is none. */
    private static String html(Article a) {
        if (a.body().isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String t : texts(a.body())) {
            sb.append("<p>").append(t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</p>");
        }
        return sb.toString();
    }

    private static List<String> texts(List<Block> body) {
        List<String> out = new ArrayList<>();
        for (Block b : body) {
            if (b instanceof Block.ListBlock l) {
                out.addAll(l.items());
            } else {
                out.add(b.text());
            }
        }
        return out;
    }

    private static List<String> names(List<Author> authors) {
        return authors.stream().map(Author::name).toList();
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private static String firstImage(Article a) {
        return a.images().isEmpty() ? null : a.images().get(0).url().toString();
    }

    private static String spaced(OffsetDateTime t) {
        return t == null ? null : SPACED.format(t);
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
