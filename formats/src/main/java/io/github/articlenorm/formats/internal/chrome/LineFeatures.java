package io.github.articlenorm.formats.internal.chrome;

import io.github.articlenorm.internal.Languages;
import io.github.articlenorm.internal.Texts;

import java.nio.CharBuffer;
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
    /** {@link #caseBlindHash()} once known, from the tokens read with the line or counted on demand; else 0. */
    private int caseBlindHash;
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
            // The first few hundred characters tell prose from a list of names as well as the whole line does.
            int n = Math.min(text.length(), STOP_SAMPLE);
            char[] sample = new char[n];
            text.getChars(0, n, sample, 0);
            r = Languages.stopWordRatio(sample, 0, n);
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

    /**
     * A hash of the text with case ignored: lines that differ only in case ({@link ChromeVocabulary#lower(char)} of
     * every character equal) have the same hash. For grouping repeated lines; equality is for the caller to check.
     */
    public int caseBlindHash() {
        int h = caseBlindHash;
        if (h == 0) {
            char[] cs = text.toCharArray();
            int[] tokens = ChromeVocabulary.tokenBounds(cs.length);
            h = caseBlindHash(cs.length, tokens, ChromeVocabulary.bounds(cs, 0, cs.length, tokens));
            caseBlindHash = h;
        }
        return h;
    }

    /** The hash of a text by its length and the lower-case hashes of its first tokens; never 0. */
    private static int caseBlindHash(int length, int[] tokens, int count) {
        int h = length;
        for (int k = 0; k < count; k++) {
            h = 31 * h + tokens[3 * k + 2];
        }
        return h == 0 ? 1 : h;
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
        // Spaces at either end are dropped by the clean-up whatever they are (copied text is often indented). Most
        // lines are clean then (no invisible characters, single spaces) and left alone by NFC: they are read where
        // they are, in one pass that checks that and reads the features at once.
        while (from < to && Texts.isSpace(page[from])) {
            from++;
        }
        while (to > from && Texts.isSpace(page[to - 1])) {
            to--;
        }
        int skip = bulletLength(page, from, to);
        Pass pass = new Pass(eagerChrome, to - from - skip);
        if (to == from) {
            return pass.features("", page, from, false);
        }
        for (int i = from; i < from + skip; i++) {
            pass.nfcStable &= isNfcStable(page[i]); // a marker, digits, '.' or ')', one space: all kept by the clean-up
        }
        if (pass.read(page, from + skip, to, true) && (pass.nfcStable
                || Normalizer.isNormalized(CharBuffer.wrap(page, from, to - from), Normalizer.Form.NFC))) {
            return pass.features(new String(page, from + skip, to - from - skip), page, from + skip, skip > 0);
        }
        return ofDirty(page, from, to, eagerChrome);
    }

    /** The features of a line that needs cleaning: cleaned as Texts.clean does into a copy, which is then read. */
    private static LineFeatures ofDirty(char[] page, int from, int to, boolean eagerChrome) {
        // Invisible characters dropped, runs of spaces one space, none at either end, then NFC.
        char[] cs = new char[to - from];
        int length = 0;
        boolean nfcStable = true;
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            char c = page[i];
            if ((c > ' ' && c < 0x7F) || isVisibleNonSpace(c)) {
                nfcStable &= isNfcStable(c);
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
        int end = length;
        if (!nfcStable) {
            String clean = new String(cs, 0, end);
            if (!Normalizer.isNormalized(clean, Normalizer.Form.NFC)) {
                cs = Normalizer.normalize(clean, Normalizer.Form.NFC).toCharArray();
                end = cs.length;
            }
        }
        int off = bulletLength(cs, 0, end);
        boolean bullet = off > 0;
        while (off < end && Character.isWhitespace(cs[off])) {
            off++;
        }
        while (end > off && Character.isWhitespace(cs[end - 1])) {
            end--;
        }
        Pass pass = new Pass(eagerChrome, end - off);
        pass.read(cs, off, end, false);
        return pass.features(new String(cs, off, end - off), cs, off, bullet);
    }

    /**
     * One pass over a line's characters: the features, the tokens the chrome vocabulary looks up, and (on a raw
     * line) whether the line is clean as it is.
     */
    private static final class Pass {
        int words;
        int capitalised;
        int sentenceEnds;
        boolean digit;
        /** "http://", "https://" or "www.", found at its '/' or '.'. */
        boolean url;
        boolean nfcStable = true;
        /** Whether the line has a copyright sign, which makes a short line a footer. */
        boolean copyright;
        /** (start, end, lower-case hash) of the first tokens, for {@link ChromeVocabulary}; null when not wanted. */
        final int[] tokens;
        int tokenCount;

        Pass(boolean tokens, int length) {
            // A line of n characters has at most (n + 1) / 2 tokens: short lines, the most common, get a short array.
            this.tokens = tokens ? ChromeVocabulary.tokenBounds(length) : null;
        }

        /**
         * Reads cs[off, n); with {@code check}, stops and returns false at the first character the clean-up would
         * change (a space run, a space at the end, a tab, an invisible character). Without, the text is clean.
         */
        boolean read(char[] cs, int off, int n, boolean check) {
            int[] bounds = tokens;
            int maxTokens = bounds == null ? 0 : bounds.length / 3;
            int count = 0;
            int i = off;
            // A word at a time: the inner loop runs to the next space, so a word's end is one branch taken.
            while (i < n) {
                char c = cs[i];
                if (c == ' ') { // a space at the start or after another: never in clean text
                    if (check) {
                        return false;
                    }
                    i++;
                    continue;
                }
                words++;
                if (isUpperCase(c) || (i + 1 < n && !isLetterOrDigit(c) && isUpperCase(cs[i + 1]))) {
                    capitalised++;
                }
                int tokenStart = -1;
                int hash = 0;
                for (; i < n && (c = cs[i]) != ' '; i++) {
                    char lower; // the lower case of a letter or digit while tokens are wanted, else 0
                    if (c > ' ' && c < 0x7F) {
                        lower = count < maxTokens ? ChromeVocabulary.wordLower(c) : 0;
                    } else if (!check || (c >= 0xA0 && (isVisibleNonSpace(c)
                            || !Texts.isSpace(c) && !Texts.isInvisible(c)))) {
                        nfcStable &= isNfcStable(c);
                        copyright |= c == '\u00a9';
                        lower = count < maxTokens ? ChromeVocabulary.wordLower(c) : 0;
                    } else {
                        return false;
                    }
                    if (lower != 0) {
                        if (tokenStart < 0) {
                            tokenStart = i;
                            hash = 0;
                        }
                        hash = 31 * hash + lower;
                    } else if (tokenStart >= 0) {
                        count = token(bounds, count, tokenStart, i, hash);
                        tokenStart = -1;
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
                    } else if (c == '.' && i >= off + 3 && cs[i - 1] == 'w' && cs[i - 2] == 'w'
                            && cs[i - 3] == 'w') {
                        url = true;
                    }
                    if (isSentenceEnd(c) && (i + 1 == n || cs[i + 1] == ' ' || isClosing(cs[i + 1]))
                            && i > off && cs[i - 1] != '.') {
                        sentenceEnds++;
                    }
                }
                if (tokenStart >= 0) {
                    count = token(bounds, count, tokenStart, i, hash);
                }
                i++; // past the space
            }
            tokenCount = count;
            return !(check && n > off && cs[n - 1] == ' ');
        }

        /** Records a token while there is room; returns the new count. */
        private static int token(int[] bounds, int count, int start, int end, int hash) {
            if (bounds == null || count * 3 >= bounds.length) {
                return count;
            }
            bounds[3 * count] = start;
            bounds[3 * count + 1] = end;
            bounds[3 * count + 2] = hash;
            return count + 1;
        }

        /** The features of the text read, which is also at cs[off, off + text.length()). */
        LineFeatures features(String text, char[] cs, int off, boolean bullet) {
            int n = off + text.length();
            int last = n - 1;
            while (last >= off && isClosing(cs[last])) {
                last--;
            }
            boolean ellipsis = text.endsWith("...") || text.endsWith("…") || text.endsWith("...)");
            boolean endsSentence = !ellipsis && last >= off && isSentenceEnd(cs[last]);
            // The vocabulary looks up the tokens read in this pass: the line is not read again.
            Optional<ChromeVocabulary.Kind> chrome = tokens != null && words <= EAGER_CHROME_WORDS
                    ? ChromeVocabulary.match(text, cs, tokens, tokenCount, copyright) : null;
            LineFeatures f = new LineFeatures(text, chrome, bullet, words, sentenceEnds, endsSentence, ellipsis,
                    words == 0 ? 0 : (double) capitalised / words, digit, trailingDuration(text),
                    text.length() >= 2 && cs[off] == '[' && cs[n - 1] == ']', url);
            if (tokens != null) {
                // The tokens' hashes are of their lower case already; lines equal but for case have the same ones.
                f.caseBlindHash = caseBlindHash(text.length(), tokens, tokenCount);
            }
            return f;
        }
    }

    /**
     * Whether a character can be left as it is by NFC whatever surrounds it, as long as its neighbours are such
     * characters too: Latin and Cyrillic letters with their accents precomposed, the typographic punctuation of
     * copied text (dashes, curly quotes, ellipsis, bullets), arrows, math operators and the geometric shapes and
     * symbols pages put in place of icons. Decided without the normalizer; the test checks every pair.
     */
    static boolean isNfcStable(char c) {
        return c < 0x300 || (c >= 0x400 && c < 0x483) || (c >= 0x48A && c < 0x500) || (c >= 0x2010 && c <= 0x205E)
                || (c >= 0x20A0 && c <= 0x20C0) || (c >= 0x2190 && c < 0x2300) || (c >= 0x2500 && c < 0x2800);
    }

    /**
     * Whether a character is known, without a look-up of its Unicode type, to be neither a space nor invisible for
     * {@link Texts#clean(String)}: the blocks of Latin, Greek, Cyrillic, Armenian and Hebrew letters, the scripts of
     * India and South-East Asia, the dashes, quotes and other punctuation, symbols, arrows and shapes, and most of
     * CJK. False says nothing; the test checks every character.
     */
    static boolean isVisibleNonSpace(char c) {
        return (c >= 0xAE && c < 0x600) || (c >= 0x900 && c < 0x1680) || (c >= 0x2010 && c < 0x2028)
                || (c >= 0x2030 && c < 0x205F) || (c >= 0x2070 && c < 0x3000) || (c > 0x3000 && c < 0xFEFF);
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

    /** {@link Character#isUpperCase(char)}, answered for ASCII without a table look-up. */
    private static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, answered for ASCII by the chrome vocabulary's table. */
    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? ChromeVocabulary.wordLower(c) != 0 : Character.isLetterOrDigit(c);
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
