package io.github.articlenorm.formats.text.internal;

import io.github.articlenorm.Block;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.formats.internal.chrome.ChromeVocabulary;
import io.github.articlenorm.formats.internal.chrome.ChromeVocabulary.Kind;
import io.github.articlenorm.formats.internal.chrome.Labels;
import io.github.articlenorm.formats.internal.chrome.LineFeatures;
import io.github.articlenorm.internal.Dates;
import io.github.articlenorm.spi.Draft;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Reads text copied from a rendered page: finds the article among the page chrome, line by line. Not API.
 *
 * <p>Two passes, both linear in the input. Pass 1 splits the text into lines (LF, CRLF or CR) and computes each
 * line's {@link LineFeatures} and chrome {@link Kind}. Pass 2 finds the main content run, the stretch of lines with
 * the largest sum of line scores (prose counts for its length, chrome and stray short lines against it; a maximum
 * sub-array, so short gaps of chrome inside the article do not split it), cuts it at an end-of-article marker (a
 * byline, tags, a comments or related header) that comes after most of its prose, and then classifies each line by
 * where it is (before, inside or after the run) and by its neighbours: a short line before prose is a heading, a
 * "Name, Role" line after a paragraph is that paragraph's attribution, a line after "You May Also Like" is a related
 * link. Every non-blank line ends with a {@link Role}; chrome carries the reason written to
 * {@code provenance.removed}.
 */
public final class PageReader {

    /** What a line became. */
    public enum Role {
        TITLE, PUBLISHER, DATE, BYLINE, EXCERPT, PARAGRAPH, HEADING, QUOTE, ATTRIBUTION, LIST_ITEM, RELATED,
        TOPICS, CREDIT, CHROME
    }

    /** One non-blank input line and what the reader decided about it. */
    public static final class Line {
        final int no;
        final LineFeatures f;
        Kind kind;
        String chromeReason;
        /** How many lines have this short line's text, case ignored (itself included); 0 for long lines. */
        int repeats;
        boolean prose;
        Role role;
        String reason;
        /** The whole line read as a date, once {@link #dateRead}: the title search and the roles ask repeatedly. */
        Labels.DateLabel date;
        boolean dateRead;

        Line(int no, LineFeatures f) {
            this.no = no;
            this.f = f;
        }

        /** The 1-based line number in the input. */
        public int number() {
            return no;
        }

        /** The line's text, cleaned and without its bullet. */
        public String text() {
            return f.text();
        }

        /** What the line became; never null after {@link #read}. */
        public Role role() {
            return role;
        }

        /** Why the line was removed, for {@link Role#CHROME}; else null. */
        public String reason() {
            return reason;
        }

        String loc() {
            return "line " + no;
        }
    }

    /** The outcome: the lines with their roles, and the draft. */
    public record Result(List<Line> lines, Draft draft) {
    }

    private static final int MAX_DATE_LINE = 80;
    /**
     * Characters kept of one line; the rest is cut with a warning. A line is copied a few times while it is read,
     * so without a bound a 64 MB one-line dump needs four times that in heap.
     */
    static final int MAX_LINE_CHARS = 8 << 20;
    /**
     * Lines read from one dump; the rest is left out with a warning. Each line read costs about 250 bytes of heap
     * until the article is built (its features, then its place in the body or {@code provenance.removed}), so this
     * keeps a dump of a million short lines within a small heap; no article page comes near it.
     */
    static final int MAX_LINES = 250_000;
    /** Weight of a prose line with no prose neighbour: such lines are more often captions or teasers. */
    private static final double ISOLATED_PROSE = 0.3;
    /** Cost of a short line that is neither prose nor chrome (a heading, a label, a menu item). */
    private static final double SHORT_LINE = 30;
    /** Cost of a bullet item, lower than other short lines: lists belong to articles too. */
    private static final double BULLET_LINE = 8;

    private final List<Line> lines = new ArrayList<>();
    private final Draft draft;
    private final ZoneId zone;
    private final List<Block> blocks = new ArrayList<>();
    private final List<FieldOrigin> blockOrigins = new ArrayList<>();
    private final Map<String, Integer> relatedSeen = new HashMap<>();
    private boolean noStopWords;
    /** Whether the dump has neither prose nor chrome and is read as a title line and paragraphs. */
    private boolean plain;
    private int start = -1;
    private int end = -1;
    private String titleKey;

    private PageReader(Draft draft, ZoneId zone) {
        this.draft = draft;
        this.zone = zone == null ? ZoneOffset.UTC : zone;
    }

