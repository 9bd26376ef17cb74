package io.github.articlenorm;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The project's QuickTheories generators for the Article model, shared with the other modules through core's test
 * jar. Every generator makes valid values only (an {@link Article} that its constructor accepts), covers the null
 * of every nullable component, and leans towards the values that break codecs: offsets other than UTC, times with
 * and without fractions, escapes in URIs, emoji, right-to-left text, quotes, backslashes and control characters.
 */
public final class Generators {

    /**
     * Earliest and latest instants generated: a day inside 1900–2099 at either end, so that at any offset the local
     * date-time stays in the years Dates reads (a zone-less writer that drops the offset must not turn
     * 1900-01-01T00:00Z at -05:00 into a date in 1899).
     */
    private static final long MIN_EPOCH_SECOND = Instant.parse("1900-01-02T00:00:00Z").getEpochSecond();
    private static final long MAX_EPOCH_SECOND = Instant.parse("2099-12-30T23:59:59Z").getEpochSecond();

    private static final List<String> TRICKY_PIECES = List.of(
            "\"", "\\", "'", "’", "\n", "\r\n", "\t", "\u0000", "\u0001", "\u001f", "\u007f", "\u0085",
            "\u2028", "\u2029", "\u00a0", "\u200b", "\u200f", "\u202e", "\ufeff",
            "😀", "👩‍👩‍👧", "🇩🇪", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "e\u0301", "ß", "İ", "ﬁ",
            "שלום עולם", "مرحبا بالعالم", "中文新闻", "日本語のニュース", "Привет", "Ελληνικά", "हिन्दी",
            "</script>", "<b>&amp;</b>", "${x}", "%20", "{\"a\":1}", "null", "-", "—", "...", "  ");

    private static final List<String> WORDS = List.of(
            "storm", "city", "council", "Berlin", "São", "Paulo", "Zürich", "mayor", "said", "2020", "3.5",
            "don't", "well-known", "news", "O'Brien", "année", "Ōsaka", "a", "I");

    private static final List<ZoneOffset> COMMON_OFFSETS = List.of(
            ZoneOffset.UTC, ZoneOffset.of("-05:00"), ZoneOffset.of("+05:30"), ZoneOffset.of("+05:45"),
            ZoneOffset.of("-03:30"), ZoneOffset.of("+01:00"), ZoneOffset.of("+09:00"), ZoneOffset.of("+14:00"),
            ZoneOffset.of("-12:00"), ZoneOffset.of("-00:30"));

    private static final List<String> HOSTS = List.of(
            "example.com", "www.example.com", "news.example.co.uk", "sub-domain.example.org", "xn--bcher-kva.example",
            "127.0.0.1", "example.com:8080", "EXAMPLE.net");

    private static final List<String> PATH_SEGMENTS = List.of(
            "", "news", "2020", "02", "26", "storm-hits-coast", "article.html", "a_b~c", "caf%C3%A9", "a%20b",
            "%2F", "100%25", "index.php", "v1.2", "%F0%9F%98%80");

    private static final List<String> QUERY_PARTS = List.of(
            "q=storm", "page=2", "id=12345", "utm_source=feed", "a=b%26c", "empty=", "flag", "x=%C3%BC",
            "list=a,b", "s=hello+world");

    private static final List<String> COMPONENTS = List.of(
            "title", "subtitle", "excerpt", "body", "authors", "publishedAt", "modifiedAt", "url", "ampUrl",
            "language", "publisher", "credit", "section", "type", "topics", "images", "related");

    private Generators() {
    }

    // ---- the model ----

    /** Articles with every component varied: nulls, empty and non-empty collections, computed and given ids. */
    public static Gen<Article> articles() {
        Gen<String> text = nullable(texts());
        Gen<OffsetDateTime> date = nullable(offsetDateTimes());
        Gen<URI> uri = nullable(uris());
        Gen<String> language = nullable(Generate.pick(List.of("en", "en-US", "de-CH", "zh-Hant-TW", "ar", "he")));
        Gen<String> type = nullable(Generate.pick(List.of("article", "video", "liveblog", "opinion")));
        Gen<List<Block>> body = listOf(blocks(), 0, 6);
        Gen<List<Author>> authors = listOf(authors(), 0, 3);
        Gen<List<String>> topics = listOf(texts(), 0, 4);
        Gen<List<Image>> images = listOf(images(), 0, 3);
        Gen<List<RelatedLink>> related = listOf(relatedLinks(), 0, 3);
        Gen<Map<String, Object>> extras = extras();
        Gen<Provenance> provenance = oneIn(4, Generate.constant(Provenance.NONE), provenances());
        Gen<String> id = oneIn(4, ids(), Generate.constant((String) null));
        Gen<Publisher> publisher = nullable(publishers());
        Gen<Article> articles = in -> new Article(id.generate(in), text.generate(in), text.generate(in),
                text.generate(in), body.generate(in), authors.generate(in), date.generate(in), date.generate(in),
                uri.generate(in), uri.generate(in), language.generate(in), publisher.generate(in), text.generate(in),
                text.generate(in), type.generate(in), topics.generate(in), images.generate(in),
                related.generate(in), extras.generate(in), provenance.generate(in));
        return articles.describedAs(Generators::describe);
    }

