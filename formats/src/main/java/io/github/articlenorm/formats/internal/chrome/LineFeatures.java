package io.github.articlenorm.formats.internal.chrome;

import io.github.articlenorm.internal.Languages;
import io.github.articlenorm.internal.Texts;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The text features of one line (or one block of text) that tell prose from page chrome. Not API.
 *
 * <p>Computed in one pass over the line; the stop-word ratio (core {@code Languages.stopWordRatio}) is counted the
 * first time it is asked for, since the rules read it only for lines long enough to be prose. No regular expressions.
 * An instance is meant for one thread; the lazy ratio is deterministic, so a race only counts it twice.
 */
public final class LineFeatures {
    private final String text;
    /**
     * The chrome phrase the line is, found while its characters were at hand for a line of at most
     * {@link #EAGER_CHROME_WORDS} words (the lines readers ask about); null when not looked up yet.
     */
    private Optional<ChromeVocabulary.Kind> chrome;
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

    private LineFeatures(String text, Optional<ChromeVocabulary.Kind> chrome, boolean bullet, int words,
                         int sentenceEnds, boolean endsSentence, boolean endsWithEllipsis, double capitalisedRatio,
                         boolean hasDigit, boolean trailingDuration, boolean bracketed, boolean hasUrl) {
        this.text = text;
        this.chrome = chrome;
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

    /**
     * Lines read from an array with at most this many words have their chrome phrase looked up as they are read:
     * the text format asks only about these. Other lines look it up when asked.
     */
    static final int EAGER_CHROME_WORDS = 60;

    /** How many leading characters of a line its stop-word ratio is computed on. */
    static final int STOP_SAMPLE = 400;

    /**
     * The features of a raw line.
     *
     * @param raw one line as found, may hold tabs, NBSP and a bullet marker
     * @return its features
     */
    public static LineFeatures of(String raw) {
        String line = raw == null ? "" : raw;
        return of(line.toCharArray(), 0, line.length(), false);
    }

    /**
     * The features of a raw line held in an array, such as a buffer a reader reuses for each line: the line is
     * cleaned as {@link Texts#clean(String)} cleans it, without copying it when it is clean already. The array is
     * read during this call only, never written and not kept.
     *
     * @param page the characters the line is in
     * @param from where the line starts
     * @param to   where it ends (its line break, or the end)
     * @return its features
     */
    public static LineFeatures of(char[] page, int from, int to) {
        return of(page, from, to, true);
    }

    /** The features; with {@code eagerChrome}, the chrome phrase of a short line is looked up now, in place. */
    private static LineFeatures of(char[] page, int from, int to, boolean eagerChrome) {
        // Clean as Texts.clean does: invisible characters dropped, runs of spaces one space, none at either end,
        // then NFC. A clean line is used where it is; only a line that needs it is copied.
        char[] cs = page;
        int off = from;
        int end = to;
        boolean nfcStable = true;
        int i = from;
        boolean afterSpace = true; // a leading space is not clean
        for (; i < to; i++) {
            char c = page[i];
            if (c > ' ' && c < 0x7F) {
                afterSpace = false;
            } else if (c == ' ' && !afterSpace) {
                afterSpace = true;
            } else if (c >= 0xA0 && !Texts.isSpace(c) && !Texts.isInvisible(c)) {
                afterSpace = false;
                nfcStable &= isNfcStable(c);
            } else {
                break;
            }
        }
        if (i < to || (to > from && afterSpace)) {
            cs = new char[to - from];
            int length = i - from;
            System.arraycopy(page, from, cs, 0, length);
            boolean pendingSpace = false;
            if (length > 0 && cs[length - 1] == ' ') {
                length--;
                pendingSpace = length > 0;
            }
            for (; i < to; i++) {
                char c = page[i];
                if (c > ' ' && c < 0x7F) {
                    // printable ASCII: kept as it is
                } else if (Texts.isSpace(c)) {
                    pendingSpace = length > 0;
                    continue;
                } else if (Texts.isInvisible(c)) {
                    continue;
                } else {
                    nfcStable &= isNfcStable(c);
                }
                if (pendingSpace) {
                    cs[length++] = ' ';
                    pendingSpace = false;
                }
                cs[length++] = c;
            }
            off = 0;
            end = length;
        }
        if (!nfcStable) {
            String clean = new String(cs, off, end - off);
            if (!Normalizer.isNormalized(clean, Normalizer.Form.NFC)) {
                cs = Normalizer.normalize(clean, Normalizer.Form.NFC).toCharArray();
                off = 0;
                end = cs.length;
            }
        }
        int skip = bulletLength(cs, off, end);
        boolean bullet = skip > 0;
        off += skip;
        while (off < end && Character.isWhitespace(cs[off])) {
            off++;
        }
        while (end > off && Character.isWhitespace(cs[end - 1])) {
            end--;
        }
        String text = new String(cs, off, end - off);
        int n = end;
        int words = 0;
        int capitalised = 0;
        int sentenceEnds = 0;
        boolean digit = false;
        boolean inWord = false;
        boolean url = false; // "http://", "https://" or "www.", found at its '/' or '.'
        for (i = off; i < n; i++) {
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
                url |= isSchemeSlashes(cs, off, n, i);
            } else if (c == '.' && i >= off + 3 && cs[i - 1] == 'w' && cs[i - 2] == 'w' && cs[i - 3] == 'w') {
                url = true;
            }
            if (isSentenceEnd(c) && (i + 1 == n || cs[i + 1] == ' ' || isClosing(cs[i + 1]))
                    && i > off && cs[i - 1] != '.') {
                sentenceEnds++;
            }
        }
        int last = n - 1;
        while (last >= off && isClosing(cs[last])) {
            last--;
        }
        boolean ellipsis = text.endsWith("...") || text.endsWith("…") || text.endsWith("...)");
        boolean endsSentence = !ellipsis && last >= off && isSentenceEnd(cs[last]);
        int length = n - off;
        // The vocabulary reads the cleaned characters where they are: no second copy of the line.
        Optional<ChromeVocabulary.Kind> chrome = eagerChrome && words <= EAGER_CHROME_WORDS
                ? ChromeVocabulary.match(text, cs, off) : null;
        return new LineFeatures(text, chrome, bullet, words, sentenceEnds, endsSentence, ellipsis,
                words == 0 ? 0 : (double) capitalised / words, digit, trailingDuration(text),
                length >= 2 && cs[off] == '[' && cs[n - 1] == ']',
                url);
    }

