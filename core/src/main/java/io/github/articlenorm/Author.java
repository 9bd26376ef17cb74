package io.github.articlenorm;

import java.net.URI;
import java.util.Objects;

/**
 * A person credited with writing an article.
 *
 * @param name the person's name, cleaned of "By", roles and dates; never null or blank
 * @param url  the author's page (absolute), or null
 */
public record Author(String name, URI url) {
    public Author {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Checks.absolute(url, "url");
    }

    /** An author known by name only. */
    public static Author of(String name) {
        return new Author(name, null);
    }
}
