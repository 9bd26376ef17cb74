package io.github.articlenorm;

import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.spi.ArticleFormat;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import io.github.articlenorm.spi.Sniff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link ParseContext#utf8()}: the bytes of valid UTF-8 input, and null for anything decoded otherwise. */
class ParseContextUtf8Test {

    /** Reads the context's UTF-8 bytes into a record: title "bytes" with the bytes as text, or "none". */
    private static final class Utf8Format implements ArticleFormat {
        @Override
        public String id() {
            return "utf8";
        }

        @Override
        public Detection detect(Sniff sniff) {
            return new Detection(1, "always");
        }

        @Override
        public Iterator<Draft> parse(ParseContext context) {
            String title;
            try (InputStream in = context.utf8()) {
                title = in == null ? "none" : "bytes " + Arrays.toString(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.of(new Draft().title(title, new FieldOrigin("test", "all"))).iterator();
        }
    }

    private static String read(Input input, Limits limits) {
        ArticleNormalizer n = ArticleNormalizer.builder().formats(new Utf8Format()).limits(limits).build();
        return n.normalize(input).title();
    }

    private static String bytes(byte[] b) {
        return "bytes " + Arrays.toString(b);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void givesTheBytesOfValidUtf8WithoutTheirBom() {
        byte[] text = "Überschrift – “quoted” 東京".getBytes(StandardCharsets.UTF_8);
        assertEquals(bytes(text), read(Input.of(text, "a.txt"), Limits.defaults()));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals(bytes(text), read(Input.of(concat(bom, text), "b.txt"), Limits.defaults()));
    }

    @Test
    void givesNoBytesWhenTheInputWasDecodedFromAnotherCharsetOrRepaired() {
        byte[] latin = "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("none", read(Input.of(latin, "latin.txt"), Limits.defaults()));
        byte[] utf16 = "\ufeffplain words".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("none", read(Input.of(utf16, "utf16.txt"), Limits.defaults()));
        // Mostly UTF-8: decoded as UTF-8 with the bad byte replaced, so the bytes are not the text.
        byte[] mostly = concat("één, één, één".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xFF});
        assertEquals("none", read(Input.of(mostly, "mostly.txt"), Limits.defaults()));
    }

    @Test
    void givesAllBytesOfAFileLargerThanTheLimitOnlyWhenAllOfItIsUtf8(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("Zeile ").append(i).append(" – grün\n");
        }
        byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
        Limits small = Limits.defaults().withMaxInputBytes(100);
        Path file = Files.write(dir.resolve("good.txt"), good);
        String title = read(Input.of(file), small);
        assertEquals(bytes(good), title);
        // One bad byte far past the head that charset detection looks at.
        byte[] bad = good.clone();
        bad[bad.length - 5] = (byte) 0xFF;
        assertEquals("none", read(Input.of(Files.write(dir.resolve("bad.txt"), bad)), small));
    }
}
