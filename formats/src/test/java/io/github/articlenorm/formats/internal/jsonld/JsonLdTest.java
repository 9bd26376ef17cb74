package io.github.articlenorm.formats.internal.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlenorm.spi.Draft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLdTest {

    private static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }

    @Test
    void findsArticlesInGraphsArraysAndNestingMostSpecificFirst() throws Exception {
        JsonNode root = json("[{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"Article\",\"headline\":\"A\"}},"
                + "{\"@graph\":[{\"@type\":[\"Thing\",\"schema:ReportageNewsArticle\"],\"headline\":\"R\"},"
                + "{\"@type\":\"https://schema.org/BlogPosting\",\"headline\":\"B\"}]}]");
        List<String> headlines = JsonLd.articles(root).stream().map(n -> n.get("headline").asText()).toList();
        assertEquals(List.of("R", "B", "A"), headlines);
    }

    @Test
    void offersFieldsWithTypeAndPropertyAsOrigin() throws Exception {
        JsonNode a = json("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2020-01-01\","
                + "\"author\":[{\"@type\":\"Person\",\"givenName\":\"Ada\",\"familyName\":\"Byron\"},\"Bo Li\"],"
                + "\"publisher\":{\"name\":\"P\",\"url\":\"https://p.example\"},\"keywords\":\"x, y\","
                + "\"image\":{\"@type\":\"ImageObject\",\"contentUrl\":\"https://i.example/a.jpg\",\"width\":\"640px\"},"
                + "\"mainEntityOfPage\":{\"@id\":\"https://p.example/a\"},\"articleBody\":\"One.\\n\\nTwo.\"}");
        Draft d = new Draft();
        JsonLd.offer(a, d, "script #1");
        assertEquals("JSON-LD NewsArticle.headline", d.candidates(Draft.Field.TITLE).get(0).origin().origin());
        assertEquals("script #1", d.candidates(Draft.Field.TITLE).get(0).origin().location());
        assertEquals("https://p.example/a", d.candidates(Draft.Field.URL).get(0).raw());
        assertEquals(List.of("Ada Byron", "Bo Li"), d.authors().stream().map(Draft.RawAuthor::raw).toList());
        assertEquals(List.of("x", "y"), d.topics().stream().map(Draft.Candidate::raw).toList());
        assertEquals(640, d.images().get(0).width());
        assertEquals(2, d.body().size());
        assertTrue(d.publishers().get(0).domain().contains("p.example"));
    }

    @Test
    void readsPlainTextParagraphsAndHtml() {
        assertEquals(2, TextBlocks.of("a\nb").size());
        assertEquals(1, TextBlocks.of("a\nb\n\n").size());
        assertEquals("x & y", TextBlocks.of("<p>x &amp; y</p>").get(0).text());
    }

    @Test
    void parsesPageScriptsWrappedInCommentsOrCdataAndWithTrailingSemicolon() {
        assertEquals("H", JsonLd.parseScript("<!-- {\"headline\":\"H\"} -->").get("headline").asText());
        assertEquals("H", JsonLd.parseScript("/*<![CDATA[*/{'headline':'H',}/*]]>*/;").get("headline").asText());
        assertNull(JsonLd.parseScript("var x = {headline: H"));
    }

    @Test
    void offersMetadataWithoutTheBodyAndGivesTheBodyAsText() throws Exception {
        JsonNode a = json("{\"@type\":\"BlogPosting\",\"headline\":\"H\",\"articleBody\":\"One.\\n\\nTwo.\"}");
        Draft d = new Draft();
        JsonLd.offerMetadata(a, d, "script #1");
        assertEquals("H", d.candidates(Draft.Field.TITLE).get(0).raw());
        assertTrue(d.body().isEmpty());
        assertEquals("One.\n\nTwo.", JsonLd.articleBody(a));
        assertNull(JsonLd.articleBody(json("{\"@type\":\"Article\",\"articleBody\":\"  \"}")));
    }

    @Test
    void recognizesArticleTypesWrittenPlainPrefixedOrAsIris() {
        assertTrue(JsonLd.isArticleType("NewsArticle"));
        assertTrue(JsonLd.isArticleType("schema:blogposting"));
        assertTrue(JsonLd.isArticleType("https://schema.org/ReportageNewsArticle"));
        assertFalse(JsonLd.isArticleType("http://schema.org/WebPage"));
        assertFalse(JsonLd.isArticleType(null));
    }
}
