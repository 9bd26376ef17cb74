/** Machinery shared by the formats (HTML to blocks, and later the chrome vocabulary and JSON-LD). Not API. */
package io.github.articlenorm.formats.internal;
