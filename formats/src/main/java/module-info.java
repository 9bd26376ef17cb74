/**
 * ArticleNorm formats: the kinds of dump the normalizer reads, registered as services, and
 * {@link io.github.articlenorm.formats.json.ArticleJson}, the canonical JSON codec.
 */
module io.github.articlenorm.formats {
    requires transitive io.github.articlenorm;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.toml;
    requires org.commonmark;
    requires org.jsoup;
    requires org.yaml.snakeyaml;

    exports io.github.articlenorm.formats.frontmatter;
    exports io.github.articlenorm.formats.html;
    exports io.github.articlenorm.formats.json;
    exports io.github.articlenorm.formats.text;

    provides io.github.articlenorm.spi.ArticleFormat with
            io.github.articlenorm.formats.frontmatter.FrontMatterFormat,
            io.github.articlenorm.formats.html.HtmlFormat,
            io.github.articlenorm.formats.json.JsonFormat,
            io.github.articlenorm.formats.text.TextFormat;
}
