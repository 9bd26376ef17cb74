package io.github.articlenorm;

import java.util.List;
import java.util.Objects;

/**
 * One block of an article's body: a paragraph, a heading, a quote or a list.
 *
 * <p>Blocks are immutable values. Their text is plain text: markup is gone, whitespace is collapsed to single
 * spaces, and Unicode is in NFC form when the block comes from a normalizer.
 */
public sealed interface Block permits Block.Paragraph, Block.Heading, Block.Quote, Block.ListBlock {

    /** The block as plain text; a list gives its items one per line. */
    String text();

    /** The canonical JSON name of this kind of block: {@code paragraph}, {@code heading}, {@code quote} or {@code list}. */
    String type();

    /** A paragraph of running text. */
    static Paragraph paragraph(String text) {
        return new Paragraph(text);
    }

    /** A heading of the given level, 1 (the most important) to 6. */
    static Heading heading(String text, int level) {
        return new Heading(text, level);
    }

    /** A quote; {@code attribution} names who said it and may be null. */
    static Quote quote(String text, String attribution) {
        return new Quote(text, attribution);
    }

    /** A list of items. */
    static ListBlock list(List<String> items) {
        return new ListBlock(items);
    }

    /**
     * A paragraph of running text.
     *
     * @param text the paragraph, never null
     */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String type() {
            return "paragraph";
        }
    }

    /**
     * A subheading inside the body.
     *
     * @param text  the heading, never null
     * @param level 1 to 6, as in HTML
     */
    record Heading(String text, int level) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("level must be 1 to 6, was " + level);
            }
        }

        @Override
        public String type() {
            return "heading";
        }
    }

    /**
     * A quoted passage.
     *
     * @param text        what was said, never null
     * @param attribution who said it ("Jane Doe, Mayor"), or null when the source names no one
     */
    record Quote(String text, String attribution) implements Block {
        public Quote {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String type() {
            return "quote";
        }
    }

    /**
     * A bulleted or numbered list.
     *
     * @param items the items in order; never null, unmodifiable
     */
    record ListBlock(List<String> items) implements Block {
        public ListBlock {
            items = List.copyOf(Objects.requireNonNull(items, "items"));
        }

        @Override
        public String text() {
            return String.join("\n", items);
        }

        @Override
        public String type() {
            return "list";
        }
    }
}
