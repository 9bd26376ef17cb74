package io.github.articlenorm.spi;

import java.util.Objects;

/**
 * The beginning of an input, decoded, for {@link ArticleFormat#detect}.
 *
 * @param name        the input's name (a file name may hint at the format)
 * @param contentType the caller's content type hint, or null
 * @param head        the first characters of the decoded input (at most {@link #HEAD_CHARS}), BOM removed
 * @param complete    whether {@code head} is the whole input
 */
public record Sniff(String name, String contentType, String head, boolean complete) {
    /** How many characters detection sees at most. */
    public static final int HEAD_CHARS = 16 * 1024;

    public Sniff {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(head, "head");
    }
}