    /**
     * Reads a page dump into a draft.
     *
     * @param text     the decoded input
     * @param zone     the zone for dates without one (only to test whether a line is a date)
     * @param deadline says when the time budget is spent
     * @return the lines with their roles, and the filled draft
     */
    public static Result read(String text, ZoneId zone, BooleanSupplier deadline) {
        Draft draft = new Draft().parser("page lines");
        PageReader reader = new PageReader(draft, zone);
        reader.split(text, deadline);
        reader.classify();
        reader.emit();
        return new Result(List.copyOf(reader.lines), draft);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Pass 1: lines and features

    private void split(String text, BooleanSupplier deadline) {
        int n = text.length();
        // Each line is copied here to have its features read: one buffer for all lines, never the whole page.
        char[] buffer = new char[Math.min(n, 256)];
        int i = 0;
        int no = 0;
        // The next LF and CR at or after i, found with indexOf (vectorized) and kept until passed.
        int nextLf = -1;
        int nextCr = -1;
        while (i <= n) {
            if (nextLf < i) {
                nextLf = text.indexOf('\n', i);
                nextLf = nextLf < 0 ? n : nextLf;
            }
            if (nextCr < i) {
                nextCr = text.indexOf('\r', i);
                nextCr = nextCr < 0 ? n : nextCr;
            }
            int j = Math.min(nextLf, nextCr);
            if (no == MAX_LINES) {
                if (!isBlank(text, i, n)) {
                    draft.warning("read only the first " + MAX_LINES + " lines (the text format's line count limit)");
                }
                break;
            }
            no++;
            boolean tooLong = j - i > MAX_LINE_CHARS;
            if (!(tooLong && isBlank(text, i, j))) {
                int cut = j;
                if (tooLong) {
                    cut = i + MAX_LINE_CHARS - (Character.isHighSurrogate(text.charAt(i + MAX_LINE_CHARS - 1)) ? 1 : 0);
                    draft.warning("line " + no + " has " + (j - i) + " characters; kept the first " + (cut - i)
                            + " (the text format's line limit)");
                }
                if (buffer.length < cut - i) {
                    buffer = new char[Math.max(cut - i, Math.min(2 * buffer.length, MAX_LINE_CHARS))];
                }
                text.getChars(i, cut, buffer, 0);
                LineFeatures f = LineFeatures.of(buffer, 0, cut - i);
                // Blank lines are left out; only a line that cleans to nothing can be one, so only it is looked at.
                if (!f.isEmpty() || f.bullet() || !isBlank(text, i, cut)) {
                    Line line = new Line(no, f);
                    features(line);
                    lines.add(line);
                }
            }
            if (j >= n) {
                break;
            }
            i = j + (text.charAt(j) == '\r' && j + 1 < n && text.charAt(j + 1) == '\n' ? 2 : 1);
            if ((no & 1023) == 0 && deadline.getAsBoolean()) {
                draft.warning("stopped reading at line " + no + ": time budget spent (set Limits.withTimeBudget)");
                break;
            }
        }
        // A dump in a language without a stop-word list (Indonesian, Korean...) is read by punctuation alone.
        int longLines = 0;
        int withStopWords = 0;
        for (Line line : lines) {
            if (line.f.chars() >= 80 && line.f.sentenceEnds() >= 1) {
                longLines++;
                withStopWords += line.f.stopWordRatio() >= 0.15 ? 1 : 0;
            }
        }
        noStopWords = longLines >= 3 && withStopWords * 10 < longLines * 3;
        countRepeats();
        for (Line line : lines) {
            line.prose = line.chromeReason == null && isProse(line.f, noStopWords);
            if (line.repeats >= 3 && line.kind == null && !line.prose) {
                line.chromeReason = "repeated line (widget or comments)";
            }
        }
    }

    /** Whether a line is short enough for its repeats to be counted: comment widgets repeat short lines. */
    private static boolean counted(LineFeatures f) {
        return f.words() <= 30 && !f.isEmpty();
    }

    /**
     * Sets every short line's {@link Line#repeats}: lines are grouped by their text with case ignored, in an
     * open-addressing table of line indices keyed by {@link LineFeatures#caseBlindHash()}, so no lower-case copy
     * of a line is made.
     */
    private void countRepeats() {
        int size = Integer.highestOneBit(Math.max(2, lines.size()) * 2 - 1) << 1;
        int[] slots = new int[size]; // index + 1 of the first line of a group, 0 when free
        int[] counts = new int[size];
        int[] slotOf = new int[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            LineFeatures f = lines.get(k).f;
            if (!counted(f)) {
                continue;
            }
            String t = f.text();
            int h = f.caseBlindHash();
            int slot = (h ^ (h >>> 16)) & (size - 1);
            while (slots[slot] != 0 && !sameIgnoringCase(lines.get(slots[slot] - 1).f.text(), t)) {
                slot = (slot + 1) & (size - 1);
            }
            if (slots[slot] == 0) {
                slots[slot] = k + 1;
            }
            counts[slot]++;
            slotOf[k] = slot;
        }
        for (int k = 0; k < lines.size(); k++) {
            if (counted(lines.get(k).f)) {
                lines.get(k).repeats = counts[slotOf[k]];
            }
        }
    }

    /** Whether two lines are equal with the case of each character ignored. */
    private static boolean sameIgnoringCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        for (int k = 0; k < a.length(); k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y && ChromeVocabulary.lower(x) != ChromeVocabulary.lower(y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(c == ' ' || c == '\t' || c == '\u00a0' || c == '\f' || Character.isWhitespace(c)
                    || Character.getType(c) == Character.SPACE_SEPARATOR || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
        }
        return true;
    }

    private static void features(Line line) {
        LineFeatures f = line.f;
        if (f.isEmpty()) {
            line.chromeReason = "bullet without text";
            return;
        }
        if (f.words() <= 60) {
            line.kind = f.chrome().orElse(null);
        }
        if (line.kind == null && f.trailingDuration() && f.words() <= 20 && !f.endsSentence()) {
            line.kind = Kind.VIDEO;
        }
        if (line.kind == null && f.bracketed() && f.words() <= 12) {
            line.kind = Kind.IMAGE;
        }
        if (line.kind != null) {
            line.chromeReason = line.kind.reason();
        }
    }

    /** Running text: long enough, with stop words and sentence punctuation (jusText's "good" paragraph). */
    static boolean isProse(LineFeatures f, boolean noStopWords) {
        if (f.endsWithEllipsis() && f.chars() < 300) {
            return false;
        }
        boolean spaceless = f.words() * 12 < f.chars();
        if (noStopWords) {
            return (f.chars() >= 60 && f.sentenceEnds() >= 1 && f.words() >= 6) || (spaceless && f.chars() >= 30
                    && f.sentenceEnds() >= 1);
        }
        if (spaceless) {
            return f.chars() >= 30 && f.sentenceEnds() >= 1;
        }
        // The stop-word ratio is read last: it is the one feature counted on demand.
        return (f.chars() >= 80 && (f.sentenceEnds() >= 1 || f.chars() >= 200) && f.stopWordRatio() >= 0.18)
                || (f.chars() >= 40 && f.words() >= 7 && f.endsSentence() && f.stopWordRatio() >= 0.25);
    }

    /** A short sentence: some words, sentence punctuation, some stop words. */
    private boolean isSentence(LineFeatures f) {
        return f.words() >= 4 && f.endsSentence() && (noStopWords || f.stopWordRatio() >= 0.15);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Pass 2: the main run and every line's role

    private double score(int i) {
        Line l = lines.get(i);
        if (l.chromeReason != null) {
            return -(40 + Math.min(l.f.chars(), 400) / 4.0);
        }
        if (l.prose) {
            // jusText's context rule: prose between non-prose lines is more often a caption or a teaser.
            boolean isolated = (i == 0 || !joins(lines.get(i - 1))) && (i + 1 == lines.size() || !joins(lines.get(i + 1)));
            return Math.min(l.f.chars(), 2000) * (isolated ? ISOLATED_PROSE : 1);
        }
        if (isSentence(l.f)) {
            return l.f.chars() / 2.0;
        }
        if (l.f.endsWithEllipsis()) {
            return -30;
        }
        return l.f.bullet() ? -BULLET_LINE : -SHORT_LINE;
    }

    /** Whether a neighbour makes a prose line part of running text: prose, or a list item. */
    private static boolean joins(Line l) {
        return l.prose;
    }

    private void classify() {
        int n = lines.size();
        if (n == 0) {
            return;
        }
        // The maximum sub-array of line scores: the densest run of prose, short chrome gaps included.
        double best = 0;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            double s = score(i);
            if (run <= 0) {
                run = s;
                runStart = i;
            } else {
                run += s;
            }
            if (run > best) {
                best = run;
                start = runStart;
                end = i;
            }
        }
        if (start >= 0) {
            cutAtEndMarker();
        } else if (n > 1 && noChrome()) {
            // Neither prose nor chrome: short plain text, read as a title and paragraphs.
            plain = true;
            start = 1;
            end = n - 1;
        }
        titleAndHeader();
        if (start >= 0) {
            body();
        }
        tail();
        for (Line l : lines) {
            if (l.role == null) {
                chrome(l, l.chromeReason != null ? l.chromeReason : "page chrome");
            }
        }
    }

    /** Ends the run at the first end-of-article marker that has more of the run's prose before it than after. */
    private void cutAtEndMarker() {
        double total = 0;
        for (int i = start; i <= end; i++) {
            Line l = lines.get(i);
            total += l.prose ? l.f.chars() : 0;
        }
        double before = 0;
        int proseBefore = 0;
        for (int i = start; i <= end; i++) {
            Line l = lines.get(i);
            // Comments follow the article and may outweigh it; other markers must come after most of the prose.
            boolean comments = l.kind == Kind.COMMENTS && proseBefore >= 2 && before >= 250;
            if (before > 0 && (comments || before >= total - before) && isEndMarker(l)) {
                end = i - 1;
                while (end > start && !lines.get(end).prose && !isSentence(lines.get(end).f)) {
                    end--;
                }
                return;
            }
            before += l.prose ? l.f.chars() : 0;
            proseBefore += l.prose ? 1 : 0;
        }
    }

    private boolean isEndMarker(Line l) {
        if (l.kind == Kind.COMMENTS || l.kind == Kind.RELATED || l.kind == Kind.AUTHOR_BIO
                || (l.kind == Kind.FOOTER && l.f.words() <= 25)) {
            return true;
        }
        if (l.prose) {
            return false;
        }
        String byline = Labels.byline(l.f.text());
        if (byline != null && (byline.isEmpty() ? l.f.words() <= 3 : isNameLike(byline))) {
            return true;
        }
        String tags = Labels.tags(l.f.text());
        return (tags != null && !tags.isEmpty() && l.f.words() <= 30 && !l.f.endsSentence())
                || Labels.credit(l.f.text()) != null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Before the run: banner, title, dates, bylines, standfirst

    private void titleAndHeader() {
        int limit = start >= 0 ? start : lines.size();
        // A short line right before the run that introduces it is its first heading when a longer title is above.
        int title = pickTitle(limit);
        if (start >= 0 && title >= 0 && title < start - 1) {
            Line first = lines.get(start - 1);
            Line t = lines.get(title);
            if (first.role == null && headingLike(first) && first.f.words() < t.f.words() && !isMeta(first)
                    && start - 1 - title <= 3) {
                start--;
                limit = start;
            }
        }
        if (title >= 0) {
            Line t = lines.get(title);
            t.role = Role.TITLE;
            titleKey = t.f.text().toLowerCase(Locale.ROOT);
            draft.title(t.f.text(), new FieldOrigin(title == 0 ? "first line, a headline" : "headline line above the article", t.loc()));
        }
        Line firstLine = lines.get(0);
        if (title != 0 && firstLine.role == null && isBanner(firstLine)) {
            firstLine.role = Role.PUBLISHER;
            draft.publisher(firstLine.f.text(), null, new FieldOrigin("site banner (first line)", firstLine.loc()));
        }
        boolean bylineLabel = false;
        for (int i = 0; i < limit; i++) {
            Line l = lines.get(i);
            if (l.role != null) {
                continue;
            }
            if (bylineLabel && l.role == null && isNameLike(l.f.text()) && l.f.words() <= 5) {
                l.role = Role.BYLINE;
                draft.author(l.f.text(), null, new FieldOrigin("name after a byline label", l.loc()));
                bylineLabel = false;
                continue;
            }
            bylineLabel = false;
            if (meta(l)) {
                bylineLabel = l.role == Role.BYLINE && Labels.byline(l.f.text()) != null
                        && Labels.byline(l.f.text()).isEmpty();
                continue;
            }
            if (publisherLine(l, "before the article")) {
                continue;
            }
            if (i > title && title >= 0 && l.prose && l.chromeReason == null) {
                l.role = Role.EXCERPT;
                draft.excerpt(l.f.text(), new FieldOrigin("standfirst between the headline and the article", l.loc()));
                continue;
            }
            chrome(l, l.chromeReason != null ? l.chromeReason : "page header before the article");
        }
    }

    private boolean noChrome() {
        for (Line l : lines) {
            if (l.chromeReason != null) {
                return false;
            }
        }
        return true;
    }

    private int pickTitle(int limit) {
        if (plain) {
            return 0;
        }
        int best = -1;
        double bestScore = 0;
        int seen = 0;
        for (int i = limit - 1; i >= 0 && seen < 40; i--, seen++) {
            Line l = lines.get(i);
            LineFeatures f = l.f;
            if (l.chromeReason != null || f.bullet() || f.words() < 2 || f.chars() > 250 || f.chars() < 10
                    || f.endsWithEllipsis() || f.sentenceEnds() > 1 || isMeta(l) || l.repeats >= 3) {
                continue;
            }
            double s = Math.min(f.words(), 20);
            if (f.endsSentence() && f.text().endsWith(".")) {
                s -= 6;
            }
            if (l.prose) {
                s -= 6;
            }
            s -= seen * 0.5;
            if (best < 0 || s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        return bestScore > 0 || best < 0 ? best : (lines.get(best).f.words() >= 3 ? best : -1);
    }

    private static boolean isBanner(Line l) {
        LineFeatures f = l.f;
        return l.chromeReason == null && !f.bullet() && f.words() >= 1 && f.words() <= 5 && f.chars() <= 50
                && Character.isUpperCase(f.text().charAt(0)) && f.capitalisedRatio() >= 0.6 && f.sentenceEnds() == 0 && !f.hasDigit() && !f.endsWithEllipsis()
                && f.text().indexOf(',') < 0 && f.text().indexOf(':') < 0;
    }

    private boolean headingLike(Line l) {
        LineFeatures f = l.f;
        if (l.chromeReason != null || l.prose || f.bullet() || f.words() == 0 || f.words() > 20 || f.chars() > 150
                || f.endsWithEllipsis() || f.hasUrl()) {
            return false;
        }
        String t = f.text();
        char last = t.charAt(t.length() - 1);
        return !(last == '.' || last == ',' || last == ';') || t.endsWith("?") || t.endsWith("!");
    }

    /** Whether the line is a date, a byline or a credit (without assigning it). */
    private boolean isMeta(Line l) {
        if (l.f.chars() <= MAX_DATE_LINE && l.f.hasDigit()) { // every date has a digit
            String[] parts = parts(l.f.text());
            if (parts.length == 1) {
                return dateOf(l) != null || isLabelledMeta(l);
            }
            for (String p : parts) {
                if (dateOf(p) != null) {
                    return true;
                }
            }
        }
        return isLabelledMeta(l);
    }

    /** Whether the line is a byline or a credit. */
    private boolean isLabelledMeta(Line l) {
        String b = Labels.byline(l.f.text());
        return (b != null && !b.isEmpty() && (isNameLike(b) || bylineWithDate(b) != null))
                || Labels.credit(l.f.text()) != null;
    }

    /** "Jane Doe on November 19, 2019, 6:21 AM EST" → {"Jane Doe", "November 19, 2019, 6:21 AM EST"}, or null. */
    private String[] bylineWithDate(String rest) {
        if (rest.length() > MAX_DATE_LINE + 40) {
            return null;
        }
        for (String sep : new String[] {" on ", " el ", " am ", " le ", " il ", " em ", ", ", " | ", " - ", " – ",
                " · ", " • "}) {
            int k = rest.indexOf(sep);
            if (k > 0) {
                String name = rest.substring(0, k).strip();
                String date = rest.substring(k + sep.length()).strip();
                if (isNameLike(name) && dateOf(date) != null) {
                    return new String[] {name, date};
                }
            }
        }
        return null;
    }

    /** Takes a date, byline or credit line for its field; false when the line is none of these. */
    private boolean meta(Line l) {
        String t = l.f.text();
        if (l.f.chars() <= MAX_DATE_LINE && !l.prose) {
            Labels.DateLabel d = dateOf(l);
            if (d != null) {
                l.role = Role.DATE;
                if (d.kind() == Labels.DateKind.MODIFIED) {
                    draft.modifiedAt(d.rest(), new FieldOrigin("line labelled as an update date", l.loc()));
                } else {
                    draft.publishedAt(d.rest(), new FieldOrigin(d.rest().equals(t) ? "date line" : "line labelled as a publication date", l.loc()));
                }
                return true;
            }
            // "Jane Doe | 26.02.2020 10:57": a byline and a date in one line (so a digit in it).
            String[] parts = l.f.hasDigit() ? parts(t) : null;
            if (parts != null && parts.length > 1) {
                Labels.DateLabel date = null;
                String byline = null;
                for (String p : parts) {
                    Labels.DateLabel pd = dateOf(p);
                    if (pd != null && date == null) {
                        date = pd;
                    } else {
                        String b = Labels.byline(p);
                        if (b != null && !b.isEmpty() && isNameLike(b)) {
                            byline = b;
                        }
                    }
                }
                if (date != null) {
                    l.role = Role.DATE;
                    FieldOrigin o = new FieldOrigin("date in a byline or date line", l.loc());
                    if (date.kind() == Labels.DateKind.MODIFIED) {
                        draft.modifiedAt(date.rest(), o);
                    } else {
                        draft.publishedAt(date.rest(), o);
                    }
                    if (byline != null) {
                        draft.author(byline, null, new FieldOrigin("byline beside a date", l.loc()));
                    }
                    return true;
                }
            }
        }
        if (!l.prose && l.f.words() <= 20) {
            String b = Labels.byline(t);
            if (b != null && b.isEmpty() && l.f.words() <= 3) {
                l.role = Role.BYLINE;
                l.reason = "byline label";
                return true;
            }
            if (b != null && isNameLike(b)) {
                l.role = Role.BYLINE;
                draft.author(b, null, new FieldOrigin("byline line", l.loc()));
                return true;
            }
            String[] nameDate = b == null ? null : bylineWithDate(b);
            if (nameDate != null) {
                l.role = Role.BYLINE;
                draft.author(nameDate[0], null, new FieldOrigin("byline line", l.loc()));
                Labels.DateLabel d = dateOf(nameDate[1]);
                FieldOrigin o = new FieldOrigin("date in a byline line", l.loc());
                if (d.kind() == Labels.DateKind.MODIFIED) {
                    draft.modifiedAt(d.rest(), o);
                } else {
                    draft.publishedAt(d.rest(), o);
                }
                return true;
            }
            String credit = Labels.credit(t);
            if (credit != null && !credit.isEmpty() && credit.length() <= 100) {
                l.role = Role.CREDIT;
                draft.credit(credit, new FieldOrigin("source line", l.loc()));
                return true;
            }
        }
        return false;
    }

    /** The parts of a line split at " | ", " - ", " · " and the like. */
    static String[] parts(String t) {
        if (!hasSeparator(t)) {
            return new String[] {t.strip()}; // most lines: no list, no copies
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 2 < t.length(); i++) {
            char c = t.charAt(i + 1);
            if (t.charAt(i) == ' ' && t.charAt(i + 2) == ' ' && (c == '|' || c == '-' || c == '–' || c == '—'
                    || c == '·' || c == '•' || c == '/')) {
                out.add(t.substring(from, i).strip());
                from = i + 3;
                i += 2; // separators may touch ("a - | b"): the next one starts after this one
            }
        }
        out.add(t.substring(from).strip());
        return out.toArray(new String[0]);
    }

    private static boolean hasSeparator(String t) {
        for (int i = 2; i < t.length(); i++) {
            if (t.charAt(i) == ' ' && t.charAt(i - 2) == ' ') {
                char c = t.charAt(i - 1);
                if (c == '|' || c == '-' || c == '–' || c == '—' || c == '·' || c == '•' || c == '/') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The line as a date: a date label's rest, or the whole line, when the date rules read it. */
    private Labels.DateLabel dateOf(Line l) {
        if (!l.dateRead) {
            l.date = l.f.hasDigit() ? dateOf(l.f.text()) : null; // every date has a digit
            l.dateRead = true;
        }
        return l.date;
    }

    private Labels.DateLabel dateOf(String t) {
        boolean digit = false;
        for (int i = 0; i < t.length() && !digit; i++) {
            digit = t.charAt(i) >= '0' && t.charAt(i) <= '9';
        }
        if (!digit || t.length() > MAX_DATE_LINE) {
            return null;
        }
        // Most short lines with a digit are no date ("12 comments"): mayParse rules them out without a parse.
        Labels.DateLabel d = Labels.dateLabel(t);
        if (d != null && !d.rest().isEmpty() && Dates.mayParse(d.rest()) && Dates.parse(d.rest(), zone).ok()) {
            return d;
        }
        if (Dates.mayParse(t) && Dates.parse(t, zone).ok()) {
            return new Labels.DateLabel(Labels.DateKind.PUBLISHED, t);
        }
        return null;
    }

    /** Two to six capitalised words, no sentence, no digits: a person's name (or several, "A and B"). */
    static boolean isNameLike(String s) {
        if (s == null || s.isEmpty() || s.length() > 80) {
            return false;
        }
        LineFeatures f = LineFeatures.of(s);
        if (f.words() < 1 || f.words() > 8 || f.hasDigit() || f.sentenceEnds() > 1 || f.hasUrl()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '?' || last == '!' || last == ':' || (last == '.' && s.length() > 2
                && s.charAt(s.length() - 3) != ' ' && s.charAt(s.length() - 3) != '.')) {
            return false;
        }
        return Character.isUpperCase(s.charAt(0)) && f.capitalisedRatio() >= 0.6;
    }

    /** Publisher hints: a copyright line, an "X is reader supported" disclaimer, an "X is the premier source" line. */
    private boolean publisherLine(Line l, String where) {
        if (l.kind == Kind.FOOTER && l.f.words() <= 25) {
            String name = copyrightHolder(l.f.text());
            if (name != null) {
                l.role = Role.PUBLISHER;
                l.reason = "copyright footer";
                draft.publisher(name, null, new FieldOrigin("copyright line " + where, l.loc()));
                return true;
            }
        }
        // "Example Post is ...": a subject, a verb and more, so three words at least.
        if ((l.kind == Kind.DISCLAIMER || l.kind == Kind.FOOTER || l.kind == null) && l.f.words() >= 3) {
            String subject = siteSubject(l.f.text(), l.kind != null);
            if (subject != null) {
                l.role = Role.PUBLISHER;
                l.reason = l.kind != null ? l.kind.reason() : "about-the-site line";
                draft.publisher(subject, null, new FieldOrigin((l.kind == Kind.DISCLAIMER ? "disclaimer line "
                        : "about-the-site line ") + where, l.loc()));
                return true;
            }
        }
        return false;
    }

    private static final String[] SITE_WORDS = {" source of ", " site", " website", " publication", " newspaper",
            " magazine", " portal", " platform", " blog", " news ", " journal", " medio", " periódico", " revista",
            " zeitung", " magazin", " portail", " journal", " giornale", " rivista", " jornal"};

    /**
     * "ProPrivacy is reader supported ...", "Example Post is the premier source of ...": the subject before the
     * first " is " when it is one to four capitalised words; for a line that is not chrome, only when it speaks of
     * a site or publication.
     */
    static String siteSubject(String t, boolean chrome) {
        int is = indexOfWord(t, " is ");
        if (is < 0) {
            is = indexOfWord(t, " es ");
        }
        if (is < 0) {
            is = indexOfWord(t, " ist ");
        }
        if (is < 0) {
            is = indexOfWord(t, " est ");
        }
        if (is <= 0 || is > 50) {
            return null;
        }
        String subject = t.substring(0, is).strip();
        String[] words = subject.split(" ");
        if (words.length > 4 || subject.isEmpty()) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
                return null;
            }
        }
        if (words.length == 1 && (words[0].equals("It") || words[0].equals("This") || words[0].equals("He")
                || words[0].equals("She") || words[0].equals("There"))) {
            return null;
        }
        if (!chrome) {
            String lower = t.toLowerCase(Locale.ROOT);
            boolean site = false;
            for (String w : SITE_WORDS) {
                site |= lower.indexOf(w, is) >= 0;
            }
            if (!site || !(lower.contains("about") || lower.contains("contact") || lower.contains("premier")
                    || lower.contains("leading"))) {
                return null;
            }
        }
        return subject.endsWith("’s") || subject.endsWith("'s") ? null : subject;
    }

    private static int indexOfWord(String t, String w) {
        int limit = Math.min(t.length(), 80);
        int i = t.indexOf(w);
        return i >= 0 && i < limit ? i : -1;
    }

    /** "© 2008-2021 Example Media Ltd. Developed By X" → "Example Media Ltd.". */
    static String copyrightHolder(String t) {
        String s = t;
        int c = s.indexOf('©');
        if (c >= 0) {
            s = s.substring(c + 1);
        } else {
            int k = s.toLowerCase(Locale.ROOT).indexOf("copyright");
            if (k < 0) {
                return null;
            }
            s = s.substring(k + "copyright".length());
        }
        String lower = s.toLowerCase(Locale.ROOT);
        int cut = s.length();
        for (String stop : new String[] {" developed by", " powered by", " designed by", " all rights",
                " todos los derechos", " alle rechte", " tous droits", " tutti i diritti", " todos os direitos",
                " derechos reservados", " - ", " | ", " – ", " · ", ",", ";"}) {
            int k = lower.indexOf(stop);
            if (k >= 0 && k < cut) {
                cut = k;
            }
        }
        s = s.substring(0, cut);
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            if (w.isEmpty() || w.equals("(c)") || w.equalsIgnoreCase("copyright") || isYearish(w)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        String name = out.toString().strip();
        if (name.endsWith(".") && !name.endsWith("Ltd.") && !name.endsWith("Inc.") && !name.endsWith("Co.")
                && !name.endsWith("S.A.") && !name.endsWith("Corp.")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.isEmpty() || name.length() > 80 || !Character.isLetterOrDigit(name.charAt(0)) ? null : name;
    }

    private static boolean isYearish(String w) {
        int digits = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '-' && c != '–' && c != '.' && c != ',') {
                return false;
            }
        }
        return digits >= 4 || (digits == 0 && w.length() == 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Inside the run: paragraphs, headings, quotes, lists, related links

    private void body() {
        boolean relatedMode = false;
        int i = start;
        while (i <= end) {
            Line l = lines.get(i);
            if (l.role != null) {
                i++;
                continue;
            }
            String text = l.f.text();
            // Lower-casing never shortens a string, so only lines no longer than the title's key can equal it.
            if (titleKey != null && text.length() <= titleKey.length()
                    && text.toLowerCase(Locale.ROOT).equals(titleKey)) {
                chrome(l, "repeats the title");
                i++;
                continue;
            }
            if (l.kind == Kind.RELATED) {
                chrome(l, l.kind.reason());
                relatedMode = true;
                i++;
                continue;
            }
            String link = l.f.words() <= 25 ? Labels.relatedLink(text) : null;
            if (link != null && !link.isEmpty()) {
                related(l, link, "related link inside the article");
                i++;
                continue;
            }
            if (relatedMode && !l.prose && l.chromeReason == null && l.f.words() >= 2 && l.f.words() <= 25) {
                related(l, text, "teaser link under a related header");
                i++;
                continue;
            }
            relatedMode = false;
            if (l.chromeReason != null) {
                chrome(l, l.chromeReason);
                i++;
                continue;
            }
            if (!l.prose && meta(l)) {
                i++;
                continue;
            }
            if (l.f.bullet()) {
                i = list(i);
                continue;
            }
            int after = nextUnassigned(i + 1, end);
            if (!l.prose && headingLike(l) && after >= 0 && lines.get(after).prose
                    && !isAttribution(lines.get(after), "")) {
                l.role = Role.HEADING;
                block(new Block.Heading(text, 2), l);
                i++;
                continue;
            }
            if (l.prose || isSentence(l.f)) {
                // The attribution may fall just outside the run: it is short and counts against it.
                int next = nextUnassigned(i + 1, end + 1);
                if (next >= 0 && isAttribution(lines.get(next), text)) {
                    end = Math.max(end, next);
                    Line a = lines.get(next);
                    l.role = Role.QUOTE;
                    a.role = Role.ATTRIBUTION;
                    block(new Block.Quote(text, stripDash(a.f.text())), l);
                    i = next + 1;
                    continue;
                }
                l.role = Role.PARAGRAPH;
                block(new Block.Paragraph(text), l);
                i++;
                continue;
            }
            int next = nextUnassigned(i + 1, end);
            if (headingLike(l) && next >= 0 && (lines.get(next).prose || lines.get(next).f.bullet()
                    || isSentence(lines.get(next).f))) {
                l.role = Role.HEADING;
                block(new Block.Heading(text, 2), l);
                i++;
                continue;
            }
            if (plain || (l.f.words() >= 4 && l.f.stopWordRatio() >= 0.2 && !l.f.endsWithEllipsis())) {
                l.role = Role.PARAGRAPH;
                block(new Block.Paragraph(text), l);
            } else {
                chrome(l, "short line inside the article that introduces no text");
            }
            i++;
        }
    }

    private int nextUnassigned(int from, int to) {
        for (int k = from; k <= to && k < lines.size(); k++) {
            if (lines.get(k).role == null) {
                return k;
            }
        }
        return -1;
    }

    /** Consecutive bullet lines from {@code i}: a list, a lone teaser link, or a chrome list. */
    private int list(int i) {
        List<Line> items = new ArrayList<>();
        int k = i;
        while (k <= end && lines.get(k).f.bullet() && lines.get(k).role == null) {
            items.add(lines.get(k));
            k++;
        }
        int chromeItems = 0;
        for (Line item : items) {
            chromeItems += item.chromeReason != null ? 1 : 0;
        }
        if (items.size() == 1) {
            Line only = items.get(0);
            if (only.chromeReason != null) {
                chrome(only, only.chromeReason);
            } else if (only.f.words() <= 20 && !only.f.text().endsWith(".") && only.f.words() >= 3) {
                related(only, only.f.text(), "lone bulleted link inside the article");
            } else {
                only.role = Role.PARAGRAPH;
                block(new Block.Paragraph(only.f.text()), only);
            }
            return k;
        }
        if (chromeItems * 2 >= items.size()) {
            for (Line item : items) {
                chrome(item, item.chromeReason != null ? item.chromeReason : "list of page links");
            }
            return k;
        }
        List<String> texts = new ArrayList<>();
        Line first = null;
        for (Line item : items) {
            if (item.chromeReason != null) {
                chrome(item, item.chromeReason);
            } else {
                item.role = Role.LIST_ITEM;
                texts.add(item.f.text());
                first = first == null ? item : first;
            }
        }
        block(new Block.ListBlock(texts), first);
        return k;
    }

    /** "Jane Doe, Chief Economist" or "— Jane Doe" right after a paragraph. */
    static boolean isAttribution(Line a, String quoted) {
        if (a.prose || a.chromeReason != null || a.f.bullet() || a.f.words() < 2 || a.f.words() > 14
                || a.f.endsWithEllipsis() || a.f.hasUrl()) {
            return false;
        }
        String t = a.f.text();
        if (t.endsWith(".") && !t.endsWith("..") && a.f.sentenceEnds() > 0 && lastWordLong(t)) {
            return false;
        }
        if (t.startsWith("—") || t.startsWith("― ") || t.startsWith("~")) {
            return isNameLike(stripDash(t).split(",")[0].strip());
        }
        int comma = t.indexOf(',');
        if (comma > 0) {
            String name = t.substring(0, comma).strip();
            String[] w = name.split(" ");
            if (w.length < 2 || w.length > 4) {
                return false;
            }
            for (String word : w) {
                if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                    return false;
                }
            }
            return !a.f.endsSentence() || !t.endsWith(".");
        }
        char q = quoted.isEmpty() ? ' ' : quoted.charAt(0);
        boolean isQuoted = q == '"' || q == '“' || q == '«' || q == '„' || q == '‘';
        return isQuoted && a.f.words() <= 4 && a.f.capitalisedRatio() >= 0.99 && !a.f.endsSentence();
    }

    private static boolean lastWordLong(String t) {
        int space = t.lastIndexOf(' ');
        return t.length() - space - 2 > 3;
    }

    private static String stripDash(String t) {
        int i = 0;
        while (i < t.length() && (t.charAt(i) == '—' || t.charAt(i) == '―' || t.charAt(i) == '~'
                || t.charAt(i) == ' ')) {
            i++;
        }
        return t.substring(i);
    }

    // ---------------------------------------------------------------------------------------------------------
    // After the run: tags, credit, related lists, bios, publisher footers

    private void tail() {
        int from = end + 1;
        if (start < 0) {
            from = 0;
        }
        boolean relatedMode = false;
        boolean bioNext = false;
        boolean bylineLabel = false;
        boolean implicitTags = true;
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.role != null) {
                continue;
            }
            String text = l.f.text();
            if (bylineLabel && isNameLike(text) && text.length() <= 60 && l.f.words() <= 5) {
                l.role = Role.BYLINE;
                draft.author(text, null, new FieldOrigin("name after a byline label", l.loc()));
                bylineLabel = false;
                bioNext = true;
                continue;
            }
            bioNext |= bylineLabel;
            bylineLabel = false;
            if (bioNext && (l.prose || isSentence(l.f))) {
                chrome(l, Kind.AUTHOR_BIO.reason());
                bioNext = false;
                continue;
            }
            bioNext = false;
            String tags = Labels.tags(text);
            if (tags != null && !tags.isEmpty() && l.f.words() <= 30 && !l.f.endsSentence()) {
                topics(l, tags, "tag line after the article");
                implicitTags = false;
                continue;
            }
            if (implicitTags && start >= 0 && implicitTag(i)) {
                topics(l, text, "short line right after the article");
                continue;
            }
            implicitTags = false;
            if (meta(l)) {
                if (l.role == Role.BYLINE) {
                    bylineLabel = Labels.byline(text) != null && Labels.byline(text).isEmpty();
                    bioNext = !bylineLabel;
                }
                continue;
            }
            if (l.kind == Kind.AUTHOR_BIO) {
                chrome(l, l.kind.reason());
                bioNext = true;
                continue;
            }
            if (publisherLine(l, "after the article")) {
                continue;
            }
            String link = Labels.relatedLink(text);
            if (link != null && !link.isEmpty() && l.f.words() <= 25) {
                related(l, link, "related link after the article");
                continue;
            }
            if (l.kind == Kind.RELATED) {
                chrome(l, l.kind.reason());
                relatedMode = true;
                continue;
            }
            if (relatedMode && l.chromeReason == null && !l.prose && !l.f.endsWithEllipsis()
                    && l.f.words() >= 3 && l.f.words() <= 25 && !l.f.text().endsWith(".")) {
                related(l, text, "teaser link under a related header");
                continue;
            }
            if (l.chromeReason != null) {
                relatedMode &= l.kind == null;
                chrome(l, l.chromeReason);
                continue;
            }
            chrome(l, relatedMode ? "related-article teaser" : "after the end of the article");
        }
    }

    /**
     * A tag line without a label: one of up to three short capitalised lines right after the article, followed by a
     * credit, a related or footer line, other chrome, or the end.
     */
    private boolean implicitTag(int i) {
        int k = i;
        int count = 0;
        while (k < lines.size() && count < 4) {
            Line l = lines.get(k);
            if (l.role != null && l.role != Role.TOPICS) {
                break;
            }
            if (!shortTag(l)) {
                break;
            }
            count++;
            k++;
        }
        if (count == 0 || count > 3) {
            return false;
        }
        if (k >= lines.size()) {
            return true;
        }
        Line after = lines.get(k);
        return after.chromeReason != null || Labels.credit(after.f.text()) != null
                || Labels.relatedLink(after.f.text()) != null;
    }

    private static boolean shortTag(Line l) {
        LineFeatures f = l.f;
        return l.chromeReason == null && !f.bullet() && f.words() >= 1 && f.words() <= 4 && f.chars() <= 40
                && !f.hasDigit() && f.sentenceEnds() == 0 && f.capitalisedRatio() >= 0.5 && !f.endsWithEllipsis()
                && f.text().indexOf(':') < 0 && Labels.credit(f.text()) == null;
    }

    private void topics(Line l, String list, String origin) {
        l.role = Role.TOPICS;
        FieldOrigin o = new FieldOrigin(origin, l.loc());
        int from = 0;
        for (int k = 0; k <= list.length(); k++) {
            if (k == list.length() || ",;|·•#".indexOf(list.charAt(k)) >= 0) {
                String t = list.substring(from, k).strip();
                if (!t.isEmpty() && t.length() <= 60) {
                    draft.topic(t, o);
                }
                from = k + 1;
            }
        }
    }

    private void related(Line l, String text, String origin) {
        String title = text;
        String url = null;
        int h = text.indexOf("http://");
        if (h < 0) {
            h = text.indexOf("https://");
        }
        if (h >= 0) {
            int e = text.indexOf(' ', h);
            url = text.substring(h, e < 0 ? text.length() : e);
            title = (text.substring(0, h) + (e < 0 ? "" : text.substring(e))).strip();
            if (title.endsWith(":") || title.endsWith("-")) {
                title = title.substring(0, title.length() - 1).strip();
            }
        }
        l.role = Role.RELATED;
        String key = (url != null ? url : title).toLowerCase(Locale.ROOT);
        if (relatedSeen.putIfAbsent(key, l.no) == null) {
            draft.related(Draft.RawRelated.of(title.isEmpty() ? null : title, url, new FieldOrigin(origin, l.loc())));
        } else {
            l.reason = "duplicate of the related link at line " + relatedSeen.get(key);
        }
    }

    private void chrome(Line l, String reason) {
        l.role = Role.CHROME;
        l.reason = reason;
    }

    private void block(Block b, Line first) {
        blocks.add(b);
        blockOrigins.add(new FieldOrigin("article lines", first.loc()));
    }

    // ---------------------------------------------------------------------------------------------------------

    private void emit() {
        for (int i = 0; i < blocks.size(); i++) {
            draft.block(blocks.get(i), blockOrigins.get(i));
        }
        for (Line l : lines) {
            if (l.role == Role.CHROME) {
                draft.removed(l.f.text().isEmpty() ? "(bullet)" : l.f.text(), l.loc(), l.reason);
            } else if ((l.role == Role.RELATED || l.role == Role.BYLINE) && l.reason != null) {
                draft.removed(l.f.text(), l.loc(), l.reason);
            }
        }
        if (blocks.isEmpty() && !lines.isEmpty()) {
            draft.warning("no article text found: every line looked like page chrome (see provenance.removed)");
        }
    }
}
