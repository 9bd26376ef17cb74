package io.github.articlenorm;

import io.github.articlenorm.internal.Ids;
import io.github.articlenorm.internal.JsonValues;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One normalized news article: its metadata, its clean structured body, the links it offered, and the provenance of
 * every value.
 *
 * <p>Articles are immutable and safe to share between threads. Absent scalar components are {@code null};
 * collections are never null and cannot be modified. Build one by hand with {@link #builder()} (handy for test
 * fixtures), copy one with {@link #toBuilder()}, or get one from an {@link ArticleNormalizer}.
 *
 * @param id          stable id: from the canonical URL when known, else from title, date and body; computed when
 *                    null is given
 * @param title       the headline, or null
 * @param subtitle    the dek, when distinct from the headline; or null
 * @param excerpt     summary, standfirst or description; or null
 * @param body        the article's text as blocks
 * @param authors     the people credited
 * @param publishedAt first publication, with the source's own offset; or null
 * @param modifiedAt  last modification, with the source's own offset; or null
 * @param url         the canonical URL (absolute), or null
 * @param ampUrl      the AMP URL (absolute), or null
 * @param language    BCP 47 tag from the source or detected from the body; or null
 * @param publisher   the site the article came from, or null
 * @param credit      the original source an aggregator names ("Source: X"), or null
 * @param section     category or section, or null
 * @param type        content type ("article", "video", ...), or null
 * @param topics      tags, keywords and topics
 * @param images      images of the article
 * @param related     related links, de-duplicated
 * @param extras      source fields with no component, as JSON-compatible values (String, Boolean, Long, Double,
 *                    BigInteger, BigDecimal, List, Map, null)
 * @param provenance  where everything came from; {@link Provenance#NONE} when null is given
 */
public record Article(String id, String title, String subtitle, String excerpt, List<Block> body,
                      List<Author> authors, OffsetDateTime publishedAt, OffsetDateTime modifiedAt, URI url,
                      URI ampUrl, String language, Publisher publisher, String credit, String section, String type,
                      List<String> topics, List<Image> images, List<RelatedLink> related,
                      Map<String, Object> extras, Provenance provenance) {

    public Article {
        body = body == null ? List.of() : List.copyOf(body);
        authors = authors == null ? List.of() : List.copyOf(authors);
        topics = topics == null ? List.of() : List.copyOf(topics);
        images = images == null ? List.of() : List.copyOf(images);
        related = related == null ? List.of() : List.copyOf(related);
        extras = extras == null ? Map.of() : JsonValues.copyObject(extras, "extras");
        provenance = provenance == null ? Provenance.NONE : provenance;
        Checks.absolute(url, "url");
        Checks.absolute(ampUrl, "ampUrl");
        if (id == null) {
            id = Ids.articleId(url, title, publishedAt, joinText(body));
        } else if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** A builder with every component empty; {@link Builder#build()} computes the id. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this article's components, id and provenance included, so that
     * {@code toBuilder().build()} equals this article. When you change content to make a different article, call
     * {@code id(null)} to have the id computed again from the new components.
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The body as plain text: blocks separated by a blank line. */
    public String text() {
        return joinText(body);
    }

    /** The number of words in the body: runs of letters or digits. */
    public int wordCount() {
        int count = 0;
        for (Block block : body) {
            count += countWords(block.text());
            if (block instanceof Block.Quote q && q.attribution() != null) {
                count += countWords(q.attribution());
            }
        }
        return count;
    }

    /** A one-line summary for people: id, title, date, authors, body size, format and source. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Article[id=").append(id);
        if (title != null) {
            sb.append(", title=\"").append(shorten(title, 60)).append('"');
        }
        if (publishedAt != null) {
            sb.append(", publishedAt=").append(publishedAt);
        }
        if (!authors.isEmpty()) {
            sb.append(", authors=").append(authors.stream().limit(3).map(a -> shorten(a.name(), 40))
                    .collect(Collectors.joining(", ", "[", authors.size() > 3 ? ", +" + (authors.size() - 3)
                            + " more]" : "]")));
        }
        sb.append(", body=").append(body.size()).append(" blocks/").append(wordCount()).append(" words");
        if (provenance.format() != null) {
            sb.append(", format=").append(provenance.format());
        }
        if (provenance.source() != null) {
            sb.append(", source=").append(shorten(provenance.source(), 60));
        }
        return sb.append(']').toString();
    }

    private static String joinText(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block block : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(block.text());
            if (block instanceof Block.Quote q && q.attribution() != null) {
                sb.append("\n— ").append(q.attribution());
            }
        }
        return sb.toString();
    }

    private static int countWords(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp);
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar || (inWord && (cp == '\'' || cp == '’' || cp == '-'));
            i += Character.charCount(cp);
        }
        return count;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /**
     * Builds an {@link Article}. Every component starts empty; collection setters replace, {@code add…} methods
     * append. Not thread-safe; the article it builds is.
     */
    public static final class Builder {
        private String id;
        private String title;
        private String subtitle;
        private String excerpt;
        private final List<Block> body = new ArrayList<>();
        private final List<Author> authors = new ArrayList<>();
        private OffsetDateTime publishedAt;
        private OffsetDateTime modifiedAt;
        private URI url;
        private URI ampUrl;
        private String language;
        private Publisher publisher;
        private String credit;
        private String section;
        private String type;
        private final List<String> topics = new ArrayList<>();
        private final List<Image> images = new ArrayList<>();
        private final List<RelatedLink> related = new ArrayList<>();
        private final Map<String, Object> extras = new LinkedHashMap<>();
        private Provenance provenance = Provenance.NONE;

        Builder() {
        }

        Builder(Article a) {
            id = a.id;
            title = a.title;
            subtitle = a.subtitle;
            excerpt = a.excerpt;
            body.addAll(a.body);
            authors.addAll(a.authors);
            publishedAt = a.publishedAt;
            modifiedAt = a.modifiedAt;
            url = a.url;
            ampUrl = a.ampUrl;
            language = a.language;
            publisher = a.publisher;
            credit = a.credit;
            section = a.section;
            type = a.type;
            topics.addAll(a.topics);
            images.addAll(a.images);
            related.addAll(a.related);
            extras.putAll(a.extras);
            provenance = a.provenance;
        }

        /** Sets the id; null (the default) computes it from the other components at {@link #build()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the headline. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets the dek. */
        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /** Sets the summary. */
        public Builder excerpt(String excerpt) {
            this.excerpt = excerpt;
            return this;
        }

        /** Replaces the body. */
        public Builder body(List<Block> blocks) {
            body.clear();
            body.addAll(blocks);
            return this;
        }

        /** Appends a block to the body. */
        public Builder addBlock(Block block) {
            body.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /** Appends a paragraph to the body. */
        public Builder addParagraph(String text) {
            return addBlock(new Block.Paragraph(text));
        }

        /** Appends a heading to the body. */
        public Builder addHeading(String text, int level) {
            return addBlock(new Block.Heading(text, level));
        }

        /** Appends a quote to the body. */
        public Builder addQuote(String text, String attribution) {
            return addBlock(new Block.Quote(text, attribution));
        }

        /** Replaces the authors. */
        public Builder authors(List<Author> authors) {
            this.authors.clear();
            this.authors.addAll(authors);
            return this;
        }

        /** Appends an author. */
        public Builder addAuthor(Author author) {
            authors.add(Objects.requireNonNull(author, "author"));
            return this;
        }

        /** Appends an author known by name only. */
        public Builder addAuthor(String name) {
            return addAuthor(Author.of(name));
        }

        /** Sets the publication time. */
        public Builder publishedAt(OffsetDateTime publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        /** Sets the publication time from ISO-8601 with an offset, e.g. {@code "2020-02-26T22:57:00Z"}. */
        public Builder publishedAt(String isoDateTime) {
            return publishedAt(isoDateTime == null ? null : OffsetDateTime.parse(isoDateTime));
        }

        /** Sets the modification time. */
        public Builder modifiedAt(OffsetDateTime modifiedAt) {
            this.modifiedAt = modifiedAt;
            return this;
        }

        /** Sets the modification time from ISO-8601 with an offset. */
        public Builder modifiedAt(String isoDateTime) {
            return modifiedAt(isoDateTime == null ? null : OffsetDateTime.parse(isoDateTime));
        }

        /** Sets the canonical URL. */
        public Builder url(URI url) {
            this.url = url;
            return this;
        }

        /** Sets the canonical URL from a string. */
        public Builder url(String url) {
            return url(url == null ? null : URI.create(url));
        }

        /** Sets the AMP URL. */
        public Builder ampUrl(URI ampUrl) {
            this.ampUrl = ampUrl;
            return this;
        }

        /** Sets the AMP URL from a string. */
        public Builder ampUrl(String ampUrl) {
            return ampUrl(ampUrl == null ? null : URI.create(ampUrl));
        }

        /** Sets the BCP 47 language tag. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** Sets the publisher. */
        public Builder publisher(Publisher publisher) {
            this.publisher = publisher;
            return this;
        }

        /** Sets the publisher by name and domain (either may be null, not both). */
        public Builder publisher(String name, String domain) {
            return publisher(new Publisher(name, domain));
        }

        /** Sets the credited original source. */
        public Builder credit(String credit) {
            this.credit = credit;
            return this;
        }

        /** Sets the section. */
        public Builder section(String section) {
            this.section = section;
            return this;
        }

        /** Sets the content type. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Replaces the topics. */
        public Builder topics(List<String> topics) {
            this.topics.clear();
            this.topics.addAll(topics);
            return this;
        }

        /** Appends a topic. */
        public Builder addTopic(String topic) {
            topics.add(Objects.requireNonNull(topic, "topic"));
            return this;
        }

        /** Replaces the images. */
        public Builder images(List<Image> images) {
            this.images.clear();
            this.images.addAll(images);
            return this;
        }

        /** Appends an image. */
        public Builder addImage(Image image) {
            images.add(Objects.requireNonNull(image, "image"));
            return this;
        }

        /** Replaces the related links. */
        public Builder related(List<RelatedLink> related) {
            this.related.clear();
            this.related.addAll(related);
            return this;
        }

        /** Appends a related link. */
        public Builder addRelated(RelatedLink link) {
            related.add(Objects.requireNonNull(link, "link"));
            return this;
        }

        /** Replaces the extras. */
        public Builder extras(Map<String, ?> extras) {
            this.extras.clear();
            this.extras.putAll(extras);
            return this;
        }

        /** Puts one extra value (a JSON-compatible value). */
        public Builder putExtra(String key, Object value) {
            extras.put(Objects.requireNonNull(key, "key"), value);
            return this;
        }

        /** Sets the provenance; {@link Provenance#NONE} by default. */
        public Builder provenance(Provenance provenance) {
            this.provenance = provenance;
            return this;
        }

        /**
         * Builds the article.
         *
         * @throws IllegalArgumentException when a component is invalid (a blank id, an extra that is not a JSON value)
         */
        public Article build() {
            return new Article(id, title, subtitle, excerpt, body, authors, publishedAt, modifiedAt, url, ampUrl,
                    language, publisher, credit, section, type, topics, images, related, extras, provenance);
        }
    }
}
