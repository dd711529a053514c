package ptprove.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import ptprove.result.Outcome;

/** How numbers look in every report: 64-bit values as unsigned hex, sizes in binary units, times. */
public final class Formats {
    private Formats() {}

    /** {@code 0xffff800008000000}: unsigned, lowercase, no padding. */
    public static String hex(long value) {
        return "0x" + Long.toUnsignedString(value, 16);
    }

    /** {@code 0x0000000008000000}: all 16 digits, for columns of addresses. */
    public static String hexFull(long value) {
        return hexFull(value, 64);
    }

    /** Hex padded to the digits a {@code width}-bit value needs. */
    public static String hexFull(long value, int width) {
        String digits = Long.toUnsignedString(value, 16);
        int want = (width + 3) / 4;
        return "0x" + "0".repeat(Math.max(0, want - digits.length())) + digits;
    }

    /** A model value: {@code true}/{@code false} for a boolean variable, hex otherwise. */
    public static String value(Outcome.Value v) {
        return v.variable().var().isBool() ? Boolean.toString(v.value() != 0) : hex(v.value());
    }

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    /**
     * A byte count in the largest binary unit it reaches: {@code 128 MiB} or {@code 1.5 GiB} when exact to two
     * decimals, else {@code ~125.9 TiB} (the tilde says it is rounded; the hex beside it is exact).
     */
    public static String size(long bytes) {
        BigInteger b = new BigInteger(Long.toUnsignedString(bytes));
        int unit = 0;
        while (unit + 1 < UNITS.length && b.shiftRight(10 * (unit + 1)).signum() > 0) unit++;
        // Dividing by a power of two always terminates, so this quotient is exact.
        BigDecimal exact = new BigDecimal(b).divide(new BigDecimal(BigInteger.ONE.shiftLeft(10 * unit)))
                .stripTrailingZeros();
        if (exact.scale() <= 2) return exact.toPlainString() + " " + UNITS[unit];
        return "~" + exact.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " " + UNITS[unit];
    }

    /**
     * {@code 2.4 ms}, {@code 245 ms}, {@code 12.3 s}, {@code 4m05s}, {@code 2h05m}: at most 6 columns below 100
     * hours; empty for an unknown time.
     */
    public static String duration(double millis) {
        if (Double.isNaN(millis) || Double.isInfinite(millis) || millis < 0) return "";
        // no String.format: a report formats thousands of durations, and Formatter is slow to start in a fresh JVM
        if (millis < 9.95) return oneDecimal(millis) + " ms";
        if (millis < 999.5) return Math.round(millis) + " ms";
        if (millis < 59_950) return oneDecimal(millis / 1000) + " s";
        long s = Math.round(millis / 1000);
        if (s < 3600) return s / 60 + "m" + twoDigits(s % 60) + "s";
        long m = Math.round(millis / 60_000);
        return m / 60 + "h" + twoDigits(m % 60) + "m";
    }

    /** As {@code String.format("%.1f", x)}: the shortest decimal form of {@code x}, rounded half up. */
    static String oneDecimal(double x) {
        return new BigDecimal(Double.toString(x)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }
}
