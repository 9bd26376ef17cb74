package io.github.articlenorm.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Language tags: detection from text by stop-word profiles, and normalization of declared tags. Not API. Thread-safe.
 *
 * <p>Detection has two paths. Text written mostly in Latin or Cyrillic letters is scored against stop-word profiles
 * (en, es, fr, de, it, pt, nl, sv, da, no, pl, ru, uk, bg): every word token that is a stop word of a profile adds
 * {@code 1/k} to it, where {@code k} is the number of profiles that share the word, so words common to several
 * languages ("de", "a", "in") barely separate them while words of one language alone ("the", "não", "het") do. The
 * winner must have enough hits, cover a sensible fraction of the tokens and clearly beat the runner-up, and the text
 * must not be full of letters its alphabet lacks (ř, ș, ı, ы for Ukrainian, і for Russian, ...); otherwise the
 * answer is {@code null}. Text mostly in another script is labelled by the script alone: Greek → el, Hebrew → he
 * (Yiddish would be mislabelled), Arabic script → ar, fa or ur from the letters only Persian or Urdu use (null when
 * the letters point to another language of that script or contradict each other), Hiragana/Katakana with Han → ja,
 * Han alone → zh, Hangul → ko, Thai → th. Other scripts (Devanagari, Georgian, ...) give {@code null}.
 *
 * <p>Every method is linear in its input, allocation is bounded per token, no regular expressions are used, and no
 * method throws: an unexpected failure yields {@code null} (or 0, or an empty set).
 */
public final class Languages {

    /** Characters of text that {@link #detect} reads at most. */
    static final int MAX_DETECT_CHARS = 20_000;
    /** A word longer than this is still counted, but only its first chars are kept (it cannot be a stop word). */
    private static final int MAX_TOKEN_CHARS = 40;
    /** Fewer word tokens than this: too short to tell. */
    static final int MIN_TOKENS = 8;
    /** The winning profile needs at least this many stop-word hits. */
    private static final int MIN_HITS = 3;
    /** ... and its hits must be at least this fraction of all word tokens (real prose is 25–50%). */
    private static final double MIN_COVERAGE = 0.10;
    /** ... and its weighted score must be at least this many times the runner-up's. */
    private static final double MIN_MARGIN = 1.7;
    /** ... and at least this much higher in absolute terms. */
    private static final double MIN_LEAD = 1.0;
    /** A profile is ruled out when letters foreign to its alphabet make up this fraction of the script's letters. */
    private static final double MAX_FOREIGN_FRACTION = 0.015;
    /** English news quotes many foreign names (Łódź, Kaczyński), so English tolerates far more. */
    private static final double MAX_FOREIGN_FRACTION_EN = 0.06;
    /** ... and number at least this many (so one quoted name cannot rule a language out). */
    private static final int MIN_FOREIGN_LETTERS = 4;
    /** The dominant script must hold this fraction of all letters. */
    private static final double MIN_SCRIPT_SHARE = 0.6;
    /** Minimum letters for the scripts written without spaces (Han, Kana, Thai) and for Hangul. */
    private static final int MIN_CJK_LETTERS = 10;

    // ---------------------------------------------------------------------------------------------------------
    // Stop-word profiles. Hand-picked very common function words; words that are frequent content words in another
    // supported language were left out. Elided forms end with an apostrophe ("l'", "dell'").

    private static final String[] CODES = {
        "en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "no", "pl", "ru", "uk", "bg"
    };
    private static final int N = CODES.length;
    private static final boolean[] CYRILLIC = new boolean[N];

