/**
 * The machinery of the {@code html} format: page metadata (JSON-LD, microdata, Open Graph, Twitter cards, meta
 * tags, Dublin Core, visible bylines), the main-content extractor and its chrome vocabulary. Not API: exported to
 * the formats module only and free to change.
 */
package io.github.articlenorm.formats.html.internal;
