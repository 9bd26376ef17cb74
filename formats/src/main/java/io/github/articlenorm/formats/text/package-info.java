/** The {@code text} format: text copied from rendered web pages. */
package io.github.articlenorm.formats.text;
