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

    int integer() throws SpecEntryInvalid {
        String s = text();
        if (!s.matches("-?[0-9]{1,10}")) throw new SpecEntryInvalid("not a number");
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new SpecEntryInvalid("not a number");
        }
    }

    /** An unsigned 64-bit value written as {@code 0x...}. */
    long hex() throws SpecEntryInvalid {
        String s = text();
        if (!s.matches("0x[0-9a-f]{1,16}")) throw new SpecEntryInvalid("not a value");
        return Long.parseUnsignedLong(s.substring(2), 16);
    }

    /** The line has no fields left (a longer line is as damaged as a shorter one). */
    void end() throws SpecEntryInvalid {
        if (at != fields.size()) throw new SpecEntryInvalid("a line goes on");
    }
}
