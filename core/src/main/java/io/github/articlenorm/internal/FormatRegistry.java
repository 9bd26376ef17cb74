package io.github.articlenorm.internal;

import io.github.articlenorm.spi.ArticleFormat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds formats and puts them in their one deterministic order. Not API. */
public final class FormatRegistry {
    private static final Comparator<ArticleFormat> ORDER =
            Comparator.comparingInt(ArticleFormat::priority).reversed().thenComparing(ArticleFormat::id);

    private FormatRegistry() {
    }

    /** Every format ServiceLoader finds with this library's class loader, else the thread's context loader. */
    public static List<ArticleFormat> discover() {
        List<ArticleFormat> found = load(FormatRegistry.class.getClassLoader());
        if (found.isEmpty() && Thread.currentThread().getContextClassLoader() != null) {
            found = load(Thread.currentThread().getContextClassLoader());
        }
        return found;
    }

    private static List<ArticleFormat> load(ClassLoader loader) {
        List<ArticleFormat> out = new ArrayList<>();
        ServiceLoader.load(ArticleFormat.class, loader).forEach(out::add);
        return out;
    }

    /**
     * The formats sorted by priority (highest first), then id.
     *
     * @throws IllegalArgumentException when two formats share an id, naming both classes, or an id is malformed
     */
    public static List<ArticleFormat> order(List<ArticleFormat> formats) {
        Map<String, ArticleFormat> byId = new HashMap<>();
        for (ArticleFormat f : formats) {
            String id = f.id();
            if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("format " + f.getClass().getName() + " has a malformed id: "
                        + id + " (lowercase words joined by hyphens)");
            }
            ArticleFormat before = byId.putIfAbsent(id, f);
            if (before != null) {
                throw new IllegalArgumentException("two formats have the id \"" + id + "\": "
                        + before.getClass().getName() + " and " + f.getClass().getName());
            }
        }
        List<ArticleFormat> sorted = new ArrayList<>(formats);
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }
}
