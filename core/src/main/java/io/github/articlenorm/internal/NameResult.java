package io.github.articlenorm.internal;

import java.util.List;

/**
 * Outcome of {@link Names#parse(String)}: the cleaned person names and the pieces that were refused.
 *
 * <p>Both lists are immutable and never null. Not API.
 *
 * @param names cleaned, de-duplicated names in first-seen order
 * @param refused pieces of the byline that looked like something other than a name, with reasons
 */
public record NameResult(List<String> names, List<Refusal> refused) {

    /**
     * Copies both lists into immutable lists; a null list becomes empty.
     *
     * @param names cleaned names
     * @param refused refused pieces
     */
    public NameResult {
        names = names == null ? List.of() : List.copyOf(names);
        refused = refused == null ? List.of() : List.copyOf(refused);
    }

    /**
     * A piece of a byline that was not accepted as a name.
     *
     * @param value the refused text as found (whitespace collapsed, shortened to about 80 characters)
     * @param reason a short human-readable reason, e.g. {@code "not a person's name"}
     */
    public record Refusal(String value, String reason) {

        /**
         * Replaces null components with empty strings so consumers never see null.
         *
         * @param value the refused text
         * @param reason why it was refused
         */
        public Refusal {
            value = value == null ? "" : value;
            reason = reason == null ? "" : reason;
        }
    }
}
