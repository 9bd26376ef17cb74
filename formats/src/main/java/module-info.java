/**
 * ArticleNorm formats: the kinds of dump the normalizer reads, registered as services, and
 * {@link io.github.articlenorm.formats.json.ArticleJson}, the canonical JSON codec.
 */
module io.github.articlenorm.formats {
    requires transitive io.github.articlenorm;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.jsoup;
    requires org.yaml.snakeyaml;

    exports io.github.articlenorm.formats.json;
    exports io.github.articlenorm.formats.text;

    provides io.github.articlenorm.spi.ArticleFormat with
            io.github.articlenorm.formats.text.TextFormat;
}
