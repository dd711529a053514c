package ptprove.cache;

import java.util.List;

/** Reads the fields of one entry line in order, turning every surprise into {@link SpecEntryInvalid}. */
final class FieldReader {
    private final List<String> fields;
    private int at;

    FieldReader(String line) throws SpecEntryInvalid {
        this.fields = Fields.split(line);
    }

    String text() throws SpecEntryInvalid {
        if (at >= fields.size()) throw new SpecEntryInvalid("a line ends early");
        return fields.get(at++);
    }

    /** A decimal int (digits, an optional minus); no regular expression: entries are read on every warm run. */
    int integer() throws SpecEntryInvalid {
        String s = text();
        int from = s.startsWith("-") ? 1 : 0;
        if (s.length() == from || s.length() > from + 10 || !digits(s, from, 10)) {
            throw new SpecEntryInvalid("not a number");
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new SpecEntryInvalid("not a number");
        }
    }

    /** An unsigned 64-bit value written as {@code 0x...} in lower-case hex. */
    long hex() throws SpecEntryInvalid {
        String s = text();
        if (!s.startsWith("0x") || s.length() < 3 || s.length() > 18 || !digits(s, 2, 16)) {
            throw new SpecEntryInvalid("not a value");
        }
        return Long.parseUnsignedLong(s, 2, s.length(), 16);
    }

    /** Whether {@code s} from {@code from} on holds only digits of {@code radix} (10, or 16 in lower case). */
    private static boolean digits(String s, int from, int radix) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (radix == 16 && c >= 'a' && c <= 'f');
            if (!ok) return false;
        }
        return true;
    }

    /** The line has no fields left (a longer line is as damaged as a shorter one). */
    void end() throws SpecEntryInvalid {
        if (at != fields.size()) throw new SpecEntryInvalid("a line goes on");
    }
}
