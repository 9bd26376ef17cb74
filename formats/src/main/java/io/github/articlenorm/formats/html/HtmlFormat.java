package io.github.articlenorm.formats.html;

import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.spi.ArticleFormat;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import io.github.articlenorm.spi.Sniff;

import java.util.Iterator;

/** The {@code html} format. Not implemented yet: it recognizes nothing. */
public final class HtmlFormat implements ArticleFormat {

    /** The format id. */
    public static final String ID = "html";

    /** Creates the format; ServiceLoader calls this. */
    public HtmlFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Detection detect(Sniff sniff) {
        return Detection.none("the html format is not implemented yet");
    }

    @Override
    public Iterator<Draft> parse(ParseContext context) {
        throw new ArticleParseException("the html format is not implemented yet");
    }
}
