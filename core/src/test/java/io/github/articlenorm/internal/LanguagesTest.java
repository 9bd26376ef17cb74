package io.github.articlenorm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Example-based tests for {@link Languages}; all sample sentences were written for these tests. */
class LanguagesTest {

    private static void assertDetects(String expected, String... texts) {
        for (String text : texts) {
            assertEquals(expected, Languages.detect(text), () -> Languages.explain(text) + " :: " + text);
        }
    }

    private static void assertUnsure(String... texts) {
        for (String text : texts) {
            assertNull(Languages.detect(text), () -> Languages.explain(text) + " :: " + text);
        }
    }

    // ---- profiles ------------------------------------------------------------------------------------------

    @Test
    void detectsEnglishFromFunctionWords() {
        assertDetects("en",
            "The city council said on Tuesday that it would not raise property taxes this year, although several"
                + " members warned that the budget could face a shortfall by the spring.",
            "After three days of heavy rain, the river rose above its banks and forced hundreds of families to"
                + " leave their homes. Officials expect the water to recede by the weekend.",
            "She has been working on the project for more than a decade, and she believes that the results will"
                + " change how doctors treat the disease.",
            "We don't know yet whether the bridge can reopen before winter, but it's clear that the repairs"
                + " will cost far more than anyone expected.");
    }

    @Test
    void detectsSpanishFromFunctionWords() {
        assertDetects("es",
            "El gobierno anunció este martes que no subirá los impuestos durante el próximo año, aunque varios"
                + " expertos advierten que el déficit podría crecer de forma preocupante.",
            "Después de tres días de lluvias intensas, el río se desbordó y cientos de familias tuvieron que"
                + " abandonar sus casas. Las autoridades esperan que el agua baje hacia el fin de semana.",
            "La investigadora lleva más de diez años trabajando en el proyecto y cree que los resultados"
                + " cambiarán la forma en que los médicos tratan la enfermedad.");
    }

    @Test
    void detectsPortugueseFromFunctionWords() {
        assertDetects("pt",
            "O governo anunciou nesta terça-feira que não vai aumentar os impostos no próximo ano, mas vários"
                + " economistas alertam que o déficit pode crescer de forma preocupante.",
            "Depois de três dias de chuvas fortes, o rio transbordou e centenas de famílias tiveram de deixar as"
                + " suas casas. As autoridades esperam que a água baixe até ao fim de semana.",
            "A pesquisadora trabalha no projeto há mais de dez anos e acredita que os resultados vão mudar a"
                + " forma como os médicos tratam a doença.");
    }

    @Test
    void detectsItalianFromFunctionWords() {
        assertDetects("it",
            "Il governo ha annunciato martedì che non aumenterà le tasse il prossimo anno, anche se diversi"
                + " economisti avvertono che il deficit potrebbe crescere in modo preoccupante.",
            "Dopo tre giorni di piogge intense, il fiume è esondato e centinaia di famiglie hanno dovuto lasciare"
                + " le loro case. Le autorità sperano che l'acqua si ritiri entro il fine settimana.",
            "La ricercatrice lavora al progetto da più di dieci anni e crede che i risultati cambieranno il modo"
                + " in cui i medici curano la malattia.");
    }

    @Test
    void detectsFrenchFromFunctionWords() {
        assertDetects("fr",
            "Le gouvernement a annoncé mardi qu'il n'augmentera pas les impôts l'année prochaine, mais plusieurs"
                + " économistes craignent que le déficit ne se creuse davantage.",
            "Après trois jours de pluies abondantes, la rivière est sortie de son lit et des centaines de familles"
                + " ont dû quitter leur maison. Les autorités espèrent que l'eau baissera d'ici la fin de la"
                + " semaine.",
            "La chercheuse travaille sur ce projet depuis plus de dix ans et elle pense que les résultats vont"
                + " changer la façon dont les médecins soignent la maladie.");
    }

    @Test
    void detectsGermanFromFunctionWords() {
        assertDetects("de",
            "Die Regierung hat am Dienstag angekündigt, dass sie die Steuern im nächsten Jahr nicht erhöhen wird,"
                + " obwohl mehrere Ökonomen vor einem wachsenden Defizit warnen.",
            "Nach drei Tagen mit starkem Regen ist der Fluss über die Ufer getreten, und Hunderte Familien mussten"
                + " ihre Häuser verlassen. Die Behörden rechnen damit, dass das Wasser bis zum Wochenende"
                + " zurückgeht.",
            "Die Forscherin arbeitet seit mehr als zehn Jahren an dem Projekt und glaubt, dass die Ergebnisse die"
                + " Behandlung der Krankheit verändern werden.");
    }

