package io.github.articlenorm.formats.html;

import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.formats.html.internal.HtmlReader;
import io.github.articlenorm.spi.ArticleFormat;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import io.github.articlenorm.spi.Sniff;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The {@code html} format: a raw HTML page, as saved by a crawler or a browser.
 *
 * <p>Metadata is read from every source the page offers, in this precedence: JSON-LD (article objects, also inside
 * {@code @graph} and arrays), microdata, Open Graph, Twitter cards, {@code <meta name>} tags, Dublin Core,
 * {@code <time datetime>}, {@code <link rel=canonical|amphtml>}, {@code <html lang>}, then the visible byline, date
 * and headline. The main text is found by a scoring extractor (text and link density, commas and stop words,
 * class and id hints in several languages, document position relative to the headline, sibling merging); page
 * chrome it leaves out is listed in {@code provenance.removed}, and the links of related-links boxes become
 * {@code related}. Figures become images with their captions.
 *
 * <p>Bounded: the page is parsed at most {@code Limits.maxDepth} deep, read up to {@code Limits.maxNodes} nodes, and
 * extraction stops when the time budget is spent; each limit reached leaves a warning naming it. Thread-safe and
 * stateless.
 */
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

    /** Ranks above the catch-all text format and at the level of other specific formats. */
    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Detection detect(Sniff sniff) {
        String head = sniff.head();
        int i = 0;
        while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i == head.length()) {
            return Detection.none("empty input");
        }
        String start = head.substring(i, Math.min(head.length(), i + 1024)).toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html")) {
            return new Detection(0.95, "starts with <!DOCTYPE html");
        }
        boolean angle = start.charAt(0) == '<';
        String early = head.substring(i, Math.min(head.length(), i + 4096)).toLowerCase(Locale.ROOT);
        if (angle && (early.contains("<html") || early.startsWith("<?xml") && early.contains("<html"))) {
            return new Detection(0.9, "an <html> element at the start");
        }
        if (angle && (early.contains("<head") || early.contains("<body"))) {
            return new Detection(0.85, "a <head> or <body> element at the start");
        }
        String ct = sniff.contentType() == null ? "" : sniff.contentType().toLowerCase(Locale.ROOT);
        int tags = countTags(early);
        if (angle && tags >= 8) {
            return new Detection(0.7, tags + " tags in the first " + early.length() + " characters");
        }
        if (ct.contains("html")) {
            return new Detection(0.6, "content type " + sniff.contentType());
        }
        String name = sniff.name().toLowerCase(Locale.ROOT);
        if (angle && (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml"))) {
            return new Detection(0.6, "file name " + sniff.name() + " and a tag at the start");
        }
        if (angle && tags >= 2) {
            return new Detection(0.3, "starts with a tag");
        }
        return Detection.none("no HTML element at the start");
    }

    private static int countTags(String s) {
        int n = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) == '<') {
                char c = s.charAt(i + 1);
                if (Character.isLetter(c) || c == '/') {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public Iterator<Draft> parse(ParseContext context) {
        Draft draft;
        try {
            draft = HtmlReader.read(context);
        } catch (ArticleParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ArticleParseException("could not read the HTML page: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), "document",
                    e instanceof RuntimeException r ? r : new IllegalStateException(e));
        }
        return List.of(draft).iterator();
    }
}
