package io.github.articlenorm.examples.jshell;

import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code quickstart.jsh} through the JShell API, split into snippets the way the jshell tool reads a file, and
 * checks that every step works and prints what it promises.
 *
 * <p>The script runs in this JVM ({@code executionEngine("local")}) against the test class path, so it needs the
 * library's jars from Maven and not the CLI's fat jar.
 */
class QuickstartTest {

    /** The headline of the dump the script writes; the text format reads the first line as the title. */
    private static final String TITLE = "Night market returns to Mill Square for the summer";

    private static JShell shell;
    private static final List<String> problems = new ArrayList<>();
    private static final List<String> commands = new ArrayList<>();
    private static int snippets;
    private static String output;

    @BeforeAll
    static void runScript() throws IOException {
        Path script = Path.of(System.getProperty("basedir", "."), "quickstart.jsh");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        shell = JShell.builder().executionEngine("local").out(out).err(out).build();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                shell.addToClasspath(entry);
            }
        }
        // The local engine runs snippets in this JVM and, on JDK 17, prints to System.out rather than to the
        // builder's out: capture both for the run.
        PrintStream console = System.out;
        System.setOut(out);
        try {
            run(Files.readString(script));
        } finally {
            System.setOut(console);
        }
        output = captured.toString(StandardCharsets.UTF_8);
        console.print(output);
    }

    @AfterAll
    static void closeShell() {
        if (shell != null) {
            shell.close();
        }
    }

    /**
     * Feeds the script line by line, as the jshell tool does: a snippet runs as soon as the lines so far complete
     * it, so a step that the tool would cut in two (a line that looks complete, continued on the next) fails here.
     */
    private static void run(String script) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String pending = "";
        for (String line : script.split("\r?\n", -1)) {
            if (holdsNoCode(analysis, pending) && isCommand(line)) {
                commands.add(line.strip());
                pending = "";
                continue;
            }
            pending += line + "\n";
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
            while (info.completeness().isComplete()) {
                evaluate(info.source());
                pending = info.remaining();
                info = analysis.analyzeCompletion(pending);
            }
        }
        if (!holdsNoCode(analysis, pending)) {
            problems.add("the script ends inside an unfinished snippet: " + pending.strip());
        }
    }

    private static boolean holdsNoCode(SourceCodeAnalysis analysis, String source) {
        return source.isBlank() || analysis.analyzeCompletion(source).completeness() == Completeness.EMPTY;
    }

    /** A jshell command such as {@code /exit}: a slash that does not start a comment. */
    private static boolean isCommand(String line) {
        String s = line.strip();
        return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/*");
    }

    private static void evaluate(String source) {
        snippets++;
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue; // a knock-on update of an earlier snippet, not this step's own result
            }
            String step = firstLine(source);
            if (event.status() != Snippet.Status.VALID) {
                String why = shell.diagnostics(event.snippet()).map(d -> d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("; "));
                problems.add(event.status() + " `" + step + "`: " + why);
            }
            if (event.exception() instanceof EvalException e) {
                problems.add(e.getExceptionClassName() + " in `" + step + "`: " + e.getMessage());
            } else if (event.exception() != null) {
                problems.add("`" + step + "` failed: " + event.exception());
            }
        }
    }

    private static String firstLine(String source) {
        return source.strip().lines().filter(l -> !l.strip().startsWith("//")).findFirst().orElse(source.strip());
    }

    @Test
    void runsEveryStepWithoutRejectionOrException() {
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems) + "\n--- output ---\n" + output);
        // Imports, the dump, and at least one statement per step: a script cut short would fall below this.
        assertTrue(snippets >= 20, "only " + snippets + " snippets ran");
    }

    @Test
    void printsTheTitleOfTheArticleItNormalized() {
        List<SnippetEvent> events = shell.eval("article.title()");
        assertEquals(1, events.size());
        assertEquals('"' + TITLE + '"', events.get(0).value(), "the title the script's article holds");
        assertTrue(output.contains("title:       " + TITLE), output);
        assertTrue(output.contains("\"title\" : \"" + TITLE + "\""), "the pretty JSON names the title\n" + output);
    }

    @Test
    void looksAtProvenanceAndDeletesItsTemporaryFile() {
        assertTrue(output.contains("format:   text"), output);
        assertEquals("false", shell.eval("Files.exists(file)").get(0).value(), "the temporary dump is deleted");
    }

    @Test
    void endsWithExitSoTheJshellToolReturnsToTheShell() {
        assertFalse(commands.isEmpty(), "no jshell command in the script");
        assertEquals("/exit", commands.get(commands.size() - 1));
    }
}