    @Test
    void detectsDutchFromFunctionWords() {
        assertDetects("nl",
            "De regering heeft dinsdag aangekondigd dat ze de belastingen volgend jaar niet zal verhogen, hoewel"
                + " verschillende economen waarschuwen voor een groeiend tekort.",
            "Na drie dagen van zware regen is de rivier buiten haar oevers getreden en moesten honderden gezinnen"
                + " hun huizen verlaten. De autoriteiten verwachten dat het water tegen het weekend zakt.",
            "De onderzoekster werkt al meer dan tien jaar aan het project en denkt dat de resultaten de"
                + " behandeling van de ziekte zullen veranderen.");
    }

    @Test
    void detectsScandinavianLanguages() {
        assertDetects("sv",
            "Regeringen meddelade på tisdagen att den inte kommer att höja skatterna nästa år, men flera ekonomer"
                + " varnar för att underskottet kan växa.",
            "Efter tre dagar med kraftigt regn svämmade floden över och hundratals familjer fick lämna sina hem."
                + " Myndigheterna tror att vattnet sjunker till helgen.");
        assertDetects("da",
            "Regeringen meddelte i går, at den ikke vil hæve skatterne næste år. Men flere af landets økonomer"
                + " mener, at underskuddet kan blive meget større, hvis der ikke sker noget.",
            "Efter tre dage med kraftig regn gik floden over sine bredder, og hundredvis af familier måtte forlade"
                + " deres hjem. Myndighederne forventer, at vandet falder, inden det bliver weekend.");
        assertDetects("no",
            "Regjeringen kunngjorde i går at den ikke vil øke skattene neste år. Men flere av landets økonomer"
                + " mener at underskuddet kan bli mye større hvis det ikke skjer noe.",
            "Etter tre dager med kraftig regn gikk elven over sine bredder, og hundrevis av familier måtte forlate"
                + " hjemmene sine. Myndighetene venter at vannet synker før det blir helg.");
    }

    @Test
    void detectsPolishFromFunctionWords() {
        assertDetects("pl",
            "Rząd ogłosił we wtorek, że w przyszłym roku nie podniesie podatków, chociaż kilku ekonomistów"
                + " ostrzega, że deficyt może się znacznie powiększyć.",
            "Po trzech dniach ulewnych deszczy rzeka wylała i setki rodzin musiały opuścić swoje domy. Władze mają"
                + " nadzieję, że woda opadnie do końca tygodnia.");
    }

    @Test
    void separatesRussianUkrainianAndBulgarian() {
        assertDetects("ru",
            "Правительство во вторник объявило, что не будет повышать налоги в следующем году, хотя несколько"
                + " экономистов предупреждают, что дефицит может вырасти.",
            "После трёх дней сильных дождей река вышла из берегов, и сотни семей были вынуждены покинуть свои"
                + " дома. Власти надеются, что вода спадёт к выходным.");
        assertDetects("uk",
            "Уряд у вівторок оголосив, що не підвищуватиме податки наступного року, хоча кілька економістів"
                + " попереджають, що дефіцит може зрости.",
            "Після трьох днів сильних дощів річка вийшла з берегів, і сотні родин були змушені залишити свої"
                + " домівки. Влада сподівається, що вода спаде до вихідних.");
        assertDetects("bg",
            "Правителството обяви във вторник, че няма да повишава данъците през следващата година, въпреки че"
                + " няколко икономисти предупреждават, че дефицитът може да нарасне.",
            "След три дни на силни дъждове реката излезе от коритото си и стотици семейства трябваше да напуснат"
                + " домовете си. Властите се надяват, че водата ще спадне до края на седмицата.");
    }

    @Test
    void returnsNullForSerbianCyrillic() {
        assertUnsure("Влада је у уторак најавила да следеће године неће повећати порезе, иако неколико економиста"
            + " упозорава да би дефицит могао да расте. Људи су забринути због цена.");
    }

