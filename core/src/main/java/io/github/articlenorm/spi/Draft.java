package io.github.articlenorm.spi;

import io.github.articlenorm.Article;
import io.github.articlenorm.Block;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.Provenance.Rejected;
import io.github.articlenorm.Provenance.Removed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The raw values a format found for one record, each with its origin. The normalizer turns a draft into an
 * {@link io.github.articlenorm.Article}: it cleans text, parses dates, canonicalizes URLs, splits author names,
 * and records every value's origin and every loser in the provenance.
 *
 * <p>A field may be offered several times: candidates are tried in the order offered, the first usable one wins and
 * the others are listed in {@code provenance.rejected}. So offer the most trusted source first. Null or blank raw
 * values are ignored. Not thread-safe; one per record.
 */
public final class Draft {

    /** The single-valued fields a draft can offer candidates for. */
    public enum Field {
        TITLE("title"), SUBTITLE("subtitle"), EXCERPT("excerpt"), PUBLISHED_AT("publishedAt"),
        MODIFIED_AT("modifiedAt"), URL("url"), AMP_URL("ampUrl"), LANGUAGE("language"), CREDIT("credit"),
        SECTION("section"), TYPE("type");

        private final String component;

        Field(String component) {
            this.component = component;
        }

        /** The Article component this field fills. */
        public String component() {
            return component;
        }
    }

    /**
     * A raw value and where it was found.
     *
     * @param raw    the value as found
     * @param origin where it was found
     */
    public record Candidate(String raw, FieldOrigin origin) {
        public Candidate {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * A raw author: a byline that may name several people ("By A and B"), and an optional page URL.
     *
     * @param raw    the byline or name as found
     * @param url    the author's page as found, or null
     * @param origin where it was found
     */
    public record RawAuthor(String raw, String url, FieldOrigin origin) {
    }

    /**
     * A raw publisher.
     *
     * @param name   its name as found, or null
     * @param domain its domain or URL as found, or null
     * @param origin where it was found
     */
    public record RawPublisher(String name, String domain, FieldOrigin origin) {
    }

    /**
     * A raw image.
     *
     * @param url     its URL as found
     * @param width   width in pixels, or null
     * @param height  height in pixels, or null
     * @param caption caption or title, or null
     * @param origin  where it was found
     */
    public record RawImage(String url, Integer width, Integer height, String caption, FieldOrigin origin) {
    }

    /**
     * A raw related link.
     *
     * @param title       title as found, or null
     * @param url         URL as found, or null
     * @param ampUrl      AMP URL as found, or null
     * @param excerpt     summary, or null
     * @param publishedAt publication date as found, or null
     * @param publisher   publisher, or null
     * @param images      images; null means none
     * @param origin      where it was found
     */
    public record RawRelated(String title, String url, String ampUrl, String excerpt, String publishedAt,
                             RawPublisher publisher, List<RawImage> images, FieldOrigin origin) {
        public RawRelated {
            images = images == null ? List.of() : List.copyOf(images);
        }

        /** A related link with only a title and a URL (either may be null). */
        public static RawRelated of(String title, String url, FieldOrigin origin) {
            return new RawRelated(title, url, null, null, null, null, List.of(), origin);
        }
    }

    private final Map<Field, List<Candidate>> candidates = new EnumMap<>(Field.class);
    private final List<RawAuthor> authors = new ArrayList<>();
    private final List<RawPublisher> publishers = new ArrayList<>();
    private final List<Candidate> topics = new ArrayList<>();
    private final List<RawImage> images = new ArrayList<>();
    private final List<RawRelated> related = new ArrayList<>();
    private final List<Block> body = new ArrayList<>();
    private FieldOrigin bodyOrigin;
    private final Map<String, Object> extras = new LinkedHashMap<>();
    private final List<Removed> removed = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String parser;
    private Integer record;
    private Article finished;

    /** Offers a candidate for a single-valued field; null or blank values are ignored. */
    public Draft offer(Field field, String raw, FieldOrigin origin) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(origin, "origin");
        if (raw != null && !raw.isBlank()) {
            candidates.computeIfAbsent(field, f -> new ArrayList<>()).add(new Candidate(raw, origin));
        }
        return this;
    }

    /** Offers a title. */
    public Draft title(String raw, FieldOrigin origin) {
        return offer(Field.TITLE, raw, origin);
    }

    /** Offers a subtitle. */
    public Draft subtitle(String raw, FieldOrigin origin) {
        return offer(Field.SUBTITLE, raw, origin);
    }

    /** Offers an excerpt. */
    public Draft excerpt(String raw, FieldOrigin origin) {
        return offer(Field.EXCERPT, raw, origin);
    }

    /** Offers a publication date in any form the normalizer's date rules read. */
    public Draft publishedAt(String raw, FieldOrigin origin) {
        return offer(Field.PUBLISHED_AT, raw, origin);
    }

    /** Offers a modification date. */
    public Draft modifiedAt(String raw, FieldOrigin origin) {
        return offer(Field.MODIFIED_AT, raw, origin);
    }

    /** Offers a canonical URL; relative URLs are resolved against the input's base URL. */
    public Draft url(String raw, FieldOrigin origin) {
        return offer(Field.URL, raw, origin);
    }

    /** Offers an AMP URL. */
    public Draft ampUrl(String raw, FieldOrigin origin) {
        return offer(Field.AMP_URL, raw, origin);
    }

