package io.github.articlenorm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Example-based tests for {@link Decoding}. */
class DecodingTest {

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static void assertDecoded(Decoded d, String text, String charset, String method) {
        assertEquals(text, d.text());
        assertEquals(charset, d.charset());
        assertEquals(method, d.method());
    }

    // ---- BOM -----------------------------------------------------------------------------------------------

    @Test
    void stripsUtf8Bom() {
        Decoded d = Decoding.decode(concat(bytes(0xEF, 0xBB, 0xBF), "café".getBytes(StandardCharsets.UTF_8)),
            "ISO-8859-1");
        assertDecoded(d, "café", "UTF-8", "bom");
        assertNull(d.warning());
    }

    @Test
    void stripsUtf16Boms() {
        assertDecoded(Decoding.decode(concat(bytes(0xFF, 0xFE), "héllo".getBytes(StandardCharsets.UTF_16LE)), null),
            "héllo", "UTF-16LE", "bom");
        assertDecoded(Decoding.decode(concat(bytes(0xFE, 0xFF), "héllo".getBytes(StandardCharsets.UTF_16BE)), null),
            "héllo", "UTF-16BE", "bom");
    }

    @Test
    void stripsUtf32Boms() {
        Charset le = Charset.forName("UTF-32LE");
        Charset be = Charset.forName("UTF-32BE");
        assertDecoded(Decoding.decode(concat(bytes(0xFF, 0xFE, 0, 0), "zürich 😀".getBytes(le)), null),
            "zürich 😀", "UTF-32LE", "bom");
        assertDecoded(Decoding.decode(concat(bytes(0, 0, 0xFE, 0xFF), "zürich 😀".getBytes(be)), null),
            "zürich 😀", "UTF-32BE", "bom");
    }

    @Test
    void replacesInvalidBytesAfterBomWithWarning() {
        Decoded d = Decoding.decode(bytes(0xEF, 0xBB, 0xBF, 'a', 0xFF, 'b'), null);
        assertDecoded(d, "a\uFFFDb", "UTF-8", "bom");
        assertNotNull(d.warning());
    }

    @Test
    void decodesBomOnlyAsEmpty() {
        assertDecoded(Decoding.decode(bytes(0xEF, 0xBB, 0xBF), null), "", "UTF-8", "bom");
        assertDecoded(Decoding.decode(bytes(0xFF, 0xFE), null), "", "UTF-16LE", "bom");
    }

    // ---- UTF-8 ---------------------------------------------------------------------------------------------

    @Test
    void decodesEmptyInputAsUtf8() {
        assertDecoded(Decoding.decode(new byte[0], null), "", "UTF-8", "utf-8");
        assertDecoded(Decoding.decode(null, "ISO-8859-1"), "", "UTF-8", "utf-8");
        assertDecoded(Decoding.decode(new byte[10], 3, 0, null), "", "UTF-8", "utf-8");
    }

    @Test
    void decodesPureAsciiAsUtf8() {
        Decoded d = Decoding.decode("plain text".getBytes(StandardCharsets.US_ASCII), "ISO-8859-1");
        assertDecoded(d, "plain text", "UTF-8", "utf-8");
        assertNull(d.warning());
    }

    @Test
    void decodesStrictUtf8() {
        String s = "Grüße, 你好, Привет, 😀";
        Decoded d = Decoding.decode(s.getBytes(StandardCharsets.UTF_8), null);
        assertDecoded(d, s, "UTF-8", "utf-8");
        assertNull(d.warning());
    }

    @Test
    void prefersValidUtf8OverWrongDeclaredCharset() {
        Decoded d = Decoding.decode("naïve café".getBytes(StandardCharsets.UTF_8), "text/html; charset=ISO-8859-1");
        assertDecoded(d, "naïve café", "UTF-8", "utf-8");
        assertNotNull(d.warning());
        assertTrue(d.warning().contains("ISO-8859-1"), d.warning());
    }

    @Test
    void rejectsOverlongAndSurrogateUtf8() {
        // overlong '/', and an encoded surrogate: not UTF-8, so windows-1252
        assertEquals("fallback", Decoding.decode(bytes('a', 0xC0, 0xAF), null).method());
        assertEquals("fallback", Decoding.decode(bytes('a', 0xED, 0xA0, 0x80, 'b'), null).method());
    }

    @Test
    void toleratesTruncatedFinalUtf8Sequence() {
        byte[] full = "déjà vu €".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(full, full.length - 1);
        Decoded d = Decoding.decode(cut, null);
        assertDecoded(d, "déjà vu \uFFFD", "UTF-8", "utf-8");
        assertNotNull(d.warning());
    }

    @Test
    void toleratesAFewInvalidBytesInMostlyUtf8() {
        byte[] good = "Straße für Bürger – überall schön. ".getBytes(StandardCharsets.UTF_8);
        byte[] input = concat(concat(good, bytes(0xFC)), good);
        Decoded d = Decoding.decode(input, "windows-1252");
        assertEquals("UTF-8", d.charset());
        assertEquals("utf-8", d.method());
        assertTrue(d.text().startsWith("Straße für Bürger"));
        assertTrue(d.text().contains("\uFFFD"));
        assertNotNull(d.warning());
    }

