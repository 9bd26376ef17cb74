package io.github.articlenorm;

import java.util.List;

/**
 * Everything a batch gave, in input order: the articles and the failures. Their counts add up to the records read.
 *
 * @param articles the articles; never null, unmodifiable
 * @param failures the failures; never null, unmodifiable
 */
public record Batch(List<Article> articles, List<Outcome.Failure> failures) {
    public Batch {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }

    /** Whether every record was normalized. */
    public boolean ok() {
        return failures.isEmpty();
    }
}
