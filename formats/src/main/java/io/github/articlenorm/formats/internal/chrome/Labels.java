package io.github.articlenorm.formats.internal.chrome;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The labels that introduce metadata on a page, in English, Spanish, French, German, Portuguese and Italian:
 * bylines ("By", "Written by:", "Por", "Von"), dates ("Published", "Updated", "Publicado el", "Aktualisiert am"),
 * credits ("Source:", "Fuente:", "Quelle:"), tags ("Tags:", "Etiquetas:", "Schlagwörter:") and related links
 * ("READ MORE:", "LOOK:", "Lesen Sie auch:"). Each look-up returns what follows the label, or null when the line does
 * not start with one. Not API. Thread-safe, stateless; linear in the label table, never in the line.
 */
public final class Labels {

    /** Which date a date label introduces. */
    public enum DateKind {
        /** First publication. */
        PUBLISHED,
        /** Last update. */
        MODIFIED
    }

    /**
     * A date label's kind and the text after it.
     *
     * @param kind published or modified
     * @param rest the text after the label, for the date parser
     */
    public record DateLabel(DateKind kind, String rest) {
    }

    private static final LabelSet BYLINE = sorted(
            "by", "written by", "words by", "posted by", "story by", "text by", "reporting by", "report by",
            "author", "authors", "autor", "autora", "autores", "por", "escrito por", "texto", "redacción",
            "von", "text von", "autorin", "par", "écrit par", "auteur", "auteure", "di", "autore", "scritto da",
            "testo di", "texto de");
    private static final LabelSet PUBLISHED = sorted(
            "published", "published on", "published at", "posted", "posted on", "posted at", "first published",
            "date", "publicado", "publicado el", "publicado em", "publicada", "publicada el", "fecha",
            "veröffentlicht", "veröffentlicht am", "erschienen", "erschienen am", "datum", "publié", "publié le",
            "publiée le", "mis en ligne le", "pubblicato", "pubblicato il", "data", "created");
    private static final LabelSet MODIFIED = sorted(
            "updated", "updated on", "updated at", "last updated", "last updated on", "last modified", "modified",
            "actualizado", "actualizado el", "actualizada", "última actualización", "aktualisiert",
            "aktualisiert am", "zuletzt aktualisiert", "geändert am", "mis à jour", "mis à jour le", "modifié le",
            "aggiornato", "aggiornato il", "ultimo aggiornamento", "atualizado", "atualizado em",
            "última atualização");
    private static final LabelSet CREDIT = sorted(
            "source", "sources", "fuente", "fuentes", "quelle", "quellen", "fonte", "via", "credit", "crédito");
    private static final LabelSet TAGS = sorted(
            "tags", "tag", "topics", "keywords", "filed under", "etiquetas", "temas", "palabras clave",
            "schlagwörter", "schlagworte", "themen", "stichwörter", "mots-clés", "mots clés", "sujets", "thèmes",
            "argomenti", "parole chiave", "assuntos", "tópicos");
    private static final LabelSet RELATED = sorted(
            "look", "read more", "read also", "also read", "related", "see also", "watch", "listen", "more",
            "recommended", "lee también", "lea también", "leer más", "ver también", "te puede interesar", "mira",
            "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "siehe auch", "lire aussi",
            "à lire aussi", "voir aussi", "à voir aussi", "leia também", "leia mais", "veja também", "saiba mais",
            "leggi anche", "guarda anche", "vedi anche", "potrebbe interessarti");
    /** Words after a date label that the date parser does not skip by itself. */
    private static final String[] DATE_GLUE = {"on ", "at ", "el ", "am ", "le ", "il ", "em ", "a las ", "à "};

    private Labels() {
    }

    private static LabelSet sorted(String... labels) {
        String[] copy = labels.clone();
        Arrays.sort(copy, Comparator.comparingInt(String::length).reversed());
        return new LabelSet(copy);
    }

    /**
     * Labels, longest first, and for each ASCII character the labels whose first character it matches with case
     * ignored, so a line is compared only with the labels that can start it.
     */
    /** Every label set, for tests that compare the buckets with a scan of all labels. */
    static List<String[]> labelSets() {
        return List.of(BYLINE.all, PUBLISHED.all, MODIFIED.all, CREDIT.all, TAGS.all, RELATED.all);
    }

    /** The labels in a look-up set, for {@link #after(String, String[], boolean)}. */
    static String after(String line, String[] labels, boolean colon) {
        return after(line, new LabelSet(labels), colon);
    }

