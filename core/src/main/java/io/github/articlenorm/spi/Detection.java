package io.github.articlenorm.spi;

import java.util.Objects;

/**
 * A format's verdict on an input's beginning.
 *
 * @param confidence 0 (not this format) to 1 (certainly this format)
 * @param evidence   what the verdict rests on, for people: {@code "starts with '---' and a YAML key"}; never null
 */
public record Detection(double confidence, String evidence) {
    private static final Detection NONE = new Detection(0, "no sign of this format");

    public Detection {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0 to 1, was " + confidence);
        }
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Not this format. */
    public static Detection none() {
        return NONE;
    }

    /** Not this format, and why. */
    public static Detection none(String evidence) {
        return new Detection(0, evidence);
    }
}
