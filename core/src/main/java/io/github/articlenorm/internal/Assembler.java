package io.github.articlenorm.internal;

import io.github.articlenorm.Article;
import io.github.articlenorm.Author;
import io.github.articlenorm.Block;
import io.github.articlenorm.Image;
import io.github.articlenorm.Provenance;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.Provenance.Rejected;
import io.github.articlenorm.Publisher;
import io.github.articlenorm.RelatedLink;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.Draft.Candidate;
import io.github.articlenorm.spi.Draft.Field;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a format's {@link Draft} into an {@link Article}: the normalization every format shares. Decides what raw
 * values mean (dates, URLs, names, language), picks the first usable candidate of each field, and writes the
 * provenance. Not API.
 */
public final class Assembler {

    /**
     * What the normalizer knows about the input as a whole.
     *
     * @param source     the input's name
     * @param format     the format id
     * @param confidence detection confidence
     * @param sha256     hex digest of the input bytes
     * @param bytes      input size
     * @param charset    charset used
     * @param warnings   input-level warnings (decoding, truncation)
     * @param ingestedAt the clock's instant
     * @param zone       the default zone
     * @param baseUrl    the base URL hint, or null
     * @param maxRelated the related-link limit
     */
    public record InputInfo(String source, String format, double confidence, String sha256, long bytes,
                            String charset, List<String> warnings, Instant ingestedAt, ZoneId zone, URI baseUrl,
                            int maxRelated) {
    }

    private final InputInfo info;
    private final Draft draft;
    private final Map<String, FieldOrigin> fields = new LinkedHashMap<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** The date result of the candidate {@link #pick} parsed last, for its provenance note. */
    private DateResult lastDate;

    private Assembler(InputInfo info, Draft draft) {
        this.info = info;
        this.draft = draft;
    }

    /** Builds the article for one draft. */
    public static Article assemble(InputInfo info, Draft draft) {
        if (draft.finished() != null) {
            return draft.finished();
        }
        return new Assembler(info, draft).build();
    }

    private Article build() {
        warnings.addAll(info.warnings());
        rejected.addAll(draft.rejected());
        Article.Builder b = Article.builder();

        String title = text(Field.TITLE);
        String subtitle = text(Field.SUBTITLE);
        if (title != null && title.equalsIgnoreCase(subtitle)) {
            FieldOrigin o = fields.remove("subtitle");
            rejected.add(new Rejected("subtitle", subtitle, "same as the title (" + o.origin() + ")"));
            subtitle = null;
        }
        b.title(title).subtitle(subtitle);
        b.excerpt(text(Field.EXCERPT));
        b.credit(text(Field.CREDIT));
        b.section(text(Field.SECTION));
        b.type(text(Field.TYPE));

        OffsetDateTime published = date(Field.PUBLISHED_AT);
        OffsetDateTime modified = date(Field.MODIFIED_AT);
        if (published != null && modified != null && modified.isBefore(published)) {
            FieldOrigin o = fields.remove("modifiedAt");
            rejected.add(new Rejected("modifiedAt", modified.toString(),
                    "earlier than publishedAt " + published + " (" + o.origin() + ")"));
            modified = null;
        }
        b.publishedAt(published).modifiedAt(modified);

        URI url = url(Field.URL);
        b.url(url).ampUrl(url(Field.AMP_URL));

        List<Block> body = body();
        b.body(body);
        b.authors(authors());
        b.publisher(publisher(url));
        b.language(language(body));
        b.topics(topics());
        b.images(images());
        b.related(related());
        b.extras(draft.extras());

        warnings.addAll(draft.warnings());
        b.provenance(new Provenance(info.source(), info.format(), info.confidence(), draft.parser(), info.sha256(),
                info.bytes(), info.charset(), draft.record(), info.ingestedAt(), fields, draft.removed(), rejected,
                dedupe(warnings)));
        return b.build();
    }

    /**
     * The first candidate that survives {@code parse}; the rest go to rejected. A later candidate with the chosen one's
     * raw text is not parsed again: it would give the same value, which is not a rejection.
     */
    private <T> T pick(Field field, Function<Candidate, T> parse) {
        T chosen = null;
        FieldOrigin chosenOrigin = null;
        String chosenRaw = null;
        for (Candidate c : draft.candidates(field)) {
            if (chosen != null) {
                if (c.raw() != null && c.raw().equals(chosenRaw)) {
                    continue;
                }
                T other = parse.apply(c);
                if (other != null && !other.equals(chosen)) {
                    rejected.add(new Rejected(field.component(), c.raw(),
                            "lost to " + chosenOrigin.origin() + " at " + chosenOrigin.location()
                                    + " (from " + c.origin().origin() + " at " + c.origin().location() + ")"));
                }
                continue;
            }
            chosen = parse.apply(c);
            if (chosen != null) {
                chosenRaw = c.raw();
                chosenOrigin = c.origin();
                fields.put(field.component(), noteFor(field, c));
            }
        }
        return chosen;
    }

    private FieldOrigin noteFor(Field field, Candidate c) {
        if (field != Field.PUBLISHED_AT && field != Field.MODIFIED_AT || lastDate == null) {
            return c.origin();
        }
        FieldOrigin o = c.origin();
        if (lastDate.precision() == DateResult.Precision.DAY) {
            o = o.withNote("precision day");
        }
        if (lastDate.zoneAssumed()) {
            o = o.withNote("zone assumed: " + info.zone().getId());
        }
        return o;
    }

    private String text(Field field) {
        return pick(field, c -> Texts.cleanOrNull(c.raw()));
    }

    private OffsetDateTime date(Field field) {
        return pick(field, c -> {
            DateResult r = Dates.parse(c.raw(), info.zone());
            lastDate = r;
            if (!r.ok()) {
                rejected.add(new Rejected(field.component(), c.raw(), r.problem() + " (" + c.origin().origin()
                        + " at " + c.origin().location() + ")"));
                return null;
            }
            return r.value();
        });
    }

    private URI url(Field field) {
        return pick(field, c -> uri(field.component(), c.raw(), c.origin()));
    }

    private URI uri(String component, String raw, FieldOrigin origin) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        UrlResult r = Urls.canonicalize(raw, info.baseUrl());
        if (!r.ok()) {
            rejected.add(new Rejected(component, raw, r.problem() + " (" + origin.origin() + " at "
                    + origin.location() + ")"));
            warnings.add("dropped an unusable URL for " + component + ": \"" + Texts.shorten(raw, 60) + "\" ("
                    + r.problem() + ")");
            return null;
        }
        return r.uri();
    }

