package io.github.articlenorm.examples.benchmarks;

import io.github.articlenorm.Limits;
import io.github.articlenorm.spi.ParseContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/** What the benchmarks share: their input files and a parse context for calling a format directly. */
final class Benchmarks {
    private Benchmarks() {
    }

    /** A resource of this package, whole. */
    static byte[] resource(String name) {
        try (InputStream in = Benchmarks.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + Benchmarks.class);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The least a format needs, over the given text: default limits, UTC, no deadline. */
    static ParseContext context(String text) {
        return context(() -> text, () -> new StringReader(text));
    }

    /** The least a format needs; {@code text} and {@code reader} are called each time the format asks. */
    static ParseContext context(Supplier<String> text, Supplier<Reader> reader) {
        return new ParseContext() {
            @Override
            public String source() {
                return "benchmark";
            }

            @Override
            public String text() {
                return text.get();
            }

            @Override
            public Reader reader() {
                return reader.get();
            }

            @Override
            public String contentType() {
                return null;
            }

            @Override
            public URI baseUrl() {
                return null;
            }

            @Override
            public ZoneId defaultZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Limits limits() {
                return Limits.defaults();
            }

            @Override
            public boolean deadlineReached() {
                return false;
            }
        };
    }
}
