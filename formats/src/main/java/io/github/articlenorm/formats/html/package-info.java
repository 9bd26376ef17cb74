/** The {@code html} format: raw HTML pages. */
package io.github.articlenorm.formats.html;
