package io.github.articlenorm.formats.internal.chrome;

import io.github.articlenorm.internal.Languages;
import io.github.articlenorm.internal.Texts;

/**
 * The text features of one line (or one block of text) that tell prose from page chrome. Not API.
 *
 * <p>Computed in one pass over the line plus core's stop-word count; no regular expressions.
 *
 * @param text             the line, cleaned (whitespace collapsed, invisible characters dropped) and without its
 *                         bullet marker
 * @param bullet           whether the line starts with a bullet marker (•, -, *, –, ·, ▪, □, ◦, "1." ...)
 * @param chars            length of {@code text}
 * @param words            number of whitespace-separated words
 * @param stopWordRatio    share of words that are stop words of a supported language (core
 *                         {@code Languages.stopWordRatio}), over the line's first 400 characters
 * @param sentenceEnds     how many sentence ends (. ! ? followed by a space or the end) the line has
 * @param endsSentence     whether the line ends like a sentence (., !, ?, possibly inside closing quotes)
 * @param endsWithEllipsis whether the line ends with "..." or "…" (a cut teaser)
 * @param capitalisedRatio share of words that start with an upper-case letter
 * @param hasDigit         whether the line has a digit
 * @param trailingDuration whether the line ends with a media duration such as "6:42" or "1:02:03" after words
 * @param bracketed        whether the whole line is inside brackets, as image placeholders are ("[photo-1]")
 * @param hasUrl           whether the line holds a URL ("http://", "https://" or "www.")
 */
public record LineFeatures(String text, boolean bullet, int chars, int words, double stopWordRatio, int sentenceEnds,
                           boolean endsSentence, boolean endsWithEllipsis, double capitalisedRatio, boolean hasDigit,
                           boolean trailingDuration, boolean bracketed, boolean hasUrl) {

    /** How many leading characters of a line its stop-word ratio is computed on. */
    static final int STOP_SAMPLE = 400;

    /**
     * The features of a raw line.
     *
     * @param raw one line as found, may hold tabs, NBSP and a bullet marker
     * @return its features
     */
    public static LineFeatures of(String raw) {
        String clean = Texts.clean(raw == null ? "" : raw);
        int skip = bulletLength(clean);
        boolean bullet = skip > 0;
        String text = bullet ? clean.substring(skip).strip() : clean;
        int n = text.length();
        int words = 0;
        int capitalised = 0;
        int sentenceEnds = 0;
        boolean digit = false;
        boolean inWord = false;
        char[] cs = text.toCharArray(); // an array scan: no per-character String checks
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c == ' ') {
                inWord = false;
                continue;
            }
            if (!inWord) {
                inWord = true;
                words++;
                if (Character.isUpperCase(c) || (i + 1 < n && !Character.isLetterOrDigit(c)
                        && Character.isUpperCase(cs[i + 1]))) {
                    capitalised++;
                }
            }
            if (c > '?' && c < 0x3000) {
                continue; // letters and most other characters: neither a digit nor a sentence end
            }
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (isSentenceEnd(c) && (i + 1 == n || cs[i + 1] == ' ' || isClosing(cs[i + 1]))
                    && i > 0 && cs[i - 1] != '.') {
                sentenceEnds++;
            }
        }
        int last = n - 1;
        while (last >= 0 && isClosing(text.charAt(last))) {
            last--;
        }
        boolean ellipsis = text.endsWith("...") || text.endsWith("…") || text.endsWith("...)");
        boolean endsSentence = !ellipsis && last >= 0 && isSentenceEnd(text.charAt(last));
        // The first few hundred characters tell prose from a list of names as well as the whole line does.
        double stop = n == 0 ? 0 : Languages.stopWordRatio(n <= STOP_SAMPLE ? text : text.substring(0, STOP_SAMPLE));
        return new LineFeatures(text, bullet, n, words, stop, sentenceEnds, endsSentence, ellipsis,
                words == 0 ? 0 : (double) capitalised / words, digit, trailingDuration(text),
                n >= 2 && text.charAt(0) == '[' && text.charAt(n - 1) == ']',
                text.contains("http://") || text.contains("https://") || text.contains("www."));
    }

    /** Whether the line has no text (blank, or a bare bullet). */
    public boolean isEmpty() {
        return chars == 0;
    }

    /** Whether every letter of the line is upper case (and it has at least two letters). */
    public boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Length of the bullet marker (and the space after it) at the start of a cleaned line, or 0.
     * A bare marker is a bullet too. The em dash is not a marker: it more often introduces an attribution.
     */
    static int bulletLength(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        char c = s.charAt(0);
        boolean marker = c == '•' || c == '-' || c == '*' || c == '–' || c == '·' || c == '▪' || c == '□'
                || c == '◦' || c == '‣' || c == '○' || c == '■' || c == '►' || c == '➤' || c == '●' || c == '+';
        if (marker) {
            if (s.length() == 1) {
                return 1;
            }
            return s.charAt(1) == ' ' ? 2 : 0;
        }
        int i = 0;
        while (i < s.length() && i < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i > 0 && i < 3 && i + 1 < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')')
                && s.charAt(i + 1) == ' ') {
            return i + 2;
        }
        return 0;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == '“' || c == '«';
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？';
    }

    /** "… 6:42", "… 1:02:03": a clock-like token of minutes and seconds at the end, after at least two words. */
    static boolean trailingDuration(String s) {
        int space = s.lastIndexOf(' ');
        if (space <= 0) {
            return false;
        }
        String t = s.substring(space + 1);
        if (t.startsWith("(") && t.endsWith(")") && t.length() > 2) {
            t = t.substring(1, t.length() - 1);
        }
        int colons = 0;
        int digitsInGroup = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ':') {
                if (digitsInGroup == 0 || (colons > 0 && digitsInGroup != 2)) {
                    return false;
                }
                colons++;
                digitsInGroup = 0;
            } else if (c >= '0' && c <= '9') {
                digitsInGroup++;
                if (digitsInGroup > 2) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return colons >= 1 && colons <= 2 && digitsInGroup == 2 && s.indexOf(' ') < space;
    }
}
