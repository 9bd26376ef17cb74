package io.github.articlenorm.formats.frontmatter;

import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.spi.ArticleFormat;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import io.github.articlenorm.spi.Sniff;

import java.util.Iterator;

/** The {@code front-matter} format. Not implemented yet: it recognizes nothing. */
public final class FrontMatterFormat implements ArticleFormat {

    /** The format id. */
    public static final String ID = "front-matter";

    /** Creates the format; ServiceLoader calls this. */
    public FrontMatterFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Detection detect(Sniff sniff) {
        return Detection.none("the front-matter format is not implemented yet");
    }

    @Override
    public Iterator<Draft> parse(ParseContext context) {
        throw new ArticleParseException("the front-matter format is not implemented yet");
    }
}
