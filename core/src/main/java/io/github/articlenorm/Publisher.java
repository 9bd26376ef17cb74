package io.github.articlenorm;

/**
 * The site an article was published on.
 *
 * @param name   the site's name ("USA Today"), or null when only the domain is known
 * @param domain the registrable domain without "www." ("usatoday.com"), or null
 */
public record Publisher(String name, String domain) {
    public Publisher {
        if (name == null && domain == null) {
            throw new IllegalArgumentException("a publisher needs a name or a domain");
        }
    }
}
