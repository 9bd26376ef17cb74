package io.github.articlenorm.formats.json;

import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Input;
import io.github.articlenorm.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLimitMessagesTest {

    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder().format("json").build();

    @Test
    void tooDeepDocumentNamesOurLimitNotJacksons() {
        byte[] deep = ("{\"title\":" + "[".repeat(300)).getBytes(StandardCharsets.UTF_8);
        ArticleParseException e = assertThrows(ArticleParseException.class,
                () -> NORMALIZER.normalize(Input.of(deep, "deep.json")));
        assertTrue(e.getMessage().contains("Limits.withMaxDepth"), e.getMessage());
        assertTrue(e.getMessage().contains("(200)"), e.getMessage());
        assertFalse(e.getMessage().contains("StreamReadConstraints"), e.getMessage());
    }

    @Test
    void tooDeepJsonLinesRecordNamesOurLimitNotJacksons() {
        String lines = "{\"title\":\"One\"}\n{\"title\":" + "[".repeat(300) + "\n{\"title\":\"Three\"}\n";
        List<Outcome> outcomes = NORMALIZER.stream(Input.of(lines.getBytes(StandardCharsets.UTF_8), "d.jsonl"))
                .toList();
        Outcome.Failure failure = (Outcome.Failure) outcomes.get(1);
        String message = failure.error().getMessage();
        assertTrue(message.contains("line 2") && message.contains("Limits.withMaxDepth"), message);
        assertFalse(message.contains("StreamReadConstraints"), message);
        assertTrue(outcomes.get(2) instanceof Outcome.Success);
    }
}
