package io.github.articlenorm.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes lines in batches that always end at a line's end: each batch goes out in one write, so a run that is
 * killed or interrupted leaves only whole lines behind (a plain buffered writer flushes wherever its buffer fills).
 */
final class LineSink {
    private static final int CAPACITY = 1 << 16;

    private final OutputStream out;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(CAPACITY);

    LineSink(OutputStream out) {
        this.out = out;
    }

    /** Adds one line (a newline is appended); it reaches the stream whole, with the lines before it. */
    void line(String text) throws IOException {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        if (pending.size() > 0 && pending.size() + bytes.length > CAPACITY) {
            flush();
        }
        if (bytes.length >= CAPACITY) {
            out.write(bytes);
            out.flush();
        } else {
            pending.writeBytes(bytes);
        }
    }

    /** Writes the pending lines in one call and flushes the stream. */
    void flush() throws IOException {
        if (pending.size() > 0) {
            pending.writeTo(out);
            pending.reset();
        }
        out.flush();
    }
}
