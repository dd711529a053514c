package ptprove.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code --theorem GLOB}: which theorems and examples a run checks, by name. A glob is matched against the whole
 * name: {@code *} is any run of characters, {@code ?} one character, {@code [abc]} and {@code [a-z]} one of a set;
 * anything else stands for itself. Several globs select the union. No glob selects everything.
 */
public final class TheoremFilter {
    public static final TheoremFilter ALL = new TheoremFilter(List.of());

    private final Map<String, Pattern> globs = new LinkedHashMap<>();

    public TheoremFilter(List<String> globs) {
        for (String g : globs) this.globs.put(g, Pattern.compile(regex(g)));
    }

    public boolean isAll() { return globs.isEmpty(); }

    public boolean matches(String name) {
        if (globs.isEmpty()) return true;
        for (Pattern p : globs.values()) if (p.matcher(name).matches()) return true;
        return false;
    }

    /** The globs that match none of {@code names} (a usage error: probably a typo). */
    public List<String> unmatched(Iterable<String> names) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Pattern> e : globs.entrySet()) {
            boolean any = false;
            for (String n : names) any |= e.getValue().matcher(n).matches();
            if (!any) out.add(e.getKey());
        }
        return out;
    }

    @Override public String toString() { return String.join(" ", globs.keySet()); }

    private static String regex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            int close = c == '[' ? glob.indexOf(']', i + 2) : -1;
            if (c == '*') re.append(".*");
            else if (c == '?') re.append('.');
            else if (close > 0) {
                String set = glob.substring(i + 1, close);
                boolean negate = set.startsWith("!");
                re.append('[').append(negate ? "^" : "")
                  .append(set.substring(negate ? 1 : 0).replace("\\", "\\\\").replace("[", "\\[")).append(']');
                i = close;
            } else re.append(Pattern.quote(String.valueOf(c)));
        }
        return re.toString();
    }
}
