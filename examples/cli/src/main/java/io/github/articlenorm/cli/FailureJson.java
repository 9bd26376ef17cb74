package io.github.articlenorm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.articlenorm.Outcome;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The JSON line written to {@code --failures} for one failure. */
final class FailureJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private FailureJson() {
    }

    static String write(Outcome.Failure f) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("source", f.source());
            if (f.record() != null) {
                g.writeNumberField("record", f.record());
            }
            g.writeStringField("format", f.format());
            g.writeStringField("error", f.message());
            if (f.error().location() != null) {
                g.writeStringField("location", f.error().location());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