    // ---- declared ------------------------------------------------------------------------------------------

    @Test
    void usesDeclaredCharsetWhenNotUtf8() {
        Charset koi8 = Charset.forName("KOI8-R");
        Decoded d = Decoding.decode("Привет, мир".getBytes(koi8), "KOI8-R");
        assertDecoded(d, "Привет, мир", "KOI8-R", "declared");
        assertNull(d.warning());
    }

    @Test
    void acceptsContentTypeAsDeclaredCharset() {
        Charset sjis = Charset.forName("Shift_JIS");
        Decoded d = Decoding.decode("日本語のテキスト".getBytes(sjis), "text/html; charset=\"Shift_JIS\"");
        assertDecoded(d, "日本語のテキスト", "Shift_JIS", "declared");
    }

    @Test
    void treatsDeclaredLatin1AsWindows1252() {
        Decoded d = Decoding.decode(bytes('"', 0x93, 'q', 0x94, ' ', 'c', 'a', 'f', 0xE9), "ISO-8859-1");
        assertDecoded(d, "\"\u201Cq\u201D café", "windows-1252", "declared");
    }

    @Test
    void ignoresUnknownDeclaredCharset() {
        Decoded d = Decoding.decode(bytes('c', 'a', 'f', 0xE9), "x-no-such-charset");
        assertDecoded(d, "café", "windows-1252", "fallback");
        assertNotNull(d.warning());
        assertEquals("fallback", Decoding.decode(bytes('c', 0xE9), "!!! not a name").method());
        assertEquals("fallback", Decoding.decode(bytes('c', 0xE9), "text/html").method());
        assertEquals("fallback", Decoding.decode(bytes('c', 0xE9), "charset=").method());
    }

    @Test
    void skipsDeclaredCharsetThatDoesNotDecode() {
        // 0x82 0x20 is malformed in Shift_JIS (0x20 cannot follow a lead byte)
        Decoded d = Decoding.decode(bytes('a', 0x82, ' ', 'b', 0xE9), "Shift_JIS");
        assertEquals("windows-1252", d.charset());
        assertEquals("fallback", d.method());
    }

    // ---- meta ----------------------------------------------------------------------------------------------

    @Test
    void readsMetaCharset() {
        byte[] html = concat("<html><head><meta charset=\"windows-1251\"><title>".getBytes(StandardCharsets.US_ASCII),
            "Новости</title>".getBytes(Charset.forName("windows-1251")));
        Decoded d = Decoding.decode(html, null);
        assertDecoded(d, "<html><head><meta charset=\"windows-1251\"><title>Новости</title>", "windows-1251",
            "meta");
        assertNull(d.warning());
    }

    @Test
    void readsMetaHttpEquivContentType() {
        byte[] html = concat(("<HTML><HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-2\">"
            + "</HEAD><BODY>").getBytes(StandardCharsets.US_ASCII), "Łódź".getBytes(Charset.forName("ISO-8859-2")));
        Decoded d = Decoding.decode(html, null);
        assertEquals("ISO-8859-2", d.charset());
        assertEquals("meta", d.method());
        assertTrue(d.text().endsWith("<BODY>Łódź"));
    }

    @Test
    void readsXmlDeclarationEncoding() {
        byte[] xml = concat("<?xml version=\"1.0\" encoding='ISO-8859-15'?><title>".getBytes(StandardCharsets.US_ASCII),
            "Prix: 5 €</title>".getBytes(Charset.forName("ISO-8859-15")));
        Decoded d = Decoding.decode(xml, null);
        assertEquals("ISO-8859-15", d.charset());
        assertEquals("meta", d.method());
        assertTrue(d.text().contains("5 €"));
    }

    @Test
    void readsCssCharsetRule() {
        byte[] css = concat("@charset \"windows-1250\"; p:before { content: \"".getBytes(StandardCharsets.US_ASCII),
            "Příliš\" }".getBytes(Charset.forName("windows-1250")));
        Decoded d = Decoding.decode(css, null);
        assertEquals("windows-1250", d.charset());
        assertEquals("meta", d.method());
        assertTrue(d.text().contains("Příliš"));
    }

    @Test
    void prefersDeclaredOverMeta() {
        byte[] html = concat("<meta charset=\"windows-1251\">".getBytes(StandardCharsets.US_ASCII), bytes(0xE9));
        assertEquals("windows-1252", Decoding.decode(html, "windows-1252").charset());
        assertEquals("declared", Decoding.decode(html, "windows-1252").method());
    }

    @Test
    void ignoresMetaBeyondTwoKilobytes() {
        byte[] filler = "<!-- padding -->".repeat(200).getBytes(StandardCharsets.US_ASCII);
        byte[] html = concat(filler, concat("<meta charset=\"windows-1251\">".getBytes(StandardCharsets.US_ASCII),
            bytes(0xE9)));
        assertEquals("fallback", Decoding.decode(html, null).method());
    }

