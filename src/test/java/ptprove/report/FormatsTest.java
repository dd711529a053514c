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
