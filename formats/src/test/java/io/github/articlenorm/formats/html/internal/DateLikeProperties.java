package io.github.articlenorm.formats.html.internal;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The date element near the headline is the one Jsoup's attribute selectors would find, whatever the classes. */
class DateLikeProperties {

    private static final Evaluator SELECTOR = QueryParser.parse("[class*=date], [class*=time], [class*=published]");

    /** Class values built from pieces of the words, in any case, with the characters that fold to ASCII letters. */
    private static Gen<String> classValues() {
        Gen<String> piece = Generate.pick(List.of("date", "DATE", "Date", "dat", "time", "TiMe", "tİme", "ti",
                "me", "published", "PUBLISHED", "publiſhed", "pub", "lished", "\u212a", "-", " ", "x", "é", "e"));
        return lists().of(piece).ofSizeBetween(0, 5).map(parts -> String.join("", parts));
    }

    @Test
    void findsTheElementTheSelectorFinds() {
        qt().withExamples(2000).forAll(classValues(), classValues(), classValues()).checkAssert((a, b, c) -> {
            Document doc = Jsoup.parse("<div class='" + a + "'><p class='" + b + "'>x</p><span>y</span>"
                    + "<div><b class='" + c + "'>z</b></div></div>");
            Element scope = doc.body().child(0);
            assertSame(scope.selectFirst(SELECTOR), PageMetadata.firstDateLike(scope),
                    () -> "[" + a + "] [" + b + "] [" + c + "]");
        });
    }
}
