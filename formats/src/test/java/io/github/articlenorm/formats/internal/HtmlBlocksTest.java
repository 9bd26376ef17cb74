package io.github.articlenorm.formats.internal;

import io.github.articlenorm.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlBlocksTest {

    @Test
    void turnsMarkupIntoBlocks() {
        List<Block> blocks = HtmlBlocks.fromHtml("<h2>Head</h2><p>One <b>bold</b>&nbsp;word.</p>Loose text"
                + "<blockquote><p>Said it.</p><footer>— Jane Doe, Mayor</footer></blockquote>"
                + "<ul><li>a</li><li>b <ul><li>c</li></ul></li></ul><pre>x  =  1</pre>"
                + "<table><tr><th>k</th><td>v</td></tr></table>", "");
        assertEquals(List.of(Block.heading("Head", 2), Block.paragraph("One bold word."),
                Block.paragraph("Loose text"), Block.quote("Said it.", "Jane Doe, Mayor"),
                Block.list(List.of("a", "b c")), Block.paragraph("x = 1"), Block.paragraph("k | v")), blocks);
    }

    @Test
    void skipsScriptsStylesFormsAndHiddenElements() {
        List<Block> blocks = HtmlBlocks.fromHtml("<script>var x=1;</script><style>p{}</style><p>Kept</p>"
                + "<form><p>Sign up</p></form><div hidden>Secret</div>", "");
        assertEquals(List.of(Block.paragraph("Kept")), blocks);
    }

    @Test
    void survivesDeepNesting() {
        String html = "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000);
        assertEquals(List.of(Block.paragraph("deep")), HtmlBlocks.fromHtml(html, ""));
    }

    @Test
    void recognizesMarkup() {
        assertTrue(HtmlBlocks.looksLikeHtml("text <p>with</p> tags"));
        assertTrue(HtmlBlocks.looksLikeHtml("a<br/>b"));
        assertFalse(HtmlBlocks.looksLikeHtml("1 < 2 and 3 > 2"));
        assertFalse(HtmlBlocks.looksLikeHtml(null));
    }

    @Test
    void endsAParagraphAtTwoLineBreaksButNotAtOne() {
        assertEquals(List.of(Block.paragraph("One line next line"), Block.paragraph("New paragraph")),
                HtmlBlocks.fromHtml("<div>One line<br>next line<br><br>New paragraph</div>", ""));
    }

    @Test
    void readsAQuoteWithoutChangingTheTree() {
        Element body = Jsoup.parseBodyFragment("<blockquote>Said it.<cite>Jane</cite></blockquote>").body();
        assertEquals(List.of(Block.quote("Said it.", "Jane")), HtmlBlocks.fromElement(body));
        assertEquals("Jane", body.selectFirst("cite").text());
    }

    @Test
    void letsHooksLeaveOutElementsAndItemsAndTakeFiguresAndImages() {
        Element body = Jsoup.parseBodyFragment("<p>Kept</p><div class=ad>Buy now</div>"
                + "<ul><li>one</li><li class=ad>two</li></ul><figure><img src=a.jpg><figcaption>Cap</figcaption>"
                + "</figure><p>Text <img src=b.jpg> more</p>").body();
        List<Block> blocks = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        HtmlBlocks.walk(body, new HtmlBlocks.Hooks() {
            @Override
            public void block(Block block) {
                blocks.add(block);
            }

            @Override
            public boolean skip(Element e) {
                return e.hasClass("ad") && !e.normalName().equals("li");
            }

            @Override
            public boolean keepItem(Element li) {
                return !li.hasClass("ad");
            }

            @Override
            public boolean figure(Element figure) {
                taken.add("figure " + figure.selectFirst("img").attr("src"));
                return true;
            }

            @Override
            public void image(Element img) {
                taken.add("img " + img.attr("src"));
            }
        });
        assertEquals(List.of(Block.paragraph("Kept"), Block.list(List.of("one")), Block.paragraph("Text more")),
                blocks);
        assertEquals(List.of("figure a.jpg", "img b.jpg"), taken);
    }
}
