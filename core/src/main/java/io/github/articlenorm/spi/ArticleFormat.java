package io.github.articlenorm.spi;

import io.github.articlenorm.ArticleParseException;

import java.util.Iterator;

/**
 * A kind of article dump the normalizer can read: page text, front matter, JSON, HTML.
 *
 * <p>A format says where values are; the normalizer decides what they mean (dates, URLs, names are normalized once,
 * in core). Implementations are found with {@link java.util.ServiceLoader}, must be thread-safe and stateless, and
 * need a public no-argument constructor. Ids are lowercase words joined by hyphens and never change.
 */
public interface ArticleFormat {

    /** The format's id, e.g. {@code "text"} or {@code "front-matter"}. */
    String id();

    /**
     * Breaks ties between formats that detect the same confidence: the higher priority wins, then the smaller id.
     * Specific formats should rank above catch-all ones such as plain text. Default 0.
     */
    default int priority() {
        return 0;
    }

    /**
     * How sure this format is that it can read the input, looking only at its beginning. Cheap, never null,
     * never throws.
     */
    Detection detect(Sniff sniff);

    /**
     * Reads the input into drafts, one per record, lazily and in order. A draft that cannot be read may make
     * {@code next()} throw {@link ArticleParseException}; the normalizer records that record as failed and goes on
     * while {@code hasNext()} is true.
     *
     * @throws ArticleParseException when the input as a whole cannot be read
     */
    Iterator<Draft> parse(ParseContext context);
}