    /** Offers a declared language ("en_US", "English"). */
    public Draft language(String raw, FieldOrigin origin) {
        return offer(Field.LANGUAGE, raw, origin);
    }

    /** Offers a credited source. */
    public Draft credit(String raw, FieldOrigin origin) {
        return offer(Field.CREDIT, raw, origin);
    }

    /** Offers a section. */
    public Draft section(String raw, FieldOrigin origin) {
        return offer(Field.SECTION, raw, origin);
    }

    /** Offers a content type. */
    public Draft type(String raw, FieldOrigin origin) {
        return offer(Field.TYPE, raw, origin);
    }

    /** Adds a byline; it may name several people. */
    public Draft author(String raw, String url, FieldOrigin origin) {
        if (raw != null && !raw.isBlank()) {
            authors.add(new RawAuthor(raw, url, Objects.requireNonNull(origin, "origin")));
        }
        return this;
    }

    /** Offers a publisher; the first with a name wins the name, the first with a domain the domain. */
    public Draft publisher(String name, String domain, FieldOrigin origin) {
        if ((name != null && !name.isBlank()) || (domain != null && !domain.isBlank())) {
            publishers.add(new RawPublisher(name, domain, Objects.requireNonNull(origin, "origin")));
        }
        return this;
    }

    /** Adds a topic. */
    public Draft topic(String raw, FieldOrigin origin) {
        if (raw != null && !raw.isBlank()) {
            topics.add(new Candidate(raw, Objects.requireNonNull(origin, "origin")));
        }
        return this;
    }

    /** Adds an image. */
    public Draft image(String url, Integer width, Integer height, String caption, FieldOrigin origin) {
        if (url != null && !url.isBlank()) {
            images.add(new RawImage(url, width, height, caption, Objects.requireNonNull(origin, "origin")));
        }
        return this;
    }

    /** Adds a related link. */
    public Draft related(RawRelated link) {
        related.add(Objects.requireNonNull(link, "link"));
        return this;
    }

    /** Appends a body block; the first call's origin becomes the body's origin. */
    public Draft block(Block block, FieldOrigin origin) {
        body.add(Objects.requireNonNull(block, "block"));
        if (bodyOrigin == null) {
            bodyOrigin = Objects.requireNonNull(origin, "origin");
        }
        return this;
    }

    /** Keeps a source field that has no Article component (a JSON-compatible value). */
    public Draft extra(String key, Object value) {
        extras.put(Objects.requireNonNull(key, "key"), value);
        return this;
    }

    /** Records a piece of input the article does not keep. */
    public Draft removed(String text, String location, String reason) {
        removed.add(new Removed(text, location, reason));
        return this;
    }

    /** Records a candidate the format itself refused. */
    public Draft rejected(String field, String value, String reason) {
        rejected.add(new Rejected(field, value, reason));
        return this;
    }

    /** Records recoverable trouble. */
    public Draft warning(String warning) {
        warnings.add(Objects.requireNonNull(warning, "warning"));
        return this;
    }

    /** Names the reader inside the format that produced this draft (for JSON: the schema). */
    public Draft parser(String parser) {
        this.parser = parser;
        return this;
    }

    /** Sets this draft's index inside a multi-record input. */
    public Draft record(Integer record) {
        this.record = record;
        return this;
    }

    /**
     * Hands over an article that needs no normalization, such as a record of canonical Article JSON: the normalizer
     * returns it exactly as it is, provenance included, and ignores everything else in this draft.
     */
    public Draft finished(Article article) {
        this.finished = Objects.requireNonNull(article, "article");
        return this;
    }

    /** The finished article handed over, or null. */
    public Article finished() {
        return finished;
    }

    /** The candidates offered for a field, in order. */
    public List<Candidate> candidates(Field field) {
        return Collections.unmodifiableList(candidates.getOrDefault(field, List.of()));
    }

    /** The bylines, in order. */
    public List<RawAuthor> authors() {
        return Collections.unmodifiableList(authors);
    }

    /** The publishers offered, in order. */
    public List<RawPublisher> publishers() {
        return Collections.unmodifiableList(publishers);
    }

    /** The topics, in order. */
    public List<Candidate> topics() {
        return Collections.unmodifiableList(topics);
    }

    /** The images, in order. */
    public List<RawImage> images() {
        return Collections.unmodifiableList(images);
    }

    /** The related links, in order. */
    public List<RawRelated> related() {
        return Collections.unmodifiableList(related);
    }

    /** The body blocks, in order. */
    public List<Block> body() {
        return Collections.unmodifiableList(body);
    }

    /** Where the body came from, or null when it is empty. */
    public FieldOrigin bodyOrigin() {
        return bodyOrigin;
    }

    /** The extras, in order. */
    public Map<String, Object> extras() {
        return Collections.unmodifiableMap(extras);
    }

    /** What the format removed. */
    public List<Removed> removed() {
        return Collections.unmodifiableList(removed);
    }

    /** What the format refused. */
    public List<Rejected> rejected() {
        return Collections.unmodifiableList(rejected);
    }

    /** The format's warnings. */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** The reader's name, or null. */
    public String parser() {
        return parser;
    }

    /** The record index, or null for a single-record input. */
    public Integer record() {
        return record;
    }
}
