package io.github.articlenorm;

import java.util.Objects;

/**
 * What normalizing one record gave: an article, or a failure that says why. Streams and batches yield one outcome
 * per record, so nothing is dropped silently.
 */
public sealed interface Outcome permits Outcome.Success, Outcome.Failure {

    /** The input's name. */
    String source();

    /** Whether this outcome holds an article. */
    default boolean isSuccess() {
        return this instanceof Success;
    }

    /**
     * The article.
     *
     * @throws ArticleParseException the failure's error, when this is a failure
     */
    Article article();

    /**
     * A normalized article.
     *
     * @param article the article
     */
    record Success(Article article) implements Outcome {
        public Success {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String source() {
            return article.provenance().source();
        }
    }

    /**
     * An input, or one record of it, that could not be normalized.
     *
     * @param source the input's name
     * @param record the record index inside a multi-record input, or null
     * @param format the format id, or null when none was chosen
     * @param error  what went wrong
     */
    record Failure(String source, Integer record, String format, ArticleParseException error) implements Outcome {
        public Failure {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(error, "error");
        }

        @Override
        public Article article() {
            throw error;
        }

        /** The error message. */
        public String message() {
            return error.getMessage();
        }
    }
}
