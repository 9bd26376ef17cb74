/** The {@code front-matter} format: Markdown or HTML with YAML or TOML front matter. */
package io.github.articlenorm.formats.frontmatter;
