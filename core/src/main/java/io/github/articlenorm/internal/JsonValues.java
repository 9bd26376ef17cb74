package io.github.articlenorm.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, unmodifiable copies of JSON-compatible values, so that {@code extras} compare equal after a round trip
 * through JSON. Not API.
 */
public final class JsonValues {
    private JsonValues() {
    }

    /**
     * Copies a map of JSON-compatible values: null, String, Boolean, numbers, lists and maps with String keys.
     * Integral numbers become Long (BigInteger when too large); other numbers become Double when that loses
     * nothing, else stay BigDecimal. So a value compares equal after a round trip through JSON text.
     *
     * @throws IllegalArgumentException naming the key path of a value that is not JSON-compatible
     */
    public static Map<String, Object> copyObject(Map<String, ?> map, String path) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (e.getKey() == null) {
                throw new IllegalArgumentException(path + " has a null key");
            }
            copy.put(e.getKey(), copy(e.getValue(), path + "." + e.getKey()));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Copies one JSON-compatible value; see {@link #copyObject}. */
    @SuppressWarnings("unchecked")
    public static Object copy(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(path + " is not a JSON number: " + d);
            }
            return d + 0.0; // -0.0 becomes 0.0: JSON readers do not keep the sign of zero
        }
        if (value instanceof BigDecimal b) {
            double d = b.doubleValue();
            return Double.isFinite(d) && BigDecimal.valueOf(d).compareTo(b) == 0 ? (Object) d : b;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return copy(Double.parseDouble(f.toString()), path);
        }
        if (value instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (value instanceof CharSequence cs) {
            return cs.toString();
        }
        if (value instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                if (!(k instanceof String)) {
                    throw new IllegalArgumentException(path + " has a key that is not a string: " + k);
                }
            }
            return copyObject((Map<String, ?>) m, path);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(copy(list.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException(path + " is not a JSON value: " + value.getClass().getName());
    }
}
