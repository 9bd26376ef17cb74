package io.github.articlenorm.formats.json;

import io.github.articlenorm.spi.ArticleFormat;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import io.github.articlenorm.spi.Sniff;
import io.github.articlenorm.formats.json.internal.JsonRecords;
import io.github.articlenorm.formats.json.internal.JsonSniffer;

import java.util.Iterator;

/**
 * The {@code json} format: article records as JSON in any schema.
 *
 * <p>Reads one object, an array of objects, JSON Lines (record by record, in constant memory), and wrapper objects
 * around records (NewsAPI {@code articles}, NYT {@code response.docs}, Guardian {@code response.results},
 * Elasticsearch {@code hits.hits[]._source}, {@code items}, {@code data}, {@code results}, JSON-LD
 * {@code @graph}). Knows the canonical Article JSON, the aggregator export, NewsAPI, news-please, schema.org
 * JSON-LD, CC-News, RealNews, the Guardian Content API, NYT Article Search, Mozilla Readability, Trafilatura, Webz.io
 * and GDELT; other schemas map by key aliases. {@code provenance.parser} names the schema, every value's location
 * is its JSON pointer (or {@code line N: pointer} in JSON Lines), and keys nothing maps are kept in extras.
 *
 * <p>A malformed line of JSON Lines fails alone, naming its line; the others are still read. Parsers enforce the
 * normalizer's limits (nesting depth, string length) and refuse duplicate keys, NaN and numbers longer than 1000
 * digits. Stateless and thread-safe.
 */
public final class JsonFormat implements ArticleFormat {

    /** The format id. */
    public static final String ID = "json";

    /** Creates the format; ServiceLoader calls this. */
    public JsonFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** JSON is specific: it ranks above the catch-all formats at equal confidence. */
    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Detection detect(Sniff sniff) {
        return JsonSniffer.detect(sniff);
    }

    @Override
    public Iterator<Draft> parse(ParseContext context) {
        return new JsonRecords(context, ArticleJson::read);
    }
}
