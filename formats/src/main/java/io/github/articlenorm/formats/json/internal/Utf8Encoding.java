package io.github.articlenorm.formats.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a reader as UTF-8 bytes, encoded as they are read: how an input in another charset (UTF-16,
 * windows-1252) reaches the byte-reading JSON parser. A lone surrogate becomes a replacement character. Closing it
 * closes the reader.
 */
final class Utf8Encoding extends InputStream {

    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(1 << 13).flip();
    private final ByteBuffer bytes = ByteBuffer.allocate(3 << 13).flip();
    private boolean endOfChars;
    private boolean flushed;

    Utf8Encoding(Reader reader) {
        this.reader = reader;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            bytes.clear();
            if (!endOfChars) {
                chars.compact();
                endOfChars = reader.read(chars) < 0;
                chars.flip();
            }
            CoderResult r = encoder.encode(chars, bytes, endOfChars);
            if (endOfChars && r.isUnderflow()) {
                encoder.flush(bytes);
                flushed = true;
            }
            bytes.flip();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
