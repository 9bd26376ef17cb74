package io.github.articlenorm;

import java.net.URI;

/** Preconditions shared by the model's constructors. */
final class Checks {
    private Checks() {
    }

    /** The URI itself, when null or absolute; a message naming the component otherwise. */
    static URI absolute(URI uri, String component) {
        if (uri != null && (!uri.isAbsolute() || uri.isOpaque())) {
            throw new IllegalArgumentException(component + " must be an absolute URL, was \"" + uri + "\"");
        }
        return uri;
    }
}
