package io.github.articlenorm;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A link to another article that the source offered alongside this one ("Related", "Read more", a teaser list).
 *
 * @param title       the linked article's title, or null
 * @param url         its canonical URL, or null when the source gives only a title
 * @param ampUrl      its AMP URL, or null
 * @param excerpt     its summary, or null
 * @param publishedAt its publication time, or null
 * @param publisher   its publisher, or null
 * @param images      its images; never null, unmodifiable
 */
public record RelatedLink(String title, URI url, URI ampUrl, String excerpt, OffsetDateTime publishedAt,
                          Publisher publisher, List<Image> images) {
    public RelatedLink {
        if (title == null && url == null) {
            throw new IllegalArgumentException("a related link needs a title or a url");
        }
        Checks.absolute(url, "url");
        Checks.absolute(ampUrl, "ampUrl");
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** A related link with a title and a URL (either may be null, not both). */
    public static RelatedLink of(String title, URI url) {
        return new RelatedLink(title, url, null, null, null, null, List.of());
    }
}
