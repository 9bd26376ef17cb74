package io.github.articlenorm.formats.frontmatter.internal;

import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.formats.frontmatter.internal.Keys.Mapping;
import io.github.articlenorm.formats.frontmatter.internal.Keys.Role;
import io.github.articlenorm.formats.frontmatter.internal.Tree.Entry;
import io.github.articlenorm.formats.frontmatter.internal.Tree.ListValue;
import io.github.articlenorm.formats.frontmatter.internal.Tree.MapValue;
import io.github.articlenorm.formats.frontmatter.internal.Tree.Scalar;
import io.github.articlenorm.formats.frontmatter.internal.Tree.Value;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.Draft.Field;
import io.github.articlenorm.spi.Draft.RawImage;
import io.github.articlenorm.spi.Draft.RawPublisher;
import io.github.articlenorm.spi.Draft.RawRelated;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Offers the values of a front matter {@link Tree} to a {@link Draft}: mapped keys become field candidates with
 * their key path and line as origin, everything else goes to extras, so nothing in the front matter is lost.
 *
 * <p>Structured keys keep what they do not map: the leftover keys of each related item (such as
 * {@code cdnAmpWebUrl}) are kept as {@code extras[<key>]}, a list with one map per item in order (an empty map
 * for an item with nothing left), and likewise for images, authors, tags and publisher objects. Not API.
 */
public final class FieldMapper {

    private record Mapped(Entry entry, Mapping mapping, int index) {
    }

    private record Extra(int index, String key, Object value) {
    }

    private final Draft draft;
    private final List<Extra> extras = new ArrayList<>();
    private final List<RawImage> images = new ArrayList<>();
    private boolean publishedOffered;

    private FieldMapper(Draft draft) {
        this.draft = draft;
    }

    /**
     * Maps the front matter into the draft.
     *
     * @return whether any candidate for the publication date was offered
     */
    public static boolean map(MapValue root, Draft draft) {
        FieldMapper m = new FieldMapper(draft);
        m.mapRoot(root);
        return m.publishedOffered;
    }

    private void mapRoot(MapValue root) {
        Map<Role, List<Mapped>> byRole = new EnumMap<>(Role.class);
        List<Entry> entries = root.entries();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Mapping m = Keys.top(e.key());
            if (m == null) {
                extras.add(new Extra(i, e.key(), e.value().json()));
            } else {
                byRole.computeIfAbsent(m.role(), r -> new ArrayList<>()).add(new Mapped(e, m, i));
            }
        }
        byRole.values().forEach(list -> list.sort(Comparator.comparingInt((Mapped x) -> x.mapping().rank())
                .thenComparingInt(Mapped::index)));
        text(byRole, Role.TITLE, Field.TITLE);
        text(byRole, Role.SUBTITLE, Field.SUBTITLE);
        text(byRole, Role.EXCERPT, Field.EXCERPT);
        text(byRole, Role.PUBLISHED, Field.PUBLISHED_AT);
        publishedOffered = !draft.candidates(Field.PUBLISHED_AT).isEmpty();
        text(byRole, Role.MODIFIED, Field.MODIFIED_AT);
        text(byRole, Role.URL, Field.URL);
        text(byRole, Role.AMP_URL, Field.AMP_URL);
        text(byRole, Role.LANGUAGE, Field.LANGUAGE);
        text(byRole, Role.CREDIT, Field.CREDIT);
        text(byRole, Role.TYPE, Field.TYPE);

        String authorUrl = null;
        for (Mapped m : roles(byRole, Role.AUTHOR_URL)) {
            if (m.entry().value() instanceof Scalar s && isText(s) && authorUrl == null) {
                authorUrl = s.raw();
            } else {
                extra(m);
            }
        }
        List<Mapped> authors = roles(byRole, Role.AUTHORS);
        for (Mapped m : authors) {
            String url = authors.size() == 1 ? authorUrl : null;
            Object left = authors(m.entry().value(), m.entry().key(), m.entry().line(), url);
            keepLeftover(m, left);
        }

        List<String[]> categoryTopics = new ArrayList<>();
        for (Mapped m : roles(byRole, Role.SECTION)) {
            keepLeftover(m, section(m.entry(), categoryTopics));
        }
        for (Mapped m : roles(byRole, Role.CATEGORIES)) {
            keepLeftover(m, section(m.entry(), categoryTopics));
        }
        for (Mapped m : roles(byRole, Role.TOPICS)) {
            keepLeftover(m, topics(m.entry().value(), m.entry().key(), m.entry().line()));
        }
        // Categories after the first are topics: Jekyll and Hugo posts often list several.
        for (String[] t : categoryTopics) {
            draft.topic(t[0], new FieldOrigin(t[1], t[2]));
        }