    private static final String[] PROFILES = {
        // en
        "the of and to in a is that for it as was with be by on not he i this are or his from at which but have an"
            + " had they you were their one all we can her has there been if more when will would who so no she"
            + " other its may these about them than into could our some what only then also after did do does"
            + " should must very any just over such through where while those because between both under each how"
            + " why my me him your out up said says being against during before since until without within around"
            + " however although though whether among here now still even most much many few again already yet"
            + " it's don't doesn't didn't isn't wasn't aren't can't won't i'm i've we're they're there's that's"
            + " he's she's let's couldn't wouldn't haven't hasn't",
        // es
        "el la los las de del y en que a un una unos unas por con para se no es lo al su sus como más pero le les"
            + " ya o este esta estos estas ese esa esos esas fue ha han era son está están entre cuando muy sin"
            + " sobre también hasta hay donde desde todo todos toda todas nos durante ni contra otro otra otros"
            + " otras él ella ellos ellas mi yo tu porque qué cómo cuál quien quién según tras aunque mientras"
            + " después antes bien sólo solo cada mismo misma sino pues había ser estar tiene tienen hace dijo"
            + " puede pueden así aquí ahora nosotros usted ustedes fueron sea sido siempre nunca mucho muchos"
            + " poco menos e u hoy ayer si",
        // fr
        "le la les l' de du des d' un une et en à au aux est sont que qu' qui ne n' pas plus pour par sur dans"
            + " avec ce cette ces cet il elle ils elles on nous vous je j' tu se s' sa son ses leur leurs mais ou"
            + " où comme été était être avoir a ont avait fait aussi tout tous toute toutes très bien sans sous"
            + " entre après avant depuis lors lorsque lorsqu' quand dont même encore déjà alors donc car si y c'"
            + " cela ça celui celle ceux moi lui eux notre nos votre vos mon ma mes peu peut doit selon chez vers"
            + " contre pendant m' t' jusqu' puisqu'",
        // de
        "der die das den dem des ein eine einen einem einer eines und oder aber in im ins an am auf aus bei mit"
            + " nach von vom zu zum zur für über unter vor durch gegen ohne um bis seit ist sind war waren wird"
            + " werden wurde wurden hat haben hatte hatten sein kann können muss soll nicht auch noch nur schon"
            + " sehr so wie als wenn dass daß ob weil ich du er sie es wir ihr ihm ihn ihre ihren ihrer sich"
            + " dieser diese dieses diesen diesem kein keine keinen mehr hier dann doch immer zwischen sowie"
            + " jedoch bereits wieder etwa alle allem",
        // it
        "il lo la i gli le di del dello della dei degli delle a al allo alla ai agli alle da dal dalla dai dalle"
            + " in nel nello nella nei negli nelle su sul sulla sui con per tra fra e ed è che non un uno una si"
            + " ci ne mi ti come ma anche più sono era erano ha hanno aveva essere stato stata questo questa"
            + " questi queste quello quella quelli suo sua suoi sue loro lui lei noi voi io tutto tutti tutta"
            + " molto poi quando dove perché se o già ancora così solo dopo prima senza sempre ogni qui ora oggi"
            + " cui chi quale quali l' dell' all' nell' dall' sull' un' c' d' quest' quell'",
        // pt
        "o a os as de do da dos das em no na nos nas um uma uns umas e é que para com não por pelo pela pelos"
            + " pelas se mais mas como ao aos à às seu sua seus suas ele ela eles elas foi são está estão era ser"
            + " ter tem têm também já muito muitos quando onde entre depois sobre até sem isso isto este esta"
            + " esse essa aquele aquela ou num numa nem porque pois ainda há havia eu você nós lhe lhes me meu"
            + " minha todo toda todos todas outro outra mesmo só apenas disse pode podem foram seria sido qual"
            + " quais quem cada aqui agora então desde contra durante segundo após assim bem vai vão",
        // nl
        "de het een en van in is dat die te op met voor zijn niet aan er om ook als maar bij of door over uit"
            + " naar dan nog wel ze zij hij ik je jij we wij u hun haar hem mijn ons onze was waren werd werden"
            + " wordt worden heeft hebben had kan kunnen moet zal zou deze dit wat wie waar hoe wanneer omdat tot"
            + " al geen meer veel tussen na onder tegen zonder sinds toen nu hier daar zo alleen echter elk iets"
            + " niets nooit altijd reeds",
        // sv
        "och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan"
            + " när hon nu ska skulle efter eller detta denna dessa vid också bara mot hade vara varit blev blir"
            + " kommer sina sin sitt hans hennes deras vår vårt våra oss dem honom henne där här hur vad vilken"
            + " vilket vilka eftersom utan under över mellan sedan redan än alla mycket många mer mest ingen"
            + " inget inga någon något några då även dock genom åt hos ju väl bli får fick finns gör",
        // da
        "og i at det som en på er af for med til den har de ikke om et han men var jeg sig fra vi så kan når"
            + " hun nu skal skulle efter eller dette denne disse ved også kun mod havde være været blev bliver"
            + " kommer sin sit sine hans hendes deres vores os dem ham hende der her hvor hvad hvilken hvilket"
            + " hvilke fordi uden under over mellem siden allerede end alle meget mange mere mest ingen intet"
            + " nogen noget nogle da dog gennem hos jo vel blive får fik findes gør mig dig hvordan hvis",
        // no (Norwegian, Bokmål spelling)
        "og i at det som en på er av for med til den har de ikke om et han men var jeg seg fra vi så kan når"
            + " hun nå skal skulle etter eller dette denne disse ved også bare kun mot hadde være vært ble blir"
            + " blitt kommer sin sitt sine hans hennes deres vår vårt våre oss dem ham henne der her hvor hva"
            + " hvilken hvilket hvilke fordi uten under over mellom siden allerede enn alle mye mange mer mest"
            + " ingen ingenting noen noe da dog gjennom hos jo vel bli får fikk finnes gjør meg deg hvordan hvis",
        // pl
        "i w z na się nie do to że a o jest jak po co tak za od ale są przez dla by już jego jej ich go mu jako"
            + " lub oraz czy był była było były będzie może tylko tym tego ten ta te tej także też jeszcze gdy"
            + " kiedy który która które którzy których którym bardzo przed pod nad przy między bez u we ze ku"
            + " sobie siebie mnie mi nas was nam on ona ono oni one my wy ja ty jednak więc bo gdzie tu tutaj"
            + " teraz potem wszystko wszyscy nic nikt coś ktoś jeśli aby żeby około według",
        // ru
        "и в во не на я что он она оно они с со как а то все всё так его но да ты к у же вы за бы по только её"
            + " ее мне было вот от меня ещё еще нет о об из ему теперь когда даже ну ли если уже или ни быть был"
            + " была были него до вас нибудь опять уж вам ведь там потом себя ничего ей может тут где есть надо"
            + " для мы тебя их чем чтобы без будто чего раз тоже себе под будет ж тогда кто этот этого это эти"
            + " этой этом того при после над больше тот через между который которая которые которых также очень"
            + " более сейчас против",
        // uk
        "і й в у не на я що він вона воно вони з із зі як а то все так його але та ти до же ви за б би по тільки"
            + " її мені було від мене ще немає ні о про йому тепер коли навіть чи якщо вже або бути був була"
            + " були нього вас там потім себе нічого їй може тут де є треба для ми тебе їх ніж щоб без цей ця"
            + " це ці цього цієї цих той при після над більше через між який яка яке які яких також дуже зараз"
            + " проти свій своє свої своїх нас нам їм",
        // bg
        "и в във на е са се да не за от по с със че това тази този тези които който която което как като но или"
            + " ако към след при през без между над под до още вече само много също така там тук сега когато"
            + " където защото той тя те ние вие аз ти го ги му ѝ им си ме ни ви беше бяха бил била били има"
            + " няма ще би може трябва един една едно някои всички всичко нещо нищо кой коя кое кои какво защо"
            + " тогава обаче",
    };

