package io.github.articlenorm.internal;
/** STUB. */
public record Decoded(String text, String charset, String method, String warning) {}
