package io.github.articlenorm.internal;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses the date and date-time forms found in article dumps. Not API. Thread-safe, stateless.
 *
 * <p>Input is split into number, word and punctuation tokens (words are lower-cased and stripped of
 * accents, so {@code "MÄRZ"}, {@code "März"} and {@code "marz"} are the same word), and the token
 * sequence is matched against a small set of shapes. Matching is case-insensitive, ignores
 * surrounding whitespace, commas, a trailing period, weekday names and filler words such as
 * "at", "de", "à", "um", "alle". There are no regular expressions; the work is linear in the input,
 * and input longer than {@value #MAX_LENGTH} characters is rejected as "too long" without being
 * scanned.
 *
 * <h2>Supported families</h2>
 * <ul>
 *   <li><b>ISO-8601</b>, extended and basic: {@code 2020-02-26}, {@code 2020-02-26T22:57},
 *       {@code 2020-02-26T23:15:07.480Z}, {@code 2020-02-26 22:57:00 +05:30}, {@code +0530},
 *       {@code +05}, {@code 20200226}, {@code 20200226T225700Z}; fractions up to nanoseconds
 *       (extra digits are dropped). A bracketed region after the offset, as printed by
 *       {@code ZonedDateTime}, is ignored because the offset already fixes the instant.</li>
 *   <li><b>RFC 1123 / RFC 822</b>: {@code Wed, 26 Feb 2020 22:57:00 GMT},
 *       {@code 26 Feb 20 22:57 EST}. Two-digit years follow RFC 5322: 00–49 are 20xx, 50–99 are
 *       19xx. The same pivot applies to {@code 26.02.20} and {@code 02/26/20}.</li>
 *   <li><b>Prose</b> with month names: {@code February 26th, 2020}, {@code Feb. 26, 2020 at 10:57 p.m. ET},
 *       {@code 1st March 2020}, {@code 26-Feb-2020}, {@code 26 de febrero de 2020},
 *       {@code Mittwoch, 26. Februar 2020, 10:57 Uhr}, {@code 26 février 2020 à 10h57}, and a time
 *       before the date ({@code 10:57 AM EST, Wed February 26, 2020}). Also the asctime, Twitter and
 *       JavaScript {@code Date.toString()} layouts where the year follows the time or the zone
 *       ({@code Wed Feb 26 22:57:00 +0000 2020}); trailing words after a full date-time, such as
 *       {@code (Eastern Standard Time)}, are ignored.</li>
 *   <li><b>Month and weekday names</b>, full and abbreviated, in English, Spanish, French, German,
 *       Italian, Portuguese and Dutch.</li>
 *   <li><b>Numeric</b>: year first ({@code 2020/02/26}, {@code 2020.02.26}) is always
 *       year-month-day. With the year last, <em>dots</em> mean day-month-year ({@code 26.02.2020}).
 *       With <em>slashes or dashes</em> and the year last, a first number above 12 makes the
 *       order day-month ({@code 26/02/2020}), a second number above 12 makes it month-day
 *       ({@code 02/26/2020}), and when both are 12 or less the order is taken to be
 *       <b>month-first (US)</b>, so {@code 03/04/2020} is 4 March 2020. If both are equal the order
 *       does not matter.</li>
 *   <li><b>Epoch</b>: a string of 9–10 digits is seconds and 12–13 digits is milliseconds since
 *       1970-01-01T00:00Z; the result is in UTC with precision {@code SECOND}. Instants outside the
 *       years 1990–2100 are rejected, since such numbers are far more likely to be ids.</li>
 *   <li><b>Times</b>: {@code 22:57}, {@code 22:57:12}, {@code 22:57:12.480}, {@code 10h57},
 *       {@code 10.57 Uhr}, and 12-hour clocks with {@code AM}, {@code PM}, {@code a.m.},
 *       {@code p.m.} ({@code 12 AM} is midnight, {@code 12 PM} is noon; {@code 0 AM} is tolerated).</li>
 * </ul>
 *
 * <h2>Zones</h2>
 * The source's own offset is kept, never converted. {@code Z}, {@code UT}, {@code UTC} and
 * {@code GMT} are {@code +00:00}, optionally followed by an offset ({@code GMT+0530}). Fixed
 * abbreviations (EST, EDT, CST, CDT, MST, MDT, PST, PDT, CET, CEST, MEZ, MESZ, BST = +01:00, WET,
 * WEST, EET, EEST, JST, AEST, AEDT and a few more) map to their offsets; the generic US names
 * ET, CT, MT and PT map to America/New_York, America/Chicago, America/Denver and
 * America/Los_Angeles, so the offset follows daylight saving time for that local time. Region ids
 * such as {@code Europe/Berlin} are accepted after the time. {@code IST} is deliberately treated as
 * unknown because it names Indian, Irish and Israel time alike; guessing would silently move the
 * instant by hours, while the default zone is at least flagged by {@code zoneAssumed}.
 * Unknown words after a full date-time are likewise ignored.
 *
 * <p>Without any zone in the source the local date-time is placed in {@code defaultZone} using
 * {@link ZonedDateTime#ofLocal}: in a DST overlap the earlier offset wins, and a time inside a DST
 * gap moves forward by the length of the gap. A date without a time becomes the start of that day
 * in {@code defaultZone} with precision {@code DAY}; any zone written after a date alone is
 * not consulted.
 *
 * <h2>Failures</h2>
 * Failures carry short reasons: "empty", "too long", "not a date", "relative date ('…') has no
 * fixed point in time" for forms such as "3 hours ago", "gestern" or "il y a 3 heures",
 * "month 13 out of range", "day 30 out of range for February 2020", "hour 25 out of range",
 * "year 1850 out of range", "date has no year" and similar. Years must lie in 1900–2100.
 */
public final class Dates {

    /** Longest input that is examined at all; anything longer is not a date field. */
    static final int MAX_LENGTH = 200;

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    private static final long EPOCH_MIN_SECONDS =
            LocalDate.of(1990, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    private static final long EPOCH_END_SECONDS =
            LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();

    private static final String NOT_A_DATE = "not a date";

    private static final Map<String, Integer> MONTHS = buildMonths();

    /*
     * "mar" is Tuesday in Spanish and Italian as well as March everywhere; month shapes are tried
     * before weekdays are skipped, so it only counts as a weekday where no date can start.
     */
    private static final Set<String> WEEKDAYS = Set.of(
            // en
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
            // es
            "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
            "lun", "mar", "mie", "jue", "vie", "sab", "dom",
            // fr
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "mer", "jeu", "ven", "sam", "dim",
            // de
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
            "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so",
            // it
            "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica", "gio",
            // pt ("quarta-feira" splits into "quarta" and "feira")
            "segunda", "terca", "quarta", "quinta", "sexta", "feira",
            "seg", "ter", "qua", "qui", "sex",
            // nl
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            "ma", "wo", "vr", "za", "zo");

    /*
     * Connective words between the parts of a date or before a time. "am" is German "on the";
     * it only reaches this table when it did not directly follow a time, where it means AM.
     */
    private static final Set<String> FILLERS = Set.of(
            "at", "on", "the", "of", "de", "del", "el", "la", "las", "a", "le", "il", "den", "der",
            "um", "am", "alle", "ore", "as", "om", "en", "op", "do", "da", "di");

    /** Glue allowed between the day, month name and year of one date. */
    private static final Set<String> DATE_GLUE_WORDS = Set.of("de", "del", "of", "di", "do", "da");

    private static final Set<String> ORDINAL_SUFFIXES =
            Set.of("st", "nd", "rd", "th", "er", "re", "e", "o", "a", "º", "ª");

    private static final Set<String> TIME_SUFFIXES = Set.of("uhr", "h", "hrs", "hr", "horas", "hs", "uur", "heures");

    private static final Set<String> SKIPPABLE_PUNCT =
            Set.of(",", ".", ";", ":", "|", "(", ")", "[", "]", "-", "\u2013", "\u2014", "/", "@", "\u00b7", "\u2022");

    private static final Map<String, ZoneId> ZONE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("est", ZoneOffset.ofHours(-5)),
            Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)),
            Map.entry("cdt", ZoneOffset.ofHours(-5)),
            Map.entry("mst", ZoneOffset.ofHours(-7)),
            Map.entry("mdt", ZoneOffset.ofHours(-6)),
            Map.entry("pst", ZoneOffset.ofHours(-8)),
            Map.entry("pdt", ZoneOffset.ofHours(-7)),
            Map.entry("akst", ZoneOffset.ofHours(-9)),
            Map.entry("akdt", ZoneOffset.ofHours(-8)),
            Map.entry("hst", ZoneOffset.ofHours(-10)),
            Map.entry("et", ZoneId.of("America/New_York")),
            Map.entry("ct", ZoneId.of("America/Chicago")),
            Map.entry("mt", ZoneId.of("America/Denver")),
            Map.entry("pt", ZoneId.of("America/Los_Angeles")),
            Map.entry("wet", ZoneOffset.UTC),
            Map.entry("west", ZoneOffset.ofHours(1)),
            Map.entry("bst", ZoneOffset.ofHours(1)),
            Map.entry("cet", ZoneOffset.ofHours(1)),
            Map.entry("cest", ZoneOffset.ofHours(2)),
            Map.entry("mez", ZoneOffset.ofHours(1)),
            Map.entry("mesz", ZoneOffset.ofHours(2)),
            Map.entry("eet", ZoneOffset.ofHours(2)),
            Map.entry("eest", ZoneOffset.ofHours(3)),
            Map.entry("msk", ZoneOffset.ofHours(3)),
            Map.entry("sgt", ZoneOffset.ofHours(8)),
            Map.entry("hkt", ZoneOffset.ofHours(8)),
            Map.entry("awst", ZoneOffset.ofHours(8)),
            Map.entry("jst", ZoneOffset.ofHours(9)),
            Map.entry("kst", ZoneOffset.ofHours(9)),
            Map.entry("acst", ZoneOffset.ofHoursMinutes(9, 30)),
            Map.entry("aest", ZoneOffset.ofHours(10)),
            Map.entry("aedt", ZoneOffset.ofHours(11)),
            Map.entry("nzst", ZoneOffset.ofHours(12)),
            Map.entry("nzdt", ZoneOffset.ofHours(13)));

    private static final Set<String> UTC_NAMES = Set.of("utc", "gmt", "ut", "z");

    /** Abbreviations that name several unrelated zones; see the class comment. */
    private static final Set<String> AMBIGUOUS_ZONES = Set.of("ist");

    /** Region ids by lower-case spelling, because scraped text rarely keeps their case. */
    private static final Map<String, String> REGION_IDS = buildRegionIds();

    private static final Set<String> RELATIVE_WORDS = Set.of(
            "ago", "yesterday", "today", "tomorrow", "now", "tonight",
            "ayer", "anteayer", "hoy", "manana",
            "gestern", "vorgestern", "heute", "morgen",
            "hier", "avant", "aujourd", "demain",
            "ieri", "oggi", "domani", "fa",
            "ontem", "anteontem", "hoje", "amanha",
            "gisteren", "eergisteren", "vandaag", "geleden", "zojuist");

    /** Words that make a phrase relative only when a count follows ("hace 3 horas", "há 2 horas"). */
    private static final Set<String> RELATIVE_BEFORE_COUNT = Set.of("hace", "vor", "ha");

    /**
     * Every word the token matcher can consume (month and weekday names, fillers, glue, suffixes, zone names and the
     * words of region ids, meridiem and ISO letters), in the normalized form tokens carry.
     */
    private static final Set<String> KNOWN_WORDS = buildKnownWords();

    private Dates() {}

    /**
     * A cheap test that is false only when {@link #parse} certainly fails, for callers that try many strings that
     * are mostly not dates. It tokenizes as {@code parse} does without building tokens: the matcher must consume
     * every word with its tables, except words after a complete date and time (which take at least two numbers
     * before them, and leave no number after them).
     *
     * @param raw the text, may be null
     * @return false when {@code parse(raw, zone).ok()} is false for every zone; true when it may be true
     */
    public static boolean mayParse(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH) {
            return false;
        }
        int n = raw.length();
        int numbers = 0;
        boolean unknown = false;
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (unknown) {
                    return false; // a number after a word no table knows
                }
                numbers++;
                while (i < n && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
                    i++;
                }
                continue;
            }
            int cp = raw.codePointAt(i);
            int start = i;
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue; // space, format character or punctuation: one token at most, never a word
            }
            while (i < n) {
                int next = raw.codePointAt(i);
                if (!Character.isLetter(next) && !isMark(next)) {
                    break;
                }
                i += Character.charCount(next);
            }
            if (!unknown && !KNOWN_WORDS.contains(normalizeWord(raw.substring(start, i)))) {
                if (numbers < 2) {
                    return false; // no complete date and time can stand before it
                }
                unknown = true;
            }
        }
        return true;
    }

    private static Set<String> buildKnownWords() {
        Set<String> words = new HashSet<>(MONTHS.keySet());
        words.addAll(WEEKDAYS);
        words.addAll(FILLERS);
        words.addAll(DATE_GLUE_WORDS);
        words.addAll(ORDINAL_SUFFIXES);
        words.addAll(TIME_SUFFIXES);
        words.addAll(UTC_NAMES);
        words.addAll(AMBIGUOUS_ZONES);
        words.addAll(ZONE_ABBREVIATIONS.keySet());
        words.addAll(List.of("t", "h", "uhr", "am", "pm", "a", "p", "m"));
        for (String id : REGION_IDS.values()) {
            for (Tok t : tokenize(id)) {
                if (t.kind() == Kind.WORD) {
                    words.add(t.norm());
                }
            }
        }
        return Set.copyOf(words);
    }

    /**
     * Parses {@code raw} as a date or date-time. Never throws.
     *
     * @param raw the text, may be null
     * @param defaultZone used when the source gives no zone or offset; a null zone makes such
     *     inputs fail with "no default zone"
     * @return the result; see {@link DateResult}
     */
    public static DateResult parse(String raw, ZoneId defaultZone) {
        if (raw == null) {
            return DateResult.failure("empty");
        }
        if (raw.length() > MAX_LENGTH) {
            return DateResult.failure("too long");
        }
        List<Tok> toks = tokenize(raw);
        if (toks.isEmpty()) {
            return DateResult.failure("empty");
        }
        DateResult result;
        try {
            result = toks.size() == 1 && isEpochShape(toks.get(0))
                    ? epoch(toks.get(0))
                    : new Scan(toks, raw).run(defaultZone);
        } catch (DateTimeException e) {
            // Only reachable if the runtime's time-zone data lacks a region we map to; the values
            // themselves are range-checked before any java.time factory sees them.
            result = DateResult.failure(NOT_A_DATE);
        }
        if (!result.ok() && looksRelative(toks)) {
            return DateResult.failure("relative date ('" + quote(raw.strip()) + "') has no fixed point in time");
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------
    // Tokens

    private enum Kind { NUM, WORD, PUNCT }

    /** One token; {@code norm} is the lower-cased, accent-free form used for all lookups. */
    private record Tok(Kind kind, String text, String norm, int start, int end, boolean spaceBefore) {
        int len() {
            return text.length();
        }

        /** Only called on numbers of at most nine digits, which always fit. */
        int intValue() {
            return Integer.parseInt(text);
        }
    }

    private static List<Tok> tokenize(String s) {
        List<Tok> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        boolean space = false;
        while (i < n) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                i += width;
                continue;
            }
            if (Character.getType(cp) == Character.FORMAT) {
                // Zero-width joiners, BOMs and direction marks are invisible in the source page.
                i += width;
                continue;
            }
            int start = i;
            Kind kind;
            if (cp >= '0' && cp <= '9') {
                kind = Kind.NUM;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
            } else if (Character.isLetter(cp)) {
                kind = Kind.WORD;
                i += width;
                while (i < n) {
                    int next = s.codePointAt(i);
                    // Decomposed accents ("e" + U+0301) must stay inside their word.
                    if (!Character.isLetter(next) && !isMark(next)) {
                        break;
                    }
                    i += Character.charCount(next);
                }
            } else {
                kind = Kind.PUNCT;
                i += width;
            }
            String text = s.substring(start, i);
            String norm = kind == Kind.WORD ? normalizeWord(text) : text;
            out.add(new Tok(kind, text, norm, start, i, space));
            space = false;
        }
        return out;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String normalizeWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            if (!isMark(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Epoch

    private static boolean isEpochShape(Tok t) {
        int len = t.len();
        return t.kind() == Kind.NUM && (len == 9 || len == 10 || len == 12 || len == 13);
    }

    private static DateResult epoch(Tok t) {
        long number = Long.parseLong(t.text());
        boolean millis = t.len() >= 12;
        long seconds = millis ? Math.floorDiv(number, 1000L) : number;
        if (seconds < EPOCH_MIN_SECONDS || seconds >= EPOCH_END_SECONDS) {
            return DateResult.failure("epoch timestamp outside 1990..2100");
        }
        Instant instant = millis ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        return DateResult.success(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC), DateResult.Precision.SECOND, false);
    }

    // ---------------------------------------------------------------------------------------------
    // Relative dates

    private static boolean looksRelative(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.kind() != Kind.WORD) {
                continue;
            }
            String w = t.norm();
            if (RELATIVE_WORDS.contains(w)) {
                return true;
            }
            if (RELATIVE_BEFORE_COUNT.contains(w) && i + 1 < toks.size() && toks.get(i + 1).kind() == Kind.NUM) {
                return true;
            }
            if (w.equals("il") && i + 2 < toks.size()
                    && toks.get(i + 1).norm().equals("y") && toks.get(i + 2).norm().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "\u2026";
    }

    // ---------------------------------------------------------------------------------------------
    // The token matcher

    /**
     * One left-to-right pass over the tokens. At each position the date, time and zone shapes are
     * tried in that order, each at most once; what none of them claims must be noise (weekday,
     * filler, punctuation) or the parse fails. Every step consumes at least one token and looks
     * ahead a bounded distance, which keeps the pass linear.
     */
    private static final class Scan {
        private final List<Tok> toks;
        private final String src;
        private int pos;

        private int year = -1;
        private int month = -1;
        private int day = -1;
        private boolean haveDate;
        /** Month and day seen, year expected after the time (asctime, Twitter). */
        private boolean yearPending;

        private int hour;
        private int minute;
        private int second;
        private int nano;
        private boolean haveTime;
        private boolean haveSeconds;

        private ZoneId zone;
        private boolean zoneDone;

        /** Set when a shape matched but its values are impossible; ends the parse. */
        private String error;

        Scan(List<Tok> toks, String src) {
            this.toks = toks;
            this.src = src;
        }

        DateResult run(ZoneId defaultZone) {
            while (pos < toks.size()) {
                if (step()) {
                    if (error != null) {
                        return DateResult.failure(error);
                    }
                    continue;
                }
                if (haveDate && haveTime && onlyWordsFrom(pos)) {
                    break;
                }
                return DateResult.failure(NOT_A_DATE);
            }
            if (yearPending) {
                return DateResult.failure("date has no year");
            }
            if (!haveDate) {
                return DateResult.failure(haveTime ? "time without a date" : NOT_A_DATE);
            }
            LocalDate date = LocalDate.of(year, month, day);
            // A zone after a bare date is read but not applied: midnight in some far-away zone
            // would move the calendar day, which is the one thing the source stated exactly.
            if (!haveTime) {
                if (defaultZone == null) {
                    return DateResult.failure("no default zone");
                }
                return DateResult.success(
                        date.atStartOfDay(defaultZone).toOffsetDateTime(), DateResult.Precision.DAY, true);
            }
            ZoneId effective = zone != null ? zone : defaultZone;
            if (effective == null) {
                return DateResult.failure("no default zone");
            }
            LocalDateTime local = date.atTime(hour, minute, second, nano);
            OffsetDateTime value = ZonedDateTime.ofLocal(local, effective, null).toOffsetDateTime();
            DateResult.Precision precision = haveSeconds ? DateResult.Precision.SECOND : DateResult.Precision.MINUTE;
            return DateResult.success(value, precision, zone == null);
        }

        private boolean step() {
            if (!haveDate && !yearPending && tryDate()) {
                return true;
            }
            if (!haveTime && tryTime()) {
                return true;
            }
            if ((haveTime || haveDate) && !zoneDone && tryZone()) {
                return true;
            }
            if (yearPending && tryLateYear()) {
                return true;
            }
            return skipNoise();
        }

        // ---- token predicates ----

        private Tok at(int i) {
            return i < toks.size() ? toks.get(i) : null;
        }

        private boolean num(int i, int minLen, int maxLen) {
            Tok t = at(i);
            return t != null && t.kind() == Kind.NUM && t.len() >= minLen && t.len() <= maxLen;
        }

        private boolean punct(int i, String p) {
            Tok t = at(i);
            return t != null && t.kind() == Kind.PUNCT && t.text().equals(p);
        }

        private boolean word(int i, String w) {
            Tok t = at(i);
            return t != null && t.kind() == Kind.WORD && t.norm().equals(w);
        }

        private boolean wordIn(int i, Set<String> words) {
            Tok t = at(i);
            return t != null && t.kind() == Kind.WORD && words.contains(t.norm());
        }

        /** Token {@code i} exists and touches the one before it. */
        private boolean attached(int i) {
            Tok t = at(i);
            return t != null && !t.spaceBefore();
        }

        private int intAt(int i) {
            return at(i).intValue();
        }

        private Integer monthAt(int i) {
            Tok t = at(i);
            return t != null && t.kind() == Kind.WORD ? MONTHS.get(t.norm()) : null;
        }

        /** A clock time starts at {@code i}, so the number there cannot be a year. */
        private boolean timeStartsAt(int i) {
            return num(i, 1, 2) && attached(i + 1) && (punct(i + 1, ":") || word(i + 1, "h"));
        }

        private boolean onlyWordsFrom(int i) {
            for (int j = i; j < toks.size(); j++) {
                if (toks.get(j).kind() == Kind.NUM) {
                    return false;
                }
            }
            return true;
        }

        // ---- dates ----

        private boolean tryDate() {
            Tok t = at(pos);
            if (t.kind() == Kind.WORD) {
                return monthAt(pos) != null && tryMonthFirst();
            }
            if (t.kind() != Kind.NUM) {
                return false;
            }
            int len = t.len();
            if (len == 4) {
                return tryYearFirst();
            }
            if (len == 8) {
                // ISO basic: yyyyMMdd.
                setDate(Integer.parseInt(t.text().substring(0, 4)),
                        Integer.parseInt(t.text().substring(4, 6)),
                        Integer.parseInt(t.text().substring(6, 8)));
                pos += 1;
                return true;
            }
            if (len <= 2) {
                return tryNumericYearLast() || tryDayFirstName();
            }
            return false;
        }

        private String numericSeparator(int i) {
            for (String sep : new String[] {"-", "/", "."}) {
                if (punct(i, sep) && attached(i)) {
                    return sep;
                }
            }
            return null;
        }

        /** {@code 2020-02-26}, {@code 2020/02/26}, {@code 2020.02.26}. */
        private boolean tryYearFirst() {
            String sep = numericSeparator(pos + 1);
            if (sep == null || !num(pos + 2, 1, 2) || !attached(pos + 2)
                    || !punct(pos + 3, sep) || !attached(pos + 3)
                    || !num(pos + 4, 1, 2) || !attached(pos + 4)) {
                return false;
            }
            setDate(intAt(pos), intAt(pos + 2), intAt(pos + 4));
            pos += 5;
            return true;
        }

        /** {@code 26.02.2020}, {@code 26/02/2020}, {@code 02-26-2020}, {@code 26.02.20}. */
        private boolean tryNumericYearLast() {
            String sep = numericSeparator(pos + 1);
            if (sep == null || !num(pos + 2, 1, 2) || !attached(pos + 2)
                    || !punct(pos + 3, sep) || !attached(pos + 3) || !attached(pos + 4)) {
                return false;
            }
            int y;
            if (num(pos + 4, 4, 4)) {
                y = intAt(pos + 4);
            } else if (num(pos + 4, 2, 2) && !(punct(pos + 5, ":") && attached(pos + 5))) {
                y = pivotYear(intAt(pos + 4));
            } else {
                return false;
            }
            int a = intAt(pos);
            int b = intAt(pos + 2);
            pos += 5;
            if (sep.equals(".")) {
                setDate(y, b, a);
            } else if (a > 12 && b > 12) {
                error = "neither " + a + " nor " + b + " can be a month";
            } else if (a > 12) {
                setDate(y, b, a);
            } else {
                // b > 12 decides month-first; when both could be months the US order is assumed.
                setDate(y, a, b);
            }
            return true;
        }

        /** {@code 26 Feb 2020}, {@code 1st March 2020}, {@code 26. Februar 2020}, {@code 26-Feb-2020}. */
        private boolean tryDayFirstName() {
            int i = pos + 1;
            if (attached(i) && (wordIn(i, ORDINAL_SUFFIXES) || punct(i, ".") || punct(i, "\u00b0"))) {
                i++;
            }
            i = skipDateGlue(i);
            Integer m = monthAt(i);
            if (m == null) {
                return false;
            }
            i++;
            if (punct(i, ".")) {
                i++;
            }
            i = skipDateGlue(i);
            return finishWithYear(i, m, intAt(pos), true);
        }

        /** {@code February 26, 2020}, {@code Feb. 26th 2020}, {@code Feb 26 22:57:00 +0000 2020}. */
        private boolean tryMonthFirst() {
            int m = monthAt(pos);
            int i = pos + 1;
            if (punct(i, ".")) {
                i++;
            }
            if (punct(i, "-") || punct(i, "/")) {
                i++;
            }
            if (!num(i, 1, 2)) {
                return false;
            }
            int d = intAt(i);
            i++;
            if (attached(i) && wordIn(i, ORDINAL_SUFFIXES)) {
                i++;
            }
            if (punct(i, ",") || punct(i, "-") || punct(i, "/") || punct(i, ".")) {
                i++;
            }
            // Two-digit years after "Feb 26" are too easily a stray number to accept.
            return finishWithYear(i, m, d, false);
        }

        private boolean finishWithYear(int i, int m, int d, boolean allowTwoDigitYear) {
            if (num(i, 4, 4)) {
                setDate(intAt(i), m, d);
                pos = i + 1;
                return true;
            }
            if (allowTwoDigitYear && num(i, 2, 2) && !timeStartsAt(i)) {
                setDate(pivotYear(intAt(i)), m, d);
                pos = i + 1;
                return true;
            }
            if (timeStartsAt(i)) {
                month = m;
                day = d;
                yearPending = true;
                pos = i;
                return true;
            }
            return false;
        }

        private int skipDateGlue(int i) {
            for (int k = 0; k < 2; k++) {
                if (wordIn(i, DATE_GLUE_WORDS) || punct(i, "-") || punct(i, "/") || punct(i, ",")) {
                    i++;
                }
            }
            return i;
        }

        private boolean tryLateYear() {
            if (!num(pos, 4, 4) || (punct(pos + 1, ":") && attached(pos + 1))) {
                return false;
            }
            yearPending = false;
            setDate(intAt(pos), month, day);
            pos++;
            return true;
        }

        /** RFC 5322 section 4.3: 00-49 are 20xx, 50-99 are 19xx. */
        private static int pivotYear(int yy) {
            return yy < 50 ? 2000 + yy : 1900 + yy;
        }

        private void setDate(int y, int m, int d) {
            haveDate = true;
            if (m < 1 || m > 12) {
                error = "month " + m + " out of range";
            } else if (y < MIN_YEAR || y > MAX_YEAR) {
                error = "year " + y + " out of range";
            } else if (d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
                error = "day " + d + " out of range for "
                        + Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + y;
            } else {
                year = y;
                month = m;
                day = d;
            }
        }

        // ---- times ----

        private boolean tryTime() {
            Tok t = at(pos);
            if (t.kind() != Kind.NUM) {
                return false;
            }
            int h;
            int mi = 0;
            int s = 0;
            int ns = 0;
            boolean secs = false;
            int i;
            boolean afterT = pos > 0 && word(pos - 1, "t") && attached(pos);
            if (afterT && (t.len() == 4 || t.len() == 6)) {
                // ISO basic: HHmm or HHmmss.
                String digits = t.text();
                h = Integer.parseInt(digits.substring(0, 2));
                mi = Integer.parseInt(digits.substring(2, 4));
                i = pos + 1;
                if (t.len() == 6) {
                    s = Integer.parseInt(digits.substring(4, 6));
                    secs = true;
                }
            } else if (t.len() <= 2) {
                h = t.intValue();
                if (punct(pos + 1, ":") && attached(pos + 1) && num(pos + 2, 2, 2) && attached(pos + 2)) {
                    mi = intAt(pos + 2);
                    i = pos + 3;
                    if (punct(i, ":") && attached(i) && num(i + 1, 2, 2) && attached(i + 1)) {
                        s = intAt(i + 1);
                        secs = true;
                        i += 2;
                    }
                } else if (word(pos + 1, "h") && num(pos + 2, 2, 2)) {
                    mi = intAt(pos + 2);
                    i = pos + 3;
                } else if (punct(pos + 1, ".") && attached(pos + 1) && num(pos + 2, 2, 2) && attached(pos + 2)
                        && (word(pos + 3, "uhr") || word(pos + 3, "h") || meridiemLength(pos + 3) > 0)) {
                    mi = intAt(pos + 2);
                    i = pos + 3;
                } else if (meridiemLength(pos + 1) > 0) {
                    i = pos + 1;
                } else {
                    return false;
                }
            } else {
                return false;
            }
            if (secs && (punct(i, ".") || punct(i, ",")) && attached(i) && num(i + 1, 1, 200) && attached(i + 1)) {
                ns = fractionToNanos(at(i + 1).text());
                i += 2;
            }
            int meridiem = meridiemLength(i);
            boolean pm = false;
            if (meridiem > 0) {
                pm = at(i).norm().startsWith("p");
                i += meridiem;
            }
            if (wordIn(i, TIME_SUFFIXES)) {
                i++;
            }
            pos = i;
            haveTime = true;
            haveSeconds = secs;
            if (meridiem > 0) {
                if (h > 12 || (h == 0 && pm)) {
                    error = "hour " + h + " out of range for AM/PM";
                    return true;
                }
                h = h % 12 + (pm ? 12 : 0);
            }
            if (h > 23) {
                error = "hour " + h + " out of range";
            } else if (mi > 59) {
                error = "minute " + mi + " out of range";
            } else if (s > 59) {
                error = "second " + s + " out of range";
            } else {
                hour = h;
                minute = mi;
                second = s;
                nano = ns;
            }
            return true;
        }

        /** Digits beyond nanoseconds carry no information java.time can hold, so they are dropped. */
        private static int fractionToNanos(String digits) {
            int nanos = 0;
            for (int k = 0; k < 9; k++) {
                nanos = nanos * 10 + (k < digits.length() ? digits.charAt(k) - '0' : 0);
            }
            return nanos;
        }

        /** Tokens taken by "am", "PM", "a.m." or "p. m." at {@code i}, or 0. */
        private int meridiemLength(int i) {
            if (word(i, "am") || word(i, "pm")) {
                return 1;
            }
            if ((word(i, "a") || word(i, "p")) && punct(i + 1, ".") && word(i + 2, "m")) {
                return punct(i + 3, ".") ? 4 : 3;
            }
            return 0;
        }

        // ---- zones ----

        private boolean tryZone() {
            Tok t = at(pos);
            if (t.kind() == Kind.PUNCT) {
                int used = tryOffset(pos);
                if (used == 0) {
                    return false;
                }
                pos += used;
                zoneDone = true;
                return true;
            }
            if (t.kind() != Kind.WORD) {
                return false;
            }
            String w = t.norm();
            if (UTC_NAMES.contains(w)) {
                zone = ZoneOffset.UTC;
                zoneDone = true;
                pos++;
                // "GMT+0530", "UTC-5": the name only introduces the real offset.
                if (attached(pos) && !w.equals("z")) {
                    pos += tryOffset(pos);
                }
                return true;
            }
            ZoneId abbreviated = ZONE_ABBREVIATIONS.get(w);
            if (abbreviated != null) {
                zone = abbreviated;
                zoneDone = true;
                pos++;
                return true;
            }
            if (AMBIGUOUS_ZONES.contains(w)) {
                zoneDone = true;
                pos++;
                return true;
            }
            return tryRegion();
        }

        /** Tokens used by an offset such as {@code +05:30}, {@code -0500}, {@code +05} at {@code i}, or 0. */
        private int tryOffset(int i) {
            Tok sign = at(i);
            boolean negative;
            if (punct(i, "+")) {
                negative = false;
            } else if (punct(i, "-") || punct(i, "\u2212")) {
                negative = true;
            } else {
                return 0;
            }
            // A detached number after a dash is a range or a separator, not an offset.
            if (!attached(i + 1)) {
                return 0;
            }
            int h;
            int m = 0;
            int used;
            if (num(i + 1, 1, 2)) {
                h = intAt(i + 1);
                used = 2;
                if (punct(i + 2, ":") && attached(i + 2) && num(i + 3, 2, 2) && attached(i + 3)) {
                    m = intAt(i + 3);
                    used = 4;
                }
            } else if (num(i + 1, 4, 4)) {
                int hhmm = intAt(i + 1);
                h = hhmm / 100;
                m = hhmm % 100;
                used = 2;
            } else {
                return 0;
            }
            if (h > 18 || m > 59 || (h == 18 && m > 0)) {
                error = String.format(Locale.ROOT, "offset %s%02d:%02d out of range", sign.text(), h, m);
                return used;
            }
            int total = h * 3600 + m * 60;
            zone = ZoneOffset.ofTotalSeconds(negative ? -total : total);
            return used;
        }

        /** {@code Europe/Berlin}, {@code America/Argentina/Buenos_Aires}, in any case. */
        private boolean tryRegion() {
            int j = pos + 1;
            boolean slash = false;
            // Bounded: the longest tz id is about 30 characters.
            while (j < toks.size() && j - pos < 12 && attached(j)) {
                Tok t = at(j);
                boolean joiner = t.kind() == Kind.PUNCT
                        && (t.text().equals("/") || t.text().equals("_") || t.text().equals("-"));
                if (!joiner || at(j + 1) == null || at(j + 1).kind() != Kind.WORD || !attached(j + 1)) {
                    break;
                }
                slash |= t.text().equals("/");
                j += 2;
            }
            if (!slash) {
                return false;
            }
            String id = REGION_IDS.get(src.substring(at(pos).start(), at(j - 1).end()).toLowerCase(Locale.ROOT));
            if (id == null) {
                return false;
            }
            zone = ZoneId.of(id);
            zoneDone = true;
            pos = j;
            return true;
        }

        // ---- noise ----

        private boolean skipNoise() {
            Tok t = at(pos);
            // A dash glued to a number is a sign ("-05:00"); dropping it would turn an offset into a time.
            boolean sign = t.text().equals("-") && num(pos + 1, 1, 200) && attached(pos + 1);
            if (t.kind() == Kind.PUNCT && SKIPPABLE_PUNCT.contains(t.text()) && !sign) {
                pos++;
                return true;
            }
            if (t.kind() == Kind.WORD) {
                if (WEEKDAYS.contains(t.norm()) || FILLERS.contains(t.norm())) {
                    pos++;
                    return true;
                }
                // The ISO "T" between date and time.
                if (t.norm().equals("t") && haveDate && !haveTime && num(pos + 1, 1, 6) && attached(pos + 1)) {
                    pos++;
                    return true;
                }
            }
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Tables

    private static Map<String, Integer> buildMonths() {
        Map<String, Integer> m = new HashMap<>();
        // Per month: en, es, fr, de, it, pt, nl; full names, then usual abbreviations.
        addMonth(m, 1, "january", "jan", "enero", "ene", "janvier", "janv", "januar", "janner", "jaenner",
                "gennaio", "gen", "janeiro", "januari");
        addMonth(m, 2, "february", "feb", "febrero", "fevrier", "fevr", "fev", "februar", "febbraio",
                "fevereiro", "februari");
        addMonth(m, 3, "march", "mar", "marzo", "mars", "marz", "maerz", "marco", "maart", "mrt");
        addMonth(m, 4, "april", "apr", "abril", "abr", "avril", "avr", "aprile");
        addMonth(m, 5, "may", "mayo", "mai", "maggio", "mag", "maio", "mei");
        addMonth(m, 6, "june", "jun", "junio", "juin", "juni", "giugno", "giu", "junho");
        addMonth(m, 7, "july", "jul", "julio", "juillet", "juil", "juli", "luglio", "lug", "julho");
        addMonth(m, 8, "august", "aug", "agosto", "ago", "aout", "augustus");
        addMonth(m, 9, "september", "sep", "sept", "septiembre", "setiembre", "set", "septembre",
                "settembre", "setembro");
        addMonth(m, 10, "october", "oct", "octubre", "octobre", "oktober", "okt", "ottobre", "ott",
                "outubro", "out");
        addMonth(m, 11, "november", "nov", "noviembre", "novembre", "novembro");
        addMonth(m, 12, "december", "dec", "diciembre", "dic", "decembre", "dezember", "dez", "dicembre",
                "dezembro");
        return Map.copyOf(m);
    }

    private static void addMonth(Map<String, Integer> table, int month, String... names) {
        for (String name : names) {
            Integer previous = table.put(name, month);
            if (previous != null && previous != month) {
                throw new IllegalStateException("month name '" + name + "' maps to two months");
            }
        }
    }

    private static Map<String, String> buildRegionIds() {
        Map<String, String> m = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.indexOf('/') > 0) {
                m.put(id.toLowerCase(Locale.ROOT), id);
            }
        }
        return Map.copyOf(m);
    }
}
