/** The line classifier behind the {@code text} format: page chrome versus article, line by line. Not API. */
package io.github.articlenorm.formats.text.internal;
