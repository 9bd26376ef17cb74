package io.github.articlenorm.formats.frontmatter;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Input;
import io.github.articlenorm.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile and broken front matter: every case ends quickly, in an article or an {@link ArticleParseException}. */
@Timeout(10)
class FrontMatterHostileTest {
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder()
            .formats(new FrontMatterFormat()).build();

    private static ArticleParseException failure(String text) {
        return assertThrows(ArticleParseException.class, () -> NORMALIZER.normalize(Input.of(text, "post.md")));
    }

    @Test
    void refusesAYamlAliasBomb() {
        StringBuilder sb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            sb.append("]\n");
            prev = c;
        }
        sb.append("title: bomb\n---\n");
        ArticleParseException e = failure(sb.toString());
        assertTrue(e.getMessage().contains("alias"), e.getMessage());
    }

    @Test
    void refusesAnAliasBombUnderTheAliasCount() {
        // 2 aliases per level over 20 levels stays under the alias limit yet would expand to a million values.
        StringBuilder sb = new StringBuilder("---\nl0: &l0 [x, y]\n");
        for (int i = 1; i <= 20; i++) {
            sb.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append("]\n");
        }
        sb.append("---\n");
        ArticleParseException e = failure(sb.toString());
        assertTrue(e.getMessage().contains("alias"), e.getMessage());
    }

    @Test
    void refusesJavaTypeTags() {
        ArticleParseException e = failure("---\ntitle: x\nwhen: !!java.util.Date 2020-01-01\n---\n");
        assertTrue(e.getMessage().contains("!!java.util.Date"), e.getMessage());
        assertEquals("line 3, column 7", e.location());
    }

    @Test
    void refusesGlobalTags() {
        ArticleParseException e = failure("---\ntitle: !<tag:example.com,2000:app/thing> x\n---\n");
        assertTrue(e.getMessage().contains("tag"), e.getMessage());
    }

    @Test
    void saysWhenTheFrontMatterIsNotClosed() {
        ArticleParseException e = failure("\n---\ntitle: Open\n\nBody text.\n");
        assertEquals("post.md: front matter is not closed: expected \"---\" before end of input "
                + "(front-matter, line 2)", e.getMessage());
    }

    @Test
    void givesLineAndColumnOfMalformedYaml() {
        ArticleParseException e = failure("---\ntitle: ok\nexcerpt: \"never closed\n---\n");
        assertTrue(e.getMessage().startsWith("post.md: malformed YAML in front matter"), e.getMessage());
        assertTrue(e.location().startsWith("line "), e.location());
    }

    @Test
    void givesLineOfMalformedToml() {
        ArticleParseException e = failure("+++\ntitle = \"ok\"\ndate = = 3\n+++\n");
        assertTrue(e.getMessage().contains("malformed TOML"), e.getMessage());
        assertEquals("line 3", e.location().substring(0, 6));
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        ArticleNormalizer shallow = ArticleNormalizer.builder().formats(new FrontMatterFormat())
                .limits(Limits.defaults().withMaxDepth(10)).build();
        String deep = "---\nx: " + "[".repeat(50) + "]".repeat(50) + "\n---\n";
        ArticleParseException e = assertThrows(ArticleParseException.class,
                () -> shallow.normalize(Input.of(deep, "deep.md")));
        assertTrue(e.getMessage().contains("Limits.withMaxDepth") || e.getMessage().contains("Nesting"),
                e.getMessage());
    }

    @Test
    void readsFrontMatterIndentedWithTabsAndWarns() {
        Article a = NORMALIZER.normalize(Input.of("---\ntitle: Tabs\nprovider:\n\tname: Tab Times\n\tdomain: "
                + "example.com\n---\n", "tabs.md"));
        assertEquals("Tab Times", a.publisher().name());
        assertTrue(a.provenance().warnings().stream().anyMatch(w -> w.contains("tabs")), a.provenance()
                .warnings().toString());
    }

    @Test
    void keepsTheLaterOfDuplicateKeysAndRecordsTheEarlier() {
        Article a = NORMALIZER.normalize(Input.of("---\ntitle: First\nscore: 1\ntitle: Second\n---\n", "dup.md"));
        assertEquals("Second", a.title());
        assertTrue(a.provenance().warnings().stream().anyMatch(w -> w.contains("'title' appears twice")));
        assertEquals("First", a.provenance().removed().get(0).text());
        assertEquals("line 2", a.provenance().removed().get(0).location());
    }

    @Test
    void keepsOffsetOfSourceTimestampAndJsonTypesInExtras() {
        Article a = NORMALIZER.normalize(Input.of("\uFEFF\n\n---\ntitle: T\ndate: 2025-01-27 20:45:32 +0530\n"
                + "quality: 25\nheat: -1\npublished: false\nratio: 0.5\nbig: 123456789012345678901234567890\n"
                + "nan: .nan\n---\n", "t.md"));
        assertEquals("2025-01-27T20:45:32+05:30", a.publishedAt().toString());
        assertEquals("line 5", a.provenance().fields().get("publishedAt").location());
        Map<String, Object> x = a.extras();
        assertEquals(25L, x.get("quality"));
        assertEquals(-1L, x.get("heat"));
        assertEquals(false, x.get("published"));
        assertEquals(0.5, x.get("ratio"));
        assertEquals(new java.math.BigInteger("123456789012345678901234567890"), x.get("big"));
        assertEquals(".nan", x.get("nan"));
    }

    @Test
    void refusesFrontMatterThatIsNotAMapping() {
        ArticleParseException e = failure("---\n- a\n- b\n---\n");
        assertTrue(e.getMessage().contains("not a mapping"), e.getMessage());
    }

    @Test
    void survivesDeeplyNestedMarkdown() {
        String body = ">".repeat(5000) + " quote\n\n" + "*".repeat(20000) + "x" + "*".repeat(20000) + "\n";
        Article a = NORMALIZER.normalize(Input.of("---\ntitle: Deep\n---\n" + body, "deep.md"));
        assertNotNull(a.title());
    }

    @Test
    void detectsWellFormedFrontMatterWithHighConfidence() {
        FrontMatterFormat f = new FrontMatterFormat();
        assertEquals(0.95, f.detect(sniff("---\ntitle: x\n---\nbody")).confidence());
        assertEquals(0.95, f.detect(sniff("\uFEFF\n+++\ntitle = \"x\"\n+++\n")).confidence());
        assertTrue(f.detect(sniff("---\nJust a rule, then prose.\n")).confidence() < 0.1);
        assertEquals(0, f.detect(sniff("{\"title\": \"x\"}")).confidence());
        assertEquals(0, f.detect(sniff("<html><body>x</body></html>")).confidence());
    }

    @Test
    void takesTheDateFromAJekyllFileNameOnlyWhenTheFrontMatterHasNone() {
        Article none = NORMALIZER.normalize(Input.of("---\ntitle: T\n---\n", "_posts/2016-09-21-title.md"));
        assertEquals("2016-09-21", none.publishedAt().toLocalDate().toString());
        assertEquals("file name", none.provenance().fields().get("publishedAt").origin());
        Article dated = NORMALIZER.normalize(Input.of("---\ntitle: T\ndate: 2017-01-02\n---\n",
                "_posts/2016-09-21-title.md"));
        assertEquals("2017-01-02", dated.publishedAt().toLocalDate().toString());
    }

    @Test
    void keepsUnmappedKeysOfEachRelatedItemInOrder() {
        Article a = NORMALIZER.normalize(Input.of("---\ntitle: T\nrelated:\n  - title: A\n    webUrl: "
                + "https://example.com/a\n  - title: B\n    webUrl: https://example.com/b\n    cdnAmpWebUrl: "
                + "https://cdn.example.net/b\n---\n", "r.md"));
        assertEquals(List.of(Map.of(), Map.of("cdnAmpWebUrl", "https://cdn.example.net/b")), a.extras().get("related"));
        assertEquals("front matter key 'related[0].webUrl'", a.provenance().fields().get("related").origin());
    }

    @Test
    void readsADashedLastLineOfAQuoteAsItsAttribution() {
        Article a = NORMALIZER.normalize(Input.of("---\ntitle: Q\n---\n\n> We will *rebuild* the pier.\n"
                + "> — Mayor Ana Lima\n", "q.md"));
        assertEquals(List.of(io.github.articlenorm.Block.quote("We will rebuild the pier.", "Mayor Ana Lima")),
                a.body());
    }

    private static io.github.articlenorm.spi.Sniff sniff(String head) {
        return new io.github.articlenorm.spi.Sniff("x", null, head, true);
    }
}
