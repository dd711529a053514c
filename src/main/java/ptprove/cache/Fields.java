package ptprove.cache;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a spec-level entry: tab-separated fields, each escaped so that any text (a message, a path) fits
 * in one field of one line: backslash, tab, newline and carriage return become {@code \\ \t \n \r}. Plain text
 * rather than JSON, so that a fully cached run does not load a JSON library at all.
 */
final class Fields {
    private Fields() {}

    static String join(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append('\t');
            escape(fields.get(i), sb);
        }
        return sb.toString();
    }

    private static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    /** The fields of {@code line}; a dangling or unknown escape is a damaged entry. */
    static List<String> split(String line) throws SpecEntryInvalid {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (c != '\\') {
                cur.append(c);
            } else {
                if (++i == line.length()) throw new SpecEntryInvalid("dangling escape");
                switch (line.charAt(i)) {
                    case '\\' -> cur.append('\\');
                    case 't' -> cur.append('\t');
                    case 'n' -> cur.append('\n');
                    case 'r' -> cur.append('\r');
                    default -> throw new SpecEntryInvalid("unknown escape");
                }
            }
        }
        out.add(cur.toString());
        return out;
    }
}
