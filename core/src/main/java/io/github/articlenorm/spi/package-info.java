/**
 * The format SPI: implement {@link io.github.articlenorm.spi.ArticleFormat} and register it with
 * {@link java.util.ServiceLoader} to teach the normalizer a new kind of dump. A format detects itself from an
 * input's beginning ({@link io.github.articlenorm.spi.Sniff} → {@link io.github.articlenorm.spi.Detection}) and
 * reads raw values with their origins into {@link io.github.articlenorm.spi.Draft}s; the normalizer does the rest.
 */
package io.github.articlenorm.spi;
