package io.github.articlenorm.formats.frontmatter;

import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Provenance.FieldOrigin;
import io.github.articlenorm.formats.frontmatter.internal.BodyReader;
import io.github.articlenorm.formats.frontmatter.internal.FieldMapper;
import io.github.articlenorm.formats.frontmatter.internal.Fences;
import io.github.articlenorm.formats.frontmatter.internal.Fences.Split;
import io.github.articlenorm.formats.frontmatter.internal.TomlReader;
import io.github.articlenorm.formats.frontmatter.internal.Tree.MapValue;
import io.github.articlenorm.formats.frontmatter.internal.YamlReader;
import io.github.articlenorm.spi.ArticleFormat;
import io.github.articlenorm.spi.Detection;
import io.github.articlenorm.spi.Draft;
import io.github.articlenorm.spi.ParseContext;
import io.github.articlenorm.spi.Sniff;

import java.util.Iterator;
import java.util.List;

/**
 * The {@code front-matter} format: Markdown or HTML with YAML ({@code ---}) or TOML ({@code +++}) front matter, as
 * static-site generators (Jekyll, Hugo, Eleventy, Astro, Docusaurus, Pelican), Ghost and dev.to exports and news
 * aggregators write it.
 *
 * <p>Front matter keys are matched case- and separator-insensitively ({@code published_at} = {@code publishedAt})
 * to article fields; each value's origin is its key path and line, e.g. {@code front matter key
 * 'related[3].webUrl'} at {@code line 41}. Every key that maps to no field is kept in {@code extras} with its JSON
 * type; the unmapped keys of each related item are kept as {@code extras["related"]}, a list with one map per item.
 * A Jekyll {@code _posts} file name ({@code 2016-09-21-title.md}) gives the date when the front matter has none.
 *
 * <p>YAML is read with SnakeYAML's safe loading only: no tag other than the standard ones, at most 50 aliases to
 * lists or maps, nesting bounded by {@code Limits.maxDepth}; timestamps are read by core's date rules, so their
 * offsets are kept. Stateless and thread-safe.
 */
public final class FrontMatterFormat implements ArticleFormat {

    /** The format id. */
    public static final String ID = "front-matter";

    /** Creates the format; ServiceLoader calls this. */
    public FrontMatterFormat() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** Ranks above the catch-all text format at equal confidence. */
    @Override
    public int priority() {
        return 10;
    }

    /**
     * 0.95 for a {@code ---} or {@code +++} line followed by a key line and a closing fence; 0.9 when the closing
     * fence lies beyond the part detection sees; lower when no key follows or the fence is never closed.
     */
    @Override
    public Detection detect(Sniff sniff) {
        try {
            return Fences.detect(sniff.head(), sniff.complete());
        } catch (RuntimeException e) {
            return Detection.none("detection failed: " + e);
        }
    }

    @Override
    public Iterator<Draft> parse(ParseContext context) {
        Draft draft = new Draft();
        Split split = Fences.split(context.text());
        MapValue root;
        if (split.kind() == Fences.Kind.YAML) {
            draft.parser("yaml");
            root = YamlReader.read(split.frontMatter(), split.firstLine(), context.limits(), draft);
        } else {
            draft.parser("toml");
            root = TomlReader.read(split.frontMatter(), split.firstLine(), context.limits());
        }
        boolean dated = FieldMapper.map(root, draft);
        if (!dated) {
            String date = fileNameDate(context.source());
            if (date != null) {
                draft.publishedAt(date, new FieldOrigin("file name", baseName(context.source())));
            }
        }
        String title = draft.candidates(Draft.Field.TITLE).isEmpty() ? null
                : draft.candidates(Draft.Field.TITLE).get(0).raw();
        try {
            BodyReader.read(split.body(), split.bodyLine(), title, draft, context);
        } catch (ArticleParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ArticleParseException("could not read the body after the front matter: " + e,
                    "line " + split.bodyLine(), e);
        }
        return List.of(draft).iterator();
    }

    /** {@code 2016-09-21} from a Jekyll post name such as {@code _posts/2016-09-21-title.md}, or null. */
    static String fileNameDate(String source) {
        if (source == null) {
            return null;
        }
        String name = baseName(source);
        if (name.length() < 11 || name.charAt(4) != '-' || name.charAt(7) != '-' || name.charAt(10) != '-') {
            return null;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (!Character.isDigit(name.charAt(i)) || name.charAt(i) > '9') {
                return null;
            }
        }
        return name.substring(0, 10);
    }

    private static String baseName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }
}
