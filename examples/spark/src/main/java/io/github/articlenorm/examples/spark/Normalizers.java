package io.github.articlenorm.examples.spark;

import io.github.articlenorm.ArticleNormalizer;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@link ArticleNormalizer} per JVM and per settings, built the first time a task asks for it.
 *
 * <p>Spark ships a task's function to the executors by serializing it; a normalizer is not serializable and is
 * costly to build (format discovery), and it is thread-safe, so every task of an executor JVM shares one. Only the
 * small {@link Settings} travel with the function.
 */
final class Normalizers {

    /** What a normalizer is built from; serializable, so it travels with a task. */
    record Settings(String defaultZone, String format) implements Serializable {
        private static final long serialVersionUID = 1L;

        Settings {
            ZoneId.of(Objects.requireNonNull(defaultZone, "defaultZone")); // fail on the driver, before any task runs, when the zone is unknown
        }

        ArticleNormalizer build() {
            return ArticleNormalizer.builder().defaultZone(ZoneId.of(defaultZone)).format(format).build();
        }
    }

    private static final Map<Settings, ArticleNormalizer> NORMALIZERS = new ConcurrentHashMap<>();
    private static final Map<Settings, AtomicInteger> CREATED = new ConcurrentHashMap<>();

    private Normalizers() {
    }

    /** The normalizer of this JVM for these settings; builds it at the first call, once, whatever the threads. */
    static ArticleNormalizer get(Settings settings) {
        ArticleNormalizer n = NORMALIZERS.get(settings);
        // computeIfAbsent runs the builder at most once per key, even when several task threads arrive together.
        return n != null ? n : NORMALIZERS.computeIfAbsent(settings, s -> {
            CREATED.computeIfAbsent(s, k -> new AtomicInteger()).incrementAndGet();
            return s.build();
        });
    }

    /** How many normalizers this JVM has built for these settings: 0 before the first task, then 1. */
    static int created(Settings settings) {
        AtomicInteger n = CREATED.get(settings);
        return n == null ? 0 : n.get();
    }
}
