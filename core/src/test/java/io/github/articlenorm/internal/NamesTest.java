package io.github.articlenorm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Example-based tests for {@link Names}. */
class NamesTest {

    private static List<String> names(String raw) {
        return Names.parse(raw).names();
    }

    private static void assertRefused(String raw) {
        NameResult r = Names.parse(raw);
        assertEquals(List.of(), r.names(), () -> "names of " + raw);
        assertFalse(r.refused().isEmpty(), () -> "expected a refusal for " + raw);
        for (NameResult.Refusal refusal : r.refused()) {
            assertFalse(refusal.reason().isBlank());
            assertNotNull(refusal.value());
        }
    }

    // ---------------------------------------------------------------- the examples from the brief

    @Test
    void splitsEnglishConjunction() {
        assertEquals(List.of("Aroon Deep", "Aditya Chunduru"), names("By Aroon Deep and Aditya Chunduru"));
    }

    @Test
    void splitsCommaAndAmpersand() {
        assertEquals(List.of("Jane Doe", "John Smith", "Mary Major"), names("Jane Doe, John Smith & Mary Major"));
    }

    @Test
    void splitsSpanishConjunction() {
        assertEquals(List.of("Juan Pérez", "María López"), names("Por Juan Pérez y María López"));
    }

    @Test
    void splitsGermanConjunction() {
        assertEquals(List.of("Max Mustermann", "Erika Musterfrau"), names("Von Max Mustermann und Erika Musterfrau"));
    }

    @Test
    void stripsWrittenByWithColon() {
        assertEquals(List.of("Danka Delić"), names("Written by: Danka Delić"));
    }

    @Test
    void cleansAllCapsBylineWithRoleAndTimestamp() {
        NameResult r = Names.parse("By JANE DOE, Staff Writer | Updated 3:45 PM EST");
        assertEquals(List.of("Jane Doe"), r.names());
        assertEquals(List.of(), r.refused());
    }

    @Test
    void refusesEmailTheAuthor() {
        NameResult r = Names.parse("Email the author");
        assertEquals(List.of(), r.names());
        assertEquals(1, r.refused().size());
        assertEquals("Email the author", r.refused().get(0).value());
    }

