package io.github.articlenorm.examples.spark;

import io.github.articlenorm.ArticleNormalizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.from_json;

/**
 * Normalizes article dumps with Apache Spark: files in, a typed DataFrame of articles and one of failures out.
 *
 * <pre>{@code
 * SparkNormalizer normalizer = SparkNormalizer.withDefaultZone(ZoneId.of("Europe/Berlin"));
 * Dataset<Row> outcomes = normalizer.normalize(SparkNormalizer.readFiles(spark, "s3a://crawl/2024/"));
 * Dataset<Row> articles = SparkNormalizer.articles(outcomes);   // ArticleSchema.ARTICLE
 * Dataset<Row> failures = SparkNormalizer.failures(outcomes);   // ArticleSchema.FAILURE
 * }</pre>
 *
 * <p>Every file is read whole ({@code binaryFile}), its format detected, and every record normalized on the
 * executors, with one {@link ArticleNormalizer} per executor JVM shared by its tasks. A multi-record file (JSON
 * Lines, a JSON array) gives one row per record. Nothing is dropped: an input or record that cannot be normalized
 * becomes a failure row naming the file, the record, the format and the error, and {@link #unread} names the files
 * that gave no row at all (Spark does not read empty files).
 *
 * <p>Articles travel from executors as canonical JSON and are parsed with the explicit {@link ArticleSchema#ARTICLE}
 * schema, so Spark never infers a schema (inference would normalize everything a second time).
 *
 * <p>Immutable and serializable; {@link #write} is the one method that runs Spark jobs.
 */
public final class SparkNormalizer implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The most tasks per core {@link #normalize} runs; input partitions are merged down to it. */
    static final int TASKS_PER_CORE = 16;

    private final Normalizers.Settings settings;

    private SparkNormalizer(Normalizers.Settings settings) {
        this.settings = settings;
    }

    /** Reads source times that give no zone in UTC, and detects each file's format. */
    public static SparkNormalizer defaults() {
        return withDefaultZone(ZoneOffset.UTC);
    }

