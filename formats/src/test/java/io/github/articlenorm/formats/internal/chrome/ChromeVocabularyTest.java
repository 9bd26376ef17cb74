package io.github.articlenorm.formats.internal.chrome;

import io.github.articlenorm.formats.internal.chrome.ChromeVocabulary.Kind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChromeVocabularyTest {

    @Test
    void recognisesChromeInSixLanguages() {
        assertEquals(Optional.of(Kind.SHARE), ChromeVocabulary.match("Click to share on Facebook (Opens in a new window)"));
        assertEquals(Optional.of(Kind.SHARE), ChromeVocabulary.match("Compartir en Twitter"));
        assertEquals(Optional.of(Kind.NEWSLETTER), ChromeVocabulary.match("Newsletter abonnieren"));
        assertEquals(Optional.of(Kind.COMMENTS), ChromeVocabulary.match("Laissez un commentaire"));
        assertEquals(Optional.of(Kind.RELATED), ChromeVocabulary.match("Leggi anche"));
        assertEquals(Optional.of(Kind.ADVERTISEMENT), ChromeVocabulary.match("Publicidade"));
        assertEquals(Optional.of(Kind.FORM_MESSAGE), ChromeVocabulary.match("Please enter all required fields Click to hide"));
        assertEquals(Optional.of(Kind.SEARCH), ChromeVocabulary.match("Hi, what are you looking for?"));
        assertEquals(Optional.of(Kind.COOKIES), ChromeVocabulary.match(
                "We use cookies to improve your experience. By continuing to browse the site you agree to it."));
    }

    @Test
    void readsACopyrightSignAsFooter() {
        assertEquals(Optional.of(Kind.FOOTER), ChromeVocabulary.match("© 2021 Example Media Ltd."));
    }

    @Test
    void leavesLongProseThatMentionsChromeWordsAlone() {
        assertEquals(Optional.empty(), ChromeVocabulary.match(
                "The company said it would share the results with the council and answer comments from residents "
                        + "at a public meeting next week."));
    }

    @Test
    void readsCommentHeadersOnlyWhenTheyEndWithAColon() {
        assertEquals(Optional.of(Kind.COMMENTS), ChromeVocabulary.match("harbourfan says:"));
        assertEquals(Optional.empty(), ChromeVocabulary.match("\"We will rebuild it,\" the mayor said"));
    }

    @Test
    void matchesWholeLinePhrasesOnlyAsTheWholeLine() {
        assertEquals(Optional.of(Kind.NAVIGATION), ChromeVocabulary.match("Home"));
        assertEquals(Optional.empty(), ChromeVocabulary.match("Home prices rise again"));
    }
}