    /**
     * Non-ASCII letters (lowercase) each Latin-script language uses; for Cyrillic-script languages, the whole
     * alphabet. Letters of the same script outside this set count as foreign to the language.
     */
    private static final String[] ALPHABETS = {
        "éèêëàâäçïîöôüûñáíóúãõåæøœß", // en: loanwords and names are common, only very foreign letters count
        "áéíóúüñ",
        "àâæçéèêëîïôœùûüÿ",
        "äöüßé",
        "àèéìíîòóùú",
        "áàâãçéêíóôõúü",
        "áéíóúàèëïöüç",
        "åäöé",
        "æøåé",
        "æøåéòóô",
        "ąćęłńóśźż",
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
    };

    /** Word → bit mask of the profiles (indexes into CODES) that contain it. */
    private static final Map<String, Integer> MASKS;
    /** {@link #MASKS} again, for look-ups of chars that are not (yet) a String. */
    private static final WordTable WORDS;
    /** Elided heads such as "l'" and "dell'", split off words like "l'homme". */
    private static final Set<String> ELISIONS;
    /** Stop words per language code. */
    private static final Map<String, Set<String>> STOP_WORDS;

    static {
        Map<String, Integer> masks = new HashMap<>();
        Set<String> elisions = new HashSet<>();
        Map<String, Set<String>> stop = new HashMap<>();
        for (int l = 0; l < N; l++) {
            Set<String> words = new LinkedHashSet<>();
            for (String w : PROFILES[l].split(" ")) {
                if (w.isEmpty()) {
                    continue;
                }
                words.add(w);
                masks.merge(w, 1 << l, (a, b) -> a | b);
                if (w.endsWith("'")) {
                    elisions.add(w);
                }
            }
            stop.put(CODES[l], Collections.unmodifiableSet(words));
            char first = PROFILES[l].charAt(0);
            CYRILLIC[l] = Character.UnicodeScript.of(first) == Character.UnicodeScript.CYRILLIC;
        }
        MASKS = masks;
        WORDS = new WordTable(masks);
        ELISIONS = elisions;
        STOP_WORDS = stop;
    }

    private Languages() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Detection

    /**
     * Returns the BCP 47 primary language tag of the text, or {@code null} when unsure.
     *
     * <p>Unsure means: too short (fewer than about 8 words, or 10 CJK/Thai letters), no script holding most letters,
     * no profile with enough stop-word hits, or no clear winner between the best two profiles. Only the first
     * {@value #MAX_DETECT_CHARS} chars are read. Never throws.
     *
     * @param text any text, may be {@code null}
     * @return a primary tag such as "en", "pt" or "ja", or {@code null}
     */
    public static String detect(CharSequence text) {
        if (text == null) {
            return null;
        }
        try {
            Scan scan = new Scan();
            int limit = Math.min(text.length(), MAX_DETECT_CHARS);
            tokenize(chars(text, limit), 0, limit, scan);
            return scan.decide();
        } catch (RuntimeException e) {
            return null; // a hostile CharSequence implementation; never propagate
        }
    }

    /** Per-profile hits and scores of a text, for calibrating thresholds in tests; same reading as detect. */
    static String explain(CharSequence text) {
        Scan scan = new Scan();
        int limit = Math.min(text.length(), MAX_DETECT_CHARS);
        tokenize(chars(text, limit), 0, limit, scan);
        StringBuilder sb = new StringBuilder("tokens=").append(scan.tokens);
        for (int l = 0; l < N; l++) {
            if (scan.hits[l] > 0) {
                sb.append(' ').append(CODES[l]).append('=').append(scan.hits[l])
                    .append(String.format(Locale.ROOT, "/%.2f", scan.score[l]));
            }
        }
        return sb.append(" -> ").append(scan.decide()).toString();
    }

    /**
     * Returns the lowercase stop words of a supported language, or an empty set.
     *
     * <p>The language may be any tag {@link #normalizeTag} accepts ("en", "de-AT", "German"); only its primary
     * subtag matters. The returned set is unmodifiable.
     *
     * @param language a language tag or name, may be {@code null}
     * @return the stop words, or an empty set for an unsupported or invalid language
     */
    public static Set<String> stopWords(String language) {
        String tag = normalizeTag(language);
        if (tag == null) {
            return Set.of();
        }
        int dash = tag.indexOf('-');
        Set<String> words = STOP_WORDS.get(dash < 0 ? tag : tag.substring(0, dash));
        return words == null ? Set.of() : words;
    }