        for (Mapped m : roles(byRole, Role.PUBLISHER)) {
            keepLeftover(m, publisher(m.entry().value(), m.entry().key(), m.entry().line(), true));
        }
        for (Mapped m : roles(byRole, Role.PUBLISHER_NAME)) {
            if (m.entry().value() instanceof Scalar s && isText(s)) {
                draft.publisher(s.raw(), null, origin(m.entry().key(), s.line()));
            } else {
                extra(m);
            }
        }

        String caption = null;
        for (Mapped m : roles(byRole, Role.IMAGE_CAPTION)) {
            if (m.entry().value() instanceof Scalar s && isText(s) && caption == null) {
                caption = s.raw();
            } else {
                extra(m);
            }
        }
        for (Mapped m : roles(byRole, Role.IMAGES)) {
            keepLeftover(m, images(m.entry().value(), m.entry().key(), images));
        }
        for (int i = 0; i < images.size(); i++) {
            RawImage img = images.get(i);
            if (i == 0 && caption != null && img.caption() == null) {
                img = new RawImage(img.url(), img.width(), img.height(), caption, img.origin());
            }
            draft.image(img.url(), img.width(), img.height(), img.caption(), img.origin());
        }
        if (caption != null && images.isEmpty()) {
            for (Mapped m : roles(byRole, Role.IMAGE_CAPTION)) {
                extra(m);
            }
        }

        for (Mapped m : roles(byRole, Role.RELATED)) {
            keepLeftover(m, related(m.entry().value(), m.entry().key()));
        }

