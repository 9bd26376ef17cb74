package io.github.articlenorm.internal;
import java.nio.charset.StandardCharsets;
/** STUB. */
public final class Decoding {
    private Decoding() {}
    public static Decoded decode(byte[] b, String declared) { return decode(b, 0, b.length, declared); }
    public static Decoded decode(byte[] b, int off, int len, String declared) { return new Decoded(new String(b, off, len, StandardCharsets.UTF_8), "UTF-8", "utf-8", null); }
}
