package io.github.articlenorm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Property tests for {@link Decoding}. */
class DecodingProperties {

    private static final Set<String> METHODS = Set.of("bom", "utf-8", "declared", "meta", "fallback");

    /** Random bytes, biased towards the interesting ones (BOM bytes, zeros, UTF-8 lead and continuation bytes). */
    private static Gen<byte[]> anyBytes(int maxLength) {
        Gen<Byte> b = Generate.oneOf(
            integers().between(-128, 127).map(Integer::byteValue),
            Generate.pick(List.of((byte) 0, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF, (byte) 0xFE,
                (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0x9D, (byte) '<', (byte) 'a')),
            integers().between(0x20, 0x7E).map(Integer::byteValue));
        return Generate.byteArrays(integers().between(0, maxLength), b);
    }

    private static Gen<String> declared() {
        return Generate.pick(Arrays.asList(null, "", "UTF-8", "ISO-8859-1", "text/html; charset=Shift_JIS",
            "windows-1251", "UTF-16", "UTF-16BE", "x-bogus", "charset=", "GB2312", "ISO-2022-JP", "EUC-KR", "UTF-32"));
    }

    private static void assertValid(Decoded d) {
        assertNotNull(d);
        assertNotNull(d.text());
        assertNotNull(d.charset());
        assertTrue(METHODS.contains(d.method()), d.method());
    }

    @Test
    void neverThrowsNorReturnsNullText() {
        qt().forAll(anyBytes(600), declared()).checkAssert((bytes, cs) -> assertValid(Decoding.decode(bytes, cs)));
    }

    @Test
    void neverThrowsOnArbitraryRanges() {
        qt().forAll(anyBytes(300), integers().between(-10, 320), integers().between(-10, 320), declared())
            .checkAssert((bytes, offset, length, cs) -> assertValid(Decoding.decode(bytes, offset, length, cs)));
    }

    @Test
    void rangeDecodesLikeACopyOfTheRange() {
        qt().forAll(anyBytes(300), integers().between(0, 1 << 20), integers().between(0, 1 << 20), declared())
            .checkAssert((bytes, a, b, cs) -> {
                int offset = a % (bytes.length + 1);
                int length = b % (bytes.length - offset + 1);
                assertEquals(Decoding.decode(Arrays.copyOfRange(bytes, offset, offset + length), cs),
                    Decoding.decode(bytes, offset, length, cs));
            });
    }

    @Test
    void validUtf8RoundTripsExactly() {
        Gen<Integer> codePoint = Generate.oneOf(integers().between(0x20, 0x7E), integers().between(0, 0xD7FF),
            integers().between(0xE000, 0x10FFFF), integers().between(0x80, 0x7FF));
        Gen<String> text = lists().of(codePoint).ofSizeBetween(0, 200).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
        // A leading U+FEFF is by definition a byte order mark and is stripped.
        qt().forAll(text, declared()).assuming((s, cs) -> !s.startsWith("\uFEFF")).checkAssert((s, cs) -> {
            Decoded d = Decoding.decode(s.getBytes(StandardCharsets.UTF_8), cs);
            assertEquals(s, d.text());
            assertEquals("UTF-8", d.charset());
            assertEquals("utf-8", d.method());
        });
    }

    @Test
    void fallbackKeepsOneCharPerByte() {
        qt().forAll(anyBytes(600)).checkAssert(bytes -> {
            Decoded d = Decoding.decode(bytes, null);
            if ("windows-1252".equals(d.charset())) {
                assertEquals(bytes.length, d.text().length());
                assertNotNull(d.warning());
            }
        });
    }

    @Test
    void bomAlwaysWinsAndIsStripped() {
        qt().forAll(lists().of(integers().between(0x20, 0x7E)).ofSizeBetween(0, 50), declared())
            .checkAssert((cps, cs) -> {
                StringBuilder sb = new StringBuilder();
                cps.forEach(sb::appendCodePoint);
                String s = sb.toString();
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                byte[] withBom = new byte[utf8.length + 3];
                withBom[0] = (byte) 0xEF;
                withBom[1] = (byte) 0xBB;
                withBom[2] = (byte) 0xBF;
                System.arraycopy(utf8, 0, withBom, 3, utf8.length);
                Decoded d = Decoding.decode(withBom, cs);
                assertEquals(s, d.text());
                assertEquals("bom", d.method());
            });
    }
}
