/**
 * The vocabulary of page chrome (navigation, share bars, advertisements, newsletter forms, comment widgets, cookie
 * notes, footers...) in several languages, the labels that introduce metadata lines ("By", "Published", "Source:",
 * "Tags:"), and per-line text features. Shared by the formats that must tell an article from the page around it:
 * the text format reads them per line, the HTML format can read class/id hints and block text with them.
 * Not API.
 */
package io.github.articlenorm.formats.internal.chrome;
