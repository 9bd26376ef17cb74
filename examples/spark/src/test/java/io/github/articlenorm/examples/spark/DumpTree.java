package io.github.articlenorm.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a tree of made-up dumps in every format, with a few corrupt files among them, for the Spark tests and the
 * throughput measurement. The same seed gives the same tree.
 *
 * <p>Per unit: {@code text/}, {@code markdown/} (YAML front matter), {@code json/story-*} (one object with related
 * links, images and extra fields), {@code json/batch-*} (an array of three), {@code jsonl/} (four JSON Lines),
 * {@code html/}; that is six files and eleven articles. The corrupt files are listed by {@link #corrupt()}.
 */
final class DumpTree {

    private static final String[] PLACES = {"Elmbrook", "Norvale", "Kestrel Bay", "Ashford Lea", "Millhaven",
            "Tarnwick", "Brackenfield", "Oldcastle Quay"};
    private static final String[] SUBJECTS = {"the harbour board", "the library trust", "the youth orchestra",
            "the district council", "the cycling club", "the allotment society", "the fire brigade",
            "the museum volunteers", "the bakers' guild", "the ferry operator"};
    private static final String[] VERBS = {"approved", "postponed", "opened", "announced", "rejected", "extended",
            "celebrated", "reviewed", "funded", "planned"};
    private static final String[] OBJECTS = {"a new ferry timetable", "the winter market", "a repair of the old pier",
            "longer opening hours", "a bus route to the hospital", "the spring parade", "a solar roof on the school",
            "free swimming lessons", "a second recycling depot", "the lantern festival"};
    private static final String[] TIMES = {"on Monday", "after a long debate", "for the third year running",
            "despite the rain", "at a packed meeting", "earlier than expected", "with broad support",
            "late on Thursday"};
    private static final String[] FIRST = {"Ada", "Tomas", "Ines", "Rafe", "Mirela", "Okon", "Liesel", "Davit",
            "Noor", "Ebbe"};
    private static final String[] LAST = {"Novak", "Hartwell", "Quenby", "Osei", "Marchetti", "Lindqvist",
            "Abara", "Penhallow", "Ferreira", "Tamsin"};

    private final Path root;
    /** Sentences per paragraph are multiplied by it: 1 for the tests' small files, more for realistic sizes. */
    private final int scale;
    private final List<Path> corrupt = new ArrayList<>();
    private int files;
    private long bytes;

    private DumpTree(Path root, int scale) {
        this.root = root;
        this.scale = scale;
    }

    /**
     * Writes {@code units} units of every kind and the corrupt files under {@code root}.
     *
     * @param corruptFiles whether to add the corrupt files
     */
    static DumpTree write(Path root, int units, long seed, boolean corruptFiles) {
        return write(root, units, seed, corruptFiles, 1);
    }

    /**
     * Writes {@code units} units of every kind with paragraphs {@code scale} times as long (scale 1 is
     * {@link #write(Path, int, long, boolean)}), and the corrupt files under {@code root}.
     */
    static DumpTree write(Path root, int units, long seed, boolean corruptFiles, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        DumpTree tree = new DumpTree(root, scale);
        Random random = new Random(seed);
        for (int i = 0; i < units; i++) {
            tree.unit(random, i);
        }
        if (corruptFiles) {
            tree.corruptFiles(random);
        }
        return tree;
    }

    Path root() {
        return root;
    }

    /** The files that fail as a whole, and the JSON Lines file with one bad record. */
    List<Path> corrupt() {
        return List.copyOf(corrupt);
    }

    int files() {
        return files;
    }

    long bytes() {
        return bytes;
    }

    private void unit(Random r, int i) {
        String n = String.format("%04d", i);
        put("text/" + (i % 7) + "/article-" + n + ".txt", text(r, i));
        put("markdown/post-" + n + ".md", markdown(r, i));
        put("json/story-" + n + ".json", jsonStory(r, i));
        put("json/batch-" + n + ".json", "[\n" + jsonRecord(r, i * 10 + 1) + ",\n" + jsonRecord(r, i * 10 + 2)
                + ",\n" + jsonRecord(r, i * 10 + 3) + "\n]\n");
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < 4; k++) {
            lines.append(jsonRecord(r, 100_000 + i * 10 + k)).append('\n');
        }
        put("jsonl/feed-" + n + ".jsonl", lines.toString());
        put("html/" + (i % 5) + "/page-" + n + ".html", html(r, i));
    }

    private void corruptFiles(Random r) {
        corrupt.add(put("corrupt/empty.txt", ""));
        byte[] noise = new byte[2048];
        r.nextBytes(noise);
        noise[0] = 0; // a NUL byte: binary, no format reads it
        corrupt.add(put("corrupt/noise.bin", noise));
        corrupt.add(put("corrupt/truncated.json", "{\"title\": \"" + title(r) + "\", \"body\": \"half a"));
        corrupt.add(put("corrupt/unclosed.md", "---\ntitle: " + title(r) + "\ndate: 2024-02-01\n\n" + paragraph(r)
                + "\n"));
        corrupt.add(put("jsonl/feed-with-bad-line.jsonl", jsonRecord(r, 900_001) + "\n{\"title\": oops}\n"
                + jsonRecord(r, 900_002) + "\n"));
    }

    private Path put(String relative, String content) {
        return put(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path put(String relative, byte[] content) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files++;
        bytes += content.length;
        return file;
    }

    // ---- made-up content ----

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    private static String sentence(Random r) {
        String s = capitalize(pick(r, SUBJECTS)) + " in " + pick(r, PLACES) + " " + pick(r, VERBS) + " "
                + pick(r, OBJECTS) + " " + pick(r, TIMES) + ".";
        return s;
    }

    private String paragraph(Random r) {
        StringBuilder p = new StringBuilder(sentence(r));
        for (int k = (1 + r.nextInt(3)) * scale + scale - 1; k > 0; k--) {
            p.append(' ').append(sentence(r));
        }
        return p.toString();
    }

    private static String title(Random r) {
        return capitalize(pick(r, SUBJECTS)) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS);
    }

    private static String name(Random r) {
        return pick(r, FIRST) + " " + pick(r, LAST);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String day(int i) {
        return String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28);
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private String text(Random r, int i) {
        return "Home\nNews\nLocal\n\n" + title(r) + " (" + i + ")\n\nBy " + name(r) + "\n\n" + day(i) + " 09:30\n\n"
                + paragraph(r) + "\n\n" + paragraph(r) + "\n\nShare on Facebook\nShare on Twitter\n\n" + paragraph(r)
                + "\n\nSign up for our newsletter\n";
    }

    private String markdown(Random r, int i) {
        return "---\ntitle: " + json(title(r) + " (" + i + ")") + "\ndate: " + day(i) + "T08:15:00+01:00\n"
                + "authors: [" + json(name(r)) + "]\ntags: [\"local\", " + json(pick(r, PLACES)) + "]\n"
                + "description: " + json(sentence(r)) + "\n---\n\n" + paragraph(r) + "\n\n## What happens next\n\n"
                + "- " + sentence(r) + "\n- " + sentence(r) + "\n\n> " + sentence(r) + "\n\n" + paragraph(r) + "\n";
    }

    private String jsonStory(Random r, int i) {
        return "{\n  \"title\": " + json(title(r) + " (" + i + ")") + ",\n  \"excerpt\": " + json(sentence(r))
                + ",\n  \"publishedDateTime\": \"" + day(i) + "T19:30:00Z\",\n  \"webUrl\": "
                + "\"https://www.example.com/local/" + i + "/story/\",\n  \"author\": " + json(name(r))
                + ",\n  \"body\": " + json(paragraph(r) + "\n\n" + paragraph(r)) + ",\n  \"provider\": "
                + "{\"name\": \"Example Daily\", \"domain\": \"example.com\"},\n  \"topics\": [\"Local\", "
                + json(pick(r, PLACES)) + "],\n  \"images\": [{\"url\": \"https://cdn.example.com/" + i
                + ".jpg\", \"width\": 1200, \"height\": 800, \"title\": " + json(sentence(r)) + "}],\n"
                + "  \"related\": [\n    {\"title\": " + json(title(r)) + ", \"webUrl\": "
                + "\"https://news.example.org/" + i + "/a\", \"publishedDateTime\": \"" + day(i + 1)
                + "T15:00:00Z\", \"provider\": {\"name\": \"Example Org News\", \"domain\": \"example.org\"}},\n"
                + "    {\"title\": " + json(title(r)) + ", \"webUrl\": \"https://news.example.org/" + i + "/b\"}\n"
                + "  ],\n  \"quality\": " + r.nextInt(100) + ",\n  \"flags\": {\"pinned\": " + r.nextBoolean()
                + ", \"regions\": [\"north\", \"coast\"]}\n}\n";
    }

    private String jsonRecord(Random r, int i) {
        return "{\"title\":" + json(title(r) + " (" + i + ")") + ",\"text\":" + json(paragraph(r) + "\n"
                + paragraph(r)) + ",\"domain\":\"example.net\",\"date\":\"" + day(i) + " 11:20:00\",\"url\":"
                + "\"https://example.net/feed/" + i + "\",\"author\":" + json(name(r)) + "}";
    }

    private String html(Random r, int i) {
        String title = title(r) + " (" + i + ")";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>" + title + " | Example Gazette</title>\n"
                + "<meta property=\"og:title\" content=\"" + title + "\">\n"
                + "<meta name=\"author\" content=\"" + name(r) + "\">\n"
                + "<meta property=\"article:published_time\" content=\"" + day(i) + "T10:00:00+02:00\">\n"
                + "<link rel=\"canonical\" href=\"https://gazette.example.com/news/" + i + "\">\n</head>\n<body>\n"
                + "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
                + "</header>\n<main>\n<article>\n<h1>" + title + "</h1>\n<p>" + paragraph(r) + "</p>\n"
                + "<h2>Reactions</h2>\n<p>" + paragraph(r) + "</p>\n<blockquote><p>" + sentence(r) + "</p><cite>"
                + name(r) + "</cite></blockquote>\n<p>" + paragraph(r) + "</p>\n</article>\n"
                + "<aside class=\"related-articles\"><h3>Related</h3><ul>\n"
                + "<li><a href=\"https://gazette.example.com/news/" + (i + 1) + "\">" + title(r) + "</a></li>\n"
                + "<li><a href=\"https://gazette.example.com/news/" + (i + 2) + "\">" + title(r) + "</a></li>\n"
                + "</ul></aside>\n</main>\n<footer><p>© 2024 Example Gazette. All rights reserved.</p></footer>\n"
                + "</body>\n</html>\n";
    }
}
