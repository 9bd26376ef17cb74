package io.github.articlenorm;

import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.spi.ArticleFormat;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import io.github.articlenorm.spi.Sniff;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A test format: detects inputs that start with its marker, and reads one record per line as "title|body". A line
 * "FAIL" makes that record fail; a line "BOOM" throws an unexpected exception; "DEEP" overflows the stack.
 */
final class FakeFormat implements ArticleFormat {
    private final String id;
    private final String marker;
    private final double confidence;
    private final int priority;
    private final boolean streaming;

    FakeFormat(String id, String marker, double confidence, int priority, boolean streaming) {
        this.id = id;
        this.marker = marker;
        this.confidence = confidence;
        this.priority = priority;
        this.streaming = streaming;
    }

    FakeFormat(String id, String marker, double confidence, int priority) {
        this(id, marker, confidence, priority, false);
    }

    /** A format that reads its records through {@link ParseContext#reader()} instead of the text. */
    static FakeFormat streaming(String id, String marker) {
        return new FakeFormat(id, marker, 0.9, 0, true);
    }

    FakeFormat(String id, String marker) {
        this(id, marker, 0.9, 0);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public Detection detect(Sniff sniff) {
        return sniff.head().startsWith(marker) ? new Detection(confidence, "starts with " + marker)
                : Detection.none("no " + marker);
    }

    @Override
    public Iterator<Draft> parse(ParseContext context) {
        String[] lines = streaming ? readAll(context) : context.text().substring(marker.length()).split("\n", -1);
        List<String> records = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                records.add(line);
            }
        }
        boolean multi = records.size() > 1;
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < records.size();
            }

            @Override
            public Draft next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int index = i++;
                String line = records.get(index);
                if (line.equals("FAIL")) {
                    throw new ArticleParseException("record is broken", "record " + index, null);
                }
                if (line.equals("BOOM")) {
                    throw new IllegalStateException("unexpected");
                }
                if (line.equals("DEEP")) {
                    return recurse(0);
                }
                String[] parts = line.split("\\|", -1);
                Draft d = new Draft().record(multi ? index : null);
                FieldOrigin at = new FieldOrigin("record", "record " + index);
                d.title(parts[0], at);
                for (int p = 1; p < parts.length; p++) {
                    d.block(Block.paragraph(parts[p]), at);
                }
                return d;
            }
        };
    }

    private String[] readAll(ParseContext context) {
        try (java.io.BufferedReader r = new java.io.BufferedReader(context.reader())) {
            List<String> all = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                all.add(line);
            }
            all.remove(0); // the marker line
            return all.toArray(new String[0]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Draft recurse(int depth) {
        return recurse(depth + 1);
    }
}
