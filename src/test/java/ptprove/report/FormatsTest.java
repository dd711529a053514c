package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    @Test
    void hexIsUnsignedLowercaseUnpadded() {
        assertEquals("0x0", Formats.hex(0));
        assertEquals("0xffff800008000000", Formats.hex(0xffff800008000000L));
        assertEquals("0xffffffffffffffff", Formats.hex(-1));
        assertEquals("0x1f8", Formats.hex(504));
    }

    @Test
    void fullHexHasSixteenDigits() {
        assertEquals("0x0000000008000000", Formats.hexFull(0x8000000L));
        assertEquals("0xffffffffffffffff", Formats.hexFull(-1));
        assertEquals(18, Formats.hexFull(0).length());
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0 B",
            "1023, 1023 B",
            "1024, 1 KiB",
            "134217728, 128 MiB",
            "2199023255552, 2 TiB",
            "2199023255553, ~2.0 TiB",
            "1610612736, 1.5 GiB",
            "1342177280, 1.25 GiB",
            "1649267441664, 1.5 TiB",
            "1649267441665, ~1.5 TiB",
    })
    void sizesInBinaryUnits(long bytes, String expected) {
        assertEquals(expected, Formats.size(bytes));
    }

    @Test
    void sizesAboveTwoToTheSixtyThreeAreUnsigned() {
        assertEquals("~16.0 EiB", Formats.size(-1));
        assertEquals("8 EiB", Formats.size(Long.MIN_VALUE));
    }

    @Test
    void durationsAreWhatStringFormatGave() {
        // duration() no longer uses String.format (slow to start in a fresh JVM); it must print the same
        java.util.Random r = new java.util.Random(14);
        List<Double> xs = new java.util.ArrayList<>(List.of(0.0, 0.05, 0.15, 0.25, 0.45, 9.949, 9.95, 999.49, 999.5,
                59_949.0, 59_950.0, 3_599_499.0, 3_599_500.0, 1e-9, 7.25, 12.5));
        for (int i = 0; i < 20_000; i++) xs.add(Math.pow(10, r.nextDouble() * 8 - 3));
        for (int i = 0; i < 2_000; i++) xs.add(Math.round(r.nextDouble() * 1e5) / 100.0);
        for (double x : xs) {
            String expected;
            if (x < 9.95) expected = String.format(java.util.Locale.ROOT, "%.1f ms", x);
            else if (x < 999.5) expected = String.format(java.util.Locale.ROOT, "%d ms", Math.round(x));
            else if (x < 59_950) expected = String.format(java.util.Locale.ROOT, "%.1f s", x / 1000);
            else if (Math.round(x / 1000) < 3600) {
                long s = Math.round(x / 1000);
                expected = String.format(java.util.Locale.ROOT, "%dm%02ds", s / 60, s % 60);
            } else {
                long m = Math.round(x / 60_000);
                expected = String.format(java.util.Locale.ROOT, "%dh%02dm", m / 60, m % 60);
            }
            assertEquals(expected, Formats.duration(x), Double.toString(x));
        }
    }

    @Test
    void durationsFitSixColumns() {
        List<Double> millis = List.of(0.0, 2.44, 9.96, 31.0, 999.4, 999.6, 12_345.0, 59_949.0, 59_951.0, 245_000.0,
                3_599_400.0, 7_500_000.0, 99.0 * 3_600_000);
        List<String> expected = List.of("0.0 ms", "2.4 ms", "10 ms", "31 ms", "999 ms", "1.0 s", "12.3 s", "59.9 s",
                "1m00s", "4m05s", "59m59s", "2h05m", "99h00m");
        for (int i = 0; i < millis.size(); i++) {
            String d = Formats.duration(millis.get(i));
            assertEquals(expected.get(i), d, "for " + millis.get(i));
        }
        assertEquals("", Formats.duration(Double.NaN));
        assertEquals("", Formats.duration(-1));
    }
}