    private List<Block> body() {
        List<Block> out = new ArrayList<>(draft.body().size());
        for (Block block : draft.body()) {
            Block clean = cleanBlock(block);
            if (clean != null) {
                out.add(clean);
            }
        }
        if (!out.isEmpty() && draft.bodyOrigin() != null) {
            fields.put("body", draft.bodyOrigin());
        }
        return out;
    }

    private static Block cleanBlock(Block block) {
        if (block instanceof Block.Paragraph p) {
            String t = Texts.cleanOrNull(p.text());
            return t == null ? null : new Block.Paragraph(t);
        }
        if (block instanceof Block.Heading h) {
            String t = Texts.cleanOrNull(h.text());
            return t == null ? null : new Block.Heading(t, h.level());
        }
        if (block instanceof Block.Quote q) {
            String t = Texts.cleanOrNull(q.text());
            return t == null ? null : new Block.Quote(t, Texts.cleanOrNull(q.attribution()));
        }
        Block.ListBlock l = (Block.ListBlock) block;
        List<String> items = new ArrayList<>(l.items().size());
        for (String item : l.items()) {
            String t = Texts.cleanOrNull(item);
            if (t != null) {
                items.add(t);
            }
        }
        return items.isEmpty() ? null : new Block.ListBlock(items);
    }

