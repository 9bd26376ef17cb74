package io.github.articlenorm.examples.spark;

import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark job: normalizes every dump under some paths into Parquet articles and JSON Lines failures.
 *
 * <pre>
 * NormalizeDumps INPUTS OUTPUT [MASTER [ZONE]]
 *   INPUTS  paths or Hadoop globs, comma-separated (a comma inside {a,b} belongs to the glob)
 *   OUTPUT  a directory to create: OUTPUT/articles (Parquet), OUTPUT/failures (JSON Lines)
 *   MASTER  the Spark master, such as local[*]; "-" or none: the one spark-submit was given
 *   ZONE    the zone for source times that give none, such as Europe/Berlin; UTC when none
 * </pre>
 *
 * <p>Exit status: 0 when the job ran, whether or not some inputs failed (failures are data: read
 * {@code OUTPUT/failures}); 2 on bad usage, including an OUTPUT that exists (checked before any work). A Spark
 * error, such as an input path that does not exist, ends the job with Spark's own exception.
 */
public final class NormalizeDumps {

    static final String USAGE = """
            usage: NormalizeDumps INPUTS OUTPUT [MASTER [ZONE]]
              INPUTS  paths or Hadoop globs, comma-separated (a comma inside {a,b} belongs to the glob)
              OUTPUT  a directory to create: OUTPUT/articles (Parquet), OUTPUT/failures (JSON Lines)
              MASTER  the Spark master, such as local[*]; "-" or none: the one spark-submit was given
              ZONE    the zone for source times that give none, such as Europe/Berlin; UTC when none""";

    private NormalizeDumps() {
    }

    /** Runs the job; see the class documentation for the arguments. */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the job and returns the exit status instead of exiting. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("NormalizeDumps: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("articlenorm");
        if (System.getProperty("spark.log.level") == null) {
            // Spark's default is INFO, a few hundred lines per run; --conf spark.log.level=INFO brings them back.
            builder.config("spark.log.level", "WARN");
        }
        if (a.master() != null) {
            builder.master(a.master());
            if (a.master().startsWith("local") && System.getProperty("spark.driver.host") == null) {
                // On a laptop, the host name may not resolve to an address Spark can bind: stay on loopback.
                builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        SparkSession spark = builder.getOrCreate();
        try {
            SparkNormalizer.Counts counts = SparkNormalizer.withDefaultZone(a.zone())
                    .write(spark, a.inputs(), a.output());
            out.println("articlenorm: " + counts.articles() + " articles, " + counts.failures() + " failures -> "
                    + a.output() + "/articles, " + a.output() + "/failures");
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("NormalizeDumps: " + e.getMessage()); // such as an OUTPUT that exists
            return 2;
        } finally {
            spark.stop();
        }
    }

    /** The parsed command line. */
    record Arguments(List<String> inputs, String output, String master, ZoneId zone) {

        static Arguments parse(String[] args) {
            if (args.length < 2 || args.length > 4) {
                throw new IllegalArgumentException("expected 2 to 4 arguments, got " + args.length);
            }
            List<String> inputs = splitPaths(args[0]);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("INPUTS names no path");
            }
            if (args[1].isBlank()) {
                throw new IllegalArgumentException("OUTPUT is blank");
            }
            String master = args.length > 2 && !args[2].equals("-") && !args[2].isBlank() ? args[2] : null;
            ZoneId zone;
            try {
                zone = args.length > 3 ? ZoneId.of(args[3]) : ZoneId.of("UTC");
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("ZONE \"" + args[3] + "\" is not a zone id such as Europe/Berlin");
            }
            return new Arguments(inputs, args[1], master, zone);
        }

        /** Splits at commas outside braces, so {@code a/{x,y}/*,b} is two globs. Blank entries are dropped. */
        static List<String> splitPaths(String arg) {
            List<String> paths = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int depth = 0;
            for (int i = 0; i < arg.length(); i++) {
                char c = arg.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && depth > 0) {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    add(paths, current);
                    continue;
                }
                current.append(c);
            }
            add(paths, current);
            return paths;
        }

        private static void add(List<String> paths, StringBuilder current) {
            String p = current.toString().strip();
            if (!p.isEmpty()) {
                paths.add(p);
            }
            current.setLength(0);
        }
    }
}