    /** Blocks of every kind; quotes with and without attribution, lists with zero or more items. */
    public static Gen<Block> blocks() {
        Gen<Block> paragraph = texts().map(Block.Paragraph::new);
        Gen<Block> heading = texts().zip(Generate.range(1, 6), Block.Heading::new);
        Gen<Block> quote = texts().zip(nullable(texts()), Block.Quote::new);
        Gen<Block> list = listOf(texts(), 0, 4).map(Block.ListBlock::new);
        return choose(paragraph, heading, quote, list);
    }

    /** Authors with a non-blank name, with and without a URL. */
    public static Gen<Author> authors() {
        return names().zip(nullable(uris()), Author::new);
    }

    /** Publishers with a name, a domain, or both. */
    public static Gen<Publisher> publishers() {
        Gen<String> domain = Generate.pick(List.of("example.com", "usatoday.com", "news.example.co.uk", "bücher.de"));
        Gen<Publisher> both = texts().zip(domain, Publisher::new);
        Gen<Publisher> nameOnly = texts().map(n -> new Publisher(n, null));
        Gen<Publisher> domainOnly = domain.map(d -> new Publisher(null, d));
        return choose(both, nameOnly, domainOnly);
    }

    /** Images with and without size and caption, sizes from 0 to {@link Integer#MAX_VALUE}. */
    public static Gen<Image> images() {
        Gen<Integer> size = nullable(choose(Generate.range(0, 4000),
                Generate.pick(List.of(0, Integer.MAX_VALUE))));
        Gen<String> caption = nullable(texts());
        return in -> new Image(uris().generate(in), size.generate(in), size.generate(in), caption.generate(in));
    }

    /** Related links with a title, a URL or both, and every optional part present or not. */
    public static Gen<RelatedLink> relatedLinks() {
        Gen<String> text = nullable(texts());
        Gen<URI> uri = nullable(uris());
        Gen<OffsetDateTime> date = nullable(offsetDateTimes());
        Gen<Publisher> publisher = nullable(publishers());
        Gen<List<Image>> images = listOf(images(), 0, 2);
        return in -> {
            String title = text.generate(in);
            URI url = uri.generate(in);
            if (title == null && url == null) {
                title = texts().generate(in);
            }
            return new RelatedLink(title, url, uri.generate(in), text.generate(in), date.generate(in),
                    publisher.generate(in), images.generate(in));
        };
    }

    /**
     * Provenances with every optional part present or not, {@code bytes} up to {@code Long.MAX_VALUE}.
     */
    public static Gen<Provenance> provenances() {
        Gen<String> text = nullable(texts());
        Gen<String> format = nullable(Generate.pick(List.of("text", "front-matter", "json", "html")));
        Gen<Double> confidence = choose(doubles().between(0, 1), Generate.pick(List.of(0.0, 1.0, 0.5, -0.0)));
        Gen<String> sha256 = nullable(longs().all().map(l -> String.format("%016x", l).repeat(4)));
        Gen<Long> bytes = choose(longs().between(0, Long.MAX_VALUE), Generate.pick(List.of(0L, 1L, (1L << 53) + 1)));
        Gen<String> charset = nullable(Generate.pick(List.of("UTF-8", "windows-1252", "ISO-8859-1", "Shift_JIS")));
        Gen<Integer> record = nullable(choose(Generate.range(0, 100),
                Generate.pick(List.of(Integer.MAX_VALUE))));
        Gen<Instant> ingestedAt = nullable(offsetDateTimes().map(OffsetDateTime::toInstant));
        Gen<Provenance.FieldOrigin> origin = in -> new Provenance.FieldOrigin(texts().generate(in),
                texts().generate(in), text.generate(in));
        Gen<Map<String, Provenance.FieldOrigin>> fields = in -> {
            Map<String, Provenance.FieldOrigin> map = new LinkedHashMap<>();
            int n = Generate.range(0, 4).generate(in);
            for (int i = 0; i < n; i++) {
                map.put(oneIn(3, texts(), Generate.pick(COMPONENTS)).generate(in), origin.generate(in));
            }
            return map;
        };
        Gen<Provenance.Removed> removed = in -> new Provenance.Removed(texts().generate(in), texts().generate(in),
                texts().generate(in));
        Gen<Provenance.Rejected> rejected = in -> new Provenance.Rejected(texts().generate(in),
                texts().generate(in), texts().generate(in));
        Gen<List<Provenance.Removed>> removedList = listOf(removed, 0, 3);
        Gen<List<Provenance.Rejected>> rejectedList = listOf(rejected, 0, 3);
        Gen<List<String>> warnings = listOf(texts(), 0, 3);
        return in -> new Provenance(text.generate(in), format.generate(in), confidence.generate(in),
                text.generate(in), sha256.generate(in), bytes.generate(in), charset.generate(in),
                record.generate(in), ingestedAt.generate(in), fields.generate(in), removedList.generate(in),
                rejectedList.generate(in), warnings.generate(in));
    }