    private List<Author> authors() {
        List<Author> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Draft.RawAuthor raw : draft.authors()) {
            NameResult names = Names.parse(raw.raw());
            for (NameResult.Refusal refusal : names.refused()) {
                rejected.add(new Rejected("authors", refusal.value(), refusal.reason() + " ("
                        + raw.origin().origin() + " at " + raw.origin().location() + ")"));
            }
            URI url = names.names().size() == 1 ? uri("authors", raw.url(), raw.origin()) : null;
            for (String name : names.names()) {
                String clean = Texts.cleanOrNull(name);
                if (clean != null && seen.add(clean.toLowerCase(Locale.ROOT))) {
                    out.add(new Author(clean, url));
                    fields.putIfAbsent("authors", raw.origin());
                }
            }
        }
        return out;
    }

    private Publisher publisher(URI url) {
        String name = null;
        String domain = null;
        for (Draft.RawPublisher p : draft.publishers()) {
            String n = Texts.cleanOrNull(p.name());
            if (name == null && n != null) {
                name = n;
                fields.put("publisher", p.origin());
            } else if (n != null && !n.equalsIgnoreCase(name)) {
                rejected.add(new Rejected("publisher", n, "lost to \"" + name + "\" (" + p.origin().origin()
                        + " at " + p.origin().location() + ")"));
            }
            String d = domainOf(p.domain());
            if (domain == null && d != null) {
                domain = d;
                fields.putIfAbsent("publisher", p.origin());
            }
        }
        if (domain == null && url != null) {
            domain = Urls.registrableDomain(url);
            if (domain != null) {
                fields.putIfAbsent("publisher", new FieldOrigin("domain of the canonical URL", "url"));
            }
        }
        return name == null && domain == null ? null : new Publisher(name, domain);
    }

    private static String domainOf(String raw) {
        String s = Texts.cleanOrNull(raw);
        if (s == null) {
            return null;
        }
        if (s.contains("://")) {
            UrlResult r = Urls.canonicalize(s, null);
            return r.ok() ? Urls.registrableDomain(r.uri()) : null;
        }
        String host = s.toLowerCase(Locale.ROOT);
        int slash = host.indexOf('/');
        if (slash >= 0) {
            host = host.substring(0, slash);
        }
        String registrable = Urls.registrableDomain(host);
        return registrable != null ? registrable : (host.startsWith("www.") ? host.substring(4) : host);
    }

    private String language(List<Block> body) {
        String declared = pick(Field.LANGUAGE, c -> {
            String tag = Languages.normalizeTag(c.raw());
            if (tag == null) {
                rejected.add(new Rejected("language", c.raw(), "not a language tag (" + c.origin().origin()
                        + " at " + c.origin().location() + ")"));
            }
            return tag;
        });
        if (declared != null) {
            return declared;
        }
        StringBuilder sample = new StringBuilder();
        for (Block block : body) {
            if (sample.length() > 20_000) {
                break;
            }
            sample.append(block.text()).append('\n');
        }
        String detected = Languages.detect(sample);
        if (detected != null) {
            fields.put("language", new FieldOrigin("detected from the body text", "body"));
        }
        return detected;
    }

    private List<String> topics() {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : draft.topics()) {
            String t = Texts.cleanOrNull(c.raw());
            if (t != null && seen.add(t.toLowerCase(Locale.ROOT))) {
                out.add(t);
                fields.putIfAbsent("topics", c.origin());
            }
        }
        return out;
    }

    private List<Image> images() {
        List<Image> out = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        for (Draft.RawImage raw : draft.images()) {
            Image image = image(raw, "images");
            if (image != null && seen.add(image.url())) {
                out.add(image);
                fields.putIfAbsent("images", raw.origin());
            }
        }
        return out;
    }

    private Image image(Draft.RawImage raw, String component) {
        URI u = uri(component, raw.url(), raw.origin());
        if (u == null) {
            return null;
        }
        Integer w = raw.width() != null && raw.width() >= 0 ? raw.width() : null;
        Integer h = raw.height() != null && raw.height() >= 0 ? raw.height() : null;
        return new Image(u, w, h, Texts.cleanOrNull(raw.caption()));
    }

    private List<RelatedLink> related() {
        List<RelatedLink> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int dropped = 0;
        for (Draft.RawRelated raw : draft.related()) {
            RelatedLink link = relatedLink(raw);
            if (link == null) {
                continue;
            }
            String key = link.url() != null ? "u " + link.url() : "t " + link.title().toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                continue;
            }
            if (out.size() >= info.maxRelated()) {
                dropped++;
                continue;
            }
            out.add(link);
            fields.putIfAbsent("related", raw.origin());
        }
        if (dropped > 0) {
            warnings.add("kept the first " + info.maxRelated() + " related links and dropped " + dropped
                    + " (set Limits.withMaxRelatedLinks)");
        }
        return out;
    }

    private RelatedLink relatedLink(Draft.RawRelated raw) {
        String title = Texts.cleanOrNull(raw.title());
        URI url = uri("related", raw.url(), raw.origin());
        if (title == null && url == null) {
            return null;
        }
        URI amp = uri("related", raw.ampUrl(), raw.origin());
        OffsetDateTime published = null;
        if (raw.publishedAt() != null && !raw.publishedAt().isBlank()) {
            DateResult r = Dates.parse(raw.publishedAt(), info.zone());
            if (r.ok()) {
                published = r.value();
            } else {
                rejected.add(new Rejected("related", raw.publishedAt(), r.problem() + " ("
                        + raw.origin().origin() + " at " + raw.origin().location() + ")"));
            }
        }
        Publisher publisher = null;
        if (raw.publisher() != null) {
            String n = Texts.cleanOrNull(raw.publisher().name());
            String d = domainOf(raw.publisher().domain());
            if (n != null || d != null) {
                publisher = new Publisher(n, d);
            }
        }
        List<Image> images = new ArrayList<>();
        for (Draft.RawImage img : raw.images()) {
            Image i = image(img, "related");
            if (i != null) {
                images.add(i);
            }
        }
        return new RelatedLink(title, url, amp, Texts.cleanOrNull(raw.excerpt()), published, publisher, images);
    }

    private static List<String> dedupe(List<String> list) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(list));
    }
}
