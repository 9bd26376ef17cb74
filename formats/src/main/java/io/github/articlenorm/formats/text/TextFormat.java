package io.github.articlenorm.formats.text;

import io.github.articlenorm.formats.text.internal.PageReader;
import io.github.articlenorm.spi.ArticleFormat;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import io.github.articlenorm.spi.Sniff;

import java.util.Iterator;
import java.util.List;

/**
 * The {@code text} format: text copied from a rendered page, one block per line.
 *
 * <p>Finds the article among the page's chrome, line by line: the densest run of prose is the body (paragraphs,
 * subheadings, quotes with their attribution, lists); the headline, dates, bylines and standfirst above it, and the
 * tags, source credit, related links and publisher footers below it, fill their fields; navigation, share buttons,
 * captions, advertisements, forms, comment widgets, cookie notes and footers go to {@code provenance.removed} with a
 * reason. Every non-blank line ends in a field, the body, or {@code removed}. A dump that is only chrome gives an
 * article with an empty body and a warning, not a failure.
 *
 * <p>It accepts any input that looks like text, at a low confidence, so more specific formats win when they match.
 */
public final class TextFormat implements ArticleFormat {

    /** The format id. */
    public static final String ID = "text";

    /** Creates the format; ServiceLoader calls this. */
    public TextFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** The catch-all: ranks below every other format at equal confidence. */
    @Override
    public int priority() {
        return -100;
    }

    @Override
    public Detection detect(Sniff sniff) {
        String head = sniff.head();
        if (head.isBlank()) {
            return head.isEmpty() ? Detection.none("empty input") : Detection.none("only whitespace");
        }
        int control = 0;
        int length = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            // CRs do not count, so that CRLF and LF input get the same verdict.
            length += c == '\r' ? 0 : 1;
            if (c == 0 || c == 0xFFFD) {
                return Detection.none("binary: NUL or undecodable bytes");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control * 100 > length) {
            return Detection.none("binary: " + control + " control characters in the first " + head.length());
        }
        return new Detection(0.1, "readable text");
    }

    @Override
    public Iterator<Draft> parse(ParseContext context) {
        Draft draft = PageReader.read(context.text(), context.defaultZone(), context::deadlineReached).draft();
        return List.of(draft).iterator();
    }
}
