package io.github.articlenorm.formats.frontmatter.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Front matter as read from YAML or TOML: maps, lists and scalars, each with the input line it starts on. Both
 * readers produce this tree, so key mapping does not care which syntax the file used. Not API.
 */
public final class Tree {
    private Tree() {
    }

    /** A value in the front matter. */
    public sealed interface Value permits MapValue, ListValue, Scalar {
        /** The 1-based line of the input the value starts on, or 0 when unknown. */
        int line();

        /** The value as a JSON-compatible Java object (String, Boolean, Long, BigInteger, Double, BigDecimal, List, Map, null). */
        Object json();
    }

    /**
     * One key of a map.
     *
     * @param key   the key as written
     * @param line  the 1-based line of the key, or 0 when unknown
     * @param value its value
     */
    public record Entry(String key, int line, Value value) {
    }

    /** A map; keys are unique and keep their order. */
    public record MapValue(List<Entry> entries, int line) implements Value {
        public MapValue {
            entries = List.copyOf(entries);
        }

        @Override
        public Object json() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Entry e : entries) {
                out.put(e.key(), e.value().json());
            }
            return Collections.unmodifiableMap(out);
        }

        /** The entry with this key as written, or null. */
        public Entry get(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }
    }

    /** A list. */
    public record ListValue(List<Value> items, int line) implements Value {
        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public Object json() {
            List<Object> out = new ArrayList<>(items.size());
            for (Value v : items) {
                out.add(v.json());
            }
            return Collections.unmodifiableList(out);
        }
    }

    /**
     * A scalar.
     *
     * @param raw   the text as written (after YAML or TOML unquoting); "" for an empty YAML value
     * @param value the typed value: String, Boolean, Long, BigInteger, Double, BigDecimal, or null for a null
     * @param line  its 1-based line, or 0
     */
    public record Scalar(String raw, Object value, int line) implements Value {
        @Override
        public Object json() {
            return value;
        }

        /** Whether the value is null (an empty YAML value, {@code ~}, {@code null}). */
        public boolean isNull() {
            return value == null;
        }

        /** Whether the value is a boolean. */
        public boolean isBoolean() {
            return value instanceof Boolean;
        }
    }
}
