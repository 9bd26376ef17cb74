package io.github.articlenorm.examples.spark;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Author;
import io.github.articlenorm.Batch;
import io.github.articlenorm.Block;
import io.github.articlenorm.Provenance;
import io.github.articlenorm.formats.json.ArticleJson;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the Spark job once in local mode with two cores over a generated tree of every format, then checks its
 * output against the plain Java API on the same files.
 */
class SparkNormalizerTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    static Path temp;

    private static SparkSession spark;
    private static DumpTree tree;
    private static SparkNormalizer.Counts counts;
    private static StructType parquetSchema;
    private static List<Row> articles;
    private static List<Row> failures;
    private static Batch java;

    @BeforeAll
    static void normalizeTheTreeWithSparkAndWithJava() {
        tree = DumpTree.write(temp.resolve("dumps"), 50, 8, true);
        spark = SparkSession.builder()
                .appName("articlenorm-test")
                .master("local[2]")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.local.dir", temp.resolve("spark-local").toString())
                .getOrCreate();
        Path out = temp.resolve("out");
        counts = SparkNormalizer.withDefaultZone(ZONE).write(spark, List.of(tree.root().toString()), out.toString());
        // Read back once; the tests look at the rows in plain Java (a Spark query per assertion is slow).
        Dataset<Row> parquet = spark.read().parquet(out.resolve("articles").toString());
        parquetSchema = parquet.schema();
        articles = parquet.collectAsList();
        failures = spark.read().schema(ArticleSchema.FAILURE).json(out.resolve("failures").toString())
                .collectAsList();
        java = ArticleNormalizer.builder().defaultZone(ZONE).build().normalizeAll(tree.root());
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void writesAsManyArticlesAndFailuresAsTheJavaApi() {
        assertTrue(java.articles().size() >= 50 * 11, "the tree holds at least 550 articles");
        assertEquals(java.articles().size(), counts.articles());
        assertEquals(java.articles().size(), articles.size());
        assertEquals(java.failures().size(), counts.failures());
        assertEquals(java.failures().size(), failures.size());
    }

    @Test
    void givesOneRowPerRecordOfAMultiRecordFile() {
        List<Row> rows = from("/jsonl/feed-0007.jsonl");
        assertEquals(Set.of(0, 1, 2, 3), rows.stream().map(r -> provenance(r).<Integer>getAs("record"))
                .collect(Collectors.toSet()));
        assertTrue(rows.stream().allMatch(r -> "json".equals(provenance(r).getAs("format"))));
    }

    @Test
    void failureRowsNameTheCorruptFiles() {
        Set<Path> sources = failures.stream().map(r -> path(r.getString(0))).collect(Collectors.toSet());
        assertEquals(Set.copyOf(tree.corrupt()), sources);
        assertTrue(failures.stream().allMatch(r -> !r.isNullAt(3) && r.getString(3).startsWith(r.getString(0))),
                "every error starts with its source");
        Row badLine = failures.stream().filter(r -> r.getString(0).endsWith("feed-with-bad-line.jsonl"))
                .findFirst().orElseThrow();
        assertEquals(1, badLine.getInt(1), "the second record of the file failed");
        assertEquals("json", badLine.getString(2));
        assertEquals("line 2", badLine.getString(4));
        // The file's other two records are articles, not lost with the bad one.
        assertEquals(2, from("feed-with-bad-line.jsonl").size());
        Row empty = failures.stream().filter(r -> r.getString(0).endsWith("/corrupt/empty.txt")).findFirst()
                .orElseThrow();
        assertTrue(empty.getString(3).contains("empty"), empty.getString(3));
    }

    @Test
    void parquetReadsBackWithTheArticleSchema() {
        assertEquals(ArticleSchema.ARTICLE, parquetSchema);
    }

    @Test
    void articlesCoverEveryFormatAsTheJavaApiDoes() {
        Map<String, Long> byFormat = new TreeMap<>();
        articles.forEach(r -> byFormat.merge(provenance(r).getAs("format"), 1L, Long::sum));
        Map<String, Long> expected = new TreeMap<>();
        java.articles().forEach(a -> expected.merge(a.provenance().format(), 1L, Long::sum));
        assertEquals(Set.of("front-matter", "html", "json", "text"), byFormat.keySet());
        assertEquals(expected, byFormat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/json/story-0012.json", "/jsonl/feed-0031.jsonl", "/html/3/page-0023.html",
            "/markdown/post-0040.md", "/text/5/article-0005.txt"})
    void aSampledArticleEqualsTheJavaApis(String file) {
        Row row = from(file).stream().max(Comparator.comparing(r -> {
            Integer record = provenance(r).getAs("record");
            return record == null ? -1 : record;
        })).orElseThrow();
        Row p = provenance(row);
        Integer record = p.getAs("record");
        Article expected = java.articles().stream()
                .filter(a -> Path.of(a.provenance().source()).equals(path(p.getAs("source")))
                        && Objects.equals(a.provenance().record(), record))
                .findFirst().orElseThrow();

        // Field by field, for what a reader of the Parquet file looks at first.
        assertEquals(expected.id(), row.getAs("id"));
        assertEquals(expected.title(), row.getAs("title"));
        assertEquals(expected.url() == null ? null : expected.url().toString(), row.getAs("url"));
        assertEquals(expected.publishedAt() == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(expected.publishedAt()), row.getAs("publishedAt"));
        List<Row> body = row.getList(row.fieldIndex("body"));
        assertEquals(expected.body().stream().map(Block::type).toList(),
                body.stream().map(b -> b.<String>getAs("type")).toList());
        assertEquals(expected.authors().stream().map(Author::name).toList(),
                row.<Row>getList(row.fieldIndex("authors")).stream().map(a -> a.<String>getAs("name")).toList());
        assertEquals(expected.related().size(), row.getList(row.fieldIndex("related")).size());
        assertEquals(expected.provenance().sha256(), p.getAs("sha256"));
        assertEquals(expected.provenance().format(), p.getAs("format"));
        assertEquals(expected.provenance().fields().keySet(), p.getJavaMap(p.fieldIndex("fields")).keySet());

        // And the whole row, typed the same way, once source and ingestion time are those of the Spark run.
        Article same = withSourceAndIngestion(expected, p.getAs("source"), Instant.parse(p.getAs("ingestedAt")));
        Row javaRow = spark.createDataset(List.of(ArticleJson.write(same)), Encoders.STRING())
                .select(from_json(col("value"), ArticleSchema.ARTICLE).as("a")).select("a.*").first();
        assertEquals(javaRow, row);
    }

    @Test
    void keepsNestedValuesOfARichArticle() {
        Row row = from("/json/story-0012.json").get(0);
        List<Row> related = row.getList(row.fieldIndex("related"));
        assertEquals(2, related.size());
        assertEquals("https://news.example.org/12/a", related.get(0).getAs("url"));
        assertEquals("example.org", related.get(0).<Row>getAs("publisher").getAs("domain"));
        Row image = row.<Row>getList(row.fieldIndex("images")).get(0);
        assertEquals(1200, image.<Integer>getAs("width"));
        String extras = row.getAs("extras");
        assertTrue(extras.contains("\"regions\":[\"north\",\"coast\"]"), extras);
        Row post = from("/markdown/post-0001.md").get(0);
        List<Row> blocks = post.getList(post.fieldIndex("body"));
        assertTrue(blocks.stream().anyMatch(b -> "heading".equals(b.getAs("type"))
                && Integer.valueOf(2).equals(b.getAs("level"))), "a level-2 heading survives");
        assertTrue(blocks.stream().anyMatch(b -> "list".equals(b.getAs("type")) && b.getList(b.fieldIndex("items"))
                .size() == 2), "a list with its two items survives");
    }

    @Test
    void refusesAnExistingOutputDirectoryBeforeAnyWork() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkNormalizer.defaults()
                .write(spark, List.of(tree.root().toString()), temp.resolve("out").toString()));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
    }

    @Test
    void writesFewerParquetFilesThanInputPartitions() throws IOException {
        try (var parts = Files.list(temp.resolve("out/articles"))) {
            long files = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
            assertEquals(2, files, "one file per core of local[2]: the articles are far below 256 MB");
        }
    }

    @Test
    void mergesManySmallInputPartitionsIntoAFewTasksPerCore() {
        Dataset<Row> files = SparkNormalizer.readFiles(spark, tree.root().toString()).repartition(100);
        Dataset<Row> outcomes = SparkNormalizer.defaults().normalize(files);
        assertEquals(2 * SparkNormalizer.TASKS_PER_CORE, outcomes.rdd().getNumPartitions(), "local[2]: two cores");
        assertEquals(java.articles().size(), SparkNormalizer.articles(outcomes).count(), "nothing lost in merging");
    }

    @Test
    void buildsOneNormalizerInThisJvm() {
        // local[2]: the driver and both task threads share this JVM, and so one normalizer.
        assertEquals(1, Normalizers.created(new Normalizers.Settings(ZONE.getId(), null)));
    }

    @Test
    void everyFileOfTheTreeIsAccountedFor() {
        long sources = articles.stream().map(r -> provenance(r).<String>getAs("source")).distinct().count()
                + failures.stream().filter(r -> r.isNullAt(1)).count();
        assertEquals(tree.files(), sources);
    }

    private static List<Row> from(String fileSuffix) {
        List<Row> rows = articles.stream()
                .filter(r -> provenance(r).<String>getAs("source").endsWith(fileSuffix)).toList();
        assertFalse(rows.isEmpty(), "no article from " + fileSuffix);
        return rows;
    }

    private static Row provenance(Row article) {
        return article.getAs("provenance");
    }

    /** The local file of a Spark path such as {@code file:/tmp/x/a.json}. */
    private static Path path(String sparkPath) {
        assertNotNull(sparkPath);
        return Path.of(URI.create(sparkPath));
    }

    private static Article withSourceAndIngestion(Article a, String source, Instant ingestedAt) {
        Provenance p = a.provenance();
        return a.toBuilder().provenance(new Provenance(source, p.format(), p.confidence(), p.parser(), p.sha256(),
                p.bytes(), p.charset(), p.record(), ingestedAt, p.fields(), p.removed(), p.rejected(),
                p.warnings())).build();
    }
}