    // ---------------------------------------------------------------- prefixes

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Doe", "by Jane Doe", "BY Jane Doe", "By: Jane Doe", "Written by Jane Doe",
        "Words by Jane Doe", "Reporting by Jane Doe", "Posted by Jane Doe", "Author: Jane Doe", "Authors: Jane Doe",
        "Autor: Jane Doe", "Autora: Jane Doe", "Por Jane Doe", "Von Jane Doe", "Par Jane Doe", "Di Jane Doe",
        "Door Jane Doe", "De Jane Doe", "Author:Jane Doe", "By By Jane Doe", "- By Jane Doe", "\"By Jane Doe\""})
    void stripsBylinePrefixes(String raw) {
        assertEquals(List.of("Jane Doe"), names(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"De Niro", "Robert De Niro", "Di Caprio", "Von Trier", "Byron Smith"})
    void keepsParticlesThatAreNotBylineWords(String raw) {
        assertEquals(List.of(raw), names(raw));
    }

    @Test
    void keepsLowercaseParticleAfterForeignPrefix() {
        assertEquals(List.of("Ursula von der Leyen"), names("Von: Ursula von der Leyen"));
    }

    // ---------------------------------------------------------------- splitting

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe; John Smith", "Jane Doe | John Smith", "Jane Doe / John Smith",
        "Jane Doe\nJohn Smith", "Jane Doe & John Smith", "Jane Doe AND John Smith", "Jane Doe et John Smith",
        "Jane Doe en John Smith", "Jane Doe e John Smith", "Jane Doe — John Smith", "Jane Doe • John Smith"})
    void splitsOnSeparators(String raw) {
        assertEquals(List.of("Jane Doe", "John Smith"), names(raw));
    }

    @Test
    void splitsFrenchAndDutchConjunctions() {
        assertEquals(List.of("Jean Dupont", "Marie Curie"), names("Par Jean Dupont et Marie Curie"));
        assertEquals(List.of("Jan Jansen", "Piet Pietersen"), names("Door Jan Jansen en Piet Pietersen"));
    }

    @Test
    void keepsCapitalMiddleInitials() {
        assertEquals(List.of("John E Smith", "Ana Y Lopez"), names("JOHN E SMITH and Ana Y Lopez"));
    }

    @Test
    void splitsCjkEnumerationComma() {
        assertEquals(List.of("张三", "李四"), names("张三、李四"));
    }

    @Test
    void dropsEtAl() {
        assertEquals(List.of("Jane Doe"), names("Jane Doe et al."));
    }

    // ---------------------------------------------------------------- roles, outlets, notes

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe, Staff Writer", "Jane Doe, Senior Editor at Example", "Jane Doe, Reporter",
        "Jane Doe, Editor-in-Chief", "Jane Doe, White House Correspondent", "Jane Doe, Contributing Writer",
        "Jane Doe - Staff Writer", "Staff Writer Jane Doe", "By Jane Doe Staff Writer", "Jane Doe, Deputy Editor",
        "Jane Doe, freelance journalist", "Jane Doe, PhD"})
    void stripsRoles(String raw) {
        NameResult r = Names.parse(raw);
        assertEquals(List.of("Jane Doe"), r.names());
        assertEquals(List.of(), r.refused());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana Gómez, periodista", "Ana Gómez, corresponsal", "Ana Gómez, Redakteurin",
        "Ana Gómez, Korrespondentin", "Ana Gómez, journaliste", "Ana Gómez, rédactrice", "Ana Gómez, giornalista",
        "Ana Gómez, redattrice", "Ana Gómez, jornalista", "Ana Gómez, repórter", "Ana Gómez, redactora jefa"})
    void stripsForeignRoles(String raw) {
        assertEquals(List.of("Ana Gómez"), names(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe for The Guardian", "By Jane Doe at Example News", "Jane Doe | Special to the Post",
        "Jane Doe para El País", "Jane Doe (Reuters)", "Jane Doe [contributor]"})
    void stripsOutletsAndNotes(String raw) {
        assertEquals(List.of("Jane Doe"), names(raw));
    }

    @Test
    void stripsEmailsHandlesAndUrls() {
        assertEquals(List.of("Jane Doe"), names("Jane Doe jane.doe@example.com @janedoe https://example.com/jane"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe Feb 26, 2020", "Jane Doe 2020-02-26", "Jane Doe | Updated 3:45 PM",
        "By Jane Doe Published 10:30 a.m. ET Feb. 26, 2020", "Jane Doe on Wednesday", "Jane Doe 3 hours ago",
        "Jane Doe, Feb 26, 2020, 3:45pm"})
    void stripsDatesAndTimes(String raw) {
        NameResult r = Names.parse(raw);
        assertEquals(List.of("Jane Doe"), r.names());
        assertEquals(List.of(), r.refused());
    }

    @Test
    void keepsNamesThatAreMonthNames() {
        assertEquals(List.of("April Smith", "May Jones", "June Carter"), names("April Smith, May Jones and June Carter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Martin Luther King, Jr.", "Martin Luther King Jr", "MARTIN LUTHER KING JR.",
        "Martin Luther King Jr.., Staff Writer", "By Martin Luther King, Jr. for Example"})
    void keepsGenerationalSuffix(String raw) {
        assertEquals(List.of("Martin Luther King Jr."), names(raw));
    }

    @Test
    void keepsRomanNumeralSuffixInCapitals() {
        assertEquals(List.of("John Smith III"), names("JOHN SMITH III"));
        assertEquals(List.of("John Smith III"), names("John Smith, III"));
    }

    @Test
    void dropsSuffixWithoutAName() {
        assertEquals(List.of(), names("Jr."));
        assertEquals(List.of("AP"), names("AP, III"));
    }

    // ---------------------------------------------------------------- refusals

    @ParameterizedTest
    @ValueSource(strings = {"Email the author", "Follow", "Follow @janedoe", "Contact", "Contact us", "Updated",
        "Published", "Staff", "By Staff", "Admin", "admin", "Editorial Board", "The Editorial Board", "Redacción",
        "Newsroom"})
    void refusesNonNames(String raw) {
        assertRefused(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/jane", "www.example.com", "usatoday.com", "By USATODAY.COM",
        "jane@example.com", "@janedoe"})
    void refusesUrlsDomainsAndContacts(String raw) {
        assertRefused(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user123", "R2-D2", "Agent 007x"})
    void refusesStringsWithDigits(String raw) {
        NameResult r = Names.parse(raw);
        assertEquals(List.of(), r.names());
        assertEquals("contains digits", r.refused().get(0).reason());
    }

    @Test
    void refusesTooLongNames() {
        assertRefused("One Two Three Four Five Six Seven");
        assertRefused("Aaaaaaaaaaaaaaaaaaaa Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb Cccccccccccccccccccccccccccccccccccccccc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "'.'", "***", "Jane Doe™", "😀"})
    void refusesThingsWithoutLettersOrWithSymbols(String raw) {
        assertEquals(List.of(), names(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The New York Times", "Fox News", "Reuters Staff", "Example Media Group"})
    void refusesOrganisations(String raw) {
        assertRefused(raw);
    }

    @Test
    void refusesShortAcronyms() {
        NameResult r = Names.parse("Jane Doe, CNN");
        assertEquals(List.of("Jane Doe"), r.names());
        assertEquals(1, r.refused().size());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t", ",,, ;; |"})
    void returnsEmptyForNullAndBlank(String raw) {
        NameResult r = Names.parse(raw);
        assertEquals(List.of(), r.names());
        assertEquals(List.of(), r.refused());
    }

    @Test
    void refusesOverlongInputEarly() {
        NameResult r = Names.parse("Jane Doe ".repeat(1000));
        assertEquals(List.of(), r.names());
        assertEquals("input too long", r.refused().get(0).reason());
        assertTrue(r.refused().get(0).value().length() <= 81);
    }

    // ---------------------------------------------------------------- agencies

    @ParameterizedTest
    @ValueSource(strings = {"Associated Press", "AP", "Reuters", "AFP", "dpa", "EFE"})
    void keepsNewsAgenciesAsNames(String raw) {
        assertEquals(List.of(raw), names(raw));
        assertEquals(List.of(raw), names("By " + raw));
    }

    @Test
    void normalisesAgencySpelling() {
        assertEquals(List.of("Reuters", "AP"), names("By REUTERS and ap"));
    }

    // ---------------------------------------------------------------- case, scripts, duplicates

    @Test
    void titleCasesAllCapsNames() {
        assertEquals(List.of("John Smith"), names("JOHN SMITH"));
        assertEquals(List.of("María López"), names("MARÍA LÓPEZ"));
        assertEquals(List.of("O'Neil", "Jean-Paul Smith"), names("O'NEIL, JEAN-PAUL SMITH"));
        assertEquals(List.of("María de la Cruz"), names("MARÍA DE LA CRUZ"));
    }

    @Test
    void keepsMixedCaseAsGiven() {
        assertEquals(List.of("Ronald McDonald", "danah boyd", "Jean d'Arc"),
                names("Ronald McDonald, danah boyd, Jean d'Arc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张伟", "محمد علي", "Иван Петров", "Αλέξης Τσίπρας", "佐藤 健", "김민준", "Nguyễn Văn An"})
    void keepsNonLatinScriptsAndDiacritics(String raw) {
        assertEquals(List.of(raw), names(raw));
    }

    @Test
    void normalisesToNfcAndCollapsesWhitespace() {
        assertEquals(List.of("José Núñez"), names("  Jose\u0301 \u00A0\t  Nu\u0301n\u0303ez "));
    }

    @Test
    void deduplicatesCaseInsensitivelyKeepingFirstSeen() {
        assertEquals(List.of("Jane Doe", "John Smith"), names("Jane Doe, John Smith, JANE DOE and jane doe"));
    }

    // ---------------------------------------------------------------- robustness

    @Test
    void handlesHostileInputQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String s : new String[] {"By ".repeat(1300), "(".repeat(3999), "((((a)".repeat(600),
                "a ".repeat(1999), "and ".repeat(999), "\uD83D".repeat(3999), "Jane Doe, ".repeat(399),
                "Staff Writer ".repeat(300), "1:2 ".repeat(999), "@".repeat(3999), ".".repeat(3999)}) {
                assertNotNull(Names.parse(s));
            }
        });
    }

    @Test
    void resultListsAreImmutable() {
        NameResult r = Names.parse("Jane Doe");
        assertThrows(UnsupportedOperationException.class, () -> r.names().add("x"));
        List<String> source = new ArrayList<>(List.of("a"));
        NameResult copy = new NameResult(source, null);
        source.add("b");
        assertEquals(List.of("a"), copy.names());
        assertEquals(List.of(), copy.refused());
    }
}
