package io.github.articlenorm.formats.internal.chrome;

import io.github.articlenorm.internal.Languages;
import io.github.articlenorm.internal.Texts;

/**
 * The text features of one line (or one block of text) that tell prose from page chrome. Not API.
 *
 * <p>Computed in one pass over the line; the stop-word ratio (core {@code Languages.stopWordRatio}) is counted the
 * first time it is asked for, since the rules read it only for lines long enough to be prose. No regular expressions.
 * An instance is meant for one thread; the lazy ratio is deterministic, so a race only counts it twice.
 */
public final class LineFeatures {
    private final String text;
    private final boolean bullet;
    private final int words;
    private final int sentenceEnds;
    private final boolean endsSentence;
    private final boolean endsWithEllipsis;
    private final double capitalisedRatio;
    private final boolean hasDigit;
    private final boolean trailingDuration;
    private final boolean bracketed;
    private final boolean hasUrl;
    /** The stop-word ratio once counted, else NaN. */
    private double stopWordRatio = Double.NaN;

    private LineFeatures(String text, boolean bullet, int words, int sentenceEnds, boolean endsSentence,
                         boolean endsWithEllipsis, double capitalisedRatio, boolean hasDigit, boolean trailingDuration,
                         boolean bracketed, boolean hasUrl) {
        this.text = text;
        this.bullet = bullet;
        this.words = words;
        this.sentenceEnds = sentenceEnds;
        this.endsSentence = endsSentence;
        this.endsWithEllipsis = endsWithEllipsis;
        this.capitalisedRatio = capitalisedRatio;
        this.hasDigit = hasDigit;
        this.trailingDuration = trailingDuration;
        this.bracketed = bracketed;
        this.hasUrl = hasUrl;
    }

    /** The line, cleaned (whitespace collapsed, invisible characters dropped) and without its bullet marker. */
    public String text() {
        return text;
    }

    /** Whether the line starts with a bullet marker (•, -, *, –, ·, ▪, □, ◦, "1." ...). */
    public boolean bullet() {
        return bullet;
    }

    /** The length of {@link #text()}. */
    public int chars() {
        return text.length();
    }

    /** The number of whitespace-separated words. */
    public int words() {
        return words;
    }

    /**
     * The share of word tokens that are stop words of a supported language (core {@code Languages.stopWordRatio}),
     * over the line's first {@value #STOP_SAMPLE} characters; counted on the first call.
     */
    public double stopWordRatio() {
        double r = stopWordRatio;
        if (Double.isNaN(r)) {
            int n = text.length();
            // The first few hundred characters tell prose from a list of names as well as the whole line does.
            r = n == 0 ? 0 : Languages.stopWordRatio(n <= STOP_SAMPLE ? text : text.substring(0, STOP_SAMPLE));
            stopWordRatio = r;
        }
        return r;
    }

    /** How many sentence ends (. ! ? followed by a space or the end) the line has. */
    public int sentenceEnds() {
        return sentenceEnds;
    }

    /** Whether the line ends like a sentence (., !, ?, possibly inside closing quotes). */
    public boolean endsSentence() {
        return endsSentence;
    }

    /** Whether the line ends with "..." or "…" (a cut teaser). */
    public boolean endsWithEllipsis() {
        return endsWithEllipsis;
    }

    /** The share of words that start with an upper-case letter. */
    public double capitalisedRatio() {
        return capitalisedRatio;
    }

    /** Whether the line has a digit. */
    public boolean hasDigit() {
        return hasDigit;
    }

    /** Whether the line ends with a media duration such as "6:42" or "1:02:03" after words. */
    public boolean trailingDuration() {
        return trailingDuration;
    }

    /** Whether the whole line is inside brackets, as image placeholders are ("[photo-1]"). */
    public boolean bracketed() {
        return bracketed;
    }

    /** Whether the line holds a URL ("http://", "https://" or "www."). */
    public boolean hasUrl() {
        return hasUrl;
    }

    @Override
    public String toString() {
        return "LineFeatures[" + text + ", words=" + words + ", sentenceEnds=" + sentenceEnds + "]";
    }

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
        boolean url = false; // "http://", "https://" or "www.", found at its '/' or '.'
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
                continue;
            }
            if (c == '/') {
                url |= isSchemeSlashes(cs, i);
            } else if (c == '.' && i >= 3 && cs[i - 1] == 'w' && cs[i - 2] == 'w' && cs[i - 3] == 'w') {
                url = true;
            }
            if (isSentenceEnd(c) && (i + 1 == n || cs[i + 1] == ' ' || isClosing(cs[i + 1]))
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
        return new LineFeatures(text, bullet, words, sentenceEnds, endsSentence, ellipsis,
                words == 0 ? 0 : (double) capitalised / words, digit, trailingDuration(text),
                n >= 2 && text.charAt(0) == '[' && text.charAt(n - 1) == ']',
                url);
    }

    /** Whether cs[i] is the first slash of "http://" or "https://". */
    private static boolean isSchemeSlashes(char[] cs, int i) {
        if (i < 5 || i + 1 >= cs.length || cs[i + 1] != '/' || cs[i - 1] != ':' || cs[i - 2] == ':') {
            return false;
        }
        int p = cs[i - 2] == 's' ? i - 6 : i - 5; // where "http" starts
        return p >= 0 && cs[p] == 'h' && cs[p + 1] == 't' && cs[p + 2] == 't' && cs[p + 3] == 'p';
    }

    /** Whether the line has no text (blank, or a bare bullet). */
    public boolean isEmpty() {
        return text.isEmpty();
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
        int from = space + 1;
        int to = s.length();
        if (to - from > 2 && s.charAt(from) == '(' && s.charAt(to - 1) == ')') {
            from++;
            to--;
        }
        int colons = 0;
        int digitsInGroup = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
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
