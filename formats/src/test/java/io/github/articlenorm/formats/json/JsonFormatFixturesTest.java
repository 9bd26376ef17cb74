package io.github.articlenorm.formats.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.Input;
import io.github.articlenorm.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The golden fixtures of the json format: every {@code fixtures/json/<case>.json} or {@code .jsonl} beside its
 * {@code <case>.expected.json}, a JSON array of the outcomes (articles in canonical JSON, failures as
 * {@code {"record", "failure"}}). Run with {@code -Darticlenorm.regenerate=true} to rewrite the expected files, then
 * review them by eye.
 */
class JsonFormatFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/fixtures/json");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder()
            .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
            .defaultZone(ZoneId.of("Europe/Berlin"))
            .build();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"))
                    .sorted().toList();
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void normalizesFixtureAsExpected(Path input) throws IOException {
        String name = input.getFileName().toString();
        ArrayNode out = MAPPER.createArrayNode();
        NORMALIZER.stream(Input.of(Files.readAllBytes(input), name)).forEach(o -> {
            if (o instanceof Outcome.Success s) {
                try {
                    out.add(MAPPER.readTree(ArticleJson.write(s.article())));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                Outcome.Failure f = (Outcome.Failure) o;
                ObjectNode n = out.addObject();
                n.put("record", f.record());
                n.put("failure", f.error().getMessage());
            }
        });
        String actual = MAPPER.writeValueAsString(out) + "\n";
        Path expected = DIR.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        if (Boolean.getBoolean("articlenorm.regenerate")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
    }
}
