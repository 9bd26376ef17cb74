/**
 * The machinery of the {@code front-matter} format: finding the fences, reading YAML and TOML into one small tree
 * with line numbers, mapping its keys to article fields, and turning a Markdown body into blocks. Not API.
 */
package io.github.articlenorm.formats.frontmatter.internal;
