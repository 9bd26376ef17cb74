package io.github.articlenorm;

import java.nio.file.Path;

/**
 * One-line entry points for notebooks and scripts, using a shared normalizer with the default settings.
 *
 * <pre>{@code
 * Article a = ArticleNorm.normalizeFile("dump.txt");
 * }</pre>
 *
 * For settings (zone, limits, a forced format) build an {@link ArticleNormalizer}.
 */
public final class ArticleNorm {
    private ArticleNorm() {
    }

    /** The shared normalizer with the default settings and every format found on the class path. */
    public static ArticleNormalizer normalizer() {
        return ArticleNormalizer.standard();
    }

    /**
     * Normalizes the file at {@code path}.
     *
     * @throws ArticleParseException when it cannot be normalized, or holds more than one record
     */
    public static Article normalizeFile(String path) {
        return normalizer().normalize(Path.of(path));
    }

    /**
     * Normalizes the file at {@code path}.
     *
     * @throws ArticleParseException when it cannot be normalized, or holds more than one record
     */
    public static Article normalizeFile(Path path) {
        return normalizer().normalize(path);
    }

    /**
     * Normalizes text given in memory (a dump's content, not a file name).
     *
     * @throws ArticleParseException when it cannot be normalized, or holds more than one record
     */
    public static Article normalizeText(String content) {
        return normalizer().normalize(content);
    }

    /** Normalizes every record of every file under the paths; see {@link ArticleNormalizer#normalizeAll}. */
    public static Batch normalizeAll(String... paths) {
        Path[] p = new Path[paths.length];
        for (int i = 0; i < paths.length; i++) {
            p[i] = Path.of(paths[i]);
        }
        return normalizer().normalizeAll(p);
    }
}
