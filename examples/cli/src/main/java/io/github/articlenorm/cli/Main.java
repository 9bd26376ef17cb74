package io.github.articlenorm.cli;

import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import io.github.articlenorm.Outcome;
import io.github.articlenorm.formats.json.ArticleJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The {@code articlenorm} command: normalizes dumps and prints one canonical Article JSON per line.
 *
 * <pre>
 * java -jar articlenorm.jar [options] [PATH ...]
 * </pre>
 *
 * Exit status: 0 when every input was normalized, 1 when some failed (the rest are still written), 2 for bad usage.
 */
public final class Main {

    static final String USAGE = String.join("\n",
            "usage: articlenorm [options] [PATH ...]",
            "",
            "Normalizes article dumps (page text, front matter, JSON, HTML) and prints one canonical Article JSON",
            "per line on standard output, in input order. PATH is a file, a directory (read recursively) or - for",
            "standard input; with no PATH, the bundled sample dumps are normalized.",
            "",
            "options:",
            "  --format ID      read every input as this format (text, front-matter, json, html); default: detect",
            "  --zone ZONE      zone for times given without one, e.g. Europe/Berlin; default: UTC",
            "  --failures FILE  also write failures as JSON Lines of {source, record, format, error}",
            "  --pretty         indent the JSON for people (one article per block instead of per line)",
            "  --quiet          no progress or summary on standard error (failures are still listed)",
            "  -h, --help       show this help",
            "",
            "exit status: 0 all inputs normalized, 1 some failed, 2 bad usage");

    /** Names of the bundled sample dumps, in output order. */
    static final List<String> SAMPLES = List.of("sample-page.txt", "sample-post.md", "sample-records.jsonl",
            "sample-page.html");

    private Main() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command with the given streams; returns the exit status. */
    static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            stderr.println("articlenorm: " + e.getMessage());
            stderr.println("try 'articlenorm --help'");
            return 2;
        }
        if (options.help) {
            new PrintStream(stdout, true, StandardCharsets.UTF_8).println(USAGE);
            return 0;
        }
        ArticleNormalizer normalizer;
        try {
            ArticleNormalizer.Builder builder = ArticleNormalizer.builder().defaultZone(options.zone);
            if (options.format != null) {
                builder.format(options.format);
            }
            normalizer = builder.build();
        } catch (IllegalArgumentException e) {
            stderr.println("articlenorm: " + e.getMessage());
            return 2;
        }
        try (OutputStream failures = options.failures == null ? null : Files.newOutputStream(options.failures)) {
            return new Runner(normalizer, options, stdin, stdout, stderr, failures).run();
        } catch (IOException e) {
            stderr.println("articlenorm: cannot write " + options.failures + ": " + e.getMessage());
            return 2;
        }
    }

    /** Parsed command-line options. */
    static final class Options {
        String format;
        ZoneId zone = ZoneId.of("UTC");
        Path failures;
        boolean pretty;
        boolean quiet;
        boolean help;
        final List<String> paths = new ArrayList<>();

        static Options parse(String[] args) {
            Options o = new Options();
            boolean onlyPaths = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (onlyPaths || a.equals("-") || !a.startsWith("-")) {
                    o.paths.add(a);
                    continue;
                }
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    value = a.substring(eq + 1);
                    a = a.substring(0, eq);
                }
                switch (a) {
                    case "--" -> onlyPaths = true;
                    case "-h", "--help" -> o.help = true;
                    case "--pretty" -> o.pretty = true;
                    case "--quiet", "-q" -> o.quiet = true;
                    case "--format" -> o.format = value != null ? value : next(args, ++i, a);
                    case "--failures" -> o.failures = Path.of(value != null ? value : next(args, ++i, a));
                    case "--zone" -> {
                        String z = value != null ? value : next(args, ++i, a);
                        try {
                            o.zone = ZoneId.of(z);
                        } catch (DateTimeException e) {
                            throw new IllegalArgumentException("unknown zone \"" + z
                                    + "\" (use an id such as UTC, Europe/Berlin or +05:30)");
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return o;
        }

        private static String next(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** One run over the inputs. */
    private static final class Runner {
        private final ArticleNormalizer normalizer;
        private final Options options;
        private final InputStream stdin;
        private final LineSink out;
        private final PrintStream err;
        private final LineSink failures;
        private final Map<String, Integer> byFormat = new TreeMap<>();
        private int articles;
        private int failed;
        private long lastProgress = System.nanoTime();

        Runner(ArticleNormalizer normalizer, Options options, InputStream stdin, OutputStream stdout,
               PrintStream stderr, OutputStream failures) {
            this.normalizer = normalizer;
            this.options = options;
            this.stdin = stdin;
            // Whole lines only, even when the run is cut short: both outputs are JSON Lines.
            this.out = new LineSink(stdout);
            this.err = stderr;
            this.failures = failures == null ? null : new LineSink(failures);
        }

        int run() {
            try {
                outcomes().forEach(this::emit);
                out.flush();
                if (failures != null) {
                    failures.flush();
                }
            } catch (UncheckedIOException e) {
                err.println("articlenorm: cannot write output: " + e.getCause().getMessage());
                return 1;
            } catch (IOException e) {
                err.println("articlenorm: cannot write output: " + e.getMessage());
                return 1;
            }
            if (!options.quiet) {
                err.println(summary());
            }
            return failed == 0 ? 0 : 1;
        }

        private Stream<Outcome> outcomes() {
            if (options.paths.isEmpty()) {
                return SAMPLES.stream().flatMap(name -> {
                    InputStream in = Main.class.getResourceAsStream("samples/" + name);
                    if (in == null) {
                        throw new IllegalStateException("the sample " + name + " is missing from the jar");
                    }
                    return normalizer.stream(Input.of(in, name));
                });
            }
            return options.paths.stream().flatMap(p -> p.equals("-")
                    ? normalizer.stream(Input.of(stdin, "-"))
                    : normalizer.stream(Path.of(p)));
        }

        private void emit(Outcome outcome) {
            try {
                if (outcome instanceof Outcome.Success s) {
                    String json = options.pretty ? ArticleJson.writePretty(s.article()) : ArticleJson.write(s.article());
                    out.line(json);
                    articles++;
                    byFormat.merge(s.article().provenance().format(), 1, Integer::sum);
                } else {
                    Outcome.Failure f = (Outcome.Failure) outcome;
                    failed++;
                    err.println("articlenorm: failed: " + f.message());
                    if (failures != null) {
                        failures.line(FailureJson.write(f));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress();
        }

        private void progress() {
            long now = System.nanoTime();
            if (!options.quiet && now - lastProgress > 2_000_000_000L) {
                lastProgress = now;
                err.println("articlenorm: " + articles + " articles, " + failed + " failures so far");
            }
        }

        private String summary() {
            StringBuilder sb = new StringBuilder("articlenorm: ").append(articles)
                    .append(articles == 1 ? " article, " : " articles, ").append(failed)
                    .append(failed == 1 ? " failure" : " failures");
            if (!byFormat.isEmpty()) {
                sb.append(" (");
                byFormat.forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ")
                        .append(k).append(": ").append(v));
                sb.append(')');
            }
            return sb.toString();
        }
    }
}
