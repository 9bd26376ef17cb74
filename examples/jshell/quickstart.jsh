// ArticleNorm quickstart: normalize a scraped article dump and look at what came out.
//
// Run it from the repository root (build the CLI's jar first: mvn -B package -DskipTests):
//   jshell --class-path examples/cli/target/articlenorm.jar examples/jshell/quickstart.jsh
// or paste the steps one at a time into an interactive jshell started with the same --class-path.
// QuickstartTest runs this file through the JShell API, so every step here is checked by the build.

// 1. Imports. The script names everything it uses, because the JShell API has none of jshell's default imports.
import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNorm;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Provenance;
import io.github.articlenorm.formats.json.ArticleJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

// 2. A small dump, as you get it when you copy an article from a web page: headline, byline, date, paragraphs.
//    The script writes it to a temporary file so that it runs anywhere; point the steps below at your own files.
String dump = """
    Night market returns to Mill Square for the summer
    By Anna Lindqvist
    Published June 6, 2025 7:30 PM

    Thirty stalls will fill Mill Square every Friday evening from June to September, the town council said.
    Traders sell hot food, plants and secondhand books until eleven, with live music on the fountain steps.
    The council closes Mill Lane to cars from five o'clock on market nights.
    """;
Path file = Files.createTempFile("articlenorm-quickstart-", ".txt");
Files.writeString(file, dump);

// 3. Normalize it. ArticleNorm.normalizeFile uses a shared normalizer with the defaults: the format is detected
//    from the content, zone-less times are read as UTC. toString() is a one-line summary.
Article article = ArticleNorm.normalizeFile(file.toString());
System.out.println(article);

// 4. Read the fields. Absent values are null (publishedAt when no date was found); lists are empty, never null.
System.out.println("title:       " + article.title());
System.out.println("publishedAt: " + article.publishedAt());
System.out.println("authors:     " + article.authors());
System.out.println("wordCount:   " + article.wordCount());

// 5. Provenance says how the article was read: which format won, where each value came from,
//    what input was left out and why, and any trouble met on the way.
Provenance provenance = article.provenance();
System.out.println("format:   " + provenance.format() + " (confidence " + provenance.confidence() + ")");
provenance.fields().forEach((field, origin) -> System.out.println("  " + field + " <- " + origin.origin() + ", " + origin.location()));
System.out.println("removed:  " + provenance.removed().size() + " piece(s) of input");
provenance.removed().forEach(r -> System.out.println("  " + r.location() + " (" + r.reason() + "): " + r.text()));
System.out.println("warnings: " + provenance.warnings());

// 6. Settings live on a normalizer you build once and share (it is immutable and thread-safe). Here: read
//    zone-less times such as "7:30 PM" as Berlin time. Each line ends in a dot so that jshell waits for the next.
ArticleNormalizer berlin = ArticleNormalizer.builder().
        defaultZone(ZoneId.of("Europe/Berlin")).
        build();
Article inBerlin = berlin.normalize(file);
System.out.println("publishedAt read in Europe/Berlin: " + inBerlin.publishedAt());
System.out.println("how it was read: " + inBerlin.provenance().fields().get("publishedAt"));

// 7. The canonical JSON, the form the command line writes; ArticleJson.write gives one line for JSON Lines.
String json = ArticleJson.writePretty(inBerlin);
System.out.println(json);

// 8. Clean up, and leave jshell (the API ignores commands such as /exit; the jshell tool obeys them).
Files.delete(file);
/exit
