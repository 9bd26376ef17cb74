package io.github.articlenorm.formats.json.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers over Jackson trees. */
final class Json {

    private Json() {
    }

    /** The tree as JSON-compatible Java values (Map, List, String, Boolean, Long, BigInteger, BigDecimal, null). */
    static Object toJava(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), toJava(e.getValue()));
            }
            return m;
        }
        if (v.isArray()) {
            List<Object> l = new ArrayList<>(v.size());
            for (JsonNode x : v) {
                l.add(toJava(x));
            }
            return l;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToLong() ? (Object) v.longValue() : v.bigIntegerValue();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        return v.asText();
    }

    /** The first of the keys holding a non-blank string or a number, as text; else null. */
    static String text(JsonNode n, String... keys) {
        if (n == null || !n.isObject()) {
            return null;
        }
        for (String k : keys) {
            JsonNode v = n.get(k);
            if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
                return v.asText();
            }
            if (v != null && v.isArray() && !v.isEmpty() && v.get(0).isTextual()) {
                return v.get(0).textValue();
            }
        }
        return null;
    }

    /** A delimited list ("a; b", "a, b", "a|b"), split on the first of ';', ',' or '|' it holds. */
    static List<String> splitList(String s) {
        String sep = s.indexOf(';') >= 0 ? ";" : s.indexOf(',') >= 0 ? "," : s.indexOf('|') >= 0 ? "|" : null;
        if (sep == null) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int end = s.indexOf(sep, start);
            if (end < 0) {
                end = s.length();
            }
            String part = s.substring(start, end).strip();
            if (!part.isEmpty()) {
                out.add(part);
            }
            start = end + 1;
        }
        return out;
    }

    /**
     * Where a trailing marker of a shortened text begins ({@code "… [+1234 chars]"}, as NewsAPI writes), including
     * the ellipsis and spaces before it; -1 when there is none. Linear, from the end.
     */
    static int truncationMarker(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        String tail = "chars]";
        if (end < tail.length() + 3 || !s.startsWith(tail, end - tail.length())) {
            return -1;
        }
        int i = end - tail.length();
        while (i > 0 && s.charAt(i - 1) == ' ') {
            i--;
        }
        int digitsEnd = i;
        while (i > 0 && Character.isDigit(s.charAt(i - 1)) && digitsEnd - i < 10) {
            i--;
        }
        if (i == digitsEnd || i < 2 || s.charAt(i - 1) != '+' || s.charAt(i - 2) != '[') {
            return -1;
        }
        i -= 2;
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && s.charAt(i - 1) == '…') {
            i--;
        } else if (i >= 3 && s.startsWith("...", i - 3)) {
            i -= 3;
        }
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