    @Test
    void handlesFrenchAndItalianElisions() {
        assertDetects("fr", "L'homme qu'on attendait n'est jamais venu, et c'est l'équipe d'en face qui l'a"
            + " remplacé jusqu'à la fin.");
        assertDetects("it", "Dell'incontro di ieri non è rimasto nulla, perché l'assessore e un'altra"
            + " consigliera se ne sono andati all'improvviso.");
    }

    @Test
    void toleratesForeignNamesInEnglish() {
        assertDetects("en", "An essay by Jarosław Kaczyński and Łukasz Szumowski about the Sejm, with notes from"
            + " Łódź and Gdańsk, was published on the site of the newspaper on Monday.");
    }

    @Test
    void rulesOutALanguageWhoseAlphabetLacksTheLetters() {
        // Polish function words, but full of ř, ě, ů, č, š: Czech-like spelling that Polish never uses
        assertUnsure("Że się nie jest już tak, że přečtěte řeč během čtvrtého úřadu, ale to je pěšky ještě"
            + " dvůr, který se nám líbí.");
    }

    // ---- scripts -------------------------------------------------------------------------------------------

    @Test
    void detectsGreekHebrewArabicByScript() {
        assertDetects("el", "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία της χώρας, τα οποία θα"
            + " ισχύσουν από τον επόμενο μήνα.");
        assertDetects("he", "הממשלה הודיעה היום על צעדים חדשים לכלכלת המדינה, שייכנסו לתוקף בחודש הבא אחרי"
            + " דיון ארוך בכנסת.");
        assertDetects("ar", "أعلنت الحكومة اليوم عن إجراءات جديدة لدعم الاقتصاد الوطني، والتي ستدخل حيز التنفيذ"
            + " في الشهر المقبل بعد موافقة البرلمان.");
    }

    @Test
    void separatesPersianAndUrduFromArabic() {
        assertDetects("fa", "دولت امروز اقدامات تازه‌ای برای حمایت از اقتصاد کشور اعلام کرد که از ماه آینده"
            + " اجرا خواهد شد و مردم امیدوارند که قیمت‌ها پایین بیاید.");
        assertDetects("ur", "حکومت نے آج ملک کی معیشت کے لیے نئے اقدامات کا اعلان کیا جو اگلے مہینے سے نافذ"
            + " ہوں گے اور لوگوں کو امید ہے کہ قیمتیں کم ہوں گی۔");
    }

    @Test
    void detectsJapaneseKoreanChineseThaiByScript() {
        assertDetects("ja", "政府は今日、国の経済を支えるための新しい対策を発表しました。来月から実施される予定です。");
        assertDetects("ko", "정부는 오늘 국가 경제를 지원하기 위한 새로운 대책을 발표했습니다. 다음 달부터 시행될 예정입니다.");
        assertDetects("zh", "政府今天宣布了支持国家经济的新措施，这些措施将从下个月开始实施。");
        assertDetects("th", "รัฐบาลประกาศมาตรการใหม่เพื่อสนับสนุนเศรษฐกิจของประเทศในวันนี้ ซึ่งจะเริ่มใช้ในเดือนหน้า");
    }

    // ---- unsure --------------------------------------------------------------------------------------------

    @Test
    void returnsNullForShortText() {
        assertUnsure("Hello world", "El perro", "Der Hund und die Katze", "政府", "", "   ");
        assertNull(Languages.detect(null));
    }

    @Test
    void returnsNullForNumbersAndSymbols() {
        assertUnsure("123 456 789 2024 3.14 42 1,000,000 -17 +33 (0) 99%",
            "12:30 — 45% / 2024-01-01 | €3.50 → $4.10 ### *** !!! ???");
    }

    @Test
    void returnsNullForUnsupportedLatinLanguages() {
        assertUnsure(
            "Pemerintah mengumumkan pada hari Selasa bahwa pajak tidak akan dinaikkan tahun depan, meskipun"
                + " beberapa ekonom memperingatkan bahwa defisit bisa terus bertambah.",
            "Hükümet salı günü yaptığı açıklamada gelecek yıl vergileri artırmayacağını duyurdu, ancak bazı"
                + " ekonomistler bütçe açığının büyüyebileceği konusunda uyarıyor.",
            "Vláda v úterý oznámila, že příští rok nezvýší daně, ačkoli několik ekonomů varuje, že schodek by se"
                + " mohl dále zvětšovat.");
    }