        extras.sort(Comparator.comparingInt(Extra::index));
        for (Extra x : extras) {
            draft.extra(x.key(), x.value());
        }
    }

    private static List<Mapped> roles(Map<Role, List<Mapped>> byRole, Role role) {
        return byRole.getOrDefault(role, List.of());
    }

    /** Offers scalars (or a list of scalars) as candidates; anything else is kept in extras. */
    private void text(Map<Role, List<Mapped>> byRole, Role role, Field field) {
        for (Mapped m : roles(byRole, role)) {
            Value v = m.entry().value();
            String key = m.entry().key();
            if (v instanceof Scalar s) {
                if (s.isNull() || s.raw().isBlank()) {
                    continue;
                }
                if (!isText(s)) {
                    extra(m);
                    continue;
                }
                draft.offer(field, s.raw(), origin(key, m.entry().line()));
            } else if (v instanceof ListValue l && allText(l)) {
                for (int i = 0; i < l.items().size(); i++) {
                    Scalar s = (Scalar) l.items().get(i);
                    draft.offer(field, s.raw(), origin(key + "[" + i + "]", s.line()));
                }
            } else {
                extra(m);
            }
        }
    }

    private Object section(Entry e, List<String[]> moreTopics) {
        Value v = e.value();
        String key = e.key();
        if (v instanceof Scalar s) {
            if (!isText(s)) {
                return v.json();
            }
            boolean several = Keys.top(key) != null && Keys.top(key).role() == Role.CATEGORIES;
            List<String> parts = several && s.raw().indexOf(',') >= 0 ? splitCommas(s.raw()) : List.of(s.raw());
            for (int i = 0; i < parts.size(); i++) {
                sectionOrTopic(parts.get(i), key, s.line(), moreTopics);
            }
            return null;
        }
        if (v instanceof MapValue map) {
            Entry name = first(map, Keys.NAME);
            if (name != null && name.value() instanceof Scalar s && isText(s)) {
                sectionOrTopic(s.raw(), key + "." + name.key(), name.line(), moreTopics);
                return leftover(map, Set.of(Keys.normalize(name.key())));
            }
            return v.json();
        }
        ListValue list = (ListValue) v;
        List<Object> left = new ArrayList<>();
        boolean anyLeft = false;
        for (int i = 0; i < list.items().size(); i++) {
            Value item = list.items().get(i);
            String path = key + "[" + i + "]";
            if (item instanceof Scalar s && isText(s)) {
                sectionOrTopic(s.raw(), path, s.line(), moreTopics);
                left.add(Map.of());
            } else if (item instanceof MapValue map && first(map, Keys.NAME) != null
                    && first(map, Keys.NAME).value() instanceof Scalar s && isText(s)) {
                Entry name = first(map, Keys.NAME);
                sectionOrTopic(s.raw(), path + "." + name.key(), name.line(), moreTopics);
                Object l = leftover(map, Set.of(Keys.normalize(name.key())));
                left.add(l == null ? Map.of() : l);
                anyLeft |= l != null;
            } else {
                left.add(item.json());
                anyLeft = true;
            }
        }
        return anyLeft ? Collections.unmodifiableList(left) : null;
    }

    private void sectionOrTopic(String raw, String path, int line, List<String[]> moreTopics) {
        if (draft.candidates(Field.SECTION).isEmpty()) {
            draft.section(raw, origin(path, line));
        } else {
            moreTopics.add(new String[] {raw, "front matter key '" + path + "'", location(line)});
        }
    }

    private Object topics(Value v, String key, int line) {
        if (v instanceof Scalar s) {
            if (!isText(s)) {
                return v.json();
            }
            for (String t : splitCommas(s.raw())) {
                draft.topic(t, origin(key, line));
            }
            return null;
        }
        if (v instanceof MapValue map) {
            return v.json();
        }
        ListValue list = (ListValue) v;
        List<Object> left = new ArrayList<>();
        boolean anyLeft = false;
        for (int i = 0; i < list.items().size(); i++) {
            Value item = list.items().get(i);
            String path = key + "[" + i + "]";
            Entry name = item instanceof MapValue map ? first(map, Keys.NAME) : null;
            if (item instanceof Scalar s && isText(s)) {
                draft.topic(s.raw(), origin(path, s.line()));
                left.add(Map.of());
            } else if (name != null && name.value() instanceof Scalar s && isText(s)) {
                draft.topic(s.raw(), origin(path + "." + name.key(), name.line()));
                Object l = leftover((MapValue) item, Set.of(Keys.normalize(name.key())));
                left.add(l == null ? Map.of() : l);
                anyLeft |= l != null;
            } else {
                left.add(item.json());
                anyLeft |= !(item instanceof Scalar s && (s.isNull() || s.raw().isBlank()));
            }
        }
        return anyLeft ? Collections.unmodifiableList(left) : null;
    }

    /** Offers authors; returns what was not mapped, or null. */
    private Object authors(Value v, String key, int line, String url) {
        if (v instanceof Scalar s) {
            if (!isText(s)) {
                return s.isNull() ? null : v.json();
            }
            draft.author(s.raw(), url, origin(key, line));
            return null;
        }
        if (v instanceof MapValue map) {
            return author(map, key);
        }
        return leftovers(((ListValue) v).items(), i -> key + "[" + i + "]", (item, path) -> {
            if (item instanceof Scalar s && isText(s)) {
                draft.author(s.raw(), null, origin(path, s.line()));
                return null;
            }
            return item instanceof MapValue map ? author(map, path) : item.json();
        });
    }

    private Object author(MapValue map, String path) {
        Entry name = first(map, Keys.NAME.subList(0, 3));
        if (name == null || !(name.value() instanceof Scalar s) || !isText(s)) {
            return map.json();
        }
        Entry link = first(map, Keys.LINK);
        String url = link != null && link.value() instanceof Scalar ls && isText(ls) ? ls.raw() : null;
        draft.author(s.raw(), url, origin(path + "." + name.key(), name.line()));
        Set<String> used = new HashSet<>();
        used.add(Keys.normalize(name.key()));
        if (url != null) {
            used.add(Keys.normalize(link.key()));
        }
        return leftover(map, used);
    }

    /** Offers a publisher from an object or a name; returns what was not mapped, or null. */
    private Object publisher(Value v, String key, int line, boolean withAuthors) {
        if (v instanceof Scalar s) {
            if (!isText(s)) {
                return s.isNull() ? null : v.json();
            }
            draft.publisher(s.raw(), null, origin(key, line));
            return null;
        }
        if (!(v instanceof MapValue map)) {
            return v.json();
        }
        RawPublisher p = rawPublisher(map, key);
        Set<String> used = new HashSet<>();
        if (p != null) {
            draft.publisher(p.name(), p.domain(), p.origin());
            usedKeys(map, used, Keys.NAME.subList(0, 3), p.name());
            usedKeys(map, used, Keys.DOMAIN, p.domain());
        }
        Map<String, Object> left = new LinkedHashMap<>();
        for (Entry e : map.entries()) {
            String n = Keys.normalize(e.key());
            if (used.contains(n)) {
                continue;
            }
            if (withAuthors && (n.equals("authors") || n.equals("author"))) {
                Object l = authors(e.value(), key + "." + e.key(), e.line(), null);
                if (l != null) {
                    left.put(e.key(), l);
                }
                continue;
            }
            left.put(e.key(), e.value().json());
        }
        return left.isEmpty() ? null : Collections.unmodifiableMap(left);
    }

    private static void usedKeys(MapValue map, Set<String> used, List<String> keys, String value) {
        if (value == null) {
            return;
        }
        Entry e = first(map, keys);
        if (e != null) {
            used.add(Keys.normalize(e.key()));
        }
    }

    private RawPublisher rawPublisher(MapValue map, String path) {
        Entry name = first(map, Keys.NAME.subList(0, 3));
        Entry domain = first(map, Keys.DOMAIN);
        String n = name != null && name.value() instanceof Scalar s && isText(s) ? s.raw() : null;
        String d = domain != null && domain.value() instanceof Scalar s && isText(s) ? s.raw() : null;
        if (n == null && d == null) {
            return null;
        }
        Entry at = n != null ? name : domain;
        return new RawPublisher(n, d, origin(path + "." + at.key(), at.line()));
    }

    /** Collects images; returns what was not mapped, or null. */
    private Object images(Value v, String path, List<RawImage> out) {
        if (v instanceof Scalar s) {
            if (isText(s) && !s.raw().isBlank()) {
                out.add(new RawImage(s.raw(), null, null, null, origin(path, s.line())));
                return null;
            }
            return s.isNull() || s.raw().isBlank() ? null : v.json();
        }
        if (v instanceof MapValue map) {
            return image(map, path, out);
        }
        return leftovers(((ListValue) v).items(), i -> path + "[" + i + "]", (item, itemPath) -> {
            if (item instanceof MapValue map) {
                return image(map, itemPath, out);
            }
            if (item instanceof Scalar s && isText(s)) {
                out.add(new RawImage(s.raw(), null, null, null, origin(itemPath, s.line())));
                return null;
            }
            return item.json();
        });
    }

    private Object image(MapValue map, String path, List<RawImage> out) {
        Entry url = first(map, Keys.IMAGE_URL);
        if (url == null || !(url.value() instanceof Scalar us) || !isText(us)) {
            return map.json();
        }
        Set<String> used = new HashSet<>();
        used.add(Keys.normalize(url.key()));
        Integer width = size(map, "width", used);
        Integer height = size(map, "height", used);
        Entry caption = first(map, Keys.CAPTION);
        String c = null;
        if (caption != null && caption.value() instanceof Scalar cs && isText(cs)) {
            c = cs.raw();
            used.add(Keys.normalize(caption.key()));
        }
        out.add(new RawImage(us.raw(), width, height, c, origin(path + "." + url.key(), url.line())));
        return leftover(map, used);
    }

    private static Integer size(MapValue map, String key, Set<String> used) {
        Entry e = first(map, List.of(key));
        if (e == null || !(e.value() instanceof Scalar s)) {
            return null;
        }
        Integer n = null;
        if (s.value() instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
            n = l.intValue();
        } else if (s.value() instanceof String str && !str.isEmpty() && str.length() < 10
                && str.chars().allMatch(Character::isDigit)) {
            n = Integer.parseInt(str);
        }
        if (n != null) {
            used.add(key);
        }
        return n;
    }

    /** Offers related links; returns the leftover keys of each item, or null when no item has any. */
    private Object related(Value v, String key) {
        List<Value> items = v instanceof ListValue l ? l.items() : List.of(v);
        return leftovers(items, i -> v instanceof ListValue ? key + "[" + i + "]" : key, (item, path) -> {
            if (item instanceof Scalar s && isText(s)) {
                String raw = s.raw();
                boolean link = raw.contains("://") || raw.startsWith("/");
                draft.related(RawRelated.of(link ? null : raw, link ? raw : null, origin(path, s.line())));
                return null;
            }
            return item instanceof MapValue map ? relatedItem(map, path) : item.json();
        });
    }

    /**
     * Maps every item of a list. {@code mapper} offers what it can and returns the item's unmapped rest, or null
     * when nothing is left. The result keeps one entry per item ({@code {}} for none) so extras line up with the
     * items, or is null when no item left anything.
     */
    private static Object leftovers(List<Value> items, java.util.function.IntFunction<String> pathOf,
                                    java.util.function.BiFunction<Value, String, Object> mapper) {
        List<Object> left = new ArrayList<>(items.size());
        boolean anyLeft = false;
        for (int i = 0; i < items.size(); i++) {
            Object l = mapper.apply(items.get(i), pathOf.apply(i));
            left.add(l == null ? Map.of() : l);
            anyLeft |= l != null;
        }
        return anyLeft ? Collections.unmodifiableList(left) : null;
    }

    private Object relatedItem(MapValue map, String path) {
        Set<String> used = new HashSet<>();
        Entry title = text(map, Keys.RELATED_TITLE, used);
        Entry url = text(map, Keys.RELATED_URL, used);
        Entry amp = text(map, Keys.RELATED_AMP, used);
        Entry excerpt = text(map, Keys.RELATED_EXCERPT, used);
        Entry date = text(map, Keys.RELATED_DATE, used);
        Entry at = url != null ? url : title != null ? title : map.entries().isEmpty() ? null : map.entries().get(0);
        FieldOrigin origin = at == null ? origin(path, map.line()) : origin(path + "." + at.key(), at.line());
        RawPublisher publisher = null;
        Map<String, Object> nested = new LinkedHashMap<>();
        Entry pub = first(map, Keys.RELATED_PUBLISHER);
        if (pub != null) {
            if (pub.value() instanceof MapValue pm) {
                publisher = rawPublisher(pm, path + "." + pub.key());
                if (publisher != null) {
                    used.add(Keys.normalize(pub.key()));
                    Set<String> pubUsed = new HashSet<>();
                    usedKeys(pm, pubUsed, Keys.NAME.subList(0, 3), publisher.name());
                    usedKeys(pm, pubUsed, Keys.DOMAIN, publisher.domain());
                    Object l = leftover(pm, pubUsed);
                    if (l != null) {
                        nested.put(pub.key(), l);
                    }
                }
            } else if (pub.value() instanceof Scalar ps && isText(ps)) {
                publisher = new RawPublisher(ps.raw(), null, origin(path + "." + pub.key(), pub.line()));
                used.add(Keys.normalize(pub.key()));
            }
        }
        List<RawImage> imgs = new ArrayList<>();
        Entry img = first(map, Keys.RELATED_IMAGES);
        if (img != null) {
            used.add(Keys.normalize(img.key()));
            Object l = images(img.value(), path + "." + img.key(), imgs);
            if (l != null) {
                nested.put(img.key(), l);
            }
        }
        draft.related(new RawRelated(raw(title), raw(url), raw(amp), raw(excerpt), raw(date), publisher, imgs,
                origin));
        Map<String, Object> left = new LinkedHashMap<>();
        for (Entry e : map.entries()) {
            if (nested.containsKey(e.key())) {
                left.put(e.key(), nested.get(e.key()));
            } else if (!used.contains(Keys.normalize(e.key()))) {
                left.put(e.key(), e.value().json());
            }
        }
        return left.isEmpty() ? null : Collections.unmodifiableMap(left);
    }

    private static Entry text(MapValue map, List<String> keys, Set<String> used) {
        for (String k : keys) {
            for (Entry e : map.entries()) {
                if (Keys.normalize(e.key()).equals(k) && e.value() instanceof Scalar s && isText(s)
                        && !s.raw().isBlank()) {
                    used.add(k);
                    return e;
                }
            }
        }
        return null;
    }

    private static String raw(Entry e) {
        return e == null ? null : ((Scalar) e.value()).raw();
    }

    /** The first entry whose normalized key is one of {@code keys}, in the order of {@code keys}. */
    private static Entry first(MapValue map, List<String> keys) {
        for (String k : keys) {
            for (Entry e : map.entries()) {
                if (Keys.normalize(e.key()).equals(k)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static Map<String, Object> leftover(MapValue map, Set<String> used) {
        Map<String, Object> left = new LinkedHashMap<>();
        for (Entry e : map.entries()) {
            if (!used.contains(Keys.normalize(e.key()))) {
                left.put(e.key(), e.value().json());
            }
        }
        return left.isEmpty() ? null : Collections.unmodifiableMap(left);
    }

    private void keepLeftover(Mapped m, Object left) {
        if (left != null) {
            extras.add(new Extra(m.index(), m.entry().key(), left));
        }
    }

    private void extra(Mapped m) {
        extras.add(new Extra(m.index(), m.entry().key(), m.entry().value().json()));
    }

    /** Strings, timestamps and numbers are text; booleans and nulls are not. */
    private static boolean isText(Scalar s) {
        return !s.isNull() && !s.isBoolean();
    }

    private static boolean allText(ListValue l) {
        for (Value v : l.items()) {
            if (!(v instanceof Scalar s) || !isText(s)) {
                return false;
            }
        }
        return !l.items().isEmpty();
    }

    private static List<String> splitCommas(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int comma = s.indexOf(',', start);
            int end = comma < 0 ? s.length() : comma;
            String part = s.substring(start, end).strip();
            if (!part.isEmpty()) {
                out.add(part);
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        return out;
    }

    static FieldOrigin origin(String path, int line) {
        return new FieldOrigin("front matter key '" + path + "'", location(line));
    }

    private static String location(int line) {
        return line > 0 ? "line " + line : "front matter";
    }
}
