package ptprove.kernel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kernel release as the top-level Makefile states it ({@code VERSION}, {@code PATCHLEVEL}, {@code SUBLEVEL}).
 * Eras in specs are bound to ranges of major.minor releases, so ordering compares those first.
 */
public record KernelVersion(int major, int minor, int sublevel) implements Comparable<KernelVersion> {
    private static final Pattern LINE = Pattern.compile("^(VERSION|PATCHLEVEL|SUBLEVEL)\\s*=\\s*(\\d+)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern RELEASE = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** The version in a Makefile's text, or null when it states none. */
    public static KernelVersion ofMakefile(String makefile) {
        Integer v = null, p = null, s = 0;
        Matcher m = LINE.matcher(makefile);
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            switch (m.group(1)) {
                case "VERSION" -> { if (v == null) v = n; }
                case "PATCHLEVEL" -> { if (p == null) p = n; }
                default -> s = n;
            }
        }
        return v == null || p == null ? null : new KernelVersion(v, p, s);
    }

    /** {@code "6.1"} or {@code "6.1.192"}; null when the text is not a release. */
    public static KernelVersion parse(String text) {
        Matcher m = RELEASE.matcher(text.strip());
        if (!m.matches()) return null;
        int s = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new KernelVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), s);
    }

    /** Compares major.minor only: {@code 6.1.192} is within "6.1". */
    public int compareRelease(KernelVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override public int compareTo(KernelVersion o) {
        int c = compareRelease(o);
        return c != 0 ? c : Integer.compare(sublevel, o.sublevel);
    }

    @Override public String toString() { return major + "." + minor + (sublevel > 0 ? "." + sublevel : ""); }
}
