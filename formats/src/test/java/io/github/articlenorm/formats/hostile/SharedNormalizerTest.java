package io.github.articlenorm.formats.hostile;

import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import io.github.articlenorm.Limits;
import io.github.articlenorm.Outcome;
import io.github.articlenorm.formats.json.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One normalizer shared by 8 threads gives exactly what it gives when used alone: the canonical JSON of every
 * article, and the message of every failure, of 10,000 inputs (every fixture, and mutants of them, so failures
 * and warnings are shared too). The clock is fixed, so equal results are equal strings.
 */
class SharedNormalizerTest {

    private static final int INPUTS = 10_000;
    private static final int THREADS = 8;

    private static List<byte[]> inputs() throws IOException, URISyntaxException {
        Path root = Path.of(SharedNormalizerTest.class.getResource("/fixtures").toURI());
        List<byte[]> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected.json"))
                    .sorted().toList()) {
                fixtures.add(Files.readAllBytes(p));
            }
        }
        Random random = new Random(42);
        List<byte[]> out = new ArrayList<>(INPUTS);
        for (int i = 0; i < INPUTS; i++) {
            byte[] base = fixtures.get(i % fixtures.size());
            if (i < fixtures.size() * 4) {
                out.add(base);
                continue;
            }
            List<Integer> ops = new ArrayList<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                ops.add(random.nextInt());
            }
            out.add(FormatMutationProperties.mutate(base, fixtures.get(random.nextInt(fixtures.size())), ops));
        }
        return out;
    }

    /** Every outcome of one input, as canonical JSON lines or failure messages. */
    private static String result(ArticleNormalizer normalizer, byte[] bytes, int index) {
        StringBuilder sb = new StringBuilder();
        normalizer.stream(Input.of(bytes, "input-" + index)).forEach(o -> sb.append(o instanceof Outcome.Success s
                ? ArticleJson.write(s.article()) : "failure: " + ((Outcome.Failure) o).message()).append('\n'));
        return sb.toString();
    }

    @Test
    @Timeout(600)
    void eightThreadsSharingOneNormalizerGiveTheSequentialResults() throws Exception {
        ArticleNormalizer normalizer = Hostile.normalizer(null, Limits.defaults());
        List<byte[]> inputs = inputs();
        String[] sequential = new String[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            sequential[i] = result(normalizer, inputs.get(i), i);
        }

        String[] concurrent = new String[inputs.size()];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    int done = 0;
                    // Threads take inputs from one counter, so neighbouring inputs run at the same time.
                    for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) {
                        concurrent[i] = result(normalizer, inputs.get(i), i);
                        done++;
                    }
                    return done;
                }));
            }
            start.countDown();
            int total = 0;
            int busy = 0;
            for (Future<Integer> w : workers) {
                int done = w.get();
                total += done;
                busy += done > 0 ? 1 : 0;
            }
            assertEquals(inputs.size(), total);
            assertTrue(busy > 1, "the inputs were not shared between threads");
        } finally {
            pool.shutdownNow();
        }

        int articles = 0;
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(sequential[i], concurrent[i], "input " + i);
            articles += sequential[i].startsWith("{") ? 1 : 0;
        }
        assertTrue(articles > INPUTS / 4, "too few inputs gave articles to compare: " + articles);
    }
}
