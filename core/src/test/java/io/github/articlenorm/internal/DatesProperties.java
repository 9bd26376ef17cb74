package io.github.articlenorm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.articlenorm.internal.DateResult.Precision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DatesProperties {

    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Pacific/Kiritimati"), ZoneId.of("America/Santiago"));

    /** Pieces of real date strings, so random concatenations reach deep into the matcher. */
    private static final List<String> FRAGMENTS = List.of("2020", "02", "26", "1", "12", "13", "99", "00", "20200226",
            "1582757820", "225700", "-", "/", ".", ":", ",", "+", "T", "Z", " ", "  ", "Feb", "February", "März",
            "août", "de", "a", "p", "m", "am", "PM", "a.m.", "th", "st", "Uhr", "h", "GMT", "UTC", "EST", "ET", "IST",
            "Europe/Berlin", "Europe", "Wed", "Mittwoch", "mar", "ago", "hace", "il", "y", "(", ")", "[", "]", "\u00e9",
            "e\u0301", "\ud83d\ude00", "\u0000", "\ufeff", "x", "0530", "+05:30", "-0500", "10:57", "10h57", "12345678901234");

    private static Gen<ZoneId> zones() {
        return arbitrary().pick(ZONES);
    }

    private static Gen<String> dateLikeNoise() {
        return lists().of(arbitrary().pick(FRAGMENTS)).ofSizeBetween(0, 25).map(parts -> String.join("", parts));
    }

    private static void assertWellFormed(DateResult r) {
        assertNotNull(r);
        assertEquals(r.value() == null, r.problem() != null);
        if (r.ok()) {
            assertNotNull(r.precision());
            int year = r.value().getYear();
            // The offset may move the local year across a boundary, never further.
            assertTrue(year >= 1899 && year <= 2101, () -> "year " + year);
        } else {
            assertNull(r.precision());
            assertFalse(r.problem().isBlank());
        }
    }

    @Test
    void neverThrowsOnArbitraryUnicode() {
        qt().withExamples(3_000).forAll(strings().allPossible().ofLengthBetween(0, 260), zones())
                .checkAssert((s, zone) -> assertWellFormed(Dates.parse(s, zone)));
    }

    @Test
    void neverThrowsOnArbitraryAscii() {
        qt().withExamples(3_000).forAll(strings().ascii().ofLengthBetween(0, 60), zones())
                .checkAssert((s, zone) -> assertWellFormed(Dates.parse(s, zone)));
    }

    @Test
    void neverThrowsOnDateLikeNoise() {
        qt().withExamples(10_000).forAll(dateLikeNoise(), zones())
                .checkAssert((s, zone) -> assertWellFormed(Dates.parse(s, zone)));
    }

    @Test
    void neverThrowsWithoutDefaultZone() {
        qt().withExamples(2_000).forAll(dateLikeNoise())
                .checkAssert(s -> assertWellFormed(Dates.parse(s, null)));
    }

    @Test
    void rejectsEveryStringLongerThan200AsTooLong() {
        qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(201, 2_000))
                .checkAssert(s -> assertEquals("too long", Dates.parse(s, ZoneOffset.UTC).problem()));
    }

    private static Gen<OffsetDateTime> offsetDateTimes() {
        Gen<LocalDate> dates = integers().between(0, (int) (LocalDate.of(2100, 12, 31).toEpochDay()
                - LocalDate.of(1900, 1, 1).toEpochDay()))
                .map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
        Gen<Integer> secondOfDay = integers().between(0, 86_399);
        // Mix whole seconds, millis, micros and nanos so every fraction length is exercised.
        Gen<Integer> nanos = arbitrary().pick(0, 1, 1_000, 1_000_000)
                .zip(integers().between(0, 999_999_999), (unit, n) -> unit == 0 ? 0 : n / unit * unit);
        Gen<ZoneOffset> offsets = integers().between(-18 * 4, 18 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 15 * 60));
        return dates.zip(secondOfDay, nanos, offsets,
                (d, s, n, o) -> OffsetDateTime.of(d.atStartOfDay().plusSeconds(s).withNano(n), o));
    }

    /** Date fragments with words no date table knows, as page lines mix them ("5 comments", "Updated by"). */
    private static Gen<String> linesWithWords() {
        List<String> pieces = new java.util.ArrayList<>(FRAGMENTS);
        pieces.addAll(List.of("comments", "Updated", "by", "Staff", "read", "min", "Published", "5", "2", "30",
            "Jane", "Mar\u00eda", " ", " ", "  ", ", "));
        return lists().of(arbitrary().pick(pieces)).ofSizeBetween(0, 25).map(parts -> String.join("", parts));
    }

    @Test
    void mayParseIsFalseOnlyWhereParseFails() {
        qt().withExamples(30_000).forAll(linesWithWords(), zones()).checkAssert((s, zone) -> {
            if (!Dates.mayParse(s)) {
                DateResult r = Dates.parse(s, zone);
                assertFalse(r.ok(), () -> "mayParse said no, parse read " + r.value() + " from [" + s + "]");
            }
        });
        qt().withExamples(5_000).forAll(dateLikeNoise(), zones()).checkAssert((s, zone) -> {
            if (!Dates.mayParse(s)) {
                assertFalse(Dates.parse(s, zone).ok(), () -> "[" + s + "]");
            }
        });
    }

    @Test
    void mayParseLetEveryFormattedDateThrough() {
        qt().withExamples(3_000).forAll(offsetDateTimes()).checkAssert(odt -> {
            assertTrue(Dates.mayParse(odt.toString()), odt::toString);
            assertTrue(Dates.mayParse(DateTimeFormatter.RFC_1123_DATE_TIME.format(odt)), odt::toString);
        });
    }

    @Test
    void isoFormattedOffsetDateTimeRoundTrips() {
        qt().withExamples(5_000).forAll(offsetDateTimes(), zones()).checkAssert((odt, zone) -> {
            String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(odt);
            DateResult r = Dates.parse(iso, zone);
            assertTrue(r.ok(), () -> iso + ": " + r.problem());
            assertEquals(odt.toInstant(), r.value().toInstant(), iso);
            assertEquals(odt.getOffset(), r.value().getOffset(), iso);
            assertFalse(r.zoneAssumed(), iso);
            // ISO_OFFSET_DATE_TIME always prints seconds, even ":00".
            assertEquals(Precision.SECOND, r.precision(), iso);
        });
    }

    @Test
    void offsetDateTimeToStringRoundTrips() {
        // toString() drops zero seconds, so this also covers minute-precision ISO text.
        qt().withExamples(3_000).forAll(offsetDateTimes(), zones()).checkAssert((odt, zone) -> {
            String text = odt.toString();
            DateResult r = Dates.parse(text, zone);
            assertTrue(r.ok(), () -> text + ": " + r.problem());
            assertEquals(odt, r.value(), text);
            Precision expected = odt.getSecond() == 0 && odt.getNano() == 0 ? Precision.MINUTE : Precision.SECOND;
            assertEquals(expected, r.precision(), text);
        });
    }

    @Test
    void usSlashedDatesAlwaysRoundTrip() {
        Gen<LocalDate> dates = integers().between(0, 73_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
        qt().withExamples(3_000).forAll(dates).checkAssert(date -> {
            String text = DateTimeFormatter.ofPattern("MM/dd/uuuu").format(date);
            assertEquals(date, Dates.parse(text, ZoneOffset.UTC).value().toLocalDate(), text);
        });
    }

    @Test
    void europeanSlashedDatesRoundTripWhenUnambiguous() {
        // Built unambiguous (day above 12, or day equal to month) rather than filtered, so no example is wasted.
        Gen<LocalDate> dates = integers().between(1900, 2099).zip(integers().between(1, 12),
                integers().between(0, 18), (y, m, k) -> {
                    int last = YearMonth.of(y, m).lengthOfMonth();
                    int day = k == 0 ? m : Math.min(13 + k - 1, last);
                    return LocalDate.of(y, m, day);
                });
        qt().withExamples(3_000).forAll(dates).checkAssert(date -> {
            String text = DateTimeFormatter.ofPattern("dd/MM/uuuu").format(date);
            assertEquals(date, Dates.parse(text, ZoneOffset.UTC).value().toLocalDate(), text);
        });
    }

    @Test
    void rfc1123FormattedDateTimeRoundTrips() {
        qt().withExamples(2_000).forAll(offsetDateTimes()).checkAssert(odt -> {
            OffsetDateTime whole = odt.withNano(0);
            String rfc = DateTimeFormatter.RFC_1123_DATE_TIME.format(whole);
            DateResult r = Dates.parse(rfc, ZoneOffset.UTC);
            assertTrue(r.ok(), () -> rfc + ": " + r.problem());
            assertEquals(whole, r.value(), rfc);
        });
    }

    @Test
    void localDateTimeIsPlacedInDefaultZone() {
        qt().withExamples(3_000).forAll(offsetDateTimes(), zones()).checkAssert((odt, zone) -> {
            LocalDateTime local = odt.toLocalDateTime();
            String text = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local).replace('T', ' ');
            DateResult r = Dates.parse(text, zone);
            assertTrue(r.ok(), () -> text + ": " + r.problem());
            assertTrue(r.zoneAssumed());
            assertEquals(ZonedDateTime.ofLocal(local, zone, null).toOffsetDateTime(), r.value(), text);
        });
    }

    @Test
    void epochSecondsAndMillisRoundTrip() {
        long from = Instant.parse("1990-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2100-12-31T23:59:59.999Z").toEpochMilli();
        qt().withExamples(2_000).forAll(longs().between(from, to)).checkAssert(millis -> {
            DateResult ms = Dates.parse(Long.toString(millis), ZoneOffset.UTC);
            assertEquals(Instant.ofEpochMilli(millis), ms.value().toInstant());
            long seconds = Math.floorDiv(millis, 1000L);
            if (seconds >= 100_000_000L) {
                DateResult s = Dates.parse(Long.toString(seconds), ZoneOffset.UTC);
                assertEquals(Instant.ofEpochSecond(seconds), s.value().toInstant());
            }
        });
    }

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN, Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"));

    private static final List<String> LOCALIZED_PATTERNS = List.of("d MMMM uuuu", "EEEE, d MMMM uuuu",
            "EEE, d MMM uuuu", "d MMM uuuu", "MMMM d, uuuu", "EEEE d 'de' MMMM 'de' uuuu");

    @Test
    void dateWrittenByJdkInAnySupportedLanguageRoundTrips() {
        Gen<LocalDate> dates = integers().between(0, 73_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
        qt().withExamples(5_000)
                .forAll(dates, arbitrary().pick(LOCALES), arbitrary().pick(LOCALIZED_PATTERNS))
                .checkAssert((date, locale, pattern) -> {
                    String text = DateTimeFormatter.ofPattern(pattern, locale).format(date);
                    DateResult r = Dates.parse(text, ZoneOffset.UTC);
                    assertTrue(r.ok(), () -> text + " (" + locale + "): " + r.problem());
                    assertEquals(date, r.value().toLocalDate(), text);
                    assertEquals(Precision.DAY, r.precision(), text);
                });
    }

    @Test
    void parsingIsDeterministic() {
        qt().withExamples(3_000).forAll(dateLikeNoise().mix(strings().allPossible().ofLengthBetween(0, 80)), zones())
                .checkAssert((s, zone) -> assertEquals(Dates.parse(s, zone), Dates.parse(s, zone), s));
    }

    @Test
    void whitespaceAroundInputDoesNotChangeResult() {
        qt().withExamples(3_000).forAll(dateLikeNoise(), arbitrary().pick(" ", "\t", "\n ", "\u00a0"), zones())
                .checkAssert((s, pad, zone) -> {
                    if ((pad + s + pad).length() > Dates.MAX_LENGTH) {
                        return;
                    }
                    DateResult plain = Dates.parse(s, zone);
                    DateResult padded = Dates.parse(pad + s + pad, zone);
                    if (plain.ok() || !plain.problem().startsWith("relative date")) {
                        assertEquals(plain, padded, s);
                    } else {
                        assertTrue(padded.problem().startsWith("relative date"), s);
                    }
                });
    }
}