    /**
     * Whether a character can be left as it is by NFC whatever surrounds it, as long as its neighbours are such
     * characters too: Latin letters with their accents precomposed, and the typographic punctuation of copied text
     * (dashes, curly quotes, ellipsis, bullets). Decided without the normalizer; the test checks every pair.
     */
    static boolean isNfcStable(char c) {
        return c < 0x300 || (c >= 0x2010 && c <= 0x205E) || (c >= 0x20A0 && c <= 0x20C0);
    }

    /** The chrome phrase the line is: {@link ChromeVocabulary#match(String)} of its text. */
    public Optional<ChromeVocabulary.Kind> chrome() {
        Optional<ChromeVocabulary.Kind> kind = chrome;
        if (kind == null) {
            kind = ChromeVocabulary.match(text);
            chrome = kind;
        }
        return kind;
    }

    /** Whether cs[i] is the first slash of "http://" or "https://" in the line cs[from, to). */
    private static boolean isSchemeSlashes(char[] cs, int from, int to, int i) {
        if (i < from + 5 || i + 1 >= to || cs[i + 1] != '/' || cs[i - 1] != ':' || cs[i - 2] == ':') {
            return false;
        }
        int p = cs[i - 2] == 's' ? i - 6 : i - 5; // where "http" starts
        return p >= from && cs[p] == 'h' && cs[p + 1] == 't' && cs[p + 2] == 't' && cs[p + 3] == 'p';
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
        return bulletLength(s.toCharArray(), 0, s.length());
    }

    private static int bulletLength(char[] s, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return 0;
        }
        char c = s[from];
        boolean marker = c == '•' || c == '-' || c == '*' || c == '–' || c == '·' || c == '▪' || c == '□'
                || c == '◦' || c == '‣' || c == '○' || c == '■' || c == '►' || c == '➤' || c == '●' || c == '+';
        if (marker) {
            if (n == 1) {
                return 1;
            }
            return s[from + 1] == ' ' ? 2 : 0;
        }
        int i = 0;
        while (i < n && i < 3 && s[from + i] >= '0' && s[from + i] <= '9') {
            i++;
        }
        if (i > 0 && i < 3 && i + 1 < n && (s[from + i] == '.' || s[from + i] == ')') && s[from + i + 1] == ' ') {
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
