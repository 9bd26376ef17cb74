package io.github.articlenorm.formats.hostile;

import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Input;
import io.github.articlenorm.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static io.github.articlenorm.formats.hostile.Hostile.FORMATS_AND_DETECTION;
import static io.github.articlenorm.formats.hostile.Hostile.attack;
import static io.github.articlenorm.formats.hostile.Hostile.attackOne;
import static io.github.articlenorm.formats.hostile.Hostile.normalizer;
import static io.github.articlenorm.formats.hostile.Hostile.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adversarial corpus: inputs built to hurt, generated here rather than kept in git. Every input must give an
 * article (possibly partial, with a warning naming the limit) or an {@link ArticleParseException} with a clear
 * message, within the time budget plus a margin, in a 256 MB heap (this class runs in the {@code hostile} Surefire
 * execution with {@code -Xmx256m}). Each case prints "attack: … → outcome" to the test output.
 */
class CorpusHostileTest {

    private static final Limits LIMITS = Limits.defaults();
    private static final ArticleNormalizer DETECT = normalizer(null, LIMITS);

    private static Hostile.Verdict attackBytes(String attack, String format, byte[] bytes) {
        return attack(attack + " [" + (format == null ? "detected" : format) + "]", normalizer(format, LIMITS), LIMITS,
                () -> Input.of(bytes, attack));
    }

    /** The same bytes through detection and every forced format. */
    private static void everyFormat(String attack, byte[] bytes) {
        for (String format : FORMATS_AND_DETECTION) {
            attackBytes(attack, format, bytes);
        }
    }

