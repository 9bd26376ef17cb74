package io.github.articlenorm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to normalize: where its bytes come from, its name, and optional hints.
 *
 * <p>Immutable; {@code with…} methods return a copy. An input made from an {@link InputStream} can be read once;
 * the normalizer reads it to the end (or to {@link Limits#maxInputBytes()}) and does not close it.
 */
public final class Input {
    private final String name;
    private final Path path;
    private final byte[] bytes;
    private final InputStream stream;
    private final String contentType;
    private final URI baseUrl;

    private Input(String name, Path path, byte[] bytes, InputStream stream, String contentType, URI baseUrl) {
        this.name = name;
        this.path = path;
        this.bytes = bytes;
        this.stream = stream;
        this.contentType = contentType;
        this.baseUrl = baseUrl;
    }

    /** A file; its name is the path as given. */
    public static Input of(Path path) {
        Objects.requireNonNull(path, "path");
        return new Input(path.toString(), path, null, null, null, null);
    }

    /** Bytes in memory, with a name for provenance and error messages (null gives "bytes"). */
    public static Input of(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, "bytes");
        return new Input(name == null ? "bytes" : name, null, bytes.clone(), null, null, null);
    }

    /** Text in memory, read as UTF-8, with a name (null gives "string"). */
    public static Input of(String content, String name) {
        Objects.requireNonNull(content, "content");
        return new Input(name == null ? "string" : name, null, content.getBytes(StandardCharsets.UTF_8), null,
                null, null);
    }

    /** A stream, read once and not closed, with a name (null gives "stream"). */
    public static Input of(InputStream stream, String name) {
        Objects.requireNonNull(stream, "stream");
        return new Input(name == null ? "stream" : name, null, null, stream, null, null);
    }

    /** A copy with another name. */
    public Input withName(String name) {
        return new Input(Objects.requireNonNull(name, "name"), path, bytes, stream, contentType, baseUrl);
    }

    /**
     * A copy with a content type hint such as {@code "text/html; charset=ISO-8859-1"}: its charset is used when the
     * bytes are not UTF-8, and its media type helps detection.
     */
    public Input withContentType(String contentType) {
        return new Input(name, path, bytes, stream, contentType, baseUrl);
    }

    /** A copy with the URL the input was fetched from; relative URLs in it are resolved against this one. */
    public Input withBaseUrl(URI baseUrl) {
        return new Input(name, path, bytes, stream, contentType, baseUrl);
    }

    /** The name used in provenance and errors. */
    public String name() {
        return name;
    }

    /** The file, when the input is one; else null. */
    public Path path() {
        return path;
    }

    /** The content type hint, or null. */
    public String contentType() {
        return contentType;
    }

    /** The base URL hint, or null. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Opens the bytes; the caller closes the stream (closing a caller's own stream is left to the caller). */
    InputStream open() throws IOException {
        if (path != null) {
            return Files.newInputStream(path);
        }
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return stream.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return stream.read(b, off, len);
            }
        };
    }

    /**
     * The bytes of an input made from bytes or a string, not copied, or null for a file or a stream. Only read:
     * {@link #of(byte[], String)} made them a copy of the caller's array, so nothing else can change them.
     */
    byte[] heldBytes() {
        return bytes;
    }

    /** The size when known without reading, else -1. */
    long knownSize() {
        if (bytes != null) {
            return bytes.length;
        }
        if (path != null) {
            try {
                return Files.size(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Input[" + name + "]";
    }
}