    // ---- values ----

    /**
     * Date-times from 1900-01-02 to 2099-12-30 (a local date in 1900–2099 at any offset) with common offsets (Z,
     * -05:00, +05:30, +05:45, ...) and any whole-minute offset from -18:00 to +18:00; whole minutes, whole seconds,
     * milliseconds and nanoseconds.
     */
    public static Gen<OffsetDateTime> offsetDateTimes() {
        Gen<ZoneOffset> offset = choose(Generate.pick(COMMON_OFFSETS),
                Generate.range(-18 * 60, 18 * 60).map(m -> ZoneOffset.ofTotalSeconds(m * 60)));
        Gen<Long> epochSecond = longs().between(MIN_EPOCH_SECOND, MAX_EPOCH_SECOND);
        Gen<Integer> precision = Generate.range(0, 3);
        Gen<Integer> nanos = Generate.range(0, 999_999_999);
        return in -> {
            long seconds = epochSecond.generate(in);
            int p = precision.generate(in);
            int nano = nanos.generate(in);
            Instant instant = switch (p) {
                case 0 -> Instant.ofEpochSecond(seconds - Math.floorMod(seconds, 60));
                case 1 -> Instant.ofEpochSecond(seconds);
                case 2 -> Instant.ofEpochSecond(seconds, nano / 1_000_000 * 1_000_000L);
                default -> Instant.ofEpochSecond(seconds, nano);
            };
            return OffsetDateTime.ofInstant(instant, offset.generate(in));
        };
    }

    /**
     * Absolute http and https URIs: several hosts (IDN, IP, port), paths with percent escapes, and sometimes a
     * query string or a fragment.
     */
    public static Gen<URI> uris() {
        Gen<String> scheme = Generate.pick(List.of("http", "https"));
        Gen<String> host = Generate.pick(HOSTS);
        Gen<List<String>> path = listOf(Generate.pick(PATH_SEGMENTS), 0, 4);
        Gen<List<String>> query = listOf(Generate.pick(QUERY_PARTS), 1, 3);
        Gen<Integer> shape = Generate.range(0, 5);
        return in -> {
            StringBuilder sb = new StringBuilder(scheme.generate(in)).append("://").append(host.generate(in));
            for (String segment : path.generate(in)) {
                sb.append('/').append(segment);
            }
            int s = shape.generate(in);
            if (s >= 3) {
                sb.append('?').append(String.join("&", query.generate(in)));
            }
            if (s == 5) {
                sb.append("#section-2");
            }
            return URI.create(sb.toString());
        };
    }

    /** Extras: maps of texts to {@link #jsonValues()}, often empty. */
    public static Gen<Map<String, Object>> extras() {
        return oneIn(3, Generate.constant(Map.<String, Object>of()), mapOf(jsonValues(2), 1, 4));
    }

    /**
     * JSON-compatible values nested at most three deep: maps and lists of String, Boolean, Long, finite Double,
     * BigInteger beyond the range of long, and null. Negative zero is left out: it does not survive a JSON round
     * trip (see ArticleJsonTest#keepsNegativeZeroInExtras).
     */
    public static Gen<Object> jsonValues() {
        return jsonValues(3);
    }

    private static Gen<Object> jsonValues(int depth) {
        Gen<Object> scalars = scalars();
        if (depth == 0) {
            return scalars;
        }
        Gen<Object> nested = jsonValues(depth - 1);
        Gen<Object> list = listOf(nested, 0, 3).map(l -> (Object) l);
        Gen<Object> map = mapOf(nested, 0, 3).map(m -> (Object) m);
        return Generate.frequency(List.of(
                Pair.of(4, scalars),
                Pair.of(1, list),
                Pair.of(1, map)));
    }

