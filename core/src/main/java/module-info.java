/**
 * ArticleNorm core: the {@link io.github.articlenorm.Article} model, the fluent
 * {@link io.github.articlenorm.ArticleNormalizer}, the format SPI and the normalization rules every format shares.
 * No third-party dependency.
 */
module io.github.articlenorm {
    exports io.github.articlenorm;
    exports io.github.articlenorm.spi;
    exports io.github.articlenorm.internal to io.github.articlenorm.formats;

    uses io.github.articlenorm.spi.ArticleFormat;
}
