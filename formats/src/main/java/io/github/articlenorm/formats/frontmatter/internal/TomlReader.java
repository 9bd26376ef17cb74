package io.github.articlenorm.formats.frontmatter.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Limits;
import io.github.articlenorm.formats.frontmatter.internal.Tree.Entry;
import io.github.articlenorm.formats.frontmatter.internal.Tree.ListValue;
import io.github.articlenorm.formats.frontmatter.internal.Tree.MapValue;
import io.github.articlenorm.formats.frontmatter.internal.Tree.Scalar;
import io.github.articlenorm.formats.frontmatter.internal.Tree.Value;
import io.github.articlenorm.internal.Texts;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads TOML front matter into a {@link Tree}. Not API.
 *
 * <p>Jackson's TOML reader keeps no positions in the tree it builds, so a light scan of the lines finds where each
 * key is written ({@code title = ...}, {@code [provider]}, {@code [[related]]}); a value whose own line is not found
 * gets its parent's. Date-times stay the strings they were written as.
 */
public final class TomlReader {

    private final Map<String, Integer> lines;
    private final int firstLine;
    private final int maxDepth;

    private TomlReader(Map<String, Integer> lines, int firstLine, int maxDepth) {
        this.lines = lines;
        this.firstLine = firstLine;
        this.maxDepth = maxDepth;
    }

    /**
     * Reads the front matter text.
     *
     * @param text      the TOML between the fences
     * @param firstLine the input line {@code text} starts on
     * @param limits    the limits to respect
     * @throws ArticleParseException for malformed TOML or a limit passed
     */
    public static MapValue read(String text, int firstLine, Limits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxInputBytes()))
                .build();
        TomlMapper mapper = new TomlMapper(TomlFactory.builder().streamReadConstraints(constraints).build());
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at != null && at.getLineNr() > 0 ? "line " + (at.getLineNr() - 1 + firstLine)
                    + (at.getColumnNr() > 0 ? ", column " + at.getColumnNr() : "") : "line " + firstLine;
            String detail = e.getOriginalMessage();
            if (detail != null && detail.contains("nesting depth")) {
                throw new ArticleParseException("front matter is nested deeper than " + limits.maxDepth()
                        + " levels (set Limits.withMaxDepth)", where, e);
            }
            throw new ArticleParseException("malformed TOML in front matter: " + Texts.shorten(String.valueOf(detail),
                    120), where, e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ArticleParseException("could not read the TOML front matter: "
                    + Texts.shorten(String.valueOf(e), 120), "line " + firstLine, e);
        }
        TomlReader reader = new TomlReader(index(text, firstLine), firstLine, limits.maxDepth());
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new MapValue(List.of(), firstLine);
        }
        return (MapValue) reader.convert(root, "", 0);
    }

    private Value convert(JsonNode node, String path, int depth) {
        if (depth > maxDepth) {
            throw new ArticleParseException("front matter is nested deeper than " + maxDepth + " levels at '" + path
                    + "' (set Limits.withMaxDepth)", "line " + lineOf(path), null);
        }
        int line = lineOf(path);
        if (node.isObject()) {
            List<Entry> entries = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                entries.add(new Entry(e.getKey(), lineOf(child), convert(e.getValue(), child, depth + 1)));
            }
            return new MapValue(entries, line);
        }
        if (node.isArray()) {
            List<Value> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                items.add(convert(node.get(i), path + "[" + i + "]", depth + 1));
            }
            return new ListValue(items, line);
        }
        if (node.isBoolean()) {
            return new Scalar(node.asText(), node.booleanValue(), line);
        }
        if (node.isIntegralNumber()) {
            BigInteger b = node.bigIntegerValue();
            return new Scalar(node.asText(), b.bitLength() < 64 ? (Object) b.longValue() : b, line);
        }
        if (node.isNumber()) {
            if (node.isBigDecimal()) {
                return new Scalar(node.asText(), node.decimalValue(), line);
            }
            double d = node.doubleValue();
            return new Scalar(node.asText(), Double.isFinite(d) ? (Object) d : node.asText(), line);
        }
        if (node.isNull()) {
            return new Scalar("", null, line);
        }
        return new Scalar(node.asText(), node.asText(), line);
    }

    private int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return firstLine;
    }

    /** Where each key path is written: one pass over the lines. */
    static Map<String, Integer> index(String text, int firstLine) {
        Map<String, Integer> out = new HashMap<>();
        Map<String, Integer> arrays = new HashMap<>();
        String prefix = "";
        String multiline = null;
        int pos = 0;
        int line = firstLine;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            String t = text.substring(pos, end).strip();
            if (multiline != null) {
                if (t.contains(multiline)) {
                    multiline = null;
                }
            } else if (t.startsWith("[[")) {
                int close = t.indexOf("]]");
                if (close > 2) {
                    String resolved = "";
                    List<String> segments = segments(t.substring(2, close));
                    for (int i = 0; i < segments.size(); i++) {
                        resolved = resolved.isEmpty() ? segments.get(i) : resolved + "." + segments.get(i);
                        if (i == segments.size() - 1) {
                            int n = arrays.merge(resolved, 1, Integer::sum);
                            out.putIfAbsent(resolved, line);
                            resolved = resolved + "[" + (n - 1) + "]";
                        } else if (arrays.containsKey(resolved)) {
                            resolved = resolved + "[" + (arrays.get(resolved) - 1) + "]";
                        }
                    }
                    prefix = resolved;
                    out.putIfAbsent(prefix, line);
                }
            } else if (t.startsWith("[")) {
                int close = t.indexOf(']');
                if (close > 1) {
                    String resolved = "";
                    for (String segment : segments(t.substring(1, close))) {
                        resolved = resolved.isEmpty() ? segment : resolved + "." + segment;
                        if (arrays.containsKey(resolved)) {
                            resolved = resolved + "[" + (arrays.get(resolved) - 1) + "]";
                        }
                    }
                    prefix = resolved;
                    out.putIfAbsent(prefix, line);
                }
            } else {
                int eq = keyEnd(t);
                if (eq > 0) {
                    String key = String.join(".", segments(t.substring(0, eq)));
                    out.putIfAbsent(prefix.isEmpty() ? key : prefix + "." + key, line);
                    String value = t.substring(eq + 1).strip();
                    for (String quotes : new String[] {"\"\"\"", "'''"}) {
                        if (value.startsWith(quotes) && value.indexOf(quotes, 3) < 0) {
                            multiline = quotes;
                        }
                    }
                }
            }
            if (end == text.length()) {
                break;
            }
            pos = end + 1;
            line++;
        }
        return out;
    }

    /** The index of the {@code =} after a key at the start of the line, or -1 when the line is not a key line. */
    private static int keyEnd(String t) {
        int i = 0;
        boolean any = false;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '"' || c == '\'') {
                int close = t.indexOf(c, i + 1);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
                any = true;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                i++;
                any = true;
            } else if (c == '.' || c == ' ' || c == '\t') {
                i++;
            } else {
                return c == '=' && any ? i : -1;
            }
        }
        return -1;
    }

    private static List<String> segments(String key) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    sb.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '.') {
                out.add(sb.toString().strip());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString().strip());
        return out;
    }
}
