package io.github.articlenorm.formats.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.articlenorm.Block;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.formats.internal.jsonld.JsonLd;
import io.github.articlenorm.formats.internal.jsonld.TextBlocks;
import io.github.articlenorm.spi.Draft;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps one JSON record to a draft: the schema's own rules first, then key aliases for the other top-level keys,
 * then every key nothing mapped into extras. Says where each value is (its JSON pointer) and never decides what a
 * value means: dates, URLs and names go to core as found.
 */
final class Mapper {

    private static final String[] NAME_KEYS = {"name", "fullName", "full_name", "displayName", "display_name",
            "webTitle", "title", "label"};
    private static final String[] URL_KEYS = {"url", "href", "link", "webUrl", "profile", "profileUrl", "uri",
            "sameAs", "homepage"};
    private static final String[] DOMAIN_KEYS = {"domain", "url", "homepage", "site", "hostname", "href", "link",
            "website"};
    private static final String[] IMAGE_URL_KEYS = {"url", "src", "href", "link", "contentUrl", "uri", "imageUrl",
            "image_url"};
    private static final String[] CAPTION_KEYS = {"caption", "title", "alt", "description", "credit", "name"};
    private static final String[] TEXT_KEYS = {"main", "text", "value", "name", "title", "content", "#text"};

    private final JsonNode record;
    private final Schema schema;
    private final Locator loc;
    private final Draft draft;
    /** The JSON pointers of the values used. A record has a few: a list is cheaper than a hash set here. */
    private final List<String> consumed = new ArrayList<>(16);
    private FieldOrigin bodyFrom;

    private Mapper(JsonNode record, Schema schema, Locator loc, Draft draft) {
        this.record = record;
        this.schema = schema;
        this.loc = loc;
        this.draft = draft;
    }

