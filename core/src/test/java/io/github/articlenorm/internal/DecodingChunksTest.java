package io.github.articlenorm.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Strict UTF-8 is checked through a small buffer and decoded once (a 64 MB input would otherwise need three times
 * its size in heap): the check must still see every byte, and multi-byte characters across buffer edges.
 */
class DecodingChunksTest {

    @Test
    void findsAnInvalidBytePastTheFirstChunk() {
        byte[] b = ("a".repeat(100_000) + "x").getBytes(StandardCharsets.US_ASCII);
        b[90_000] = (byte) 0xC0;
        Decoded d = Decoding.decode(b, null);
        assertEquals("windows-1252", d.charset());
        assertNotNull(d.warning());
    }

    @Test
    void decodesMultiByteCharactersAcrossChunkEdges() {
        // Three-byte characters at every alignment over many 8 KB buffers.
        String text = ("é€😀" + "ab").repeat(20_000);
        Decoded d = Decoding.decode(text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(text, d.text());
        assertEquals("UTF-8", d.charset());
        assertNull(d.warning());
    }

    @Test
    void aCutSequenceAtTheEndIsNotStrictUtf8() {
        byte[] whole = ("é".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);
        Decoded d = Decoding.decode(cut, null);
        assertNotNull(d.warning());
    }
}
