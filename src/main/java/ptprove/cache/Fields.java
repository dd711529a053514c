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
        int from = 0;
        while (true) { // String.indexOf is fast even before the JIT has compiled this method
            int tab = line.indexOf('\t', from);
            String field = tab < 0 ? line.substring(from) : line.substring(from, tab);
            out.add(field.indexOf('\\') < 0 ? field : unescape(field));
            if (tab < 0) return out;
            from = tab + 1;
        }
    }

    private static String unescape(String field) throws SpecEntryInvalid {
        StringBuilder cur = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                cur.append(c);
                continue;
            }
            if (++i == field.length()) throw new SpecEntryInvalid("dangling escape");
            switch (field.charAt(i)) {
                case '\\' -> cur.append('\\');
                case 't' -> cur.append('\t');
                case 'n' -> cur.append('\n');
                case 'r' -> cur.append('\r');
                default -> throw new SpecEntryInvalid("unknown escape");
            }
        }
        return cur.toString();
    }
}
