package io.github.articlenorm.examples.spark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizeDumpsTest {

    @Test
    void splitsInputsAtCommasOutsideBraces() {
        assertEquals(List.of("dumps/{2023,2024}/*.jsonl", "extra/", "s3a://b/x"),
                NormalizeDumps.Arguments.splitPaths("dumps/{2023,2024}/*.jsonl, extra/,,s3a://b/x"));
    }

    @Test
    void leavesTheMasterToSparkSubmitForADashAndDefaultsToUtc() {
        NormalizeDumps.Arguments a = NormalizeDumps.Arguments.parse(new String[] {"in", "out", "-"});
        assertNull(a.master());
        assertEquals(ZoneId.of("UTC"), a.zone());
        assertEquals(List.of("in"), a.inputs());
    }

    @Test
    void readsMasterAndZone() {
        NormalizeDumps.Arguments a = NormalizeDumps.Arguments.parse(
                new String[] {"a,b", "out", "local[2]", "Europe/Berlin"});
        assertEquals("local[2]", a.master());
        assertEquals(ZoneId.of("Europe/Berlin"), a.zone());
        assertEquals(List.of("a", "b"), a.inputs());
    }

    @Test
    void refusesAnUnknownZoneNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalizeDumps.Arguments.parse(new String[] {"in", "out", "-", "Mars/Olympus"}));
        assertTrue(e.getMessage().contains("Mars/Olympus"), e.getMessage());
    }

    @Test
    void exitsWithTwoAndUsageOnMissingArgumentsWithoutStartingSpark() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = NormalizeDumps.run(new String[] {"only-input"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: NormalizeDumps INPUTS OUTPUT"));
    }
}
