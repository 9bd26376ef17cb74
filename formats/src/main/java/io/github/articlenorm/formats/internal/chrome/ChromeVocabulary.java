package io.github.articlenorm.formats.internal.chrome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of page chrome in English, Spanish, French, German, Portuguese and Italian: which short line is a share
 * bar, a newsletter form, a comment widget, a footer. Not API. Thread-safe, stateless.
 *
 * <p>A line is split into lower-case word tokens (runs of letters and digits); each phrase of the vocabulary is a
 * token sequence that must occur at the start of the line, as the whole line, or anywhere in its first
 * {@value #SCANNED_TOKENS} tokens, and only in lines of at most a phrase-specific number of words, so that a long
 * paragraph that mentions "share" or "comments" is never taken for chrome. Matching costs one hash look-up per
 * token: linear in the line, no regular expressions.
 */
public final class ChromeVocabulary {

    /** What kind of page chrome a line is; each kind has the reason written to {@code provenance.removed}. */
    public enum Kind {
        /** Menus, section lists, "skip to content", breadcrumbs, pagination. */
        NAVIGATION("navigation"),
        /** Search boxes and prompts. */
        SEARCH("search prompt"),
        /** Share buttons and social links. */
        SHARE("share buttons"),
        /** "Advertisement" markers, sponsored teasers, product recommendations. */
        ADVERTISEMENT("advertisement"),
        /** Newsletter and sign-up forms. */
        NEWSLETTER("newsletter or sign-up form"),
        /** Messages of a form ("Click to hide", "required fields"). */
        FORM_MESSAGE("form message"),
        /** Comment widgets. */
        COMMENTS("comments widget"),
        /** Cookie and consent notes. */
        COOKIES("cookie notice"),
        /** Headers of teaser lists ("You May Also Like", "Related"). */
        RELATED("related-articles teaser"),
        /** Copyright lines, legal links, "About us", "Contact". */
        FOOTER("footer"),
        /** "About the author" and author biographies. */
        AUTHOR_BIO("author bio"),
        /** Image alt text, photo credits, galleries. */
        IMAGE("image caption or alt text"),
        /** Video captions and players. */
        VIDEO("video caption"),
        /** Affiliate and liability disclaimers. */
        DISCLAIMER("disclaimer"),
        /** Log-in prompts and paywall notes. */
        PAYWALL("log-in or paywall prompt");

        private final String reason;

        Kind(String reason) {
            this.reason = reason;
        }

        /** The reason recorded when a line of this kind is removed, e.g. {@code "share buttons"}. */
        public String reason() {
            return reason;
        }
    }

    /** How many leading tokens of a line are searched for phrases that may occur anywhere. */
    static final int SCANNED_TOKENS = 40;

    private enum Anchor { ANYWHERE, START, END, WHOLE }

    private record Phrase(String[] tokens, Kind kind, int maxWords, Anchor anchor) {
    }

    /*
     * One phrase per entry: "KIND maxWords anchor phrase", anchor "*" anywhere, "^" at the start, "$" at the end of
     * a line that ends with a colon ("Jane says:", a comment header), "=" the whole line.
     * maxWords bounds the length of the line the phrase may classify.
     */
    private static final String TABLE = """
            NAVIGATION 3 = home
            NAVIGATION 3 = menu
            NAVIGATION 4 = main menu
            NAVIGATION 8 * skip to content
            NAVIGATION 8 * skip to main content
            NAVIGATION 6 * skip navigation
            NAVIGATION 6 * toggle navigation
            NAVIGATION 4 * back to top
            NAVIGATION 3 = next
            NAVIGATION 3 = previous
            NAVIGATION 4 = next article
            NAVIGATION 4 = previous article
            NAVIGATION 4 = next story
            NAVIGATION 3 = sections
            NAVIGATION 3 = more
            NAVIGATION 3 = latest
            NAVIGATION 3 = latest news
            NAVIGATION 3 = trending
            NAVIGATION 4 * trends
            NAVIGATION 4 = top stories
            NAVIGATION 4 = most popular
            NAVIGATION 5 * most read
            NAVIGATION 5 * most viewed
            NAVIGATION 3 = print
            NAVIGATION 3 = print edition
            NAVIGATION 3 = close
            NAVIGATION 3 = all
            NAVIGATION 3 = all news
            NAVIGATION 8 ^ all news articles on
            NAVIGATION 6 * you are here
            NAVIGATION 4 * load more
            NAVIGATION 4 * show more
            NAVIGATION 4 * view all
            NAVIGATION 4 * see all
            NAVIGATION 3 = read more
            NAVIGATION 4 * continue reading
            NAVIGATION 6 ^ page 1 of
            NAVIGATION 4 * english edition
            NAVIGATION 3 = inicio
            NAVIGATION 3 = portada
            NAVIGATION 3 = menú
            NAVIGATION 6 * ir al contenido
            NAVIGATION 4 * ver más
            NAVIGATION 4 * ver todo
            NAVIGATION 4 = lo último
            NAVIGATION 5 * lo más leído
            NAVIGATION 5 * lo más visto
            NAVIGATION 6 * estás en
            NAVIGATION 3 = startseite
            NAVIGATION 6 * zum inhalt
            NAVIGATION 6 * sie sind hier
            NAVIGATION 4 * mehr anzeigen
            NAVIGATION 4 * alle anzeigen
            NAVIGATION 5 * meistgelesen
            NAVIGATION 3 = accueil
            NAVIGATION 6 * aller au contenu
            NAVIGATION 6 * vous êtes ici
            NAVIGATION 4 * voir plus
            NAVIGATION 4 * voir tout
            NAVIGATION 5 * les plus lus
            NAVIGATION 3 = início
            NAVIGATION 4 = página inicial
            NAVIGATION 6 * ir para o conteúdo
            NAVIGATION 4 * ver mais
            NAVIGATION 5 * mais lidas
            NAVIGATION 5 * mais lidos
            NAVIGATION 6 * vai al contenuto
            NAVIGATION 3 = torna su
            NAVIGATION 4 * leggi di più
            NAVIGATION 4 * vedi tutti
            NAVIGATION 5 * più letti
            SEARCH 4 * search
            SEARCH 8 * looking for
            SEARCH 6 * type to search
            SEARCH 6 * enter keywords
            SEARCH 4 * buscar
            SEARCH 4 * búsqueda
            SEARCH 8 * qué estás buscando
            SEARCH 4 * suche
            SEARCH 4 * suchen
            SEARCH 4 * suchbegriff
            SEARCH 3 * rechercher
            SEARCH 3 = recherche
            SEARCH 2 = cerca
            SEARCH 4 * cerca nel sito
            SEARCH 4 * pesquisar
            SEARCH 3 = pesquisa
            SEARCH 3 = busca
            SHARE 6 * share
            SHARE 6 * shares
            SHARE 12 * click to share
            SHARE 12 * click to email
            SHARE 12 * email a friend
            SHARE 12 * opens in a new window
            SHARE 12 * opens in new window
            SHARE 4 * facebook
            SHARE 4 * twitter
            SHARE 4 * linkedin
            SHARE 4 * whatsapp
            SHARE 4 * pinterest
            SHARE 4 * reddit
            SHARE 4 * telegram
            SHARE 4 * instagram
            SHARE 4 * youtube
            SHARE 4 * tiktok
            SHARE 4 * flipboard
            SHARE 3 * rss
            SHARE 3 = email
            SHARE 3 = e mail
            SHARE 3 = tweet
            SHARE 4 * copy link
            SHARE 6 * connect with us
            SHARE 6 * follow us
            SHARE 6 * follow me
            SHARE 8 * compartir
            SHARE 8 * comparte
            SHARE 8 * compartilhar
            SHARE 8 * compartilhe
            SHARE 6 * síguenos
            SHARE 6 * siguenos
            SHARE 4 * copiar enlace
            SHARE 8 * teilen
            SHARE 6 * folgen sie uns
            SHARE 4 * link kopieren
            SHARE 8 * partager
            SHARE 8 * partagez
            SHARE 6 * suivez nous
            SHARE 4 * copier le lien
            SHARE 8 * condividi
            SHARE 6 * seguici
            SHARE 6 * siga nos
            SHARE 4 * copia link
            ADVERTISEMENT 6 * advertisement
            ADVERTISEMENT 4 * advertising
            ADVERTISEMENT 8 * scroll to continue
            ADVERTISEMENT 5 * sponsored
            ADVERTISEMENT 5 * promoted
            ADVERTISEMENT 5 * paid content
            ADVERTISEMENT 5 * partner content
            ADVERTISEMENT 4 * ads by
            ADVERTISEMENT 2 = ad
            ADVERTISEMENT 2 = ads
            ADVERTISEMENT 15 * we recommend you check out
            ADVERTISEMENT 15 * check out one of these
            ADVERTISEMENT 10 * buy now
            ADVERTISEMENT 10 * shop now
            ADVERTISEMENT 6 * publicidad
            ADVERTISEMENT 4 * anuncio
            ADVERTISEMENT 6 * contenido patrocinado
            ADVERTISEMENT 4 * werbung
            ADVERTISEMENT 3 = anzeige
            ADVERTISEMENT 5 * gesponsert
            ADVERTISEMENT 4 * publicité
            ADVERTISEMENT 5 * sponsorisé
            ADVERTISEMENT 4 * pubblicità
            ADVERTISEMENT 5 * sponsorizzato
            ADVERTISEMENT 4 * publicidade
            ADVERTISEMENT 5 * patrocinado
            NEWSLETTER 12 * newsletter
            NEWSLETTER 12 * newsletters
            NEWSLETTER 10 * subscribe
            NEWSLETTER 12 * sign up
            NEWSLETTER 8 * your email
            NEWSLETTER 8 * email address
            NEWSLETTER 14 * in your inbox
            NEWSLETTER 14 * to your inbox
            NEWSLETTER 12 * boletín
            NEWSLETTER 12 * suscríbete
            NEWSLETTER 12 * suscribete
            NEWSLETTER 12 * suscribirse
            NEWSLETTER 8 * correo electrónico
            NEWSLETTER 12 * abonnieren
            NEWSLETTER 12 * abonnez vous
            NEWSLETTER 12 * inscrivez vous
            NEWSLETTER 12 * iscriviti
            NEWSLETTER 10 * assine
            NEWSLETTER 12 * inscreva se
            FORM_MESSAGE 12 * click to hide
            FORM_MESSAGE 12 * required fields
            FORM_MESSAGE 12 * required field
            FORM_MESSAGE 12 * invalid entries
            FORM_MESSAGE 12 * please enter
            FORM_MESSAGE 12 * thank you for subscribing
            FORM_MESSAGE 12 * thanks for subscribing
            FORM_MESSAGE 12 * campos obligatorios
            FORM_MESSAGE 12 * pflichtfelder
            FORM_MESSAGE 12 * champs obligatoires
            FORM_MESSAGE 12 * campi obbligatori
            FORM_MESSAGE 12 * campos obrigatórios
            FORM_MESSAGE 2 = submit
            FORM_MESSAGE 2 = enviar
            FORM_MESSAGE 2 = senden
            FORM_MESSAGE 2 = envoyer
            FORM_MESSAGE 2 = invia
            COMMENTS 6 * comments
            COMMENTS 8 * comment
            COMMENTS 10 * no comments yet
            COMMENTS 10 * leave a comment
            COMMENTS 10 * leave a reply
            COMMENTS 10 * post a comment
            COMMENTS 12 * your comment
            COMMENTS 10 * join the conversation
            COMMENTS 10 * join the discussion
            COMMENTS 2 = reply
            COMMENTS 14 * comments feed
            COMMENTS 14 * responses to
            COMMENTS 14 * replies to
            COMMENTS 14 * permalink
            COMMENTS 6 * responses
            COMMENTS 14 $ says
            COMMENTS 14 $ said
            COMMENTS 14 $ wrote
            COMMENTS 14 $ dice
            COMMENTS 14 $ escribió
            COMMENTS 14 $ sagt
            COMMENTS 14 $ schrieb
            COMMENTS 14 $ dit
            COMMENTS 14 $ a écrit
            COMMENTS 14 $ disse
            COMMENTS 14 $ scrive
            COMMENTS 14 $ ha scritto
            COMMENTS 12 * leave a comment
            COMMENTS 12 * add a comment
            COMMENTS 12 * view comments
            COMMENTS 12 * show comments
            COMMENTS 6 * comentarios
            COMMENTS 8 * comentario
            COMMENTS 10 * deja un comentario
            COMMENTS 2 = responder
            COMMENTS 6 * kommentare
            COMMENTS 8 * kommentar
            COMMENTS 8 * kommentieren
            COMMENTS 2 = antworten
            COMMENTS 6 * commentaires
            COMMENTS 8 * commentaire
            COMMENTS 2 = répondre
            COMMENTS 6 * commenti
            COMMENTS 8 * commento
            COMMENTS 2 = rispondi
            COMMENTS 6 * comentários
            COMMENTS 8 * comentário
            COOKIES 60 * we use cookies
            COOKIES 60 * uses cookies
            COOKIES 60 * use of cookies
            COOKIES 12 * cookie
            COOKIES 12 * cookies
            COOKIES 60 * utilizamos cookies
            COOKIES 60 * usamos cookies
            COOKIES 60 * verwendet cookies
            COOKIES 60 * verwenden cookies
            COOKIES 60 * utilise des cookies
            COOKIES 60 * utilisons des cookies
            COOKIES 60 * utilizza cookie
            COOKIES 60 * utilizziamo i cookie
            COOKIES 60 * utiliza cookies
            RELATED 6 * you may also like
            RELATED 6 * you might also like
            RELATED 5 * you may like
            RELATED 5 * you might like
            RELATED 3 = related
            RELATED 5 * related articles
            RELATED 5 * related stories
            RELATED 5 * related posts
            RELATED 5 * related news
            RELATED 5 * related content
            RELATED 8 ^ more from
            RELATED 5 * more stories
            RELATED 5 * more news
            RELATED 4 * recommended
            RELATED 4 * read next
            RELATED 4 * up next
            RELATED 5 * story timeline
            RELATED 4 * must read
            RELATED 4 * don t miss
            RELATED 4 * also read
            RELATED 4 * see also
            RELATED 4 * trending now
            RELATED 4 * popular
            RELATED 6 * te puede interesar
            RELATED 5 * noticias relacionadas
            RELATED 4 * relacionado
            RELATED 4 * relacionados
            RELATED 4 * más noticias
            RELATED 5 * lee también
            RELATED 5 * lea también
            RELATED 6 * mehr zum thema
            RELATED 8 * könnte sie auch interessieren
            RELATED 5 * weitere artikel
            RELATED 5 * lesen sie auch
            RELATED 5 * das könnte sie
            RELATED 5 * lire aussi
            RELATED 6 * sur le même sujet
            RELATED 5 * articles similaires
            RELATED 6 * vous aimerez aussi
            RELATED 5 * leggi anche
            RELATED 5 * potrebbe interessarti
            RELATED 5 * articoli correlati
            RELATED 5 * leia também
            RELATED 5 * veja também
            RELATED 5 * notícias relacionadas
            FOOTER 30 * all rights reserved
            FOOTER 30 * derechos reservados
            FOOTER 30 * todos los derechos
            FOOTER 30 * alle rechte vorbehalten
            FOOTER 30 * tous droits réservés
            FOOTER 30 * tutti i diritti riservati
            FOOTER 30 * todos os direitos reservados
            FOOTER 25 * copyright
            FOOTER 12 * privacy policy
            FOOTER 2 = privacy
            FOOTER 12 * terms of use
            FOOTER 12 * terms of service
            FOOTER 12 * terms and conditions
            FOOTER 6 * about us
            FOOTER 6 * contact us
            FOOTER 3 = contact
            FOOTER 6 * advertise
            FOOTER 4 * careers
            FOOTER 4 * sitemap
            FOOTER 12 * developed by
            FOOTER 12 * powered by
            FOOTER 12 * designed by
            FOOTER 12 * política de privacidad
            FOOTER 8 * aviso legal
            FOOTER 6 * quiénes somos
            FOOTER 3 = contacto
            FOOTER 12 * datenschutz
            FOOTER 12 * datenschutzerklärung
            FOOTER 6 * impressum
            FOOTER 6 * über uns
            FOOTER 3 = kontakt
            FOOTER 12 * politique de confidentialité
            FOOTER 8 * mentions légales
            FOOTER 6 * qui sommes nous
            FOOTER 12 * informativa sulla privacy
            FOOTER 6 * chi siamo
            FOOTER 3 = contatti
            FOOTER 12 * política de privacidade
            FOOTER 6 * quem somos
            FOOTER 6 * fale conosco
            AUTHOR_BIO 6 * about the author
            AUTHOR_BIO 6 * sobre el autor
            AUTHOR_BIO 6 * über den autor
            AUTHOR_BIO 6 * über die autorin
            AUTHOR_BIO 6 * à propos de l auteur
            AUTHOR_BIO 6 * sull autore
            AUTHOR_BIO 6 * sobre o autor
            AUTHOR_BIO 8 * more articles by
            AUTHOR_BIO 8 * view all posts by
            AUTHOR_BIO 8 * all posts by
            IMAGE 8 ^ image
            IMAGE 10 ^ photo
            IMAGE 10 ^ photos
            IMAGE 10 ^ picture
            IMAGE 10 ^ imagen
            IMAGE 10 ^ foto
            IMAGE 10 ^ fotos
            IMAGE 10 ^ bild
            IMAGE 10 ^ bilder
            IMAGE 10 ^ immagine
            IMAGE 10 ^ imagem
            IMAGE 15 * photo by
            IMAGE 15 * photo credit
            IMAGE 15 * file photo
            IMAGE 15 * getty images
            IMAGE 4 * gallery
            IMAGE 6 * click to enlarge
            IMAGE 6 * view gallery
            IMAGE 4 * galería
            IMAGE 4 * galerie
            IMAGE 4 * bildergalerie
            IMAGE 4 * galleria
            IMAGE 4 * galeria
            VIDEO 4 * video
            VIDEO 4 * vídeo
            VIDEO 6 * play video
            VIDEO 6 * watch video
            VIDEO 6 * watch now
            DISCLAIMER 40 * reader supported
            DISCLAIMER 40 * receives a commission
            DISCLAIMER 40 * earn a commission
            DISCLAIMER 40 * we may earn
            DISCLAIMER 40 * affiliate links
            DISCLAIMER 40 * affiliate commission
            DISCLAIMER 40 * links on this site
            DISCLAIMER 40 * external sources
            DISCLAIMER 40 * not under our control
            DISCLAIMER 40 * does not necessarily imply
            DISCLAIMER 40 * enlaces de afiliados
            DISCLAIMER 40 * enlaces de afiliado
            DISCLAIMER 40 * partnerlinks
            DISCLAIMER 40 * affiliate link
            DISCLAIMER 40 * liens affiliés
            DISCLAIMER 40 * link di affiliazione
            DISCLAIMER 40 * links afiliados
            DISCLAIMER 40 * links de afiliados
            PAYWALL 14 * already a subscriber
            PAYWALL 14 * subscribe to continue
            PAYWALL 14 * create a free account
            PAYWALL 14 * create an account
            PAYWALL 6 * log in
            PAYWALL 6 * sign in
            PAYWALL 6 * login
            PAYWALL 6 * logout
            PAYWALL 6 * register
            PAYWALL 6 * my account
            PAYWALL 6 * iniciar sesión
            PAYWALL 6 * regístrate
            PAYWALL 14 * ya eres suscriptor
            PAYWALL 6 * anmelden
            PAYWALL 6 * einloggen
            PAYWALL 14 * bereits abonnent
            PAYWALL 6 * se connecter
            PAYWALL 6 * connexion
            PAYWALL 14 * déjà abonné
            PAYWALL 6 * accedi
            PAYWALL 14 * sei già abbonato
            PAYWALL 6 * entrar
            PAYWALL 14 * já é assinante
            ADVERTISEMENT 2 = advert
            ADVERTISEMENT 3 = реклама
            ADVERTISEMENT 3 = إعلان
            ADVERTISEMENT 6 * story continues below
            ADVERTISEMENT 6 * article continues below
            VIDEO 10 ^ media caption
            VIDEO 10 * media playback is unsupported
            COMMENTS 8 * tell us what you think
            IMAGE 4 * enlarge image
            NAVIGATION 3 = text size
            RELATED 5 * related coverage
            RELATED 5 * читайте также
            RELATED 4 = по теме
            RELATED 5 * اقرأ أيضا
            RELATED 5 * مقالات ذات صلة
            RELATED 3 = 相关阅读
            RELATED 3 = 関連記事
            NAVIGATION 4 = see more
            NAVIGATION 3 = mehr
            """;

    private static final PhraseTable BY_FIRST_TOKEN = index();

    private ChromeVocabulary() {
    }

    /** The rows of the vocabulary table, "KIND maxWords anchor phrase", for tests. */
    static List<String> rows() {
        return TABLE.lines().map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    private static PhraseTable index() {
        Map<String, List<Phrase>> map = new HashMap<>();
        for (String row : TABLE.split("\n")) {
            String r = row.strip();
            if (r.isEmpty()) {
                continue;
            }
            String[] head = r.split(" ", 4);
            Kind kind = Kind.valueOf(head[0]);
            int max = Integer.parseInt(head[1]);
            Anchor anchor = switch (head[2]) {
                case "^" -> Anchor.START;
                case "=" -> Anchor.WHOLE;
                case "$" -> Anchor.END;
                default -> Anchor.ANYWHERE;
            };
            String[] tokens = tokens(head[3], Integer.MAX_VALUE).toArray(new String[0]);
            map.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(new Phrase(tokens, kind, max, anchor));
        }
        return new PhraseTable(map);
    }

    /**
     * The kind of page chrome the line is, by its words, or empty when none of the vocabulary fits.
     *
     * <p>A copyright sign makes a short line a footer. Bullets and punctuation are ignored.
     *
     * @param line one line of text (or a block's text), may be null
     * @return the first kind whose phrase matches, in line order
     */
    public static Optional<Kind> match(String line) {
        if (line == null || line.isEmpty()) {
            return Optional.empty();
        }
        return match(line, line.toCharArray(), 0);
    }

    /**
     * {@link #match(String)} of a line whose characters are also at {@code cs[from, from + line.length())}: read
     * there (array scans, no per-character String checks) without copying them.
     */
    static Optional<Kind> match(String line, char[] cs, int from) {
        if (line.isEmpty()) {
            return Optional.empty();
        }
        // Token bounds in the line itself: no lower-case copy, no substring per token.
        int[] bounds = tokenBounds(line.length());
        int count = bounds(cs, from, from + line.length(), bounds);
        return match(line, cs, bounds, count, line.indexOf('\u00a9') >= 0);
    }

    /**
     * An array for the bounds of the tokens a line of {@code length} characters may have, as far as they are looked
     * up: a line of n characters has at most (n + 1) / 2 tokens, so short lines, the most common, get a short array.
     */
    static int[] tokenBounds(int length) {
        return new int[3 * Math.min(SCANNED_TOKENS + 1, (length + 1) / 2)];
    }

    /**
     * {@link #match(String)} of a line whose first tokens a reader has found already: (start, end, hash) triples in
     * {@code bounds}, as {@link #tokenBounds(int)} sizes it, of runs of letters and digits in {@code cs}, the hash
     * being {@link String#hashCode()} of the token lower-cased by {@link #wordLower(char)}; {@code count} of them,
     * as many as fit. {@code copyright} says whether the line has a copyright sign.
     */
    static Optional<Kind> match(String line, char[] cs, int[] bounds, int count, boolean copyright) {
        if (line.isEmpty() || count > SCANNED_TOKENS) {
            return Optional.empty(); // longer than any phrase's line may be (and than a copyright footer)
        }
        int words = count;
        if (words <= 25 && (copyright || line.charAt(0) == '\u00ae')) {
            return Optional.of(Kind.FOOTER);
        }
        int scan = Math.min(count, SCANNED_TOKENS);
        boolean colonEnd = endsWithColon(line);
        for (int i = 0; i < scan; i++) {
            Phrase[] candidates = BY_FIRST_TOKEN.get(cs, bounds[3 * i], bounds[3 * i + 1], bounds[3 * i + 2]);
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                if (words > p.maxWords || ((p.anchor == Anchor.START || p.anchor == Anchor.WHOLE) && i != 0)
                        || (p.anchor == Anchor.END && (!colonEnd || i + p.tokens.length != count))) {
                    continue;
                }
                if (p.anchor == Anchor.WHOLE && count != p.tokens.length) {
                    continue;
                }
                if (matchesAt(cs, bounds, count, i, p.tokens)) {
                    return Optional.of(p.kind);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the line's last non-whitespace character is a colon. */
    private static boolean endsWithColon(String line) {
        int k = line.length() - 1;
        while (k >= 0 && Character.isWhitespace(line.charAt(k))) {
            k--;
        }
        return k >= 0 && line.charAt(k) == ':';
    }

    /**
     * Fills bounds with (start, end, hash) triples of the first tokens (runs of letters and digits) of line[from, n),
     * the hash being {@link String#hashCode()} of the lower-case token; returns how many tokens it found, at most
     * bounds.length / 3. One pass: the look-ups need not read the characters again.
     */
    static int bounds(char[] line, int from, int n, int[] bounds) {
        int max = bounds.length / 3;
        int count = 0;
        int i = from;
        while (i < n && count < max) {
            while (i < n && wordLower(line[i]) == 0) {
                i++;
            }
            int start = i;
            int h = 0;
            char l;
            while (i < n && (l = wordLower(line[i])) != 0) {
                h = 31 * h + l;
                i++;
            }
            if (i > start) {
                bounds[3 * count] = start;
                bounds[3 * count + 1] = i;
                bounds[3 * count + 2] = h;
                count++;
            }
        }
        return count;
    }

    /** Per ASCII character: its lower case when it is a letter or digit, else 0. */
    private static final char[] ASCII_WORD_LOWER = new char[0x80];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD_LOWER[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD_LOWER[c] = c;
            ASCII_WORD_LOWER[c - 'a' + 'A'] = c;
        }
    }

    /**
     * The lower case of a letter or digit, as {@link #lower(char)} gives it, or 0 for any other character (no letter
     * or digit lower-cases to 0): one table read for ASCII.
     */
    static char wordLower(char c) {
        if (c < 0x80) {
            return ASCII_WORD_LOWER[c];
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    /**
     * The lower case of one character ({@link Character#toLowerCase(char)}, with a branch for ASCII): how the
     * vocabulary and the text format's repeat counting compare words without lower-case copies.
     *
     * @param c any character
     * @return its lower case
     */
    public static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean matchesAt(char[] line, int[] bounds, int count, int at, String[] phrase) {
        if (at + phrase.length > count) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!sameLower(phrase[k], line, bounds[3 * (at + k)], bounds[3 * (at + k) + 1])) {
                return false;
            }
        }
        return true;
    }

    /** Whether line[from, to) lower-cased equals the lower-case token. */
    private static boolean sameLower(String token, char[] line, int from, int to) {
        if (token.length() != to - from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (lower(line[k]) != token.charAt(k - from)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The phrases by their first token, in an open-addressing table looked up by a region of a line, lower-cased
     * on the fly, so a look-up allocates nothing.
     */
    private static final class PhraseTable {
        private final String[] keys;
        private final Phrase[][] values;
        private final int slotMask;

        PhraseTable(Map<String, List<Phrase>> map) {
            int size = Integer.highestOneBit(Math.max(4, map.size() * 4) - 1) << 1;
            keys = new String[size];
            values = new Phrase[size][];
            slotMask = size - 1;
            for (Map.Entry<String, List<Phrase>> e : map.entrySet()) {
                int h = e.getKey().hashCode();
                int slot = (h ^ (h >>> 16)) & slotMask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & slotMask;
                }
                keys[slot] = e.getKey();
                values[slot] = e.getValue().toArray(new Phrase[0]);
            }
        }

        /** The phrases starting with the token line[from, to), whose lower-case {@code hashCode()} is h. */
        Phrase[] get(char[] line, int from, int to, int h) {
            for (int slot = (h ^ (h >>> 16)) & slotMask; ; slot = (slot + 1) & slotMask) {
                String key = keys[slot];
                if (key == null) {
                    return null;
                }
                if (sameLower(key, line, from, to)) {
                    return values[slot];
                }
            }
        }
    }

    /**
     * The lower-case word tokens of a text (runs of letters and digits), at most {@code max} of them.
     *
     * @param text any text
     * @param max  how many tokens to return at most
     * @return the tokens, in order
     */
    public static List<String> tokens(String text, int max) {
        text = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < max) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        return out;
    }
}
