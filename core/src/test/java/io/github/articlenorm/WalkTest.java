package io.github.articlenorm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Walking a directory accounts for every entry that could hold an article: none is dropped silently. */
class WalkTest {
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder()
            .formats(new FakeFormat("fake", "FAKE")).build();

    @Test
    void listsASymbolicLinkLoopAndAMissingTargetAsFailuresInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "FAKE one");
        Files.createSymbolicLink(dir.resolve("b-loop.txt"), Path.of("b-loop.txt"));
        Files.createSymbolicLink(dir.resolve("c-missing.txt"), Path.of("nowhere.txt"));
        Files.createSymbolicLink(dir.resolve("d-parent"), Path.of(".."));
        List<Outcome> outcomes = NORMALIZER.stream(dir).toList();
        assertEquals(List.of("a.txt", "b-loop.txt", "c-missing.txt"),
                outcomes.stream().map(o -> Path.of(o.source()).getFileName().toString()).toList());
        assertTrue(outcomes.get(0).isSuccess());
        for (Outcome o : outcomes.subList(1, 3)) {
            String message = ((Outcome.Failure) o).message();
            assertTrue(message.contains("cannot read: "), message);
        }
    }
}
