/**
 * Normalization rules shared by every format (dates, URLs, names, language, decoding, text) and the machinery that
 * turns drafts into articles. Not API: exported only to the ArticleNorm formats module and may change in any release.
 */
package io.github.articlenorm.internal;
