package io.github.articlenorm.examples.spark;

import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Batch;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures the job's throughput in local mode; a tool, not a test. Run one JVM per master, on the same tree:
 * <pre>
 * taskset -c 0   java -Xmx1g -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *      io.github.articlenorm.examples.spark.Throughput TREE UNITS local[1] [RUNS [SCALE [WARMUPS]]]
 * taskset -c 0,1 java ... Throughput TREE UNITS local[2] ...
 * </pre>
 * MASTER {@code local[1]}, {@code local[2]}, ..., or {@code java} for the plain Java API on one thread. Writes the
 * tree with {@link DumpTree} when TREE does not exist; runs WARMUPS times to warm up (default 4), then RUNS times
 * (default 5), and prints the median files/s and MB/s of the whole job (read, normalize, write Parquet and
 * failures). SCALE (default 1) makes the written paragraphs that many times longer: the tests' files average under
 * 2 KB, real dumps tens of KB.
 *
 * <p>Give the JVM exactly the cores the master uses ({@code taskset}): on a machine with more, a {@code local[1]}
 * run also gets the other cores' garbage collection and compilation for free, and its figure is not one core's.
 * With one core, the JIT needs three or four runs of a tree of 24,000 files before the times settle. The JVM picks
 * its collector by the CPUs it sees (serial with one, G1 with two); name one ({@code -XX:+UseParallelGC}) to
 * compare the masters with the same collector.
 */
public final class Throughput {

    private Throughput() {
    }

    public static void main(String[] args) throws Exception {
        Path tree = Path.of(args[0]);
        int units = Integer.parseInt(args[1]);
        String master = args[2];
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int scale = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        int warmups = args.length > 5 ? Integer.parseInt(args[5]) : 4;
        DumpTree written = Files.exists(tree) ? null : DumpTree.write(tree, units, 8, true, scale);
        long files;
        long bytes;
        try (var walk = Files.walk(tree)) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            files = all.size();
            long b = 0;
            for (Path p : all) {
                b += Files.size(p);
            }
            bytes = b;
        }
        if (written != null && written.files() != files) {
            throw new IllegalStateException("tree has " + files + " files, wrote " + written.files());
        }
        Path out = Files.createTempDirectory("articlenorm-throughput");
        List<Double> seconds = new ArrayList<>();
        if (master.equals("java")) {
            ArticleNormalizer normalizer = ArticleNormalizer.builder().defaultZone(ZoneOffset.UTC).build();
            for (int i = 0; i < warmups + runs; i++) {
                long t0 = System.nanoTime();
                Batch batch = normalizer.normalizeAll(tree);
                double s = (System.nanoTime() - t0) / 1e9;
                if (batch.articles().isEmpty()) {
                    throw new IllegalStateException("no article");
                }
                if (i >= warmups) {
                    seconds.add(s);
                }
            }
        } else {
            SparkSession spark = SparkSession.builder().appName("articlenorm-throughput").master(master)
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            try {
                SparkNormalizer normalizer = SparkNormalizer.defaults();
                for (int i = 0; i < warmups + runs; i++) {
                    long t0 = System.nanoTime();
                    normalizer.write(spark, List.of(tree.toString()), out.resolve("run-" + i).toString());
                    double s = (System.nanoTime() - t0) / 1e9;
                    if (i >= warmups) {
                        seconds.add(s);
                    }
                }
            } finally {
                spark.stop();
            }
        }
        Collections.sort(seconds);
        double median = seconds.get(seconds.size() / 2);
        System.out.printf("%-9s files=%d MB=%.1f runs=%s median=%.2fs  %.0f files/s  %.2f MB/s%n", master, files,
                bytes / 1e6, seconds.stream().map(s -> String.format("%.2f", s)).toList(), median, files / median,
                bytes / 1e6 / median);
    }
}