    private static String prose(int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            sb.append("The harbour council met on a grey morning and agreed, after a long debate, to repair pier ")
                    .append(i).append(". ");
        }
        return sb.toString();
    }

    // ---- YAML ----

    @Test
    void yamlBillionLaughsFailsNamingTheAliasLimit() {
        StringBuilder sb = new StringBuilder("---\nlol0: &lol0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i <= 9; i++) {
            sb.append("lol").append(i).append(": &lol").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                sb.append(j == 0 ? "" : ",").append("*lol").append(i - 1);
            }
            sb.append("]\n");
        }
        sb.append("title: laughs\n---\nBody.\n");
        for (String format : Arrays.asList(null, "front-matter")) {
            ArticleParseException e = attackBytes("YAML billion laughs", format, utf8(sb.toString())).failure();
            assertTrue(e.getMessage().contains("alias"), e.getMessage());
        }
    }

    @Test
    void yamlJavaAndJavaxTagsFailNamingTheTag() {
        List<String> tags = List.of("!!java.net.URL [\"http://localhost/\"]",
                "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]",
                "!!java.io.File /etc/passwd", "!<tag:yaml.org,2002:java.lang.Runtime> {}");
        for (String tag : tags) {
            byte[] post = utf8("---\ntitle: Tagged\nthing: " + tag + "\n---\nBody text.\n");
            ArticleParseException e = attackBytes("YAML tag " + tag.substring(0, tag.indexOf(' ')), null, post)
                    .failure();
            assertTrue(e.getMessage().contains("tag") || e.getMessage().contains("java"), e.getMessage());
            assertTrue(e.location() != null && e.location().startsWith("line 3"), e.getMessage());
        }
    }

    // ---- JSON ----

    @Test
    void hundredThousandDeepJsonStopsAtTheDepthLimit() {
        int depth = 100_000;
        byte[] arrays = utf8("[".repeat(depth) + "]".repeat(depth));
        byte[] objects = utf8("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
        byte[] inside = utf8("{\"title\":\"Deep\",\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
        byte[] open = utf8("[".repeat(depth));
        for (byte[] b : List.of(arrays, objects, inside, open)) {
            for (String format : FORMATS_AND_DETECTION) {
                Hostile.Verdict v = attackBytes("100,000-deep JSON", format, b);
                if ("json".equals(format) && !v.failures().isEmpty()) {
                    String m = v.failures().get(0).getMessage();
                    assertTrue(m.contains("depth") || m.contains("Depth") || m.contains("nest")
                            || m.contains("end of input") || m.contains("malformed") || m.contains("no article"), m);
                }
            }
        }
        ArticleParseException deep = attackBytes("100,000-deep JSON object", "json", objects).failure();
        assertTrue(deep.getMessage().contains("Limits.withMaxDepth"), deep.getMessage());
    }

    @Test
    void deepJsonLinesRecordFailsAloneAndTheOthersAreRead() {
        String good = "{\"title\":\"Pier repaired\",\"text\":\"The pier was repaired.\"}\n";
        byte[] dump = utf8(good + "[".repeat(100_000) + "\n" + good);
        Hostile.Verdict v = attackBytes("JSON Lines with a 100,000-deep line", "json", dump);
        assertEquals(2, v.articles().size(), v.toString());
        assertEquals(1, v.failures().size(), v.toString());
    }

    // ---- size ----

    @Test
    void sixtyFourMegabyteSingleLineIsReadWithinTheHeap(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one-line.txt");
        byte[] sentence = utf8(prose(1));
        long target = LIMITS.maxInputBytes();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(utf8("A very long line\n\n"));
            for (long written = 18; written + sentence.length <= target; written += sentence.length) {
                out.write(sentence);
            }
        }
        assertTrue(Files.size(file) > 63L << 20);
        for (String format : Arrays.asList(null, "text")) {
            attack("64 MB single-line text [" + (format == null ? "detected" : format) + "]",
                    normalizer(format, LIMITS), LIMITS, () -> Input.of(file));
        }
    }

    @Test
    void inputPastTheByteLimitIsCutWithAWarningNamingTheLimit(@TempDir Path dir) throws IOException {
        Limits small = LIMITS.withMaxInputBytes(1 << 20);
        String text = "Cut short\n\n" + (prose(3) + "\n\n").repeat(8_000);
        Path file = Files.writeString(dir.resolve("big.txt"), text);
        Hostile.Verdict fromFile = attack("input past maxInputBytes (file)", normalizer(null, small), small,
                () -> Input.of(file));
        assertTrue(fromFile.anyWarningContains("Limits.withMaxInputBytes"), fromFile.toString());
        Hostile.Verdict fromBytes = attack("input past maxInputBytes (bytes)", normalizer(null, small), small,
                () -> Input.of(utf8(text), "big.txt"));
        assertTrue(fromBytes.anyWarningContains("Limits.withMaxInputBytes"), fromBytes.toString());
    }

    @Test
    void millionShortLinesAreReadInTime(@TempDir Path dir) throws IOException {
        // From a file, so the test itself holds no copy: the text format needs about 25 times the input in heap
        // here (line features while reading, then one provenance.removed entry per line).
        Path lines = dir.resolve("lines.txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(lines), 1 << 16)) {
            for (int i = 0; i < 1_000_000; i++) {
                out.write(utf8("line " + (i % 1000) + "\n"));
            }
        }
        for (String format : Arrays.asList(null, "text", "front-matter", "html")) {
            attack("10^6 short lines [" + (format == null ? "detected" : format) + "]", normalizer(format, LIMITS),
                    LIMITS, () -> Input.of(lines));
        }
        Path jsonl = dir.resolve("records.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonl), 1 << 16)) {
            for (int i = 0; i < 200_000; i++) {
                out.write(utf8("{\"title\":\"t\"}\n"));
            }
        }
        Hostile.Verdict v = attack("200,000 JSON Lines records", normalizer("json", LIMITS), LIMITS,
                () -> Input.of(jsonl));
        assertEquals(200_000, v.articleCount());
    }

    @Test
    void megabyteLineOfOneRepeatedCharacter() {
        for (char c : new char[] {'a', ' ', '<', '>', '{', '[', '"', '-', '#', '*', '_', '\\', '&', '\u00a0', 'é',
                '\u200b', '\n', '\r', '\t', '.', ':', '|'}) {
            everyFormat("1 MB of " + String.format("U+%04X", (int) c),
                    utf8(String.valueOf(c).repeat(1 << 20)));
        }
    }

    // ---- HTML ----

    @Test
    void millionNestedDivsAreFlattenedWithAWarning() {
        byte[] page = utf8("<!DOCTYPE html><html><body>" + "<div>".repeat(1_000_000) + "Deep text."
                + "</div>".repeat(1_000_000) + "</body></html>");
        Hostile.Verdict v = attackBytes("10^6 nested divs", null, page);
        assertTrue(v.anyWarningContains("Limits.withMaxDepth"), v.toString());
        attackBytes("10^6 nested divs", "html", page);
        attackBytes("10^6 unclosed divs", "html", utf8("<div>".repeat(1_000_000)));
    }

    @Test
    void unclosedTagsCommentsAndScriptsEndInTime() {
        List<String> pages = List.of(
                "<html><body><p>" + "<b><i><u>".repeat(100_000) + "Text",
                "<html><body><div class=\"" + "x".repeat(1 << 20),
                "<html><head><title>" + "Never closed ".repeat(50_000),
                "<html><body><!--" + "comment ".repeat(100_000),
                "<html><body><script>" + "var a = '<p>';".repeat(100_000),
                "<html><body><![CDATA[" + "data ".repeat(100_000),
                "<html><body><table>" + "<tr><td>".repeat(100_000),
                "<html><body>" + "<a href=\"".repeat(50_000),
                "<html><body>" + "<p>Para".repeat(200_000),
                "<html><body><select>" + "<option>".repeat(100_000),
                "<html><body>" + "<svg><math>".repeat(50_000),
                "<html><body>" + "</div>".repeat(200_000),
                "<html><body><p>" + "&amp".repeat(200_000),
                "<html><head><script type=\"application/ld+json\">" + "{\"@graph\":[".repeat(50_000));
        for (String page : pages) {
            for (String format : Arrays.asList(null, "html")) {
                attackBytes("unclosed " + Hostile.shorten(page.substring(12, Math.min(page.length(), 40))), format,
                        utf8(page));
            }
        }
    }

    // ---- encodings and bytes ----

    @Test
    void invalidUtf8IsDecodedWithAWarningOrRefused() {
        List<byte[]> cases = List.of(
                bytes(0xC0, 0xAF, 0xE0, 0x80, 0xAF), // overlong
                bytes(0xED, 0xA0, 0x80, 0xED, 0xBF, 0xBF), // surrogates
                bytes(0x80, 0x81, 0xBF, 0xFE, 0xFF), // lone continuation bytes and never-valid bytes
                concat(utf8("Title here\n\nA paragraph of text with caf"), bytes(0xC3)), // cut sequence
                concat(utf8("{\"title\":\"caf"), bytes(0xE9, 0x22, 0x7D)), // Latin-1 in JSON
                concat(utf8("---\ntitle: caf"), bytes(0xFF, 0xFE), utf8("\n---\nBody\n")),
                concat(utf8("<html><body><p>caf"), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), utf8("</p></body></html>")));
        for (byte[] b : cases) {
            everyFormat("invalid UTF-8 " + Hostile.shorten(Arrays.toString(Arrays.copyOf(b, Math.min(b.length, 6)))),
                    b);
        }
    }

    @Test
    void utf16WithAndWithoutByteOrderMarkReadsTheSameTitle() {
        String post = "---\ntitle: Bridge opens\n---\n\nThe new bridge opened to walkers on Sunday morning.\n";
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bom = cs == StandardCharsets.UTF_16LE ? bytes(0xFF, 0xFE) : bytes(0xFE, 0xFF);
            byte[] plain = post.getBytes(cs);
            Hostile.Verdict withBom = attackBytes("UTF-16 " + cs.name() + " with BOM", null, concat(bom, plain));
            Hostile.Verdict without = attackBytes("UTF-16 " + cs.name() + " without BOM", null, plain);
            assertEquals("Bridge opens", withBom.article().title());
            assertEquals("Bridge opens", without.article().title());
            // A BOM that lies: UTF-16 mark, UTF-8 bytes.
            everyFormat("UTF-16 " + cs.name() + " BOM before UTF-8 bytes", concat(bom, utf8(post)));
            // Odd length: half a code unit at the end.
            everyFormat("UTF-16 " + cs.name() + " odd length", concat(bom, plain, bytes(0x41)));
        }
        everyFormat("UTF-32 BOM only", bytes(0xFF, 0xFE, 0x00, 0x00));
    }

    @Test
    void nulBytesAreRefusedOrKeptOutOfTheText() {
        everyFormat("1 MB of NUL", new byte[1 << 20]);
        everyFormat("NUL between words", utf8(("Title\u0000\n\nWords\u0000 and\u0000 more words.\n").repeat(1000)));
        everyFormat("NUL in JSON", utf8("{\"title\":\"a\u0000b\",\"text\":\"x\\u0000y\"}"));
        everyFormat("NUL in front matter", utf8("---\ntitle: a\u0000b\n---\nBody\u0000 text.\n"));
        everyFormat("NUL in HTML", utf8("<html><body><p>a\u0000b</p>\u0000</body></html>"));
    }

    @Test
    void mixedLineEndingsGiveTheSameArticleAsLf() {
        String lf = "---\ntitle: Line endings\nauthor: Ana Lima\n---\n\nFirst paragraph of the post.\n\n"
                + "Second paragraph of the post.\n";
        String mixed = "---\r\ntitle: Line endings\rauthor: Ana Lima\n---\r\n\r\nFirst paragraph of the post.\r\r"
                + "Second paragraph of the post.\r\n";
        Hostile.Verdict a = attackBytes("front matter with LF", null, utf8(lf));
        Hostile.Verdict b = attackBytes("front matter with CRLF/CR/LF", null, utf8(mixed));
        assertEquals(a.article().title(), b.article().title());
        everyFormat("text with CRLF/CR/LF", utf8("Title\r\rBy Ana Lima\r\n\r\n" + prose(5) + "\r" + prose(5) + "\n"));
        everyFormat("JSON Lines with CRLF/CR", utf8("{\"title\":\"a\"}\r\n{\"title\":\"b\"}\r{\"title\":\"c\"}\n"));
        everyFormat("HTML with CR only", utf8("<html>\r<body>\r<p>" + prose(3) + "</p>\r</body>\r</html>"));
        everyFormat("only line breaks", utf8("\r\n\r\r\n\n".repeat(100_000)));
    }

    @Test
    void emptyAndWhitespaceOnlyInputsFailSayingSo() {
        List<String> blanks = List.of("", " ", "\n", "\r\n\r\n", "\t \t", "\u00a0\u3000\u2003", "\ufeff",
                " \n".repeat(100_000), "\u200b\u00ad\u2060");
        for (String blank : blanks) {
            for (String format : FORMATS_AND_DETECTION) {
                ArticleParseException e = attackBytes("blank " + blank.codePoints().limit(6)
                        .mapToObj(c -> String.format("U+%04X", c)).toList(), format, utf8(blank)).failure();
                assertTrue(e.detail().startsWith(blank.isEmpty() ? "the input is empty" : "the input holds no text"),
                        e.getMessage());
            }
        }
        ArticleParseException empty = attackOne("empty file", DETECT, LIMITS, () -> Input.of(new byte[0], "empty"))
                .failure();
        assertEquals("empty: the input is empty", empty.getMessage());
        ArticleParseException nul = attackOne("1 MB of NUL, forced text", normalizer("text", LIMITS), LIMITS,
                () -> Input.of(new byte[1 << 20], "zeros")).failure();
        assertEquals("zeros: the input holds no text, only whitespace or control characters (1048576 bytes) (text)",
                nul.getMessage());
    }

    @Test
    void binaryInputIsRefused() throws IOException {
        Random random = new Random(7);
        byte[] noise = new byte[1 << 20];
        random.nextBytes(noise);
        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'),
                Arrays.copyOf(noise, 4096));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(utf8("Title\n\n" + prose(200)));
        }
        byte[] pdf = concat(utf8("%PDF-1.7\n%"), bytes(0xE2, 0xE3, 0xCF, 0xD3), utf8("\n1 0 obj\n<< >>\nstream\n"),
                Arrays.copyOf(noise, 2048));
        byte[] jpeg = concat(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0), Arrays.copyOf(noise, 4096));
        byte[] zip = concat(bytes('P', 'K', 3, 4), Arrays.copyOf(noise, 4096));
        for (var c : List.of(List.of("PNG", png), List.of("gzip", gz.toByteArray()), List.of("PDF", pdf),
                List.of("JPEG", jpeg), List.of("zip", zip), List.of("1 MB of random bytes", noise))) {
            String name = (String) c.get(0);
            byte[] b = (byte[]) c.get(1);
            Hostile.Verdict v = attackBytes(name, null, b);
            assertTrue(v.articles().isEmpty(), name + " must not be read as an article when detected: " + v);
            for (String format : List.of("text", "front-matter", "json", "html")) {
                attackBytes(name, format, b);
            }
        }
    }

    // ---- truncation ----

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(CorpusHostileTest.class.getResource("/fixtures").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected.json")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureTruncatedAtRandomPoints(Path fixture) throws IOException {
        byte[] whole = Files.readAllBytes(fixture);
        String format = fixture.getParent().getFileName().toString();
        Random random = new Random(fixture.getFileName().toString().hashCode());
        ArticleNormalizer forced = normalizer(format, LIMITS);
        int articles = 0;
        int failures = 0;
        for (int i = 0; i < 40; i++) {
            int cut = random.nextInt(whole.length + 1);
            byte[] b = Arrays.copyOf(whole, cut);
            String name = fixture.getFileName() + " cut at " + cut;
            for (ArticleNormalizer n : List.of(DETECT, forced)) {
                Hostile.Verdict v = Hostile.attackQuietly(name, n, LIMITS, () -> Input.of(b, name));
                articles += v.articles().isEmpty() ? 0 : 1;
                failures += v.failures().isEmpty() ? 0 : 1;
            }
        }
        System.out.println("attack: " + fixture.getFileName() + " truncated at 40 random points, detected and "
                + format + " → " + articles + " with articles, " + failures + " with failures");
    }

    // ---- other limits ----

    @Test
    void recordLimitStopsAJsonDumpWithAWarning() {
        Limits few = LIMITS.withMaxRecords(10);
        byte[] dump = utf8("{\"title\":\"Record\",\"text\":\"Body of a record.\"}\n".repeat(1000));
        ArticleNormalizer n = normalizer("json", few);
        long count = n.stream(Input.of(dump, "many.jsonl")).count();
        assertEquals(10, count);
        Hostile.Verdict v = attack("JSON Lines past maxRecords", n, few, () -> Input.of(dump, "many.jsonl"));
        assertTrue(n.stream(Input.of(dump, "many.jsonl")).reduce((a, b) -> b).orElseThrow().article().provenance()
                .warnings().stream().anyMatch(w -> w.contains("Limits.withMaxRecords")), v.toString());
    }

    @Test
    void relatedLinkLimitKeepsTheFirstLinksWithAWarning() {
        StringBuilder sb = new StringBuilder("---\ntitle: Many links\nrelated:\n");
        for (int i = 0; i < 2000; i++) {
            sb.append("  - title: Link ").append(i).append("\n    url: https://example.com/a/").append(i).append('\n');
        }
        sb.append("---\nBody.\n");
        Hostile.Verdict v = attackBytes("2,000 related links", null, utf8(sb.toString()));
        assertEquals(LIMITS.maxRelatedLinks(), v.article().related().size());
        assertTrue(v.anyWarningContains("Limits.withMaxRelatedLinks"), v.toString());
    }

    // ---- helpers ----

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
