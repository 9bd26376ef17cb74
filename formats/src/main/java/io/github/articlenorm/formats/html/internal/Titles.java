package io.github.articlenorm.formats.html.internal;

import java.util.List;
import java.util.Locale;

/** Takes the site name off page titles ("Storm closes bridge | The Example Times" becomes "Storm closes bridge"). */
final class Titles {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ",
            " / ", " ~ ", " ‹ ", " › ", " ｜ "};

    private Titles() {
    }

    /**
     * The title without a leading or trailing site name. A part is a site name when it matches one of
     * {@code siteNames} or the page's headline is the rest; with {@code guess}, a short trailing part after a long
     * title is taken for one too.
     */
    static String strip(String title, List<String> siteNames, String headline) {
        return strip(title, siteNames, headline, false);
    }

    static String strip(String title, List<String> siteNames, String headline, boolean guess) {
        if (title == null) {
            return null;
        }
        String t = title.trim();
        if (headline != null && same(t, headline)) {
            return t;
        }
        for (int round = 0; round < 3; round++) {
            int last = -1;
            int lastLen = 0;
            int first = Integer.MAX_VALUE;
            int firstLen = 0;
            for (String sep : SEPARATORS) {
                int i = t.lastIndexOf(sep);
                if (i > last) {
                    last = i;
                    lastLen = sep.length();
                }
                int j = t.indexOf(sep);
                if (j >= 0 && j < first) {
                    first = j;
                    firstLen = sep.length();
                }
            }
            if (last <= 0) {
                break;
            }
            String head = t.substring(0, last).trim();
            String tail = t.substring(last + lastLen).trim();
            String lead = t.substring(0, first).trim();
            String rest = t.substring(first + firstLen).trim();
            if (isSite(tail, siteNames) || (headline != null && same(head, headline))) {
                t = head;
            } else if (isSite(lead, siteNames) || (headline != null && same(rest, headline))) {
                t = rest;
            } else if (guess && words(tail) <= 3 && words(head) >= 4) {
                t = head;
            } else {
                break;
            }
            if (t.isEmpty()) {
                return title.trim();
            }
        }
        return t;
    }

    private static boolean isSite(String part, List<String> siteNames) {
        String p = norm(part);
        if (p.length() < 2) {
            return false;
        }
        for (String name : siteNames) {
            String n = norm(name);
            if (n.length() < 2) {
                continue;
            }
            if (n.equals(p) || (p.length() >= 4 && n.contains(p)) || (n.length() >= 4 && p.contains(n)
                    && p.length() <= n.length() + 12)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two titles are the same apart from case, spaces and punctuation. */
    static boolean same(String a, String b) {
        String x = norm(a);
        return !x.isEmpty() && x.equals(norm(b));
    }

    /** Lowercase letters and digits only. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
