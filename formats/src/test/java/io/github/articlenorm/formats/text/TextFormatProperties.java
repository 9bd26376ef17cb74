package io.github.articlenorm.formats.text;

import io.github.articlenorm.Article;
import io.github.articlenorm.ArticleNormalizer;
import io.github.articlenorm.ArticleParseException;
import io.github.articlenorm.Input;
import io.github.articlenorm.formats.internal.chrome.ChromeVocabulary;
import io.github.articlenorm.formats.text.internal.PageReader;
import io.github.articlenorm.internal.Texts;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

/** Properties of the text format on page-shaped and arbitrary text. */
class TextFormatProperties {
    private static final ArticleNormalizer NORMALIZER = ArticleNormalizer.builder().formats(new TextFormat())
            .defaultZone(ZoneOffset.UTC).build();

    private static final List<String> PIECES = List.of(
            "The harbour office said on Monday that the old pier will be closed for repairs until the end of the month.",
            "Boats that usually moor at the pier will use the northern quay instead, and the ferry will leave from there.",
            "La biblioteca municipal abrirá sus puertas también por la tarde durante los meses de julio y agosto.",
            "Der Weg ist drei Meter breit und wird in der Nacht durch eine neue Beleuchtung erhellt, die Strom spart.",
            "Old pier closes for repairs", "What happens next", "Harbour News", "Anna Berg, Harbour Master",
            "Share on Facebook", "Advertisement", "Subscribe to our newsletter", "Leave a comment", "Home", "Search",
            "© 2021 Harbour News Ltd. All rights reserved.", "By Tom Reed", "Written By", "Published March 2, 2021",
            "Updated: 03.03.2021 10:15", "2021-03-02T08:30:00Z", "Source: Harbour Office", "Tags: Harbour, Ferry",
            "READ MORE: Ferry timetable changes", "You May Also Like", "Divers inspect the pier 3:12",
            "  • Item one", "- Item two", "* Item three", "– Item four", "•", "[photo-1]", "\t", "\u00a0", "",
            "Click to hide", "We use cookies to improve your experience.", ":", "By", "Tags:", "Source:", "©",
            "\u200b", "\u0001");

    private static Gen<String> pageText() {
        Gen<String> shaped = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 40)
                .map(l -> String.join("\n", l));
        Gen<String> arbitrary = strings().allPossible().ofLengthBetween(0, 300);
        Gen<String> mixed = lists().of(Generate.pick(PIECES).mix(strings().allPossible().ofLengthBetween(0, 30)))
                .ofSizeBetween(0, 30).map(l -> String.join("\r\n", l));
        return shaped.mix(arbitrary).mix(mixed);
    }

    @Test
    void everyNonBlankLineIsAccountedFor() {
        qt().withExamples(1500).forAll(pageText()).checkAssert(text -> {
            PageReader.Result r = PageReader.read(text, ZoneOffset.UTC, () -> false);
            Map<Integer, PageReader.Line> byNumber = new HashMap<>();
            for (PageReader.Line l : r.lines()) {
                assertNotNull(l.role(), "no role for line " + l.number());
                if (l.role() == PageReader.Role.CHROME) {
                    assertNotNull(l.reason(), "no reason for removed line " + l.number());
                }
                byNumber.put(l.number(), l);
            }
            String[] raw = text.split("\r\n|\r|\n", -1);
            for (int i = 0; i < raw.length; i++) {
                if (!Texts.clean(raw[i]).isEmpty()) {
                    assertTrue(byNumber.containsKey(i + 1), "line " + (i + 1) + " not accounted for: " + raw[i]);
                }
            }
        });
    }

    @Test
    void normalizeThrowsNothingButArticleParseException() {
        qt().withExamples(1500).forAll(pageText()).checkAssert(text -> {
            try {
                NORMALIZER.normalize(Input.of(text, "x.txt"));
            } catch (ArticleParseException expected) {
                // the one exception bad input may raise
            }
        });
    }

    @Test
    void titleIsNeverALineClassifiedAsChrome() {
        qt().withExamples(1500).forAll(pageText()).checkAssert(text -> {
            PageReader.Result r = PageReader.read(text, ZoneOffset.UTC, () -> false);
            for (PageReader.Line l : r.lines()) {
                if (l.role() == PageReader.Role.TITLE) {
                    assertTrue(ChromeVocabulary.match(l.text()).isEmpty(), "chrome title: " + l.text());
                }
            }
        });
    }

    @Test
    void lfAndCrlfGiveTheSameArticle() {
        qt().withExamples(800).forAll(lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 40)).checkAssert(l -> {
            String lf = String.join("\n", l);
            Article a = normalizeOrNull(lf);
            Article b = normalizeOrNull(lf.replace("\n", "\r\n"));
            if (a == null || b == null) {
                assertEquals(a == null, b == null);
                return;
            }
            assertEquals(a.title(), b.title());
            assertEquals(a.body(), b.body());
            assertEquals(a.authors(), b.authors());
            assertEquals(a.publishedAt(), b.publishedAt());
            assertEquals(a.modifiedAt(), b.modifiedAt());
            assertEquals(a.topics(), b.topics());
            assertEquals(a.related(), b.related());
            assertEquals(a.publisher(), b.publisher());
            assertEquals(a.provenance().removed(), b.provenance().removed());
            assertEquals(a.provenance().fields(), b.provenance().fields());
        });
    }

    private static Article normalizeOrNull(String text) {
        try {
            return NORMALIZER.normalize(Input.of(text, "x.txt"));
        } catch (ArticleParseException e) {
            return null;
        }
    }
}
