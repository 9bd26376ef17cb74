package io.github.articlenorm.formats.frontmatter.internal;

import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.spi.Detection;

/**
 * Finds the front matter fences: an opening {@code ---} (YAML) or {@code +++} (TOML) line, after an optional BOM
 * and blank lines, and the matching closing line ({@code ---} or {@code ...} for YAML, {@code +++} for TOML).
 * One pass over the lines, no regular expressions. Not API.
 */
public final class Fences {

    /** The front matter syntax, named by its fence. */
    public enum Kind {
        /** {@code ---} fences around YAML. */
        YAML("---"),
        /** {@code +++} fences around TOML. */
        TOML("+++");

        private final String fence;

        Kind(String fence) {
            this.fence = fence;
        }

        /** The fence line. */
        public String fence() {
            return fence;
        }
    }

    /**
     * An input split at its fences.
     *
     * @param kind        YAML or TOML
     * @param openingLine the 1-based line of the opening fence
     * @param frontMatter the text between the fences
     * @param firstLine   the 1-based line where {@code frontMatter} starts
     * @param body        the text after the closing fence
     * @param bodyLine    the 1-based line where {@code body} starts
     */
    public record Split(Kind kind, int openingLine, String frontMatter, int firstLine, String body, int bodyLine) {
    }

    private Fences() {
    }

    /**
     * Splits the input at its fences.
     *
     * @throws ArticleParseException when there is no opening fence, or no closing one
     */
    public static Split split(String text) {
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        // Leading blank lines are tolerated: editors and exporters leave them.
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (!isBlank(text, pos, end)) {
                break;
            }
            pos = next(text, end);
            line++;
        }
        int openEnd = lineEnd(text, pos);
        String opening = trimEnd(text, pos, openEnd);
        Kind kind = opening.equals("---") ? Kind.YAML : opening.equals("+++") ? Kind.TOML : null;
        if (kind == null) {
            throw new ArticleParseException("no front matter: expected the input to start with a \"---\" (YAML) or "
                    + "\"+++\" (TOML) line, found \"" + shorten(opening) + "\"", "line " + line, null);
        }
        int openingLine = line;
        int start = next(text, openEnd);
        int p = start;
        line++;
        while (p < text.length()) {
            int end = lineEnd(text, p);
            String t = trimEnd(text, p, Math.min(end, p + 4));
            if ((t.equals(kind.fence()) || (kind == Kind.YAML && t.equals("..."))) && isBlank(text, p + 3, end)) {
                return new Split(kind, openingLine, text.substring(start, p), openingLine + 1,
                        text.substring(next(text, end)), line + 1);
            }
            p = next(text, end);
            line++;
        }
        throw new ArticleParseException("front matter is not closed: expected \"" + kind.fence()
                + "\" before end of input", "line " + openingLine, null);
    }

    /** How sure it is that the text starts with front matter; see the format's {@code detect}. */
    public static Detection detect(String head, boolean complete) {
        int pos = head.startsWith("\uFEFF") ? 1 : 0;
        while (pos < head.length()) {
            int end = lineEnd(head, pos);
            if (!isBlank(head, pos, end)) {
                break;
            }
            pos = next(head, end);
        }
        int openEnd = lineEnd(head, pos);
        String opening = trimEnd(head, pos, openEnd);
        Kind kind = opening.equals("---") ? Kind.YAML : opening.equals("+++") ? Kind.TOML : null;
        if (kind == null) {
            return Detection.none("does not start with a \"---\" or \"+++\" line");
        }
        int p = next(head, openEnd);
        boolean keyLine = false;
        boolean sawContent = false;
        int scanned = 0;
        while (p < head.length()) {
            int end = lineEnd(head, p);
            String t = trimEnd(head, p, end);
            if (t.equals(kind.fence()) || (kind == Kind.YAML && t.equals("..."))) {
                if (keyLine) {
                    return new Detection(0.95, "starts with '" + kind.fence() + "', a " + kind + " key and a closing '"
                            + kind.fence() + "'");
                }
                return sawContent ? new Detection(0.3, "'" + kind.fence() + "' fences around text with no "
                        + kind + " key") : new Detection(0.7, "empty " + kind + " front matter");
            }
            if (!t.isBlank() && !t.stripLeading().startsWith("#")) {
                if (!sawContent) {
                    keyLine = kind == Kind.YAML ? isYamlKeyLine(t) : isTomlKeyLine(t);
                }
                sawContent = true;
            }
            p = next(head, end);
            if (++scanned > 10_000) {
                break;
            }
        }
        if (!keyLine) {
            return new Detection(0.05, "starts with '" + kind.fence() + "' but no " + kind + " key follows");
        }
        return complete ? new Detection(0.6, "starts with '" + kind.fence() + "' and a " + kind
                + " key, but the front matter is not closed")
                : new Detection(0.9, "starts with '" + kind.fence() + "' and a " + kind + " key");
    }

    /** {@code key:} or {@code "key":} followed by a space or the line end. */
    static boolean isYamlKeyLine(String line) {
        String t = line.strip();
        int colon = -1;
        if (t.startsWith("\"") || t.startsWith("'")) {
            int close = t.indexOf(t.charAt(0), 1);
            colon = close > 0 && close + 1 < t.length() && t.charAt(close + 1) == ':' ? close + 1 : -1;
        } else {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == ':') {
                    colon = i;
                    break;
                }
                if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ' || c == '$'
                        || c == '@')) {
                    return false;
                }
            }
        }
        return colon > 0 && (colon + 1 == t.length() || t.charAt(colon + 1) == ' ' || t.charAt(colon + 1) == '\t');
    }

    /** {@code key = value}, {@code [table]} or {@code [[array]]}. */
    static boolean isTomlKeyLine(String line) {
        String t = line.strip();
        if (t.startsWith("[") && t.endsWith("]") && t.length() > 2) {
            return true;
        }
        int eq = t.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        for (int i = 0; i < eq; i++) {
            char c = t.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ' || c == '"'
                    || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String s, int from) {
        int n = s.indexOf('\n', from);
        return n < 0 ? s.length() : n;
    }

    private static int next(String s, int lineEnd) {
        return Math.min(s.length(), lineEnd + 1);
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to && i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String trimEnd(String s, int from, int to) {
        int e = Math.min(to, s.length());
        while (e > from && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t' || s.charAt(e - 1) == '\r')) {
            e--;
        }
        return s.substring(from, e);
    }

    private static String shorten(String s) {
        return io.github.articlenorm.internal.Texts.shorten(s, 60);
    }
}