    /**
     * Returns the fraction (0..1) of word tokens in the text that are stop words of any supported language.
     *
     * <p>Tokens are runs of letters, lowercased, with elisions split as in detection ("l'homme" is two tokens).
     * Returns 0 for {@code null} or for text without words. The whole text is read (in linear time).
     *
     * @param text any text, may be {@code null}
     * @return the stop-word fraction, 0 when there are no words
     */
    public static double stopWordRatio(CharSequence text) {
        if (text == null) {
            return 0;
        }
        try {
            int n = text.length();
            return stopWordRatio(chars(text, n), 0, n);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /**
     * Returns {@link #stopWordRatio(CharSequence)} of the text at {@code text[from, to)}, read where it is: a reader
     * that holds a line in a buffer need not copy it into a String first. The array is only read.
     *
     * @param text the characters
     * @param from where the text starts
     * @param to   where it ends
     * @return the stop-word fraction, 0 when there are no words
     * @throws IndexOutOfBoundsException when the range is not inside the array
     */
    public static double stopWordRatio(char[] text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length);
        Count count = new Count();
        tokenize(text, from, to, count);
        return count.tokens == 0 ? 0 : (double) count.stopTokens / count.tokens;
    }

    /** The first {@code limit} chars of a text in an array: tokenizing reads an array, not a CharSequence. */
    private static char[] chars(CharSequence text, int limit) {
        char[] cs = new char[limit];
        if (text instanceof String s) {
            s.getChars(0, limit, cs, 0);
        } else {
            for (int i = 0; i < limit; i++) {
                cs[i] = text.charAt(i);
            }
        }
        return cs;
    }

    /** Receives tokens and letters from {@link #tokenize}. */
    private interface Sink {
        void letter(int lowerCodePoint);

        /** One word token; {@code mask} is its bit mask of profiles, 0 when it is no stop word. */
        void token(int mask);
    }

    /**
     * Splits text[from, limit) into word tokens: letters (with combining marks inside a word), lowercased by code point
     * (locale-independent), joined across one apostrophe between letters ("don't"), then split after known elided
     * heads ("l'", "dell'"). Words longer than {@link #MAX_TOKEN_CHARS} are truncated, never buffered whole. Plain
     * words are looked up in place, without a String; only words with marks or apostrophes build one.
     */
    private static void tokenize(char[] s, int from, int limit, Sink sink) {
        char[] word = new char[Math.min(MAX_TOKEN_CHARS, limit - from) + 2]; // no token is longer than the text
        int length = 0;
        int hash = 0; // String.hashCode of word[0, length), kept as letters are added
        boolean inWord = false;
        boolean hasMark = false;
        boolean hasApostrophe = false;
        int cap = word.length - 2; // MAX_TOKEN_CHARS, or less on short text
        int i = from;
        while (i < limit) {
            char c = s[i];
            char a = (char) (c | 0x20);
            if (c < 0x80 && a >= 'a' && a <= 'z') {
                // A run of ASCII letters, the bulk of most text, in a loop of its own.
                do {
                    sink.letter(a);
                    if (length < cap) {
                        word[length++] = a;
                        hash = 31 * hash + a;
                    }
                    i++;
                } while (i < limit && (c = s[i]) < 0x80 && (a = (char) (c | 0x20)) >= 'a' && a <= 'z');
                inWord = true;
                continue;
            }
            int cp = c;
            int width = 1;
            int lower; // the lowercase letter, or -1 for anything else
            if (c < 0x80) { // ASCII: letters are a-z and A-Z only
                char l = (char) (c | 0x20);
                lower = l >= 'a' && l <= 'z' ? l : -1;
            } else {
                if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(s[i + 1])) {
                    cp = Character.toCodePoint(c, s[i + 1]);
                    width = 2;
                }
                lower = Character.isLetter(cp) ? Character.toLowerCase(cp) : -1;
            }
            if (lower >= 0) {
                sink.letter(lower);
                if (length < cap) {
                    if (lower < 0x10000) {
                        word[length++] = (char) lower;
                        hash = 31 * hash + lower;
                    } else {
                        length += Character.toChars(lower, word, length);
                        hash = 31 * (31 * hash + word[length - 2]) + word[length - 1];
                    }
                }
                inWord = true;
            } else if (inWord && cp >= 0x80 && isMark(cp)) {
                if (length < cap) {
                    length += Character.toChars(cp, word, length);
                    hasMark = true;
                }
            } else if (inWord && isApostrophe(cp) && i + width < limit && startsWithLetter(s, i + width, limit)) {
                if (length < cap) {
                    word[length++] = '\'';
                    hasApostrophe = true;
                }
            } else if (inWord) {
                flush(word, length, hash, hasMark, hasApostrophe, sink);
                length = 0;
                hash = 0;
                inWord = false;
                hasMark = false;
                hasApostrophe = false;
            }
            i += width;
        }
        if (inWord) {
            flush(word, length, hash, hasMark, hasApostrophe, sink);
        }
    }

