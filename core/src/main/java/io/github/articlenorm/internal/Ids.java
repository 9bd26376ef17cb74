package io.github.articlenorm.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/** Stable article ids and SHA-256 digests. Not API. */
public final class Ids {
    private static final HexFormat HEX = HexFormat.of();

    private Ids() {
    }

    /**
     * The stable id of an article: 16 hex digits of SHA-256 over the canonical URL when there is one, else over
     * title, publication instant and body text. The same values always give the same id.
     */
    public static String articleId(URI url, String title, OffsetDateTime publishedAt, String bodyText) {
        String key = url != null
                ? "url\n" + url
                : "content\n" + nullToEmpty(title) + "\n"
                        + (publishedAt == null ? "" : publishedAt.toInstant().toString()) + "\n" + bodyText;
        return sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Lowercase hex SHA-256 of the bytes. */
    public static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(sha256().digest(bytes));
    }

    /** A SHA-256 digest copied for each use: copying one is cheaper than looking the algorithm up again. */
    private static final MessageDigest SHA256 = lookUp();

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha256() {
        if (SHA256 != null) {
            try {
                return (MessageDigest) SHA256.clone();
            } catch (CloneNotSupportedException e) {
                // a provider whose digest cannot be copied: looked up each time
            }
        }
        return lookUp();
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Lowercase hex of the digest's result. */
    public static String hex(byte[] digest) {
        return HEX.formatHex(digest);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