    @Test
    void ignoresUnknownMetaCharset() {
        byte[] html = concat("<meta charset=\"klingon-8\"><p>caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9));
        Decoded d = Decoding.decode(html, null);
        assertEquals("fallback", d.method());
        assertTrue(d.text().endsWith("café"));
    }

    @Test
    void ignoresUtf8MetaOnLatin1Bytes() {
        byte[] html = concat("<meta charset=\"utf-8\"><p>caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9));
        Decoded d = Decoding.decode(html, null);
        assertEquals("windows-1252", d.charset());
        assertTrue(d.text().endsWith("café"));
    }

    // ---- UTF-16 without BOM --------------------------------------------------------------------------------

    @Test
    void sniffsUtf16WithoutBom() {
        String s = "Hello, this is plain text in UTF-16.";
        Decoded le = Decoding.decode(s.getBytes(StandardCharsets.UTF_16LE), null);
        assertDecoded(le, s, "UTF-16LE", "fallback");
        assertNotNull(le.warning());
        Decoded be = Decoding.decode(s.getBytes(StandardCharsets.UTF_16BE), null);
        assertDecoded(be, s, "UTF-16BE", "fallback");
        assertNotNull(be.warning());
        Decoded declared = Decoding.decode(s.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE");
        assertDecoded(declared, s, "UTF-16LE", "declared");
        assertNull(declared.warning());
    }

    // ---- fallback ------------------------------------------------------------------------------------------

    @Test
    void fallsBackToWindows1252WithWarning() {
        Decoded d = Decoding.decode("café".getBytes(StandardCharsets.ISO_8859_1), null);
        assertDecoded(d, "café", "windows-1252", "fallback");
        assertEquals("input is not valid UTF-8 and declares no charset; decoded as windows-1252", d.warning());
    }

    @Test
    void decodesWindows1252PunctuationInFallback() {
        Decoded d = Decoding.decode(bytes(0x93, 'H', 'i', 0x94, ' ', 0x96, ' ', 0x80, '5'), null);
        assertEquals("\u201CHi\u201D \u2013 \u20AC5", d.text());
    }

    @Test
    void mapsUndefinedWindows1252BytesToC1Controls() {
        Decoded d = Decoding.decode(bytes(0x81, 0x8D, 0x8F, 0x90, 0x9D), null);
        assertEquals("\u0081\u008D\u008F\u0090\u009D", d.text());
        assertEquals("windows-1252", d.charset());
    }

    @Test
    void windows1252TableMatchesJdkForDefinedBytes() throws Exception {
        var jdk = Charset.forName("windows-1252").newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int b = 0; b < 256; b++) {
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                continue;
            }
            String expected = jdk.decode(ByteBuffer.wrap(bytes(b))).toString();
            assertEquals(expected, Decoding.windows1252(bytes(b), 0, 1), "byte " + b);
        }
    }

    // ---- ranges and hostile input --------------------------------------------------------------------------

    @Test
    void decodesASubrange() {
        byte[] all = "xxcaféyy".getBytes(StandardCharsets.UTF_8);
        assertDecoded(Decoding.decode(all, 2, 5, null), "café", "UTF-8", "utf-8");
    }

    @Test
    void clampsOutOfRangeOffsets() {
        byte[] all = "abc".getBytes(StandardCharsets.US_ASCII);
        assertEquals("abc", Decoding.decode(all, -5, 100, null).text());
        assertEquals("", Decoding.decode(all, 10, 2, null).text());
        assertEquals("bc", Decoding.decode(all, 1, Integer.MAX_VALUE, null).text());
        assertEquals("", Decoding.decode(all, 1, -1, null).text());
    }

    @Test
    void survivesHostileDeclaredCharsets() {
        byte[] latin = bytes('c', 'a', 'f', 0xE9);
        for (String declared : new String[] {"", " ", "\u0000", "charset", "charset=\"", "utf-8;;;;", "\"\"\"",
            "a".repeat(100_000), "charset=" + "x".repeat(10_000), "../../etc/passwd", "UTF-7", "x-user-defined",
            "ISO-2022-JP", "UTF-32", "text/html; charset=utf-16"}) {
            Decoded d = Decoding.decode(latin, declared);
            assertNotNull(d.text());
            assertNotNull(d.charset());
        }
    }

    @Test
    void handlesMegabyteOfRandomBytes() {
        byte[] noise = new byte[1 << 20];
        new Random(42).nextBytes(noise);
        Decoded d = Decoding.decode(noise, "text/html; charset=utf-8");
        assertEquals(noise.length, d.text().length());
        assertEquals("windows-1252", d.charset());
        byte[] manyMetas = "<meta <meta charset <meta charset= ".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        manyMetas[manyMetas.length - 1] = (byte) 0xE9;
        assertEquals("fallback", Decoding.decode(manyMetas, null).method());
    }
}
