package io.github.articlenorm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LimitsTest {

    @Test
    void limitsHtmlPagesToAMillionNodesByDefault() {
        assertEquals(1_000_000, Limits.defaults().maxNodes());
    }

    @Test
    void withMaxNodesChangesThatLimitOnly() {
        Limits l = Limits.defaults().withMaxNodes(5_000);
        assertEquals(5_000, l.maxNodes());
        assertEquals(Limits.defaults().withMaxNodes(5_000), l);
        assertEquals(Limits.defaults(), l.withMaxNodes(1_000_000));
        assertEquals(Limits.defaults().maxDepth(), l.maxDepth());
    }

    @Test
    void refusesANonPositiveNodeLimitNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Limits.defaults().withMaxNodes(0));
        assertEquals("maxNodes must be positive, was 0", e.getMessage());
    }
}
