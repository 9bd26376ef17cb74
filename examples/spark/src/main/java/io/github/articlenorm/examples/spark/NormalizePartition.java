package io.github.articlenorm.examples.spark;

import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import io.github.articlenorm.Outcome;
import io.github.articlenorm.formats.json.ArticleJson;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Normalizes one partition of files ({@code path}, {@code content}) into {@link ArticleSchema#OUTCOME} rows: one
 * per record, lazily, so a partition's articles are never all in memory at once.
 */
final class NormalizePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Normalizers.Settings settings;

    NormalizePartition(Normalizers.Settings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        return new Outcomes(Normalizers.get(settings), files);
    }

    private static final class Outcomes implements Iterator<Row> {
        private final ArticleNormalizer normalizer;
        private final Iterator<Row> files;
        private Stream<Outcome> stream;
        private Iterator<Outcome> outcomes = Collections.emptyIterator();
        private String source;

        Outcomes(ArticleNormalizer normalizer, Iterator<Row> files) {
            this.normalizer = normalizer;
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (!outcomes.hasNext()) {
                if (stream != null) {
                    stream.close();
                    stream = null;
                }
                if (!files.hasNext()) {
                    return false;
                }
                Row file = files.next();
                source = file.getString(0);
                byte[] content = file.getAs(1);
                stream = normalizer.stream(Input.of(content == null ? new byte[0] : content, source));
                outcomes = stream.iterator();
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                return row(outcomes.next());
            } catch (RuntimeException e) {
                // The normalizer turns bad input into failures; this is a bug. Keep it as a row rather than fail
                // the whole task, and skip the rest of this file, whose iterator is in an unknown state.
                outcomes = Collections.emptyIterator();
                return RowFactory.create(source, null, null, null, "unexpected error: " + e, null);
            }
        }

        private static Row row(Outcome outcome) {
            if (outcome instanceof Outcome.Success s) {
                var p = s.article().provenance();
                return RowFactory.create(p.source(), p.record(), p.format(), ArticleJson.write(s.article()), null,
                        null);
            }
            Outcome.Failure f = (Outcome.Failure) outcome;
            return RowFactory.create(f.source(), f.record(), f.format(), null, f.message(), f.error().location());
        }
    }
}
