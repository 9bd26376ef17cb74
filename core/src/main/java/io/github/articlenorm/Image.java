package io.github.articlenorm;

import java.net.URI;
import java.util.Objects;

/**
 * An image that belongs to an article or a related link.
 *
 * @param url     where the image is (absolute), never null
 * @param width   width in pixels, or null when unknown
 * @param height  height in pixels, or null when unknown
 * @param caption caption or title, or null
 */
public record Image(URI url, Integer width, Integer height, String caption) {
    public Image {
        Checks.absolute(Objects.requireNonNull(url, "url"), "url");
        if (width != null && width < 0) {
            throw new IllegalArgumentException("width must not be negative, was " + width);
        }
        if (height != null && height < 0) {
            throw new IllegalArgumentException("height must not be negative, was " + height);
        }
    }

    /** An image known by URL only. */
    public static Image of(URI url) {
        return new Image(url, null, null, null);
    }
}
