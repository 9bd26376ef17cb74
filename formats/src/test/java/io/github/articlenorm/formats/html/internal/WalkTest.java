package io.github.articlenorm.formats.html.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WalkTest {

    /** Records every call as "head|tail name depth". */
    private static final class Recorder implements NodeVisitor {
        final List<String> calls = new ArrayList<>();

        @Override
        public void head(Node node, int depth) {
            calls.add("head " + node.nodeName() + " " + depth);
        }

        @Override
        public void tail(Node node, int depth) {
            calls.add("tail " + node.nodeName() + " " + depth);
        }
    }

    private static void assertSameCallsAsJsoup(Node root) {
        Recorder jsoup = new Recorder();
        root.traverse(jsoup);
        Recorder walk = new Recorder();
        Walk.readOnly(root, walk);
        assertEquals(jsoup.calls, walk.calls);
    }

    @Test
    void visitsAPageInJsoupsOrderWithTheSameDepths() {
        Document doc = Jsoup.parse("<!doctype html><html><head><title>T</title><meta name=a content=b></head>"
                + "<body><!-- note --><div class=x><p>One <b>two</b> three<br>four</p><img src=a.png></div>"
                + "<ul><li>a</li><li></li></ul><p></p>tail text</body></html>");
        assertSameCallsAsJsoup(doc);
    }

    @Test
    void startsAtAnInnerElementAndStaysUnderIt() {
        Document doc = Jsoup.parse("<div id=a><p>in</p></div><div id=b><p>out</p></div>");
        Recorder walk = new Recorder();
        Walk.readOnly(doc.getElementById("a"), walk);
        assertEquals(List.of("head div 0", "head p 1", "head #text 2", "tail #text 2", "tail p 1", "tail div 0"),
                walk.calls);
    }

    @Test
    void visitsALeafRootOnce() {
        Document doc = Jsoup.parse("<p><br></p>");
        Recorder walk = new Recorder();
        Walk.readOnly(doc.selectFirst("br"), walk);
        assertEquals(List.of("head br 0", "tail br 0"), walk.calls);
    }

    @Test
    void followsNestingDeeperThanItsFirstStack() {
        String html = "<div>".repeat(150) + "deep" + "</div>".repeat(150) + "<p>after</p>";
        assertSameCallsAsJsoup(Jsoup.parse(html));
    }
}
