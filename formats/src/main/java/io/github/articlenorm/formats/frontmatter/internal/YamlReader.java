package io.github.articlenorm.formats.frontmatter.internal;

import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Limits;
import io.github.articlenorm.formats.frontmatter.internal.Tree.Entry;
import io.github.articlenorm.formats.frontmatter.internal.Tree.ListValue;
import io.github.articlenorm.formats.frontmatter.internal.Tree.MapValue;
import io.github.articlenorm.formats.frontmatter.internal.Tree.Scalar;
import io.github.articlenorm.formats.frontmatter.internal.Tree.Value;
import io.github.articlenorm.internal.Texts;
import io.github.articlenorm.spi.Draft;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads YAML front matter into a {@link Tree} with line numbers. Not API.
 *
 * <p>The YAML is composed into nodes, never constructed into arbitrary objects: only scalars with a standard tag
 * are turned into values, by SnakeYAML's {@link SafeConstructor}, and timestamps stay the strings they were written
 * as, so that core's date rules read them with their offset. Any other tag is refused. Aliases to collections,
 * nesting depth, code points and the number of values an alias may expand to are all bounded.
 */
public final class YamlReader {

    /** Aliases to lists and maps allowed in one front matter: real files use a handful, bombs use many. */
    static final int MAX_COLLECTION_ALIASES = 50;

