package io.github.articlenorm.formats.html.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Labels remembered across pages are the labels the class and id values give when read afresh. */
class HintsMemoTest {

    private static Hints.Label fresh(Element e) {
        String tokens = Hints.tokens(e);
        return new Hints.Label(Hints.chrome(tokens), Hints.positive(tokens));
    }

    @Test
    void givesEveryPageTheLabelsItsOwnValuesGive() {
        String longClass = "share-buttons " + "x".repeat(300);
        String html = "<div class='share-buttons'>a</div><div class='entry-content'>b</div>"
                + "<div class='share-buttons' id='comments'>c</div><div class='" + longClass + "'>d</div>"
                + "<div id='related-posts'>e</div><div>f</div>";
        for (int page = 0; page < 3; page++) {
            Document doc = Jsoup.parse(html);
            Hints.Memo memo = new Hints.Memo();
            for (Element e : doc.body().children()) {
                // Asked twice: the second answer comes from what the first remembered.
                assertEquals(fresh(e), memo.of(e), e.outerHtml());
                assertEquals(fresh(e), memo.of(e), e.outerHtml());
            }
        }
    }

    @Test
    void tellsChromeFromContentByClass() {
        Document doc = Jsoup.parse("<div class='share-buttons'>a</div><div class='entry-content'>b</div>");
        Hints.Memo memo = new Hints.Memo();
        assertEquals(Hints.Kind.SHARE, memo.of(doc.body().child(0)).chrome());
        assertEquals(true, memo.of(doc.body().child(1)).positive());
    }
}