    /** Maps a record of a known or unknown schema into the draft and names the schema as its parser. */
    static void map(JsonNode record, Locator loc, Draft draft) {
        JsonNode hit = record.get("_source");
        if (hit != null && hit.isObject() && (record.has("_id") || record.has("_index"))) {
            // An Elasticsearch hit: the document is its _source; the hit's own keys are kept as extras.
            Iterator<Map.Entry<String, JsonNode>> it = record.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("_source")) {
                    draft.extra(e.getKey(), Json.toJava(e.getValue()));
                }
            }
            map(hit, loc.child("/_source"), draft);
            return;
        }
        if (record.has("@type") && JsonLd.articleType(record) != null) {
            mapJsonLd(record, loc, draft);
            return;
        }
        Schema schema = Schema.of(record);
        draft.parser(schema.id());
        new Mapper(record, schema, loc, draft).run();
    }

    /** A schema.org article object: the shared JSON-LD mapping, and its other properties as extras. */
    static void mapJsonLd(JsonNode article, Locator loc, Draft draft) {
        draft.parser("json-ld");
        JsonLd.offer(article, draft, loc.at(""));
        Iterator<Map.Entry<String, JsonNode>> it = article.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!JsonLd.maps(e.getKey())) {
                draft.extra(e.getKey(), Json.toJava(e.getValue()));
            }
        }
    }

    private void run() {
        // The record's keys, their values and what each feeds, looked up once; used[i]: key i's value was used.
        int n = record.size();
        String[] names = new String[n];
        JsonNode[] values = new JsonNode[n];
        boolean[] used = new boolean[n];
        Iterator<Map.Entry<String, JsonNode>> it = record.fields();
        for (int i = 0; i < n && it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            names[i] = e.getKey();
            values[i] = e.getValue();
        }
        List<Schema.Rule> rules = schema.rules();
        for (int r = 0; r < rules.size(); r++) {
            Schema.Rule rule = rules.get(r);
            // A rule naming a key finds it among the names above (it then knows which key it used); others go deeper.
            int at = rule.key() != null ? indexOf(names, rule.key()) : -1;
            JsonNode v = rule.key() == null ? record.at(rule.path()) : at >= 0 ? values[at] : null;
            if (v != null && !v.isMissingNode() && apply(rule.target(), v, rule.pointer(), rule.origin())) {
                consumed.add(rule.pointer());
                if (at >= 0) {
                    used[at] = true;
                }
            }
        }
        Aliases.Key[] keys = new Aliases.Key[n];
        int[] matches = new int[n];
        int matched = 0;
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                // A rule used it: its alias and pointer are never asked for.
                continue;
            }
            keys[i] = Aliases.key(names[i]);
            if (keys[i].match() != null) {
                // Kept in order of rank, and in record order at equal rank (an insertion sort: a record has few).
                int at = matched++;
                int rank = keys[i].match().rank();
                while (at > 0 && keys[matches[at - 1]].match().rank() > rank) {
                    matches[at] = matches[at - 1];
                    at--;
                }
                matches[at] = i;
            }
        }
        for (int m = 0; m < matched; m++) {
            int i = matches[m];
            Aliases.Key k = keys[i];
            if (apply(k.match().target(), values[i], k.pointer(), null)) {
                consumed.add(k.pointer());
                used[i] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            if (values[i].isObject() && consumedUnder(keys[i].pointer())) {
                leftovers(values[i], keys[i].pointer());
            } else {
                draft.extra(names[i], Json.toJava(values[i]));
            }
        }
    }

    /**
     * Where a key is among a record's names, or -1. A record has a few keys, and the parser and the schemas both
     * intern theirs, so this is mostly identity checks.
     */
    private static int indexOf(String[] names, String key) {
        for (int i = 0; i < names.length; i++) {
            if (key.equals(names[i])) {
                return i;
            }
        }
        return -1;
    }

    // ---- one value ----

    /** The origin of the value at a pointer, described as given or (when null) by the schema. */
    private FieldOrigin origin(String pointer, String described) {
        return new FieldOrigin(described != null ? described : schema.origin(pointer), loc.at(pointer));
    }

    /** Pointers already turned into dotted keys: records of one dump repeat the same few. Bounded. */
    private static final Map<String, String> DOTTED = new ConcurrentHashMap<>();

    private static String dotted(String pointer) {
        String d = DOTTED.get(pointer);
        if (d == null) {
            d = pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
            if (DOTTED.size() < 4096) {
                DOTTED.put(pointer, d);
            }
        }
        return d;
    }

    /** Offers the value to the target; false when it holds nothing the target can use (it then goes to extras). */
    private boolean apply(Target target, JsonNode v, String pointer, String described) {
        if (v == null || v.isNull()) {
            return true;
        }
        FieldOrigin origin = origin(pointer, described);
        switch (target) {
            case EXTRA, CRAWL_DATE -> {
                draft.extra(pointer.length() > 1 && pointer.indexOf('/', 1) < 0
                        ? dotted(pointer) : pointer.substring(1), Json.toJava(v));
                return true;
            }
            case BODY -> {
                return body(v, pointer, origin);
            }
            case AUTHORS -> {
                return authors(v, origin);
            }
            case PUBLISHER, PUBLISHER_NAME, PUBLISHER_DOMAIN -> {
                return publisher(target, v, origin);
            }
            case TOPICS -> {
                return topics(v, origin);
            }
            case IMAGES -> {
                return images(v, origin, 0);
            }
            case RELATED -> {
                return related(v, pointer, origin);
            }
            default -> {
                return scalar(target, v, pointer, origin, 0);
            }
        }
    }

    private boolean scalar(Target target, JsonNode v, String pointer, FieldOrigin origin, int depth) {
        if (v.isTextual() || (v.isNumber() && target != Target.TITLE)) {
            String raw = v.asText();
            switch (target) {
                case TITLE -> draft.title(TextBlocks.plain(raw), origin);
                case SUBTITLE -> draft.subtitle(TextBlocks.plain(raw), origin);
                case EXCERPT -> draft.excerpt(TextBlocks.plain(untruncated(raw, pointer)), origin);
                case PUBLISHED -> draft.publishedAt(raw, origin);
                case MODIFIED -> draft.modifiedAt(raw, origin);
                case URL -> draft.url(raw, origin);
                case AMP_URL -> draft.ampUrl(raw, origin);
                case LANGUAGE -> draft.language(raw, origin);
                case CREDIT -> draft.credit(TextBlocks.plain(raw), origin);
                case SECTION -> draft.section(TextBlocks.plain(raw), origin);
                case TYPE -> draft.type(TextBlocks.plain(raw), origin);
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (depth > 0) {
            return false;
        }
        if (v.isArray()) {
            boolean used = false;
            for (JsonNode x : v) {
                used |= scalar(target, x, pointer, origin, depth + 1);
            }
            return used;
        }
        if (v.isObject()) {
            String[] keys = target == Target.URL || target == Target.AMP_URL ? URL_KEYS : TEXT_KEYS;
            for (String k : keys) {
                JsonNode x = v.get(k);
                if (x != null && (x.isTextual() || x.isNumber())) {
                    return scalar(target, x, pointer, origin, depth + 1);
                }
            }
        }
        return false;
    }

    private boolean body(JsonNode v, String pointer, FieldOrigin origin) {
        List<Block> blocks;
        if (v.isTextual()) {
            blocks = TextBlocks.of(untruncated(v.textValue(), pointer));
        } else if (v.isArray()) {
            blocks = new ArrayList<>();
            for (JsonNode x : v) {
                String text = x.isTextual() ? x.textValue() : x.isObject() ? Json.text(x, TEXT_KEYS) : null;
                if (text != null) {
                    blocks.addAll(TextBlocks.of(text));
                }
            }
        } else {
            return false;
        }
        if (blocks.isEmpty()) {
            return true;
        }
        if (bodyFrom != null) {
            draft.removed(v.isTextual() ? v.textValue() : v.toString(), loc.at(pointer),
                    "another form of the body, which came from " + bodyFrom.origin());
            return true;
        }
        bodyFrom = origin;
        for (Block b : blocks) {
            draft.block(b, origin);
        }
        return true;
    }

    /** The text without a trailing "… [+1234 chars]" marker of a shortened text; the marker is noted as removed. */
    private String untruncated(String s, String pointer) {
        int cut = Json.truncationMarker(s);
        if (cut < 0) {
            return s;
        }
        String marker = s.substring(cut).strip();
        draft.removed(marker, loc.at(pointer), "marker of a text the source shortened");
        draft.warning("the source shortened " + dotted(pointer) + " (it ends with \"" + marker
                + "\"); the rest of the text is not in the input");
        return s.substring(0, cut);
    }

    private boolean authors(JsonNode v, FieldOrigin origin) {
        if (v.isTextual()) {
            draft.author(v.textValue(), null, origin);
            return true;
        }
        if (v.isArray()) {
            boolean used = false;
            for (JsonNode x : v) {
                used |= (x.isTextual() || x.isObject()) && authors(x, origin);
            }
            return used || v.isEmpty();
        }
        if (v.isObject()) {
            String name = personName(v);
            if (name == null) {
                JsonNode nested = v.get("person");
                return nested != null && authors(nested, origin);
            }
            draft.author(name, Json.text(v, URL_KEYS), origin);
            return true;
        }
        return false;
    }

    private static String personName(JsonNode v) {
        String name = Json.text(v, NAME_KEYS);
        if (name != null) {
            return name;
        }
        String first = Json.text(v, "firstname", "firstName", "first_name", "givenName", "given_name");
        String middle = Json.text(v, "middlename", "middleName", "middle_name");
        String last = Json.text(v, "lastname", "lastName", "last_name", "familyName", "family_name");
        StringBuilder sb = new StringBuilder();
        for (String part : new String[]{first, middle, last}) {
            if (part != null && !part.isBlank()) {
                sb.append(sb.length() == 0 ? "" : " ").append(part.strip());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private boolean publisher(Target target, JsonNode v, FieldOrigin origin) {
        if (v.isTextual()) {
            String s = v.textValue().strip();
            boolean domainLike = s.startsWith("http://") || s.startsWith("https://")
                    || (s.indexOf('.') > 0 && s.indexOf(' ') < 0);
            if (target == Target.PUBLISHER_DOMAIN || (target == Target.PUBLISHER && domainLike)) {
                draft.publisher(null, s, origin);
            } else {
                draft.publisher(s, null, origin);
            }
            return true;
        }
        if (v.isObject()) {
            String name = Json.text(v, NAME_KEYS);
            String domain = Json.text(v, DOMAIN_KEYS);
            draft.publisher(name, domain, origin);
            return name != null || domain != null;
        }
        return false;
    }

    private boolean topics(JsonNode v, FieldOrigin origin) {
        if (v.isTextual()) {
            for (String t : Json.splitList(v.textValue())) {
                draft.topic(t, origin);
            }
            return true;
        }
        if (!v.isArray()) {
            return false;
        }
        for (JsonNode x : v) {
            if (x.isTextual()) {
                draft.topic(x.textValue(), origin);
            } else if (x.isObject()) {
                String label = Json.text(x, "value", "name", "label", "term", "webTitle", "title", "text", "tag");
                if ("contributor".equals(Json.text(x, "type"))) {
                    // Guardian contributor tags name the authors.
                    draft.author(label, Json.text(x, URL_KEYS), origin);
                } else {
                    draft.topic(label, origin);
                }
            }
        }
        return true;
    }

    private boolean images(JsonNode v, FieldOrigin origin, int depth) {
        if (v.isTextual()) {
            draft.image(imageUrl(v.textValue()), null, null, null, origin);
            return true;
        }
        if (v.isArray() && depth == 0) {
            for (JsonNode x : v) {
                images(x, origin, depth + 1);
            }
            return true;
        }
        if (v.isObject()) {
            String url = Json.text(v, IMAGE_URL_KEYS);
            if (url == null) {
                return false;
            }
            draft.image(imageUrl(url), JsonLd.pixelsOf(first(v, "width", "w")), JsonLd.pixelsOf(first(v, "height",
                    "h")), Json.text(v, CAPTION_KEYS), origin);
            return true;
        }
        return false;
    }

    private String imageUrl(String url) {
        if (schema.imageBase() != null && !url.contains("://") && !url.startsWith("//")) {
            return schema.imageBase() + (url.startsWith("/") ? url.substring(1) : url);
        }
        return url;
    }

    private static JsonNode first(JsonNode v, String... keys) {
        for (String k : keys) {
            JsonNode x = v.get(k);
            if (x != null && !x.isNull()) {
                return x;
            }
        }
        return null;
    }

    private boolean related(JsonNode v, String pointer, FieldOrigin origin) {
        if (!v.isArray()) {
            return false;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode x = v.get(i);
            String at = pointer + "/" + i;
            FieldOrigin o = new FieldOrigin(origin.origin(), loc.at(at));
            if (x.isTextual()) {
                String s = x.textValue();
                boolean link = s.startsWith("http://") || s.startsWith("https://") || s.startsWith("/");
                draft.related(Draft.RawRelated.of(link ? null : s, link ? s : null, o));
            } else if (x.isObject()) {
                relatedObject(x, at, o);
            }
        }
        return true;
    }

    private void relatedObject(JsonNode x, String at, FieldOrigin o) {
        String title = null;
        String url = null;
        String amp = null;
        String excerpt = null;
        String published = null;
        Draft.RawPublisher publisher = null;
        List<Draft.RawImage> images = new ArrayList<>();
        Map<String, Object> rest = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = x.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            Aliases.Match m = Aliases.of(e.getKey());
            Target t = m == null ? Target.EXTRA : m.target();
            String text = v.isTextual() ? v.textValue() : null;
            boolean used = true;
            switch (t) {
                case TITLE -> used = text != null && title == null && (title = TextBlocks.plain(text)) != null;
                case URL -> used = text != null && url == null && (url = text) != null;
                case AMP_URL -> used = text != null && amp == null && (amp = text) != null;
                case EXCERPT -> used = text != null && excerpt == null
                        && (excerpt = TextBlocks.plain(text)) != null;
                case PUBLISHED -> used = (text != null || v.isNumber()) && published == null
                        && (published = v.asText()) != null;
                case PUBLISHER, PUBLISHER_NAME, PUBLISHER_DOMAIN -> {
                    if (v.isObject()) {
                        publisher = new Draft.RawPublisher(Json.text(v, NAME_KEYS), Json.text(v, DOMAIN_KEYS), o);
                    } else if (text != null && publisher == null) {
                        publisher = t == Target.PUBLISHER_DOMAIN ? new Draft.RawPublisher(null, text, o)
                                : new Draft.RawPublisher(text, null, o);
                    } else {
                        used = false;
                    }
                }
                case IMAGES -> {
                    for (JsonNode img : v.isArray() ? v : List.of(v)) {
                        if (img.isTextual()) {
                            images.add(new Draft.RawImage(img.textValue(), null, null, null, o));
                        } else if (img.isObject() && Json.text(img, IMAGE_URL_KEYS) != null) {
                            images.add(new Draft.RawImage(Json.text(img, IMAGE_URL_KEYS),
                                    JsonLd.pixelsOf(first(img, "width", "w")),
                                    JsonLd.pixelsOf(first(img, "height", "h")), Json.text(img, CAPTION_KEYS), o));
                        }
                    }
                }
                default -> used = false;
            }
            if (!used && !v.isNull()) {
                rest.put(e.getKey(), Json.toJava(v));
            }
        }
        draft.related(new Draft.RawRelated(title, url, amp, excerpt, published, publisher, images, o));
        rest.forEach((k, val) -> draft.extra(at.substring(1) + "/" + Locator.escape(k), val));
    }

    // ---- what nothing mapped ----

    /** Keeps in extras what nothing used of an object inside the record, at {@code pointer}. */
    private void leftovers(JsonNode node, String pointer) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String child = pointer + "/" + Locator.escape(e.getKey());
            if (consumed(child)) {
                continue;
            }
            if (e.getValue().isObject() && consumedUnder(child)) {
                leftovers(e.getValue(), child);
            } else {
                draft.extra(child.substring(1), Json.toJava(e.getValue()));
            }
        }
    }

    /**
     * Whether the value at a pointer was used. Pointers are mostly constants and cached keys, whose hashes are
     * known: comparing hashes first skips comparing the text of pointers that differ.
     */
    private boolean consumed(String pointer) {
        int hash = pointer.hashCode();
        for (int i = 0; i < consumed.size(); i++) {
            String c = consumed.get(i);
            if (c == pointer || (c.hashCode() == hash && c.equals(pointer))) {
                return true;
            }
        }
        return false;
    }

    private boolean consumedUnder(String pointer) {
        String prefix = pointer + "/";
        for (String c : consumed) {
            if (c.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