    /** Reads source times that give no zone in this zone (provenance notes it), and detects each file's format. */
    public static SparkNormalizer withDefaultZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new SparkNormalizer(new Normalizers.Settings(zone.getId(), null));
    }

    /**
     * A copy that reads every file with the format of this id ({@code text}, {@code front-matter}, {@code json},
     * {@code html}) instead of detecting it; null detects (the default).
     *
     * @throws IllegalArgumentException when no format has this id
     */
    public SparkNormalizer withFormat(String id) {
        Normalizers.Settings s = new Normalizers.Settings(settings.defaultZone(), id);
        s.build(); // checks the id here, on the driver, not in every task
        return new SparkNormalizer(s);
    }

    /**
     * The files under the paths, one row each with {@code path} (string) and {@code content} (binary), as Spark's
     * {@code binaryFile} source reads them: directories recursively, Hadoop globs ({@code dumps/2024-*},
     * {@code {a,b}}) expanded, any file system Spark reaches ({@code file:}, {@code hdfs:}, {@code s3a:}).
     * Nothing is read until an action runs. A file must fit in a task's memory and be under 2 GB.
     */
    public static Dataset<Row> readFiles(SparkSession spark, String... paths) {
        Objects.requireNonNull(spark, "spark");
        if (paths.length == 0) {
            throw new IllegalArgumentException("paths: give at least one path or glob");
        }
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(paths)
                .select("path", "content");
    }

    /**
     * Normalizes files into {@link ArticleSchema#OUTCOME} rows, one per record: the article as canonical JSON, or
     * the failure. Lazy, like every transformation; see {@link #articles} and {@link #failures} for the typed
     * views.
     *
     * <p>Runs at most {@value #TASKS_PER_CORE} tasks per core of the application, merging input partitions when
     * there are more (a streaming DataFrame keeps its own). Spark counts every file it opens as 4 MB of reading
     * ({@code spark.sql.files.openCostInBytes}), so a tree of small dumps arrives in hundreds of partitions of a few
     * dozen files each, and the overhead of running a task then costs more than normalizing its files.
     *
     * @param files rows with a string column {@code path} (used as the source name) and a binary column
     *              {@code content}, such as {@link #readFiles} gives
     * @throws IllegalArgumentException when a column is missing
     */
    public Dataset<Row> normalize(Dataset<Row> files) {
        List<String> columns = Arrays.asList(files.columns());
        if (!columns.contains("path") || !columns.contains("content")) {
            throw new IllegalArgumentException("files: needs the columns path and content, has " + columns);
        }
        Dataset<Row> input = files.select("path", "content");
        int most = Math.max(1, files.sparkSession().sparkContext().defaultParallelism()) * TASKS_PER_CORE;
        if (!files.isStreaming() && input.rdd().getNumPartitions() > most) {
            input = input.coalesce(most);
        }
        return input.mapPartitions(new NormalizePartition(settings), Encoders.row(ArticleSchema.OUTCOME));
    }

    /** The articles among the outcomes, one row each, typed by {@link ArticleSchema#ARTICLE}. */
    public static Dataset<Row> articles(Dataset<Row> outcomes) {
        return outcomes.where(col("article").isNotNull())
                .select(from_json(col("article"), ArticleSchema.ARTICLE, Map.of("mode", "FAILFAST")).as("a"))
                .select("a.*");
    }

    /**
     * The failures among the outcomes, one row each, typed by {@link ArticleSchema#FAILURE}. Empty files are not
     * among them (Spark gives no row for them): add {@link #unread}.
     */
    public static Dataset<Row> failures(Dataset<Row> outcomes) {
        return outcomes.where(col("article").isNull())
                .select("source", "record", "format", "error", "location");
    }

    /**
     * The files Spark listed that gave no outcome, as {@link ArticleSchema#FAILURE} rows. Spark's {@code binaryFile}
     * source gives no row at all for an empty file, so {@link #normalize} never sees one; this puts such files back
     * (and any dump that holds no record, such as {@code []}). Lists the file names on the driver, as Spark's own
     * planning does.
     *
     * @param files    what {@link #readFiles} gave
     * @param outcomes what {@link #normalize} gave for those files
     */
    public static Dataset<Row> unread(Dataset<Row> files, Dataset<Row> outcomes) {
        List<String> listed = Arrays.stream(files.inputFiles()).map(SparkNormalizer::pathString).toList();
        Dataset<Row> all = files.sparkSession().createDataset(listed, Encoders.STRING()).toDF("source");
        Dataset<Row> seen = outcomes.select(col("source").as("seen")).distinct();
        return all.join(seen, all.col("source").equalTo(seen.col("seen")), "left_anti")
                .select(col("source"),
                        lit(null).cast(DataTypes.IntegerType).as("record"),
                        lit(null).cast(DataTypes.StringType).as("format"),
                        concat(col("source"), lit(": no record read: the file is empty (Spark's binaryFile source"
                                + " skips empty files) or holds no article")).as("error"),
                        lit(null).cast(DataTypes.StringType).as("location"));
    }

    /** A listed file's URI ({@code file:/a%20b}) as the {@code path} column spells it ({@code file:/a b}). */
    private static String pathString(String uri) {
        return new org.apache.hadoop.fs.Path(URI.create(uri)).toString();
    }

    /**
     * Normalizes the files under the paths and writes {@code outputDir/articles} (Parquet, {@link
     * ArticleSchema#ARTICLE}) and {@code outputDir/failures} (JSON Lines, {@link ArticleSchema#FAILURE}, one part
     * file; empty files are among them, see {@link #unread}). Every file is normalized once: the outcomes are kept
     * (memory, then local disk) between the two writes. Articles are written in about 256 MB of JSON per Parquet
     * file, and in at least as many files as the application has cores.
     *
     * @param outputDir a directory that does not exist yet, on any file system Spark writes to
     * @return how many articles and failures were written
     * @throws IllegalArgumentException when {@code outputDir} exists (checked before any work)
     */
    public Counts write(SparkSession spark, List<String> paths, String outputDir) {
        Objects.requireNonNull(outputDir, "outputDir");
        refuseExisting(spark, outputDir); // before hours of work, not after
        Dataset<Row> files = readFiles(spark, paths.toArray(String[]::new));
        Dataset<Row> outcomes = normalize(files).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // Normalizes every file, once, in as many tasks as Spark planned for the input, and caches the outcomes.
            Row totals = outcomes.agg(count(col("article")), sum(length(col("article")))).first();
            long articleCount = totals.getLong(0);
            long jsonBytes = totals.isNullAt(1) ? 0 : totals.getLong(1);
            // Small dumps make many small input partitions; write Parquet files of a useful size instead.
            articles(outcomes).coalesce(outputPartitions(spark, outcomes, jsonBytes)).write()
                    .mode(SaveMode.ErrorIfExists).parquet(outputDir + "/articles");
            // Read back from the cache in one task per core: the many small input partitions of small dumps would
            // cost more in task overhead than the work they hold.
            Dataset<Row> compact = outcomes.coalesce(spark.sparkContext().defaultParallelism());
            Dataset<Row> failures = failures(compact).unionByName(unread(files, compact)).persist();
            try {
                // Failures are few; one file is easier to read than a part file per task. Nulls written, as the
                // command line's --failures file has them.
                failures.coalesce(1).write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", "false")
                        .json(outputDir + "/failures");
                return new Counts(articleCount, failures.count());
            } finally {
                failures.unpersist();
            }
        } finally {
            outcomes.unpersist();
        }
    }

    private static void refuseExisting(SparkSession spark, String outputDir) {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(outputDir);
        try {
            if (dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(dir)) {
                throw new IllegalArgumentException("outputDir: " + outputDir + " exists already; give a new directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the output directory " + outputDir, e);
        }
    }

    /** About 256 MB of canonical JSON per Parquet file, but at least one file per core (and not more than inputs). */
    private static int outputPartitions(SparkSession spark, Dataset<Row> outcomes, long jsonBytes) {
        long bySize = jsonBytes / (256L << 20) + 1;
        long atLeast = Math.max(bySize, spark.sparkContext().defaultParallelism());
        return (int) Math.min(atLeast, outcomes.rdd().getNumPartitions());
    }

    /**
     * What {@link #write} wrote.
     *
     * @param articles the rows in {@code articles}
     * @param failures the rows in {@code failures}
     */
    public record Counts(long articles, long failures) implements Serializable {
    }

    @Override
    public String toString() {
        return "SparkNormalizer[zone=" + settings.defaultZone()
                + (settings.format() == null ? "" : ", format=" + settings.format()) + "]";
    }
}
