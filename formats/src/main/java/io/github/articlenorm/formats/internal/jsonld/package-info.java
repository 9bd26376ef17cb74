/**
 * Schema.org JSON-LD shared by the formats that meet it (JSON records, HTML {@code <script type=
 * "application/ld+json">}): finding the article-like objects in a JSON-LD value and offering their properties to a
 * draft, and turning the text of a body field into blocks. Not API.
 */
package io.github.articlenorm.formats.internal.jsonld;
