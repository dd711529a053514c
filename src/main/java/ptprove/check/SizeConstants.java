package ptprove.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kernel's include/linux/sizes.h names ({@code SZ_4K}, {@code SZ_2M}, {@code SZ_1G}, ...), built in. */
final class SizeConstants {
    private static final Pattern NAME = Pattern.compile("SZ_([1-9][0-9]*)([KMGTP]?)");

    private SizeConstants() {}

    /** The value of a size name, or null if {@code name} is not one (or is not a power of two). */
    static Long valueOf(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches() || m.group(1).length() > 4) return null;
        long n = Long.parseLong(m.group(1));
        if (Long.bitCount(n) != 1) return null;
        int shift = switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            case "P" -> 50;
            default -> 0;
        };
        int bits = Long.numberOfTrailingZeros(n) + shift;
        return bits >= 64 ? null : n << shift;
    }
}