    @Test
    void returnsNullForListsOfNames() {
        assertUnsure("Lionel Messi, Cristiano Ronaldo, Kylian Mbappé, Erling Haaland, Robert Lewandowski,"
            + " Mohamed Salah, Kevin De Bruyne, Harry Kane");
    }

    @Test
    void returnsNullForEvenlyMixedLanguages() {
        assertUnsure("The minister said that the plan was ready. Der Minister sagte, dass der Plan fertig ist."
            + " The vote is on Friday. Die Abstimmung ist am Freitag.");
    }

    @Test
    void prefersTheDominantLanguageOfMixedText() {
        assertDetects("en", "The mayor opened the new library on Saturday and thanked the volunteers who had"
            + " spent months sorting the donated books. Asked about the name, she smiled and said « c'est pour"
            + " tout le monde », before the ribbon was cut in front of a crowd of several hundred people.");
    }

    @Test
    void readsOnlyTheBeginningOfLongText() {
        String english = "The committee will meet again next week to discuss whether the new rules should apply"
            + " to all of the schools in the district. ";
        String german = "Der Ausschuss wird sich in der nächsten Woche wieder treffen, um über die neuen Regeln"
            + " für alle Schulen zu sprechen. ";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < Languages.MAX_DETECT_CHARS) {
            sb.append(english);
        }
        for (int i = 0; i < 2_000; i++) {
            sb.append(german);
        }
        assertEquals("en", Languages.detect(sb));
    }

    @Test
    void handlesMegabyteInput() {
        StringBuilder sb = new StringBuilder(1 << 20);
        String sentence = "Il fiume è esondato e centinaia di famiglie hanno dovuto lasciare le loro case. ";
        while (sb.length() < (1 << 20)) {
            sb.append(sentence);
        }
        assertEquals("it", Languages.detect(sb));
        assertTrue(Languages.stopWordRatio(sb) > 0.2);
        String oneWord = "a".repeat(1 << 20);
        assertNull(Languages.detect(oneWord));
        assertEquals(0.0, Languages.stopWordRatio(oneWord));
        assertEquals("en", Languages.normalizeTag("en-" + "x".repeat(1 << 20)));
    }

    @Test
    void toleratesLoneSurrogatesAndCombiningMarks() {
        String nfd = "Le gouvernement a annonce\u0301 mardi qu'il n'augmentera pas les impo\u0302ts l'anne\u0301e"
            + " prochaine, mais plusieurs e\u0301conomistes craignent que le de\u0301ficit ne se creuse.";
        assertEquals("fr", Languages.detect(nfd));
        assertNull(Languages.detect("\uD800\uDC00\uDFFF\uD800 abc \uD83D"));
    }

    @Test
    void survivesAHostileCharSequence() {
        CharSequence hostile = new CharSequence() {
            @Override
            public int length() {
                return 100;
            }

            @Override
            public char charAt(int index) {
                if (index > 50) {
                    throw new IndexOutOfBoundsException();
                }
                return 'a';
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                throw new UnsupportedOperationException();
            }
        };
        assertNull(Languages.detect(hostile));
        assertEquals(0.0, Languages.stopWordRatio(hostile));
    }

    // ---- stop words ----------------------------------------------------------------------------------------

    @Test
    void exposesStopWordsPerLanguage() {
        Set<String> en = Languages.stopWords("en");
        assertTrue(en.contains("the") && en.contains("and"));
        assertTrue(Languages.stopWords("de-AT").contains("und"));
        assertTrue(Languages.stopWords("Spanish").contains("el"));
        for (String code : new String[] {"en", "es", "fr", "de", "it", "pt", "nl"}) {
            int size = Languages.stopWords(code).size();
            assertTrue(size >= 60 && size <= 150, code + " has " + size);
        }
        assertTrue(Languages.stopWords("ja").isEmpty());
        assertTrue(Languages.stopWords(null).isEmpty());
        assertTrue(Languages.stopWords("garbage!").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> Languages.stopWords("en").add("x"));
    }

    @Test
    void stopWordsAreLowercase() {
        for (String code : new String[] {"en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "no", "pl", "ru",
            "uk", "bg"}) {
            for (String w : Languages.stopWords(code)) {
                assertEquals(w.toLowerCase(java.util.Locale.ROOT), w);
            }
        }
    }

    @Test
    void computesStopWordRatio() {
        assertEquals(0.0, Languages.stopWordRatio(null));
        assertEquals(0.0, Languages.stopWordRatio("123 456 !!!"));
        assertEquals(0.5, Languages.stopWordRatio("the cat"), 1e-9);
        assertEquals(2.0 / 3, Languages.stopWordRatio("I don't know"), 1e-9);
        assertEquals(0.5, Languages.stopWordRatio("l'homme"), 1e-9);
        assertEquals(1.0, Languages.stopWordRatio("und die der"), 1e-9);
        assertEquals(0.0, Languages.stopWordRatio("Photosynthesis Mitochondria"), 1e-9);
    }

    // ---- normalizeTag --------------------------------------------------------------------------------------

    @Test
    void normalizesTagCase() {
        assertEquals("en-US", Languages.normalizeTag("en_US"));
        assertEquals("en", Languages.normalizeTag("EN"));
        assertEquals("de-DE", Languages.normalizeTag("de-de"));
        assertEquals("zh-Hant-TW", Languages.normalizeTag("zh-hant-tw"));
        assertEquals("sr-Latn-RS", Languages.normalizeTag("SR_LATN_rs"));
        assertEquals("es-419", Languages.normalizeTag("es-419"));
        assertEquals("de-CH-1996", Languages.normalizeTag("de-ch-1996"));
        assertEquals("pt-BR", Languages.normalizeTag("  \"pt-br\" "));
    }

    @Test
    void mapsLanguageNames() {
        assertEquals("en", Languages.normalizeTag("English"));
        assertEquals("es", Languages.normalizeTag("español"));
        assertEquals("es", Languages.normalizeTag("Español"));
        assertEquals("de", Languages.normalizeTag("Deutsch"));
        assertEquals("fr", Languages.normalizeTag("Français"));
        assertEquals("ja", Languages.normalizeTag("日本語"));
        assertEquals("ru", Languages.normalizeTag("Русский"));
        assertEquals("en", Languages.normalizeTag("English (United States)"));
    }

    @Test
    void mapsThreeLetterCodes() {
        assertEquals("en", Languages.normalizeTag("eng"));
        assertEquals("de", Languages.normalizeTag("deu"));
        assertEquals("de", Languages.normalizeTag("ger"));
        assertEquals("es", Languages.normalizeTag("spa"));
        assertEquals("fr", Languages.normalizeTag("fra"));
        assertEquals("fr", Languages.normalizeTag("FRE"));
        assertEquals("en-GB", Languages.normalizeTag("eng-gb"));
        assertEquals("yue", Languages.normalizeTag("yue"));
        assertEquals("fil", Languages.normalizeTag("FIL"));
    }

    @Test
    void fixesDeprecatedAndMistakenCodes() {
        assertEquals("he", Languages.normalizeTag("iw"));
        assertEquals("id-ID", Languages.normalizeTag("in-ID"));
        assertEquals("ja", Languages.normalizeTag("jp"));
    }

    @Test
    void takesFirstEntryAndDropsSuffixes() {
        assertEquals("en-US", Languages.normalizeTag("en-US,en;q=0.9,fr;q=0.8"));
        assertEquals("en-US", Languages.normalizeTag("en_US.UTF-8"));
        assertEquals("fr-FR", Languages.normalizeTag("fr-FR-x-foo"));
        assertEquals("en", Languages.normalizeTag("en-u-ca-gregory"));
        assertEquals("en", Languages.normalizeTag("en-"));
        assertEquals("en-US", Languages.normalizeTag("en-US-$$$"));
    }

    @Test
    void rejectsGarbageTags() {
        for (String garbage : new String[] {null, "", "   ", "n/a", "N/A", "123", "unknown", "none", "null", "und",
            "mul", "zxx", "xx", "-", "--", "e", "english!", "x-klingon", "i-default", "C", "POSIX", "12-US",
            "\u0000", "qaa"}) {
            assertNull(Languages.normalizeTag(garbage), String.valueOf(garbage));
        }
        assertNotNull(Languages.normalizeTag("en"));
    }
}
