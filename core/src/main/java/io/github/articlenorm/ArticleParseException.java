package io.github.articlenorm;

/**
 * An input could not be turned into an article. The message says what went wrong, where, and what to change.
 *
 * <p>This is the only exception that bad input makes a normalizer throw; parsers' own exceptions are chained as the
 * cause. Caller mistakes (a null argument) are ordinary {@link NullPointerException}s and
 * {@link IllegalArgumentException}s.
 */
public class ArticleParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String detail;
    private final String source;
    private final String format;
    private final String location;

    /**
     * @param detail   what went wrong, e.g. {@code front matter is not closed: expected "---" before end of input}
     * @param source   the input's name, or null
     * @param format   the format id, or null when no format was chosen
     * @param location where: {@code "line 3, column 7"}, a JSON pointer, a CSS selector; or null
     * @param cause    the parser's own exception, or null
     */
    public ArticleParseException(String detail, String source, String format, String location, Throwable cause) {
        super(message(detail, source, format, location), cause);
        this.detail = detail;
        this.source = source;
        this.format = format;
        this.location = location;
    }

    /** An exception with no source or format yet; the normalizer adds them with {@link #in}. */
    public ArticleParseException(String detail, String location, Throwable cause) {
        this(detail, null, null, location, cause);
    }

    /** An exception with no source, format or location yet. */
    public ArticleParseException(String detail) {
        this(detail, null, null, null, null);
    }

    private static String message(String detail, String source, String format, String location) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source).append(": ");
        }
        sb.append(detail);
        if (format != null || location != null) {
            sb.append(" (");
            if (format != null) {
                sb.append(format);
            }
            if (location != null) {
                sb.append(format != null ? ", " : "").append(location);
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** What went wrong, without source, format and location. */
    public String detail() {
        return detail;
    }

    /** The input's name, or null. */
    public String source() {
        return source;
    }

    /** The id of the format that failed, or null when none was chosen. */
    public String format() {
        return format;
    }

    /** Where in the input, or null when unknown. */
    public String location() {
        return location;
    }

    /** This exception with source and format filled in where they are missing. */
    public ArticleParseException in(String source, String format) {
        if ((this.source != null || source == null) && (this.format != null || format == null)) {
            return this;
        }
        ArticleParseException e = new ArticleParseException(detail, this.source != null ? this.source : source,
                this.format != null ? this.format : format, location, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
