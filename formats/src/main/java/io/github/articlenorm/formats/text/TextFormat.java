package io.github.articlenorm.formats.text;

import io.github.articlenorm.Block;
import io.github.articlenorm.Provenance.FieldOrigin;
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
 * <p>This first version reads the first non-blank line as the title and every other non-blank line as a paragraph.
 * It accepts any input that looks like text, at a low confidence, so more specific formats win when they match.
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
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == 0 || c == 0xFFFD) {
                return Detection.none("binary: NUL or undecodable bytes");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control * 100 > head.length()) {
            return Detection.none("binary: " + control + " control characters in the first " + head.length());
        }
        return new Detection(0.1, "readable text");
    }

    @Override
    public Iterator<Draft> parse(ParseContext context) {
        Draft draft = new Draft().parser("lines");
        String text = context.text();
        int lineNo = 0;
        int start = 0;
        boolean titled = false;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNo++;
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                FieldOrigin origin = new FieldOrigin(titled ? "text line" : "first non-blank line",
                        "line " + lineNo);
                if (!titled) {
                    draft.title(line, origin);
                    titled = true;
                } else {
                    draft.block(new Block.Paragraph(line), new FieldOrigin("text lines", "line " + lineNo));
                }
            }
            if (end == text.length()) {
                break;
            }
            start = end + 1;
            if (context.deadlineReached()) {
                draft.warning("stopped reading at line " + lineNo + ": time budget spent (set Limits.withTimeBudget)");
                break;
            }
        }
        return List.of(draft).iterator();
    }
}
