package ptprove.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code --theorem GLOB}: which theorems and examples a run checks, by name. A glob is matched against the whole
 * name: {@code *} is any run of characters, {@code ?} one character, {@code [abc]} and {@code [a-z]} one of a set
 * ({@code [!a-z]} or {@code [^a-z]} one not in it; a {@code ]} first in the set belongs to it); anything else stands
 * for itself (a {@code [} without its {@code ]}, so {@code [!]} too). Several globs select the union. No glob selects
 * everything. A set with a backwards range ({@code [z-a]}) is refused ({@link BadGlob}): it could match nothing.
 */
public final class TheoremFilter {
    public static final TheoremFilter ALL = new TheoremFilter(List.of());

    private final Map<String, Pattern> globs = new LinkedHashMap<>();

    /** A glob that is not one: the command line's usage error, with the glob and what is wrong with it. */
    public static final class BadGlob extends IllegalArgumentException {
        BadGlob(String glob, String why) {
            super("--theorem '" + glob + "': " + why);
        }
    }

    /** @throws BadGlob for a set with a backwards range */
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
            // a ] right after [ (or after [! / [^) is a member, not the end
            int close = c == '[' ? glob.indexOf(']', i + (negation(glob, i + 1) ? 3 : 2)) : -1;
            if (c == '*') re.append(".*");
            else if (c == '?') re.append('.');
            else if (close > 0) {
                re.append(set(glob, glob.substring(i + 1, close)));
                i = close;
            } else re.append(Pattern.quote(String.valueOf(c)));
        }
        return re.toString();
    }

    /**
     * {@code [set]} as a regex class with every member escaped, so the regex syntax of classes ({@code &&},
     * nested {@code [...]}, {@code \p{...}}) means nothing in a glob.
     */
    private static String set(String glob, String set) {
        boolean negate = negation(set, 0);
        String members = set.substring(negate ? 1 : 0);
        StringBuilder re = new StringBuilder("[").append(negate ? "^" : "");
        for (int k = 0; k < members.length(); k++) {
            char from = members.charAt(k);
            if (k + 2 < members.length() && members.charAt(k + 1) == '-') {
                char to = members.charAt(k + 2);
                if (to < from) throw new BadGlob(glob, "the range " + from + "-" + to + " is backwards");
                re.append(escaped(from)).append('-').append(escaped(to));
                k += 2;
            } else {
                re.append(escaped(from));
            }
        }
        return re.append(']').toString();
    }

    /** {@code !} (POSIX) or {@code ^} (as bash also takes it) at {@code at}: a negated set. */
    private static boolean negation(String s, int at) {
        return at < s.length() && (s.charAt(at) == '!' || s.charAt(at) == '^');
    }

    /** A member of a regex class: letters and digits as they are, anything else behind a backslash. */
    private static String escaped(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
