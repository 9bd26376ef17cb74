package io.github.articlenorm.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits and cleans author bylines. Not API. Stateless, thread-safe.
 *
 * <h2>Pipeline</h2>
 * <ol>
 *   <li>NFC; control and format characters removed; all whitespace collapsed; parenthesised and bracketed notes
 *       removed.</li>
 *   <li>Split into pieces on {@code , ; & | •}, newlines, CJK and Arabic commas, stand-alone {@code /} and dashes,
 *       and the conjunctions {@code and, y, e, und, et, en} ({@code and/und/et/en} also in capitals;
 *       {@code y} and {@code e} only in lower case, so capital middle initials survive). {@code et al.} is
 *       dropped.</li>
 *   <li>In each piece: leading byline words are stripped ({@code By, Written by, Reporting by, Posted by,
 *       Author:, Autor:, ...} always; {@code Por, Von, Par, Di, Door, De} only before a capitalised word followed
 *       by at least one more word, or when written with a colon, so {@code De Niro} is kept); emails, @handles,
 *       URLs and domains are removed; everything from {@code for/at/para/pour/für/via/from <Outlet>} or
 *       {@code Special to} on is cut; everything from a date, time or {@code Updated/Published} marker on is cut;
 *       role phrases ({@code Staff Writer}, {@code Senior Editor}, {@code Redakteur}, {@code periodista}, ...) are
 *       removed; trailing credentials ({@code PhD}) are removed; a trailing {@code Jr./Sr./II/III/IV}, also when
 *       it is a piece of its own ({@code Martin Luther King, Jr.}), is put back at the end of the cleaned name in
 *       that spelling.</li>
 *   <li>What is left is accepted as a name, or refused with a reason, or silently dropped when it was pure noise
 *       (a role, a timestamp, an outlet note).</li>
 *   <li>ALL-CAPS names are title-cased (particles such as {@code de, van, von} stay lower case inside a name,
 *       and letters after {@code - ' .} are capitalised); any other casing is kept as given, including
 *       deliberate all-lowercase names such as {@code danah boyd}. Names are de-duplicated case-insensitively in
 *       first-seen order.</li>
 * </ol>
 *
 * <h2>Judgement calls</h2>
 * <ul>
 *   <li>News agencies ({@code AP, Associated Press, Reuters, AFP, dpa, EFE, ...}) are kept as names because they
 *       are the byline; their spelling is normalised ({@code REUTERS} becomes {@code Reuters}, {@code ap} becomes
 *       {@code AP}).</li>
 *   <li>Generic institutional labels ({@code Editorial Board, Staff, Newsroom, Web Desk, Redacción, ...}) are
 *       refused: unlike an agency they do not identify who wrote the piece. Pieces that start with {@code The}
 *       or contain organisation words ({@code News, Times, Media, Staff, Desk, ...}) are refused as
 *       organisations.</li>
 *   <li>A piece ending in a role word ({@code White House Correspondent}) is treated as a role description and
 *       dropped, except in the first piece or right after a byline word, where {@code By Jane Doe Staff Writer}
 *       keeps {@code Jane Doe}.</li>
 *   <li>Refused: calls to action ({@code Email the author}, {@code Follow ...}, {@code Contact ...}), bare
 *       {@code Updated}/{@code Published}, URLs, emails, handles, domains, pieces with digits that are not a
 *       date, more than {@value #MAX_NAME_WORDS} words or {@value #MAX_NAME_CHARS} characters, no letters,
 *       symbols other than name punctuation, a single all-lowercase word ({@code admin}), and a single ALL-CAPS
 *       word of up to four letters ({@code CNN}) that is not a known agency.</li>
 *   <li>Surname-first forms ({@code Doe, Jane}) are not recognised: they give two one-word names.</li>
 * </ul>
 * Inputs longer than {@value #MAX_INPUT} characters are refused before any other work; all processing is linear.
 */
public final class Names {

    /** Longest byline accepted, in chars. */
    static final int MAX_INPUT = 4000;
    /** Longest accepted name, in chars. */
    static final int MAX_NAME_CHARS = 80;
    /** Most words in an accepted name. */
    static final int MAX_NAME_WORDS = 6;

    private static final int MAX_REFUSAL_VALUE = 80;
    /** Pieces with more words than this cannot hold a name plus role, outlet and date; refusing them bounds work. */
    private static final int MAX_SEGMENT_TOKENS = 40;

    private static final NameResult EMPTY = new NameResult(List.of(), List.of());

    private static final String[][] BYLINE_PREFIXES = {
        {"additional", "reporting", "by"}, {"reporting", "by"}, {"written", "by"}, {"words", "by"},
        {"posted", "by"}, {"story", "by"}, {"text", "by"}, {"edited", "by"}, {"editing", "by"},
        {"compiled", "by"}, {"photos", "by"}, {"photo", "by"}, {"photography", "by"}, {"interview", "by"},
        {"report", "by"}, {"article", "by"}, {"published", "by"}, {"escrito", "por"}, {"publicado", "por"},
        {"geschrieben", "von"}, {"écrit", "par"}, {"scritto", "da"}, {"by"}, {"author"}, {"authors"}, {"autor"},
        {"autora"}, {"autores"}, {"autoras"}, {"auteur"}, {"auteurs"}, {"autore"}, {"autori"}, {"byline"},
    };

    /** Byline words that are also common name particles: stripped only before a capitalised multi-word name. */
    private static final Set<String> FOREIGN_PREFIXES = words("por", "von", "par", "di", "door", "de");

    private static final Set<String> CONJUNCTIONS_ANY_CASE = words("and", "und", "et", "en");
    private static final Set<String> CONJUNCTIONS_LOWER = words("y", "e");

    private static final Set<String> OUTLET_WORDS = words("for", "at", "para", "pour", "für", "via", "from");

    private static final Set<String> TRAILING_JUNK = words("on", "at", "the", "and", "of", "by", "from", "in");

    private static final Set<String> ROLE_HEADS = words(
            "writer", "writers", "editor", "editors", "reporter", "reporters", "correspondent", "correspondents",
            "contributor", "contributors", "columnist", "columnists", "producer", "producers", "journalist",
            "journalists", "analyst", "analysts", "photographer", "photographers", "photojournalist", "intern",
            "interns", "freelancer", "blogger", "critic", "commentator", "researcher", "videographer",
            "illustrator", "stringer", "staffer", "chief",
            // es
            "redactor", "redactora", "redactores", "periodista", "periodistas", "corresponsal", "corresponsales",
            "colaborador", "colaboradora", "columnista", "reportero", "reportera", "fotógrafo", "fotógrafa",
            "editora", "enviado", "enviada", "cronista", "articulista",
            // de
            "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journalistin", "reporterin",
            "fotograf", "fotografin", "redaktor", "mitarbeiter", "mitarbeiterin", "kolumnist", "kolumnistin",
            // fr
            "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "envoyé", "envoyée",
            "chroniqueur", "chroniqueuse", "photographe", "pigiste", "éditeur", "éditrice", "collaborateur",
            "collaboratrice",
            // it
            "giornalista", "redattore", "redattrice", "corrispondente", "inviato", "inviata", "collaboratore",
            "collaboratrice", "fotografo", "fotografa", "editorialista",
            // pt
            "jornalista", "repórter", "redator", "redatora", "correspondente", "colunista");

    private static final Set<String> ROLE_MODIFIERS = words(
            "staff", "senior", "managing", "deputy", "associate", "assistant", "executive", "contributing", "lead",
            "special", "guest", "freelance", "political", "politics", "sports", "sport", "business", "tech",
            "technology", "science", "health", "news", "digital", "national", "international", "foreign", "local",
            "investigative", "metro", "culture", "entertainment", "opinion", "features", "feature", "video",
            "photo", "data", "climate", "education", "environment", "economics", "economy", "finance", "markets",
            "legal", "crime", "courts", "general", "co", "in", "of", "and", "the", "jefe", "jefa", "chef", "chefe",
            "capo", "adjunto", "adjunta", "adjoint", "adjointe", "especial", "spécial", "spéciale", "speciale",
            "leitender", "leitende", "stellvertretender", "stellvertretende", "freier", "freie", "sénior",
            "de", "del", "en");

    private static final Set<String> DATE_MARKERS = words(
            "updated", "published", "posted", "modified", "actualizado", "publicado", "aktualisiert",
            "veröffentlicht", "publié", "aggiornato", "pubblicato", "atualizado");

    private static final Set<String> MONTHS = words(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre", "januar", "februar", "märz", "mai", "juni", "juli", "oktober",
            "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio",
            "settembre", "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho",
            "setembro", "outubro", "dezembro");

    private static final Set<String> WEEKDAYS_FULL = words(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final Set<String> WEEKDAYS_SHORT = words(
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    private static final Set<String> REFUSED_PHRASES = words(
            "email the author", "email author", "e-mail the author", "email", "e-mail", "follow", "follow us",
            "follow the author", "contact", "contact us", "contact the author", "updated", "published", "posted",
            "last updated", "staff", "staff reports", "staff report", "admin", "administrator", "editorial board",
            "the editorial board", "editorial staff", "editorial", "editorial team", "news desk", "web desk",
            "desk", "newsroom", "news staff", "guest", "guest author", "anonymous", "unknown", "none", "null",
            "undefined", "n/a", "author", "authors", "by", "team", "editors", "the editors", "redacción",
            "redaccion", "redaktion", "la rédaction", "rédaction", "redazione", "redação", "redacao", "share",
            "tweet", "comments", "read more", "more", "view all posts", "all posts", "see all", "subscribe",
            "sign up", "advertisement", "sponsored", "sponsored content", "partner content", "facebook",
            "twitter", "instagram", "linkedin", "whatsapp", "print", "home", "menu", "news", "wire",
            "wire reports", "wire services", "agencies", "various", "multiple authors", "by line", "byline");

    private static final Set<String> CALL_TO_ACTION_WORDS = words(
            "email", "e-mail", "follow", "contact", "subscribe", "share", "click", "read", "view", "see", "sign",
            "login", "log", "tweet", "write", "send");

    private static final Set<String> ORG_WORDS = words(
            "news", "times", "press", "media", "daily", "journal", "tribune", "herald", "gazette", "magazine",
            "radio", "tv", "television", "network", "inc", "ltd", "llc", "gmbh", "corp", "group", "agency",
            "agencies", "desk", "team", "bureau", "newsroom", "staff", "editorial", "online", "services",
            "service", "wire", "wires", "reports", "channel", "broadcasting", "corporation", "foundation",
            "institute", "university", "newspaper", "publishing", "publications", "zeitung", "diario",
            "periódico", "revista", "noticias", "nachrichten", "redaktion", "redacción", "rédaction", "redazione",
            "redação");

    private static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("ap", "AP"), Map.entry("associated press", "Associated Press"),
            Map.entry("the associated press", "The Associated Press"), Map.entry("reuters", "Reuters"),
            Map.entry("thomson reuters", "Thomson Reuters"), Map.entry("afp", "AFP"),
            Map.entry("agence france-presse", "Agence France-Presse"),
            Map.entry("agence france presse", "Agence France-Presse"), Map.entry("dpa", "dpa"),
            Map.entry("efe", "EFE"), Map.entry("agencia efe", "Agencia EFE"), Map.entry("ansa", "ANSA"),
            Map.entry("upi", "UPI"), Map.entry("pti", "PTI"), Map.entry("ians", "IANS"), Map.entry("ani", "ANI"),
            Map.entry("aap", "AAP"), Map.entry("xinhua", "Xinhua"), Map.entry("kyodo", "Kyodo"),
            Map.entry("kyodo news", "Kyodo News"), Map.entry("yonhap", "Yonhap"), Map.entry("tass", "TASS"),
            Map.entry("bloomberg", "Bloomberg"), Map.entry("bloomberg news", "Bloomberg News"),
            Map.entry("europa press", "Europa Press"), Map.entry("the canadian press", "The Canadian Press"),
            Map.entry("canadian press", "The Canadian Press"), Map.entry("cnn wire", "CNN Wire"));

    /** Generational suffixes, keyed by their lower-case form without a period. */
    private static final Map<String, String> SUFFIXES = Map.of(
            "jr", "Jr.", "sr", "Sr.", "ii", "II", "iii", "III", "iv", "IV");

    private static final Set<String> CREDENTIALS = words(
            "phd", "ph.d", "md", "m.d", "mba", "esq", "mph", "rn", "cpa");

    private static final Set<String> PARTICLES = words(
            "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von",
            "bin", "binti", "ibn", "ten", "ter", "zu");

    private static final Set<String> COMMON_TLDS = words(
            "com", "net", "org", "info", "news", "io", "co", "tv", "me", "biz", "edu", "gov", "online", "site",
            "blog", "media", "press", "xyz", "app", "dev");

    private static final String EDGE_CHARS =
            "\"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A'\u2018\u2019\u201A\u201B`\u00B4*_~:;,!?<>=#^\\"
            + "\u2013\u2014\u2010\u2011\u2012\u2015-\u00B7\u2022\u2026\u200C\u200D|/+";

    private Names() {
    }

    /** Builds an immutable set from word lists that may repeat a word across languages. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /**
     * Splits a raw byline into cleaned person names and refused pieces.
     *
     * <p>See the class documentation for the rules. Never throws; a null or blank input gives an empty result.
     *
     * @param raw the byline as scraped, e.g. {@code "By JANE DOE, Staff Writer | Updated 3:45 PM EST"}; may be null
     * @return the names (here {@code [Jane Doe]}) and the refusals
     */
    public static NameResult parse(String raw) {
        try {
            return doParse(raw);
        } catch (RuntimeException | StackOverflowError e) {
            return new NameResult(List.of(), List.of(new NameResult.Refusal(preview(raw), "unparsable byline")));
        }
    }

    // ------------------------------------------------------------------------------------------ driver

    private static NameResult doParse(String raw) {
        if (raw == null) {
            return EMPTY;
        }
        if (raw.length() > MAX_INPUT) {
            return new NameResult(List.of(), List.of(new NameResult.Refusal(preview(raw), "input too long")));
        }
        List<List<Token>> segments = attachSuffixes(split(normalize(raw)));
        List<String> names = new ArrayList<>();
        List<NameResult.Refusal> refused = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Outcome o = process(segments.get(i), i == 0);
            if (o.kind == Kind.NAME) {
                names.add(o.text);
            } else if (o.kind == Kind.REFUSE) {
                refused.add(new NameResult.Refusal(preview(o.value), o.text));
            }
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String n : names) {
            unique.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
        }
        return new NameResult(new ArrayList<>(unique.values()), refused);
    }

    private enum Kind { NAME, REFUSE, DROP }

    private static final class Outcome {
        static final Outcome DROP = new Outcome(Kind.DROP, null, null);
        final Kind kind;
        final String text;
        final String value;
        final boolean agency;

        Outcome(Kind kind, String text, String value) {
            this(kind, text, value, false);
        }

        Outcome(Kind kind, String text, String value, boolean agency) {
            this.kind = kind;
            this.text = text;
            this.value = value;
            this.agency = agency;
        }

        static Outcome refuse(String value, String reason) {
            return new Outcome(Kind.REFUSE, reason, value);
        }
    }

    private static final class Token {
        final String raw;
        final String text;
        /** Lower case without trailing periods, for word-list lookups. */
        final String lower;
        boolean colon;

        Token(String raw, String text, boolean colon) {
            this.raw = raw;
            this.text = text;
            String l = text.toLowerCase(Locale.ROOT);
            int cut = l.length();
            while (cut > 1 && l.charAt(cut - 1) == '.') {
                cut--;
            }
            this.lower = l.substring(0, cut); // "Follow." and "follow" look the same to the word lists
            this.colon = colon;
        }
    }

    // ------------------------------------------------------------------------------------------ normalize & split

    /** Controls/format chars removed; whitespace unified; newlines kept; parenthesised notes removed; then NFC. */
    private static String normalize(String raw) {
        String s = raw;
        int lastClose = -1;
        for (int i = s.length() - 1; i >= 0; i--) {
            if (isCloser(s.charAt(i))) {
                lastClose = i;
                break;
            }
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        int depth = 0;
        int prev = ' ';
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int at = i;
            i += Character.charCount(cp);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue; // lone surrogate
            }
            if (cp < 0x10000 && isOpener((char) cp)) {
                if (at < lastClose) {
                    depth++;
                }
                continue;
            }
            if (cp < 0x10000 && isCloser((char) cp)) {
                if (depth > 0) {
                    depth--;
                }
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85 || cp == 0x0B
                    || cp == 0x0C) {
                b.append('\n');
                prev = '\n';
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                b.append(' ');
                prev = ' ';
                continue;
            }
            if (Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D) {
                continue;
            }
            b.appendCodePoint(cp);
            if (cp == ':' && Character.isLetter(prev) && i < s.length() && Character.isLetter(s.codePointAt(i))) {
                b.append(' ');
            }
            prev = cp;
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC); // after removals, which can make new pairs
    }

    private static boolean isOpener(char c) {
        return c == '(' || c == '[' || c == '{' || c == '\uFF08' || c == '\uFF3B';
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == ']' || c == '}' || c == '\uFF09' || c == '\uFF3D';
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '|' || c == '&' || c == ';' || c == '\n' || c == '\u2022' || c == '\u3001'
                || c == '\uFF0C' || c == '\u060C' || c == '\uFF1B' || c == '\uFF5C' || c == '\uFF06';
    }

    private static final class Splitter {
        final List<List<Token>> segments = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        boolean afterEt;

        void token(String raw) {
            boolean wasAfterEt = afterEt;
            afterEt = false;
            if (isBreakToken(raw)) {
                endSegment();
                return;
            }
            if (isAll(raw, ':')) {
                if (!current.isEmpty()) {
                    current.get(current.size() - 1).colon = true;
                }
                return;
            }
            String text = cleanEdges(raw);
            if (text.isEmpty()) {
                return;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if ((CONJUNCTIONS_ANY_CASE.contains(lower) && (text.equals(lower) || text.equals(text.toUpperCase(Locale.ROOT))
                    || lower.equals("and") || lower.equals("und"))) || CONJUNCTIONS_LOWER.contains(text)) {
                endSegment();
                afterEt = lower.equals("et");
                return;
            }
            if (wasAfterEt && (lower.equals("al") || lower.equals("al."))) {
                return;
            }
            current.add(new Token(raw, text, raw.endsWith(":")));
        }

        void endSegment() {
            if (!current.isEmpty()) {
                segments.add(current);
                current = new ArrayList<>();
            }
        }
    }

    private static List<List<Token>> split(String s) {
        Splitter sp = new Splitter();
        StringBuilder tok = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSeparator(c)) {
                flush(sp, tok);
                sp.endSegment();
                sp.afterEt = false;
            } else if (c == ' ') {
                flush(sp, tok);
            } else {
                tok.append(c);
            }
        }
        flush(sp, tok);
        sp.endSegment();
        return sp.segments;
    }

    private static void flush(Splitter sp, StringBuilder tok) {
        if (tok.length() > 0) {
            String raw = tok.toString();
            tok.setLength(0);
            sp.token(raw);
        }
    }

    /** Stand-alone slashes, dashes and bullets separate people. */
    private static boolean isBreakToken(String raw) {
        if (raw.length() > 3) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            if ("/-\u2013\u2014\u2015\u2012\u00B7\u2022".indexOf(raw.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAll(String s, char c) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    /**
     * Strips quotes and punctuation from both ends of a token; a period directly after the kept text survives as a
     * single period ({@code "Jr..,"} becomes {@code "Jr."}), other periods go.
     */
    private static String cleanEdges(String raw) {
        int a = 0;
        int b = raw.length();
        while (a < b && (EDGE_CHARS.indexOf(raw.charAt(a)) >= 0 || raw.charAt(a) == '.')) {
            a++;
        }
        while (b > a && (EDGE_CHARS.indexOf(raw.charAt(b - 1)) >= 0 || raw.charAt(b - 1) == '.')) {
            b--;
        }
        if (b == a) {
            return "";
        }
        return b < raw.length() && raw.charAt(b) == '.' ? raw.substring(a, b + 1) : raw.substring(a, b);
    }

    /** A piece starting with "Jr." / "III" ("Martin Luther King, Jr. for Example") joins the piece before it. */
    private static List<List<Token>> attachSuffixes(List<List<Token>> segments) {
        List<List<Token>> out = new ArrayList<>(segments.size());
        for (List<Token> seg : segments) {
            if (SUFFIXES.containsKey(seg.get(0).lower) && !out.isEmpty()) {
                out.get(out.size() - 1).addAll(seg);
            } else {
                out.add(seg);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ one piece

    private static Outcome process(List<Token> all, boolean firstSegment) {
        String original = joinRaw(all);

        // 1. emails, handles, URLs and domains are removed (the piece is refused if nothing else remains)
        String removedKind = null;
        List<Token> t = new ArrayList<>(all.size());
        for (Token tok : all) {
            String kind = linkKind(tok);
            if (kind != null) {
                if (removedKind == null) {
                    removedKind = kind;
                }
            } else {
                t.add(tok);
            }
        }
        if (t.size() > MAX_SEGMENT_TOKENS) {
            return Outcome.refuse(original, "too many words for a name");
        }

        int start = 0;
        int end = t.size();

        // 2. leading byline words
        int afterPrefix = skipPrefixes(t, start, end);
        boolean prefixed = afterPrefix > start;
        start = afterPrefix;
        if (start >= end) {
            return removedKind != null ? Outcome.refuse(original, removedKind + ", not a name") : Outcome.DROP;
        }

        // 3. known non-names and calls to action
        Outcome known = knownPhrase(t, start, end, original);
        if (known != null) {
            return known;
        }

        // 4. "for <Outlet>", "at <Outlet>", "Special to <Outlet>"
        for (int i = start; i < end; i++) {
            Token tok = t.get(i);
            if ((i > start && OUTLET_WORDS.contains(tok.text))
                    || (tok.lower.equals("special") && i + 1 < end && t.get(i + 1).lower.equals("to"))) {
                end = i;
                break;
            }
        }

        // 5. dates, times and "Updated ..." markers
        for (int i = start; i < end; i++) {
            if (isDateStart(t, i, end)) {
                end = i;
                break;
            }
        }
        // 6. roles, credentials, a generational suffix and dangling words, repeated until nothing changes
        //    (each round shrinks the range, and pieces have at most MAX_SEGMENT_TOKENS words)
        String suffix = null;
        while (true) {
            int oldStart = start;
            int oldEnd = end;
            while (end > start && (TRAILING_JUNK.contains(t.get(end - 1).lower)
                    || CREDENTIALS.contains(t.get(end - 1).lower))) {
                end--;
            }
            if (end - start >= 2 && SUFFIXES.containsKey(t.get(end - 1).lower)) {
                if (suffix == null) {
                    suffix = SUFFIXES.get(t.get(end - 1).lower); // set aside, re-attached to the cleaned name
                }
                end--; // a second suffix ("Jr. III") is dropped
                continue;
            }
            if (start < end && allRoleWords(t, start, end)) {
                return Outcome.DROP;
            }
            if (start < end && isRoleHead(t.get(end - 1))) {
                int k = end - 1;
                while (k > start && isRoleWord(t.get(k - 1))) {
                    k--;
                }
                if (!(firstSegment || prefixed) || k - start < 2) {
                    return Outcome.DROP; // "White House Correspondent", "Sports Reporter"
                }
                end = k;
            }
            int next = skipPrefixes(t, start, end);
            prefixed |= next > start;
            start = skipLeadingRole(t, next, end);
            if (start == oldStart && end == oldEnd) {
                break;
            }
        }

        if (end - start == 1 && SUFFIXES.containsKey(t.get(start).lower)) {
            return Outcome.DROP; // a suffix with nobody to attach to
        }
        if (start >= end) {
            if (removedKind != null) {
                return Outcome.refuse(original, removedKind + ", not a name");
            }
            return Outcome.DROP;
        }
        Outcome o = validate(t, start, end, original);
        if (suffix != null && o.kind == Kind.NAME && !o.agency && o.text.length() + 1 + suffix.length() <= MAX_NAME_CHARS
                && end - start < MAX_NAME_WORDS) {
            return new Outcome(Kind.NAME, o.text + " " + suffix, original);
        }
        return o;
    }

    /** A refusal for a known non-name, the agency's standard spelling for a news agency, else null. */
    private static Outcome knownPhrase(List<Token> t, int start, int end, String original) {
        String phrase = joinLower(t, start, end);
        if (REFUSED_PHRASES.contains(phrase) || CALL_TO_ACTION_WORDS.contains(t.get(start).lower)) {
            return Outcome.refuse(original, "not a person's name");
        }
        String agency = AGENCIES.get(phrase);
        return agency == null ? null : new Outcome(Kind.NAME, agency, original, true);
    }

    private static Outcome validate(List<Token> t, int start, int end, String original) {
        Outcome known = knownPhrase(t, start, end, original);
        if (known != null) {
            return known;
        }
        int words = end - start;
        if (words > MAX_NAME_WORDS) {
            return Outcome.refuse(original, "too many words for a name");
        }
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                b.append(' ');
            }
            b.append(t.get(i).text);
        }
        String name = b.toString();
        if (name.endsWith(".")) {
            // "Doe." loses its period, an initial or "Jr." keeps exactly one
            int cut = name.length();
            while (cut > 0 && name.charAt(cut - 1) == '.') {
                cut--;
            }
            name = name.substring(0, cut) + (letterCount(t.get(end - 1).text) > 2 ? "" : ".");
        }
        if (name.length() > MAX_NAME_CHARS) {
            return Outcome.refuse(original, "too long for a name");
        }
        if (t.get(start).lower.equals("the")) {
            return Outcome.refuse(original, "looks like an organisation, not a person");
        }
        for (int i = start; i < end; i++) {
            if (ORG_WORDS.contains(t.get(i).lower)) {
                return Outcome.refuse(original, "looks like an organisation, not a person");
            }
        }
        boolean letter = false;
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                return Outcome.refuse(original, "contains digits");
            }
            if (Character.isLetter(cp)) {
                letter = true;
                upper |= Character.isUpperCase(cp) || Character.isTitleCase(cp);
                lower |= Character.isLowerCase(cp);
            } else if (!isNameMark(cp)) {
                return Outcome.refuse(original, "unexpected characters for a name");
            }
        }
        if (!letter) {
            return Outcome.refuse(original, "no letters");
        }
        if (words == 1 && lower && !upper) {
            return Outcome.refuse(original, "single lowercase word, looks like a user name");
        }
        if (words == 1 && upper && !lower && letterCount(name) <= 4) {
            return Outcome.refuse(original, "looks like an acronym, not a person");
        }
        if (upper && !lower) {
            String titled = titleCase(name);
            if (hasUpper(titled)) {
                name = titled; // scripts whose title case is lower case (Georgian Mkhedruli) keep their capitals
            }
        }
        return new Outcome(Kind.NAME, Normalizer.normalize(name, Normalizer.Form.NFC), original);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static int skipPrefixes(List<Token> t, int start, int end) {
        boolean progress = true;
        while (progress && start < end) {
            progress = false;
            for (String[] p : BYLINE_PREFIXES) {
                if (matches(t, start, end, p)) {
                    start += p.length;
                    progress = true;
                    break;
                }
            }
            if (!progress && start < end && FOREIGN_PREFIXES.contains(t.get(start).lower)) {
                Token tok = t.get(start);
                // "De Niro" and "De Niro Jr." keep their particle: a second name word must follow
                if (tok.colon || (start + 2 < end && startsUpper(t.get(start + 1).text)
                        && !SUFFIXES.containsKey(t.get(start + 2).lower))) {
                    start++;
                    progress = true;
                }
            }
        }
        return start;
    }

    private static boolean matches(List<Token> t, int start, int end, String[] p) {
        if (end - start < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (!t.get(start + i).lower.equals(p[i])) {
                return false;
            }
        }
        return true;
    }

    /** Skips a leading role phrase ("Staff Writer Jane Doe") when it contains a role noun and two words remain. */
    private static int skipLeadingRole(List<Token> t, int start, int end) {
        int k = start;
        boolean head = false;
        while (k < end && isRoleWord(t.get(k))) {
            head |= isRoleHead(t.get(k));
            k++;
        }
        return head && end - k >= 2 ? k : start;
    }

    private static boolean allRoleWords(List<Token> t, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isRoleWord(t.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRoleWord(Token tok) {
        return rolePart(tok.lower, false);
    }

    private static boolean isRoleHead(Token tok) {
        return rolePart(tok.lower, true);
    }

    /** A word like "editor-in-chief" is split on hyphens; every part must be a role word, and one a head if asked. */
    private static boolean rolePart(String lower, boolean needHead) {
        String w = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        if (w.isEmpty()) {
            return false;
        }
        boolean head = false;
        int from = 0;
        while (from <= w.length()) {
            int dash = w.indexOf('-', from);
            int to = dash < 0 ? w.length() : dash;
            String part = w.substring(from, to);
            if (ROLE_HEADS.contains(part)) {
                head = true;
            } else if (!ROLE_MODIFIERS.contains(part)) {
                return false;
            }
            from = to + 1;
        }
        return head || !needHead;
    }

    private static boolean isDateStart(List<Token> t, int i, int end) {
        String w = t.get(i).lower;
        if (DATE_MARKERS.contains(w) || WEEKDAYS_FULL.contains(w)) {
            return true;
        }
        if (w.equals("last") && i + 1 < end
                && (t.get(i + 1).lower.equals("updated") || t.get(i + 1).lower.equals("modified"))) {
            return true;
        }
        if (isDateToken(w)) {
            return true;
        }
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return (MONTHS.contains(bare) || WEEKDAYS_SHORT.contains(bare)) && i + 1 < end
                && (isDateToken(t.get(i + 1).lower) || MONTHS.contains(stripDot(t.get(i + 1).lower)));
    }

    private static String stripDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** Starts with a digit; digits, date/time punctuation and at most four letters of ordinal/am-pm/ISO suffixes. */
    private static boolean isDateToken(String w) {
        if (w.isEmpty() || w.charAt(0) < '0' || w.charAt(0) > '9') {
            return false;
        }
        boolean digit = false;
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ("adhmnprstz".indexOf(c) >= 0) {
                letters++;
            } else if (":/.-,'".indexOf(c) < 0) {
                return false;
            }
        }
        return digit && letters <= 4;
    }

    private static String linkKind(Token tok) {
        String lowerRaw = tok.raw.toLowerCase(Locale.ROOT);
        if (lowerRaw.contains("://") || tok.lower.startsWith("www.") || tok.lower.startsWith("http:")
                || tok.lower.startsWith("https:")) {
            return "URL";
        }
        if (tok.text.startsWith("@")) {
            return "social media handle";
        }
        if (tok.text.indexOf('@') >= 0) {
            return "email address";
        }
        if (isDomain(tok.text)) {
            return "domain name";
        }
        return null;
    }

    private static boolean isDomain(String token) {
        String text = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        int lastDot = text.lastIndexOf('.');
        if (lastDot <= 0 || lastDot == text.length() - 1) {
            return false;
        }
        int labelLength = 0;
        for (int i = 0; i < lastDot; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (labelLength == 0) {
                    return false;
                }
                labelLength = 0;
            } else if (Character.isLetterOrDigit(c) || c == '-') {
                labelLength++;
            } else {
                return false;
            }
        }
        if (labelLength == 0) {
            return false;
        }
        String tld = text.substring(lastDot + 1);
        boolean allLower = true;
        boolean allUpper = true;
        for (int i = 0; i < tld.length(); i++) {
            char c = tld.charAt(i);
            if (c >= 'a' && c <= 'z') {
                allUpper = false;
            } else if (c >= 'A' && c <= 'Z') {
                allLower = false;
            } else {
                return false;
            }
        }
        String lowerTld = tld.toLowerCase(Locale.ROOT);
        return (allLower && (tld.length() == 2 || COMMON_TLDS.contains(tld)))
                || (allUpper && COMMON_TLDS.contains(lowerTld));
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isNameMark(int cp) {
        return isMark(cp) || cp == ' ' || cp == '.' || cp == '\'' || cp == '\u2019'
                || cp == '\u2018' || cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u00B7'
                || cp == '\u30FB' || cp == '\u2027' || cp == '\u02BC' || cp == 0x200C || cp == 0x200D;
    }

    private static boolean hasUpper(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsUpper(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int cp = text.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    private static int letterCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Title-cases each word, and each part after a hyphen, apostrophe or period (the first cased letter is
     * capitalised, so a leading letter of a caseless script does not consume it); inner particles stay lower.
     */
    private static String titleCase(String name) {
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int w = 0; w < words.length; w++) {
            String lowerWord = words[w].toLowerCase(Locale.ROOT);
            if (w > 0) {
                out.append(' ');
            }
            if (w > 0 && w < words.length - 1 && PARTICLES.contains(lowerWord)) {
                out.append(lowerWord);
                continue;
            }
            if (w > 0 && (lowerWord.equals("ii") || lowerWord.equals("iii") || lowerWord.equals("iv"))) {
                out.append(words[w]);
                continue;
            }
            boolean cap = true;
            for (int i = 0; i < lowerWord.length(); ) {
                int cp = lowerWord.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    boolean cased = Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
                    out.appendCodePoint(cap && cased ? Character.toTitleCase(cp) : cp);
                    cap &= !cased;
                } else if (isMark(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.appendCodePoint(cp);
                    cap = cp == '-' || cp == '\'' || cp == '\u2019' || cp == '.' || cp == '\u2010';
                }
            }
        }
        return out.toString();
    }

    private static String joinRaw(List<Token> t) {
        StringBuilder b = new StringBuilder();
        for (Token tok : t) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tok.raw);
            if (b.length() > MAX_REFUSAL_VALUE * 2) {
                break;
            }
        }
        return b.toString();
    }

    private static String joinLower(List<Token> t, int start, int end) {
        if (end - start > 8) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                b.append(' ');
            }
            b.append(t.get(i).lower);
        }
        return b.toString();
    }

    private static String preview(String s) {
        if (s == null) {
            return "";
        }
        String collapsed = s.length() > MAX_REFUSAL_VALUE * 4 ? s.substring(0, MAX_REFUSAL_VALUE * 4) : s;
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        if (b.length() > MAX_REFUSAL_VALUE) {
            int cut = MAX_REFUSAL_VALUE;
            if (Character.isHighSurrogate(b.charAt(cut - 1))) {
                cut--;
            }
            return b.substring(0, cut) + "\u2026";
        }
        if (collapsed.length() < s.length()) {
            b.append('\u2026');
        }
        return b.toString();
    }
}