    private static final class LabelSet {
        private static final String[] NONE = {};
        final String[] all;
        final String[][] byAsciiFirst = new String[128][];
        /** Labels by the case fold of their first character, for lines that start with another character. */
        final Map<Character, String[]> byFoldedFirst = new HashMap<>();

        LabelSet(String[] all) {
            this.all = all;
            for (char c = 0; c < 128; c++) {
                char first = c;
                byAsciiFirst[c] = Arrays.stream(all).filter(l -> sameIgnoringCase(first, l.charAt(0)))
                        .toArray(String[]::new);
            }
            for (String label : all) {
                char key = fold(label.charAt(0));
                byFoldedFirst.computeIfAbsent(key, k -> Arrays.stream(all).filter(l -> fold(l.charAt(0)) == k)
                        .toArray(String[]::new));
            }
        }

        /** The labels whose first character equals c with case ignored, longest first. */
        String[] startingLike(char c) {
            return c < 128 ? byAsciiFirst[c] : byFoldedFirst.getOrDefault(fold(c), NONE);
        }

        /** Equal for two characters exactly when {@link #sameIgnoringCase} holds, as String.regionMatches folds. */
        private static char fold(char c) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    /**
     * The byline after a byline label ("By Jane Doe" → "Jane Doe"), the empty string for a bare label ("Written
     * By"), or null when the line has no byline label. Whether the rest is a name is the caller's call.
     */
    public static String byline(String line) {
        return after(line, BYLINE, false);
    }

    /** The date label of a line ("Updated: 26.02.2020" → MODIFIED, "26.02.2020"), or null. */
    public static DateLabel dateLabel(String line) {
        String rest = after(line, MODIFIED, false);
        DateKind kind = DateKind.MODIFIED;
        if (rest == null) {
            rest = after(line, PUBLISHED, false);
            kind = DateKind.PUBLISHED;
        }
        if (rest == null) {
            return null;
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String glue : DATE_GLUE) {
            if (lower.startsWith(glue)) {
                rest = rest.substring(glue.length()).strip();
                break;
            }
        }
        return new DateLabel(kind, rest);
    }

    /** The credited source after "Source:", "Fuente:", "Quelle:"..., or null. The colon is required. */
    public static String credit(String line) {
        return after(line, CREDIT, true);
    }

    /** The tag list after "Tags:", "Etiquetas:", "Themen:"..., or null. */
    public static String tags(String line) {
        return after(line, TAGS, false);
    }

    /** The linked title after "READ MORE:", "LOOK:", "Lesen Sie auch:"..., or null. The colon is required. */
    public static String relatedLink(String line) {
        return after(line, RELATED, true);
    }

    /**
     * The text after the longest label the line starts with (case-insensitive), followed by a colon, a dash or a
     * space (only a colon when {@code colon}), stripped of that separator; null when no label fits.
     */
    static String after(String line, LabelSet set, boolean colon) {
        if (line == null) {
            return null;
        }
        int n = line.length();
        if (n == 0) {
            return null;
        }
        char first = line.charAt(0);
        for (String label : set.startingLike(first)) {
            int len = label.length();
            // Every label of the bucket starts like the line; the case-blind comparison checks the rest.
            if (n < len || !line.regionMatches(true, 0, label, 0, len)) {
                continue;
            }
            int i = len;
            if (i == n) {
                return colon ? null : "";
            }
            char c = line.charAt(i);
            boolean hasColon = false;
            if (c == ' ' && i + 1 < n && line.charAt(i + 1) == ':') {
                i++;
                c = ':';
            }
            if (c == ':') {
                hasColon = true;
                i++;
            } else if (c == ' ') {
                i++;
                if (!colon && i < n && (line.charAt(i) == '-' || line.charAt(i) == '–' || line.charAt(i) == '|')) {
                    i++;
                }
            } else {
                continue;
            }
            if (colon && !hasColon) {
                continue;
            }
            return line.substring(i).strip();
        }
        return null;
    }

    /** The character comparison of {@link String#regionMatches(boolean, int, String, int, int)} with case ignored. */
    private static boolean sameIgnoringCase(char a, char b) {
        if (a == b) {
            return true;
        }
        if (a < 0x80 && b < 0x80) {
            return (a | 0x20) == (b | 0x20) && (a | 0x20) >= 'a' && (a | 0x20) <= 'z';
        }
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }
}
