package ptprove.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ordinary unified diff ({@code git diff}, {@code git format-patch}, {@code diff -u}) applied to texts in
 * memory: the result is the new text of every file it touches. Paths are taken as git writes them
 * ({@code a/}, {@code b/} stripped) and otherwise as written. A hunk applies where its old lines are found,
 * at the stated line or the nearest place above or below (as {@code patch} does with an offset); context is
 * never ignored (no fuzz), so a patch that does not fit says so.
 */
final class UnifiedDiff {
    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*$");

    /** Why a patch does not apply: a message naming the file and hunk. */
    static final class DoesNotApply extends Exception {
        DoesNotApply(String message) { super(message); }
    }

    private record Hunk(int oldStart, List<String> oldLines, List<String> newLines, int line) {}

    private record FilePatch(String oldPath, String newPath, List<Hunk> hunks) {}

    private UnifiedDiff() {}

    /**
     * The new texts of the touched files (tree-relative path to text; a deleted file maps to null).
     *
     * @param original the current text of a tree-relative file, or null when it does not exist
     */
    static Map<String, String> apply(String diff, Function<String, String> original) throws DoesNotApply {
        Map<String, String> out = new LinkedHashMap<>();
        List<FilePatch> files = parse(withoutCrlf(diff));
        if (files.isEmpty()) throw new DoesNotApply("no file changes found (is it a unified diff?)");
        for (FilePatch f : files) {
            String path = f.newPath() == null ? f.oldPath() : f.newPath();
            String before = f.oldPath() == null ? "" : out.containsKey(f.oldPath()) ? out.get(f.oldPath())
                    : original.apply(f.oldPath());
            if (before == null) throw new DoesNotApply(f.oldPath() + ": no such file in the tree");
            out.put(path, f.newPath() == null ? null : applyTo(path, before, f.hunks()));
        }
        return out;
    }

    /**
     * A patch whose every line ends in CRLF (saved by a mail client) as the LF text it was made from, as
     * {@code git am} takes it; one with only some CRLF lines is left alone (its hunks then say what does not match).
     */
    static String withoutCrlf(String diff) {
        String body = diff.endsWith("\n") ? diff.substring(0, diff.length() - 1) : diff;
        if (body.isEmpty()) return diff;
        for (String line : body.split("\n", -1)) if (!line.endsWith("\r")) return diff;
        return diff.replace("\r\n", "\n");
    }

    private static List<FilePatch> parse(String diff) throws DoesNotApply {
        List<FilePatch> out = new ArrayList<>();
        String[] lines = diff.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (!(lines[i].startsWith("--- ") && i + 1 < lines.length && lines[i + 1].startsWith("+++ "))) {
                i++;
                continue;
            }
            String oldPath = path(lines[i].substring(4), "a/");
            String newPath = path(lines[i + 1].substring(4), "b/");
            i += 2;
            List<Hunk> hunks = new ArrayList<>();
            while (i < lines.length && lines[i].startsWith("@@")) {
                Matcher m = HUNK.matcher(lines[i]);
                if (!m.matches()) {
                    throw new DoesNotApply("line " + (i + 1) + ": malformed hunk header " + lines[i].strip()
                            + (lines[i].endsWith("\r") ? " (it ends in a carriage return: some lines of the patch"
                            + " end in CRLF)" : ""));
                }
                int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                int newCount = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
                int at = i + 1;
                i++;
                List<String> before = new ArrayList<>();
                List<String> after = new ArrayList<>();
                while (i < lines.length && (before.size() < oldCount || after.size() < newCount)) {
                    String l = lines[i];
                    if (l.startsWith("\\")) { i++; continue; }
                    char c = l.isEmpty() ? ' ' : l.charAt(0);
                    String body = l.isEmpty() ? "" : l.substring(1);
                    if (c == ' ') { before.add(body); after.add(body); }
                    else if (c == '-') before.add(body);
                    else if (c == '+') after.add(body);
                    else throw new DoesNotApply("line " + (i + 1) + ": the hunk at line " + at + " ends early");
                    i++;
                }
                if (before.size() != oldCount || after.size() != newCount) {
                    throw new DoesNotApply("line " + at + ": the hunk's line counts do not match its header");
                }
                while (i < lines.length && lines[i].startsWith("\\")) i++;
                hunks.add(new Hunk(Integer.parseInt(m.group(1)), before, after, at));
            }
            out.add(new FilePatch(oldPath, newPath, hunks));
        }
        return out;
    }

    /** The path of a ---/+++ line without git's prefix and trailing timestamp; null for /dev/null. */
    private static String path(String field, String prefix) {
        String p = field.split("\t", 2)[0].strip();
        if (p.equals("/dev/null")) return null;
        return p.startsWith(prefix) ? p.substring(prefix.length()) : p;
    }

    private static String applyTo(String path, String text, List<Hunk> hunks) throws DoesNotApply {
        boolean finalNewline = text.isEmpty() || text.endsWith("\n");
        List<String> lines = new ArrayList<>(List.of((text.endsWith("\n") ? text.substring(0, text.length() - 1) : text)
                .split("\n", -1)));
        if (text.isEmpty()) lines.clear();
        int shift = 0;
        for (int h = 0; h < hunks.size(); h++) {
            Hunk hunk = hunks.get(h);
            // a hunk that only adds lines states the line after which they go; others their first old line
            int origin = hunk.oldLines().isEmpty() ? hunk.oldStart() : hunk.oldStart() - 1;
            int expected = Math.max(0, origin + shift);
            int at = find(lines, hunk.oldLines(), expected);
            if (at < 0) {
                throw new DoesNotApply(path + ": hunk " + (h + 1) + " (old line " + hunk.oldStart()
                        + ") does not apply: its lines are not in the file");
            }
            for (int k = 0; k < hunk.oldLines().size(); k++) lines.remove(at);
            lines.addAll(at, hunk.newLines());
            shift = at - origin + hunk.newLines().size() - hunk.oldLines().size();
        }
        return String.join("\n", lines) + (finalNewline || lines.isEmpty() ? "\n" : "");
    }

    /** Where {@code block} occurs, nearest to {@code expected} first; -1 when nowhere. */
    private static int find(List<String> lines, List<String> block, int expected) {
        int max = lines.size() - block.size();
        for (int d = 0; d <= Math.max(expected, max - expected) + 1; d++) {
            for (int at : new int[] {expected - d, expected + d}) {
                if (at < 0 || at > max) continue;
                if (lines.subList(at, at + block.size()).equals(block)) return at;
            }
        }
        return -1;
    }
}
