package io.github.articlenorm.formats.json.internal;

/**
 * Where a record is, for locations: its JSON pointer in the document ({@code /articles/3}), or its line in JSON
 * Lines ({@code line 7}). {@link #at} gives the location of a value inside the record: {@code /articles/3/title} or
 * {@code line 7: /title}.
 */
final class Locator {

    /** The record's line in JSON Lines, or 0 for a record of a document. */
    private final int line;
    private final String pointer;
    /** What every location in this record starts with: "line 7: " and the pointer, or the pointer. */
    private final String prefix;

    private Locator(int line, String pointer) {
        this.line = line;
        this.pointer = pointer;
        this.prefix = line == 0 ? pointer : "line " + line + ": " + pointer;
    }

    /** A record at a JSON pointer of the document ("" for the root). */
    static Locator pointer(String pointer) {
        return new Locator(0, pointer);
    }

    /** A record on a line of JSON Lines. */
    static Locator line(int line) {
        return new Locator(line, "");
    }

    /** Whether the record is a line of JSON Lines (not a value at a pointer of a document). */
    boolean onLine() {
        return line != 0;
    }

    /** The record's JSON pointer in the document, or inside its line. */
    String pointer() {
        return pointer;
    }

    /** The location of a value at {@code relative} (a JSON pointer inside the record, "" for the record). */
    String at(String relative) {
        if (pointer.isEmpty() && relative.isEmpty()) {
            return line == 0 ? "/" : prefix.concat("/");
        }
        return prefix.concat(relative);
    }

    /** The record inside this one at {@code relative}. */
    Locator child(String relative) {
        return new Locator(line, pointer + relative);
    }

    /** A JSON pointer token for a key: {@code ~} and {@code /} escaped. */
    static String escape(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key;
        }
        return key.replace("~", "~0").replace("/", "~1");
    }
}
