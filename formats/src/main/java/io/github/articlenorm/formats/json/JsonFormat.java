package io.github.articlenorm.formats.json;

import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.spi.ArticleFormat;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import io.github.articlenorm.spi.Sniff;

import java.util.Iterator;

/** The {@code json} format. Not implemented yet: it recognizes nothing. */
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

    @Override
    public Detection detect(Sniff sniff) {
        return Detection.none("the json format is not implemented yet");
    }

    @Override
    public Iterator<Draft> parse(ParseContext context) {
        throw new ArticleParseException("the json format is not implemented yet");
    }
}