    private static final Set<Tag> ALLOWED = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
            Tag.BINARY, Tag.MAP, Tag.SEQ, Tag.SET, Tag.OMAP, Tag.PAIRS);

    private final int firstLine;
    private final int maxDepth;
    private final Draft draft;
    private final ScalarConstructor scalars;
    private long budget;

    private YamlReader(int firstLine, int maxDepth, long budget, Draft draft, LoaderOptions options) {
        this.firstLine = firstLine;
        this.maxDepth = maxDepth;
        this.budget = budget;
        this.draft = draft;
        this.scalars = new ScalarConstructor(options);
    }

    /**
     * Reads the front matter text.
     *
     * @param text      the YAML between the fences
     * @param firstLine the input line {@code text} starts on
     * @param limits    the limits to respect (depth, input size)
     * @param draft     where duplicate keys and tab expansion are reported
     * @throws ArticleParseException for malformed YAML, a refused tag, or a limit passed
     */
    public static MapValue read(String text, int firstLine, Limits limits, Draft draft) {
        try {
            return readOnce(text, firstLine, limits, draft);
        } catch (ArticleParseException e) {
            // Tabs may not indent YAML, yet hand-written front matter often uses them; read it again with each
            // leading tab as two spaces, which keeps the relative indentation the writer meant.
            if (e.getCause() instanceof MarkedYAMLException && hasLeadingTabs(text)) {
                MapValue again;
                try {
                    again = readOnce(expandLeadingTabs(text), firstLine, limits, draft);
                } catch (ArticleParseException second) {
                    throw e;
                }
                draft.warning("front matter is indented with tabs, which YAML does not allow; read each leading tab "
                        + "as two spaces");
                return again;
            }
            throw e;
        }
    }

    private static MapValue readOnce(String text, int firstLine, Limits limits, Draft draft) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE - 1, Math.max(1024, limits.maxInputBytes())));
        options.setMergeOnCompose(true);
        options.setProcessComments(false);
        Node root;
        try {
            Yaml yaml = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                    new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw marked(e, text, firstLine);
        } catch (YAMLException e) {
            throw unmarked(e, firstLine, limits);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ArticleParseException("could not read the YAML front matter: "
                    + Texts.shorten(String.valueOf(e), 120), "line " + firstLine, e);
        }
        if (root == null) {
            return new MapValue(List.of(), firstLine);
        }
        YamlReader reader = new YamlReader(firstLine, limits.maxDepth(), 10_000L + 4L * text.length(), draft,
                options);
        Value value = reader.convert(root, 0, "");
        if (!(value instanceof MapValue map)) {
            throw new ArticleParseException("front matter is not a mapping of keys to values: found "
                    + (value instanceof ListValue ? "a list" : "the scalar \"" + Texts.shorten(
                    ((Scalar) value).raw(), 60) + "\"") + "; write it as \"key: value\" lines", "line "
                    + value.line(), null);
        }
        return map;
    }

    private Value convert(Node node, int depth, String path) {
        if (depth > maxDepth) {
            throw new ArticleParseException("front matter is nested deeper than " + maxDepth + " levels at '" + path
                    + "' (set Limits.withMaxDepth)", location(node), null);
        }
        if (--budget < 0) {
            throw new ArticleParseException("front matter expands to too many values through aliases (a YAML alias "
                    + "bomb?); refused", location(node), null);
        }
        Tag tag = node.getTag();
        if (!ALLOWED.contains(tag)) {
            throw new ArticleParseException("YAML tag \"" + Texts.shorten(display(tag), 60) + "\" is not allowed in "
                    + "front matter: only standard tags (!!str, !!int, !!float, !!bool, !!null, !!timestamp, "
                    + "!!map, !!seq) are read; remove the tag", location(node), null);
        }
        int line = line(node);
        if (node instanceof ScalarNode s) {
            return scalar(s, line);
        }
        if (node instanceof SequenceNode seq) {
            List<Value> items = new ArrayList<>(seq.getValue().size());
            int i = 0;
            for (Node item : seq.getValue()) {
                items.add(convert(item, depth + 1, path + "[" + i++ + "]"));
            }
            return new ListValue(items, line);
        }
        MappingNode map = (MappingNode) node;
        if (tag.equals(Tag.SET)) {
            List<Value> items = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                items.add(convert(t.getKeyNode(), depth + 1, path));
            }
            return new ListValue(items, line);
        }
        List<Entry> entries = new ArrayList<>(map.getValue().size());
        Map<String, Integer> index = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node keyNode = t.getKeyNode();
            // Keys go through the same checks and scalar reading as values (a refused tag, !!binary text).
            Value keyValue = convert(keyNode, depth + 1, path);
            String key = keyValue instanceof Scalar ks ? (ks.isNull() ? "" : ks.raw())
                    : String.valueOf(keyValue.json());
            String childPath = path.isEmpty() ? key : path + "." + key;
            Value value = convert(t.getValueNode(), depth + 1, childPath);
            Entry entry = new Entry(key, line(keyNode), value);
            Integer at = index.get(key);
            if (at != null) {
                Entry earlier = entries.get(at);
                draft.warning("front matter key '" + Texts.shorten(childPath, 60) + "' appears twice (lines "
                        + earlier.line() + " and " + entry.line() + "); the later value is used");
                draft.removed(String.valueOf(earlier.value().json()), "line " + earlier.line(), "duplicate-key");
                entries.set(at, entry);
            } else {
                index.put(key, entries.size());
                entries.add(entry);
            }
        }
        return new MapValue(entries, line);
    }

    private Scalar scalar(ScalarNode s, int line) {
        String raw = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
            return new Scalar(raw, raw, line);
        }
        if (tag.equals(Tag.BINARY)) {
            // SnakeYAML itself writes strings with control characters as !!binary UTF-8; read those back as text.
            String text = utf8(raw);
            return new Scalar(text != null ? text : raw, text != null ? text : raw, line);
        }
        Object value;
        try {
            value = scalars.construct(s);
        } catch (RuntimeException e) {
            // A value the resolver typed but the constructor cannot read stays the text it was.
            return new Scalar(raw, raw, line);
        }
        if (value instanceof Integer i) {
            value = i.longValue();
        } else if (value instanceof BigInteger b && b.bitLength() < 64) {
            value = b.longValue();
        } else if (value instanceof Double d && !Double.isFinite(d)) {
            value = raw; // .inf and .nan have no JSON form
        }
        return new Scalar(raw, value, line);
    }

    private static String utf8(String base64) {
        try {
            byte[] bytes = java.util.Base64.getMimeDecoder().decode(base64);
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private int line(Node node) {
        Mark m = node.getStartMark();
        return m == null ? 0 : m.getLine() + firstLine;
    }

    private String location(Node node) {
        Mark m = node.getStartMark();
        return m == null ? "line " + firstLine : "line " + (m.getLine() + firstLine) + ", column " + (m.getColumn() + 1);
    }

    private static String display(Tag tag) {
        String v = tag.getValue();
        return v.startsWith(Tag.PREFIX) ? "!!" + v.substring(Tag.PREFIX.length()) : v;
    }

    private static ArticleParseException marked(MarkedYAMLException e, String text, int firstLine) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage());
        if (mark == null) {
            return new ArticleParseException("malformed YAML in front matter: " + problem, "line " + firstLine, e);
        }
        String line = lineAt(text, mark.getLine());
        String hint = problem.contains("\\t") || problem.contains("'\t'") || problem.contains("tab")
                ? "; YAML does not allow tabs for indentation, indent with spaces"
                : e.getContext() != null ? " (" + e.getContext() + ")" : "";
        return new ArticleParseException("malformed YAML in front matter: " + problem + " in \""
                + Texts.shorten(line.strip(), 60) + "\"" + hint,
                "line " + (mark.getLine() + firstLine) + ", column " + (mark.getColumn() + 1), e);
    }

    private static ArticleParseException unmarked(YAMLException e, int firstLine, Limits limits) {
        String m = String.valueOf(e.getMessage());
        String detail;
        if (m.contains("aliases")) {
            detail = "front matter has more than " + MAX_COLLECTION_ALIASES + " aliases to lists or maps (a YAML "
                    + "alias bomb?); refused";
        } else if (m.contains("Nesting Depth")) {
            detail = "front matter is nested deeper than " + limits.maxDepth() + " levels (set Limits.withMaxDepth)";
        } else if (m.contains("code points")) {
            detail = "front matter is longer than the YAML code point limit (set Limits.withMaxInputBytes)";
        } else if (m.contains("Global tag")) {
            detail = "front matter uses a global YAML tag, which is not allowed: " + Texts.shorten(m, 80);
        } else {
            detail = "malformed YAML in front matter: " + Texts.shorten(m, 120);
        }
        return new ArticleParseException(detail, "line " + firstLine, e);
    }

    private static String lineAt(String text, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            int n = text.indexOf('\n', start);
            if (n < 0) {
                return "";
            }
            start = n + 1;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static boolean hasLeadingTabs(String text) {
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && c == '\t') {
                return true;
            }
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return false;
    }

    static String expandLeadingTabs(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 64);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && c == '\t') {
                sb.append("  ");
                continue;
            }
            lineStart = c == '\n' || (lineStart && c == ' ');
            sb.append(c);
        }
        return sb.toString();
    }

    /** Exposes SnakeYAML's safe construction of one scalar. */
    private static final class ScalarConstructor extends SafeConstructor {
        ScalarConstructor(LoaderOptions options) {
            super(options);
        }

        Object construct(ScalarNode node) {
            return constructObject(node);
        }
    }
}
