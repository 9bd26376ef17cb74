package io.github.articlenorm.internal;

/**
 * The result of {@link Decoding#decode}: decoded text plus how its charset was decided. Not API.
 *
 * @param text the decoded text, byte order mark removed; never {@code null} when produced by {@link Decoding}
 * @param charset canonical Java name of the charset used ("UTF-8", "UTF-16LE", "windows-1252", ...)
 * @param method how the charset was decided: "bom", "utf-8", "declared", "meta" or "fallback"
 * @param warning {@code null}, or a sentence for the provenance when the charset was guessed or bytes were
 *     replaced
 */
public record Decoded(String text, String charset, String method, String warning) {

    /**
     * Whether the text is exactly the bytes' UTF-8 (a UTF-8 byte order mark aside): the charset is UTF-8 and no byte
     * was replaced. Every path of {@link Decoding} that replaces bytes names U+FFFD in its warning.
     */
    public boolean exactUtf8() {
        return "UTF-8".equals(charset) && (warning == null || !warning.contains("U+FFFD"));
    }
}