    private static boolean startsWithLetter(char[] s, int i, int limit) {
        char c = s[i];
        if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(s[i + 1])) {
            return Character.isLetter(Character.toCodePoint(c, s[i + 1]));
        }
        return Character.isLetter(c);
    }

    private static void flush(char[] word, int length, int hash, boolean hasMark, boolean hasApostrophe, Sink sink) {
        if (!hasMark && !hasApostrophe) {
            sink.token(WORDS.mask(word, length, hash));
            return;
        }
        String w = new String(word, 0, length);
        if (hasMark) {
            w = Normalizer.normalize(w, Normalizer.Form.NFC);
        }
        if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1); // truncated right after an apostrophe
        }
        if (!hasApostrophe) {
            sink.token(WORDS.mask(w));
            return;
        }
        // Split elided heads: "qu'aujourd'hui" -> "qu'", "aujourd'hui"; keep whole words the profiles know ("don't").
        while (true) {
            int a = w.indexOf('\'');
            int mask = WORDS.mask(w);
            if (a < 0 || mask != 0) {
                sink.token(mask);
                return;
            }
            String head = w.substring(0, a + 1);
            if (!ELISIONS.contains(head) || a + 1 >= w.length()) {
                sink.token(mask);
                return;
            }
            sink.token(WORDS.mask(head));
            w = w.substring(a + 1);
        }
    }

    /**
     * The stop words of every profile in an open-addressing table keyed by their chars, so a token still in the
     * tokenizer's buffer is looked up without building a String. Read-only after construction.
     */
    private static final class WordTable {
        /** Per slot: the key's length (0 for a free slot), its hash, where its chars start in chars, its mask. */
        private final int[] lengths;
        private final int[] hashes;
        private final int[] offsets;
        private final int[] masks;
        /** Every key's chars, one after another: a probe reads arrays, not String objects. */
        private final char[] chars;
        private final int slotMask;
        /** The longest key: longer tokens are no stop words, without a look-up. */
        private final int maxLength;

        WordTable(Map<String, Integer> words) {
            int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1; // load factor below 1/3
            lengths = new int[size];
            hashes = new int[size];
            offsets = new int[size];
            masks = new int[size];
            chars = new char[words.keySet().stream().mapToInt(String::length).sum()];
            slotMask = size - 1;
            int next = 0;
            int longest = 0;
            for (Map.Entry<String, Integer> e : words.entrySet()) {
                String key = e.getKey();
                if (key.isEmpty()) {
                    continue; // never a token
                }
                int h = key.hashCode();
                int slot = h & slotMask;
                while (lengths[slot] != 0) {
                    slot = (slot + 1) & slotMask;
                }
                lengths[slot] = key.length();
                hashes[slot] = h;
                offsets[slot] = next;
                masks[slot] = e.getValue();
                key.getChars(0, key.length(), chars, next);
                next += key.length();
                longest = Math.max(longest, key.length());
            }
            maxLength = longest;
        }

        /** The profile mask of word[0, length), whose {@code String.hashCode} is h; 0 when it is no stop word. */
        int mask(char[] word, int length, int h) {
            if (length > maxLength) {
                return 0;
            }
            for (int slot = h & slotMask; ; slot = (slot + 1) & slotMask) {
                int keyLength = lengths[slot];
                if (keyLength == 0) {
                    return 0;
                }
                if (keyLength == length && hashes[slot] == h && sameChars(offsets[slot], word, length)) {
                    return masks[slot];
                }
            }
        }

        int mask(String word) {
            Integer m = MASKS.get(word);
            return m == null ? 0 : m;
        }

        private boolean sameChars(int offset, char[] word, int length) {
            for (int k = 0; k < length; k++) {
                if (chars[offset + k] != word[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
            || t == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    // Script buckets.
    private static final int LATIN = 0;
    private static final int CYR = 1;
    private static final int GREEK = 2;
    private static final int HEBREW = 3;
    private static final int ARABIC = 4;
    private static final int HAN = 5;
    private static final int KANA = 6;
    private static final int HANGUL = 7;
    private static final int THAI = 8;
    private static final int OTHER = 9;

    /** Counts word tokens and stop words, nothing else: the stop-word ratio runs per line and must stay cheap. */
    private static final class Count implements Sink {
        int tokens;
        int stopTokens;

        @Override
        public void letter(int cp) {
        }

        @Override
        public void token(int mask) {
            tokens++;
            if (mask != 0) {
                stopTokens++;
            }
        }
    }

    /** Accumulates script counts, letter counts and profile scores over one text. */
    private static final class Scan implements Sink {
        final int[] scripts = new int[10];
        /** Lowercase non-ASCII Latin letters U+0080..U+024F. */
        final int[] latinLetters = new int[0x250];
        /** Lowercase Cyrillic letters U+0400..U+052F. */
        final int[] cyrLetters = new int[0x130];
        /** Arabic-script letters U+0600..U+06FF. */
        final int[] arabicLetters = new int[0x100];
        int latinNonAscii;
        int cyrTotal;
        int tokens;
        int stopTokens;
        final double[] score = new double[N];
        final int[] hits = new int[N];

        @Override
        public void letter(int cp) {
            if (cp < 0x80) {
                scripts[LATIN]++;
                return;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN:
                    scripts[LATIN]++;
                    latinNonAscii++;
                    if (cp < latinLetters.length) {
                        latinLetters[cp]++;
                    }
                    break;
                case CYRILLIC:
                    scripts[CYR]++;
                    cyrTotal++;
                    if (cp >= 0x400 && cp < 0x530) {
                        cyrLetters[cp - 0x400]++;
                    }
                    break;
                case GREEK:
                    scripts[GREEK]++;
                    break;
                case HEBREW:
                    scripts[HEBREW]++;
                    break;
                case ARABIC:
                    scripts[ARABIC]++;
                    if (cp >= 0x600 && cp < 0x700) {
                        arabicLetters[cp - 0x600]++; // letters elsewhere (presentation forms) count as exotic
                    }
                    break;
                case HAN:
                    scripts[HAN]++;
                    break;
                case HIRAGANA:
                case KATAKANA:
                    scripts[KANA]++;
                    break;
                case HANGUL:
                    scripts[HANGUL]++;
                    break;
                case THAI:
                    scripts[THAI]++;
                    break;
                case COMMON:
                case INHERITED:
                    break; // e.g. the prolonged sound mark; neutral
                default:
                    scripts[OTHER]++;
                    break;
            }
        }

        @Override
        public void token(int m) {
            tokens++;
            if (m == 0) {
                return;
            }
            stopTokens++;
            double weight = 1.0 / Integer.bitCount(m);
            for (int l = 0; l < N; l++) {
                if ((m & (1 << l)) != 0) {
                    score[l] += weight;
                    hits[l]++;
                }
            }
        }

        String decide() {
            int total = 0;
            for (int c : scripts) {
                total += c;
            }
            if (total == 0) {
                return null;
            }
            int profiled = scripts[LATIN] + scripts[CYR];
            int cjk = scripts[HAN] + scripts[KANA];
            int[] groups = {profiled, scripts[GREEK], scripts[HEBREW], scripts[ARABIC], cjk, scripts[HANGUL],
                scripts[THAI], scripts[OTHER]};
            int best = 0;
            for (int g = 1; g < groups.length; g++) {
                if (groups[g] > groups[best]) {
                    best = g;
                }
            }
            if (groups[best] < MIN_SCRIPT_SHARE * total) {
                return null; // mixed scripts
            }
            switch (best) {
                case 0:
                    return byProfiles();
                case 1:
                    return tokens >= MIN_TOKENS ? "el" : null;
                case 2:
                    return tokens >= MIN_TOKENS ? "he" : null;
                case 3:
                    return tokens >= MIN_TOKENS ? arabicScript() : null;
                case 4:
                    return cjk >= MIN_CJK_LETTERS ? hanOrKana() : null;
                case 5:
                    return scripts[HANGUL] >= MIN_CJK_LETTERS ? "ko" : null;
                case 6:
                    return scripts[THAI] >= MIN_CJK_LETTERS ? "th" : null;
                default:
                    return null;
            }
        }

        private String hanOrKana() {
            int kana = scripts[KANA];
            int cjk = scripts[HAN] + kana;
            if (kana >= 0.10 * cjk) {
                return "ja";
            }
            if (kana <= 0.02 * cjk) {
                return "zh"; // a few katakana (a Japanese brand name) in Chinese text are fine
            }
            return null;
        }

        private int arabic(int cp) {
            return arabicLetters[cp - 0x600];
        }

        /**
         * Arabic script: Urdu if its own letters (ٹ ڈ ڑ ں ے ہ) are frequent, Persian if its own letters (پ چ ژ گ and
         * the Persian forms of yeh and kaf) clearly outnumber the Arabic-only ones (ي ك ة ى), Arabic if the
         * Arabic-only letters are frequent and Persian ones nearly absent; null when other letters of the script
         * (Pashto, Sorani Kurdish, Sindhi, Uyghur, ...) are frequent or the signals are mixed.
         */
        private String arabicScript() {
            int total = scripts[ARABIC];
            int urdu = arabic(0x679) + arabic(0x688) + arabic(0x691) + arabic(0x6BA) + arabic(0x6D2) + arabic(0x6C1)
                + arabic(0x6BE) + arabic(0x6D3);
            int persian = arabic(0x67E) + arabic(0x686) + arabic(0x698) + arabic(0x6AF) + arabic(0x6CC)
                + arabic(0x6A9) + arabic(0x6C0);
            int arabicOnly = arabic(0x64A) + arabic(0x643) + arabic(0x629) + arabic(0x649);
            int core = 0;
            for (int cp = 0x621; cp <= 0x64A; cp++) {
                core += arabic(cp);
            }
            core += arabic(0x671); // alef wasla
            int exotic = total - core - urdu - persian;
            if (exotic >= MIN_FOREIGN_LETTERS && exotic >= 0.01 * total) {
                return null;
            }
            if (urdu >= 0.01 * total) {
                return "ur";
            }
            if (persian >= 0.015 * total && persian > arabicOnly) {
                return "fa";
            }
            if (arabicOnly >= 0.015 * total && persian <= 0.005 * total) {
                return "ar";
            }
            return null;
        }

        private String byProfiles() {
            if (tokens < MIN_TOKENS) {
                return null;
            }
            int best = 0;
            for (int l = 1; l < N; l++) {
                if (score[l] > score[best]) {
                    best = l;
                }
            }
            double second = 0;
            for (int l = 0; l < N; l++) {
                if (l != best && score[l] > second) {
                    second = score[l];
                }
            }
            if (hits[best] < MIN_HITS || hits[best] < MIN_COVERAGE * tokens) {
                return null;
            }
            if (score[best] < MIN_MARGIN * second || score[best] - second < MIN_LEAD) {
                return null;
            }
            if (foreignLetters(best)) {
                return null;
            }
            return CODES[best];
        }

        /** Whether the text has many letters of the language's script that its alphabet lacks. */
        private boolean foreignLetters(int l) {
            String alphabet = ALPHABETS[l];
            int inScript = CYRILLIC[l] ? cyrTotal : latinNonAscii;
            int letters = CYRILLIC[l] ? scripts[CYR] : scripts[LATIN];
            int known = 0;
            for (int k = 0; k < alphabet.length(); k++) {
                char c = alphabet.charAt(k);
                if (CYRILLIC[l]) {
                    known += c >= 0x400 && c < 0x530 ? cyrLetters[c - 0x400] : 0;
                } else {
                    known += c < latinLetters.length ? latinLetters[c] : 0;
                }
            }
            int foreign = inScript - known;
            double maxFraction = "en".equals(CODES[l]) ? MAX_FOREIGN_FRACTION_EN : MAX_FOREIGN_FRACTION;
            return foreign >= MIN_FOREIGN_LETTERS && foreign >= maxFraction * letters;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Tag normalization

    /** English and native names (lowercase) of common languages. */
    private static final Map<String, String> NAMES = new HashMap<>();
    /** ISO 639-2 (T and B) and a few other three-letter codes that have a two-letter equivalent. */
    private static final Map<String, String> THREE_TO_TWO = new HashMap<>();
    /** Deprecated or commonly mistaken two-letter codes (country codes used as languages). */
    private static final Map<String, String> TWO_FIXES = new HashMap<>();
    /** Valid ISO 639-1 codes. */
    private static final Set<String> ISO_639_1 = new HashSet<>(Arrays.asList(Locale.getISOLanguages()));
    /** Three-letter codes that mean "no language" or are placeholders. */
    private static final Set<String> NOT_A_LANGUAGE = Set.of(
        "und", "mul", "zxx", "mis", "nan", "nil", "non", "unk", "tbd", "xxx", "yyy", "zzz", "all", "any", "nul",
        "n/a");
    /** Longest raw value examined. */
    private static final int MAX_RAW = 200;

    static {
        names("en", "english", "anglais", "inglés", "ingles", "englisch", "inglese", "inglês");
        names("es", "spanish", "español", "espanol", "castellano", "castilian", "espagnol", "spanisch");
        names("fr", "french", "français", "francais", "französisch", "francés", "frances");
        names("de", "german", "deutsch", "allemand", "alemán", "aleman", "tedesco");
        names("it", "italian", "italiano", "italien", "italienisch");
        names("pt", "portuguese", "português", "portugues", "portugais", "portugiesisch");
        names("nl", "dutch", "nederlands", "flemish", "vlaams", "néerlandais", "niederländisch");
        names("ru", "russian", "русский", "русский язык", "russe", "russisch");
        names("zh", "chinese", "中文", "汉语", "漢語", "普通话", "mandarin", "chinois");
        names("ja", "japanese", "日本語", "japonais", "japanisch");
        names("ko", "korean", "한국어", "조선말", "coréen");
        names("ar", "arabic", "العربية", "عربي", "arabe", "arabisch");
        names("hi", "hindi", "हिन्दी", "हिंदी");
        names("tr", "turkish", "türkçe", "turkce", "turc", "türkisch");
        names("pl", "polish", "polski", "polonais", "polnisch");
        names("sv", "swedish", "svenska", "suédois", "schwedisch");
        names("da", "danish", "dansk", "danois", "dänisch");
        names("no", "norwegian", "norsk", "norvégien", "norwegisch");
        names("nb", "bokmål", "bokmal", "norsk bokmål", "norwegian bokmål", "norwegian bokmal");
        names("nn", "nynorsk", "norsk nynorsk", "norwegian nynorsk");
        names("fi", "finnish", "suomi", "finnois", "finnisch");
        names("uk", "ukrainian", "українська", "ukrainien", "ukrainisch");
        names("el", "greek", "ελληνικά", "grec", "griechisch");
        names("he", "hebrew", "עברית", "hébreu", "hebräisch");
        names("cs", "czech", "čeština", "cestina", "tchèque", "tschechisch");
        names("ro", "romanian", "română", "romana", "roumain", "rumänisch");
        names("hu", "hungarian", "magyar", "hongrois", "ungarisch");
        names("id", "indonesian", "bahasa indonesia", "indonésien", "indonesisch");
        names("vi", "vietnamese", "tiếng việt", "tieng viet", "vietnamien", "vietnamesisch");
        names("th", "thai", "ไทย", "ภาษาไทย", "thaï");
        names("fa", "persian", "farsi", "فارسی", "persan", "persisch");
        names("ur", "urdu", "اردو", "ourdou");
        names("bg", "bulgarian", "български", "bulgare", "bulgarisch");
        names("ca", "catalan", "català", "catala", "katalanisch");

        String[][] three = {
            {"eng", "en"}, {"spa", "es"}, {"fra", "fr"}, {"fre", "fr"}, {"deu", "de"}, {"ger", "de"},
            {"ita", "it"}, {"por", "pt"}, {"nld", "nl"}, {"dut", "nl"}, {"rus", "ru"}, {"zho", "zh"},
            {"chi", "zh"}, {"cmn", "zh"}, {"jpn", "ja"}, {"kor", "ko"}, {"ara", "ar"}, {"arb", "ar"},
            {"hin", "hi"}, {"tur", "tr"}, {"pol", "pl"}, {"swe", "sv"}, {"dan", "da"}, {"nor", "no"},
            {"nob", "nb"}, {"nno", "nn"}, {"fin", "fi"}, {"ukr", "uk"}, {"ell", "el"}, {"gre", "el"},
            {"heb", "he"}, {"ces", "cs"}, {"cze", "cs"}, {"ron", "ro"}, {"rum", "ro"}, {"hun", "hu"},
            {"ind", "id"}, {"vie", "vi"}, {"tha", "th"}, {"fas", "fa"}, {"per", "fa"}, {"pes", "fa"},
            {"urd", "ur"}, {"bul", "bg"}, {"cat", "ca"}, {"alb", "sq"}, {"sqi", "sq"}, {"arm", "hy"},
            {"hye", "hy"}, {"baq", "eu"}, {"eus", "eu"}, {"bur", "my"}, {"mya", "my"}, {"geo", "ka"},
            {"kat", "ka"}, {"ice", "is"}, {"isl", "is"}, {"mac", "mk"}, {"mkd", "mk"}, {"mao", "mi"},
            {"mri", "mi"}, {"may", "ms"}, {"msa", "ms"}, {"slo", "sk"}, {"slk", "sk"}, {"tib", "bo"},
            {"bod", "bo"}, {"wel", "cy"}, {"cym", "cy"}, {"hrv", "hr"}, {"srp", "sr"}, {"slv", "sl"},
            {"est", "et"}, {"lav", "lv"}, {"lit", "lt"}, {"ben", "bn"}, {"tam", "ta"}, {"tel", "te"},
            {"mar", "mr"}, {"swa", "sw"}, {"afr", "af"}, {"glg", "gl"}, {"gle", "ga"}, {"bos", "bs"},
            {"bel", "be"}, {"kaz", "kk"}, {"aze", "az"}, {"uzb", "uz"}, {"tgl", "tl"},
        };
        for (String[] p : three) {
            THREE_TO_TWO.put(p[0], p[1]);
        }
        String[][] two = {
            {"iw", "he"}, {"in", "id"}, {"ji", "yi"}, {"jw", "jv"}, {"mo", "ro"}, {"jp", "ja"}, {"cn", "zh"},
            {"gr", "el"}, {"cz", "cs"}, {"dk", "da"}, {"ua", "uk"}, {"vn", "vi"},
        };
        for (String[] p : two) {
            TWO_FIXES.put(p[0], p[1]);
        }
    }

    private static void names(String code, String... names) {
        for (String n : names) {
            NAMES.put(n, code);
        }
    }

    /**
     * Normalizes a declared language tag or language name to BCP 47 form, or returns {@code null} for garbage.
     *
     * <p>Accepts {@code _} or {@code -} as separators and case-normalizes per BCP 47 (language lowercase, script
     * titlecase, region uppercase, variants lowercase): "en_US" → "en-US", "EN" → "en", "zh-hant-tw" →
     * "zh-Hant-TW", "es-419" → "es-419". English and native names of common languages map to their code
     * ("English" → "en", "español" → "es", "Deutsch" → "de"), as do ISO 639-2/3 codes with a two-letter equivalent
     * ("eng" → "en", "ger" → "de") and deprecated or mistaken two-letter codes ("iw" → "he", "jp" → "ja").
     * Only the first entry of a list ("en-US,en;q=0.9") is used; a POSIX suffix ("en_US.UTF-8") is dropped;
     * extensions and private use ("fr-FR-x-foo" → "fr-FR") are dropped, as is everything from the first subtag
     * that is malformed or out of place. Two-letter codes must be ISO 639-1 codes; three-letter codes without a
     * two-letter equivalent are kept unless they mean "no language" ("und", "mul", "zxx"). Returns {@code null} for
     * {@code null}, blank, or anything not shaped like a tag ("n/a", "123", "unknown"). Never throws.
     *
     * @param raw a declared language, may be {@code null}
     * @return the normalized tag, or {@code null}
     */
    public static String normalizeTag(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return normalize(raw);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String normalize(String raw) {
        String s = raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) : raw;
        s = stripQuotes(s.strip());
        if (s.isEmpty()) {
            return null;
        }
        String byName = NAMES.get(s.toLowerCase(Locale.ROOT));
        if (byName != null) {
            return byName;
        }
        // First entry of a list; drop weights, parentheticals, POSIX charset/modifier suffixes.
        s = cutAt(s, ",;(.@");
        s = stripQuotes(s.strip());
        if (s.isEmpty()) {
            return null;
        }
        byName = NAMES.get(s.toLowerCase(Locale.ROOT));
        if (byName != null) {
            return byName;
        }
        return parseTag(s);
    }

    private static String cutAt(String s, String stops) {
        for (int i = 0; i < s.length(); i++) {
            if (stops.indexOf(s.charAt(i)) >= 0) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static String stripQuotes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '"' || s.charAt(start) == '\'')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '"' || s.charAt(end - 1) == '\'')) {
            end--;
        }
        return s.substring(start, end).strip();
    }

    private static String parseTag(String s) {
        String[] parts = splitSubtags(s);
        if (parts.length == 0) {
            return null;
        }
        String language = primary(parts[0]);
        if (language == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(language);
        // 1 = expecting script, 2 = expecting region, 3 = expecting variants
        int state = 1;
        for (int k = 1; k < parts.length; k++) {
            String p = parts[k];
            int len = p.length();
            if (len == 0 || len > 8 || !isAlnum(p)) {
                break;
            }
            if (state <= 1 && len == 4 && isAlpha(p)) {
                out.append('-').append(Character.toUpperCase(p.charAt(0)))
                    .append(p.substring(1).toLowerCase(Locale.ROOT));
                state = 2;
            } else if (state <= 2 && len == 2 && isAlpha(p)) {
                out.append('-').append(p.toUpperCase(Locale.ROOT));
                state = 3;
            } else if (state <= 2 && len == 3 && isDigits(p)) {
                out.append('-').append(p);
                state = 3;
            } else if (len >= 5 || (len == 4 && Character.isDigit(p.charAt(0)))) {
                out.append('-').append(p.toLowerCase(Locale.ROOT));
                state = 3;
            } else {
                break; // extension, private use, extlang or a subtag out of place: stop here
            }
        }
        return out.toString();
    }

    private static String[] splitSubtags(String s) {
        int count = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '_') {
                count++;
            }
        }
        String[] parts = new String[count];
        int k = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '-' || s.charAt(i) == '_') {
                parts[k++] = s.substring(start, i);
                start = i + 1;
            }
        }
        return parts;
    }

    private static String primary(String p) {
        if (p.length() < 2 || p.length() > 3 || !isAlpha(p)) {
            return null;
        }
        String lang = p.toLowerCase(Locale.ROOT);
        if (lang.length() == 2) {
            String fixed = TWO_FIXES.get(lang);
            if (fixed != null) {
                return fixed;
            }
            return ISO_639_1.contains(lang) ? lang : null;
        }
        String two = THREE_TO_TWO.get(lang);
        if (two != null) {
            return two;
        }
        if (NOT_A_LANGUAGE.contains(lang) || (lang.compareTo("qaa") >= 0 && lang.compareTo("qtz") <= 0)) {
            return null;
        }
        return lang;
    }

    private static boolean isAlpha(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