    private static Gen<Object> scalars() {
        Gen<Object> string = texts().map(s -> (Object) s);
        Gen<Object> bool = Generate.booleans().map(b -> (Object) b);
        Gen<Object> longs = choose(longs().all(), longs().between(-1000, 1000),
                Generate.pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L))).map(l -> (Object) l);
        Gen<Object> doubles = choose(doubles().any(), doubles().between(-1e6, 1e6),
                        Generate.pick(List.of(0.0, 0.1, 1.0, 3.0, -2.5e-10, 1e300, Double.MIN_VALUE,
                                Double.MAX_VALUE, -Double.MAX_VALUE)))
                .map(d -> (Object) (Double.isFinite(d) ? d : 0.5)); // -0.0 included: Article turns it into 0.0
        Gen<Object> bigIntegers = in -> {
            BigInteger b = BigInteger.ONE.shiftLeft(63 + Generate.range(0, 100).generate(in))
                    .add(BigInteger.valueOf(longs().between(0, Long.MAX_VALUE).generate(in)))
                    .add(BigInteger.ONE);
            return Generate.booleans().generate(in) ? b : b.negate();
        };
        Gen<Object> nothing = in -> null;
        return choose(string, bool, longs, doubles, bigIntegers, nothing);
    }

    /**
     * Unicode text: plain words, emoji (with joiners and flags), right-to-left scripts and marks, combining
     * characters, quotes, backslashes, control characters, line and paragraph separators, and random code points
     * (never a lone surrogate). Often empty.
     */
    public static Gen<String> texts() {
        Gen<String> word = Generate.pick(WORDS);
        Gen<String> tricky = Generate.pick(TRICKY_PIECES);
        Gen<String> codePoint = choose(Generate.range(0x20, 0x7e), Generate.range(0x80, 0xd7ff),
                        Generate.range(0xe000, 0xfffd), Generate.range(0x10000, 0x10ffff))
                .map(cp -> Character.toString(cp));
        Gen<String> piece = Generate.frequency(List.of(
                Pair.of(3, word.map(w -> w + " ")),
                Pair.of(2, tricky),
                Pair.of(1, codePoint)));
        Gen<Integer> length = choose(Generate.range(0, 3), Generate.range(0, 12));
        return in -> {
            int n = length.generate(in);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(piece.generate(in));
            }
            return sb.toString();
        };
    }

    /** Non-blank names for people: a word, sometimes followed by more {@link #texts()}. */
    public static Gen<String> names() {
        return Generate.pick(List.of("Jane Doe", "O'Brien", "José Álvarez", "李雷", "محمد", "A", "Dr. Who"))
                .zip(oneIn(2, Generate.constant(""), texts()), String::concat);
    }

    /** Ids given by hand: short non-blank strings, sometimes with unusual characters. */
    public static Gen<String> ids() {
        return choose(longs().all().map(l -> String.format("%016x", l)),
                texts().map(t -> "id-" + t));
    }

    // ---- helpers ----

    /** The generator's values, and null one time in four. */
    public static <T> Gen<T> nullable(Gen<T> gen) {
        Gen<Integer> coin = Generate.range(0, 3);
        return in -> coin.generate(in) == 0 ? null : gen.generate(in);
    }

    /** Lists of {@code min} to {@code max} values. */
    public static <T> Gen<List<T>> listOf(Gen<T> gen, int min, int max) {
        Gen<Integer> size = Generate.range(min, max);
        return in -> {
            int n = size.generate(in);
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(gen.generate(in));
            }
            return list;
        };
    }

    private static Gen<Map<String, Object>> mapOf(Gen<Object> values, int min, int max) {
        Gen<Integer> size = Generate.range(min, max);
        Gen<String> key = oneIn(2, texts(), Generate.pick(List.of("wordCount", "tags", "paywall", "")));
        return in -> {
            int n = size.generate(in);
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                map.put(key.generate(in), values.generate(in));
            }
            return map;
        };
    }

    /** Any of the generators, with equal chance (a varargs-free {@link Generate#oneOf}). */
    @SafeVarargs
    private static <T> Gen<T> choose(Gen<? extends T>... gens) {
        List<Gen<? extends T>> list = List.of(gens);
        Gen<Integer> index = Generate.range(0, list.size() - 1);
        return in -> list.get(index.generate(in)).generate(in);
    }

    /** {@code rare} one time in {@code n}, else {@code usual}. */
    private static <T> Gen<T> oneIn(int n, Gen<T> rare, Gen<T> usual) {
        Gen<Integer> die = Generate.range(1, n);
        return in -> die.generate(in) == 1 ? rare.generate(in) : usual.generate(in);
    }

    /** Every component of the article, for failure reports ({@link Article#toString()} is deliberately short). */
    public static String describe(Article a) {
        StringBuilder sb = new StringBuilder("Article{");
        var components = Article.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object value;
            try {
                value = components[i].getAccessor().invoke(a);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            sb.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=').append(value);
        }
        return sb.append('}').toString();
    }
}
