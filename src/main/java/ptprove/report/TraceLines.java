package ptprove.report;

import static ptprove.report.Texts.WIDTH;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.result.Replay;

/**
 * A guard's trace as text, debugger style, every line within 80 columns:
 *
 * <pre>
 * trace:
 *   45  pgtable_range_aligned(walk.start, walk.end, floor, ceiling, ...  -> true
 *         walk.start=0xfffffdffffe50000 walk.end=0xfffffe0000000000
 *     20  start &amp;= mask;                                -> start=0xfffffd8000000000
 *           start=0xfffffdffffe50000 mask=0xffffff8000000000
 * </pre>
 *
 * The source line number, the statement (cut at the end where it would not fit), what it gave; the values it read
 * wrapped below. Statements of a called fn are indented one step per call depth. A step in another file than the
 * property's (a fn of an imported spec) names that file before its line: {@code vmemmap-sub-pmd.ptl:53}; the
 * file's name only, as imports are siblings or near (the JSON report has the path).
 */
final class TraceLines {
    private static final String ARROW = "  -> ";
    private static final int LINE_NO = 4;
    private static final int MAX_DEPTH_INDENT = 8;
    /** Results up to this long ({@code  -> false}, {@code  -> 0x1000}) stay in the aligned column. */
    private static final int ALIGN_ROOM = 12;

    private TraceLines() {}

    static List<String> lines(List<Replay.Step> trace, String indent) {
        List<String> out = new ArrayList<>();
        if (trace.isEmpty()) return out;
        out.add(indent + "trace:");
        int column = 0; // the arrows line up where the statements allow it
        for (Replay.Step s : trace) column = Math.max(column, head(s, indent).length() + s.source().length());
        for (Replay.Step s : trace) {
            String head = head(s, indent);
            String tail = s.result().isEmpty() ? "" : ARROW + Texts.printable(s.result());
            int room = WIDTH - head.length() - tail.length();
            if (room < 12) { // a long result goes to a line of its own
                out.add(head + cut(Texts.printable(s.source()), WIDTH - head.length()));
                out.add(Texts.truncateMiddle(" ".repeat(head.length()) + tail.strip(), WIDTH));
            } else {
                int width = Math.min(Math.min(column, WIDTH - ALIGN_ROOM), WIDTH - tail.length()) - head.length();
                width = Math.max(width, Math.min(room, s.source().length()));
                out.add(head + Texts.pad(cut(Texts.printable(s.source()), width), tail.isEmpty() ? 0 : width) + tail);
            }
            if (!s.values().isEmpty()) {
                String under = " ".repeat(head.length() + 2);
                out.addAll(Texts.wrap(tokens(s.values()), under, under, WIDTH));
            }
        }
        return out;
    }

    /** The indent for the step's call depth and its line number. */
    private static String head(Replay.Step s, String indent) {
        String pad = indent + "  " + " ".repeat(Math.min(MAX_DEPTH_INDENT, 2 * s.depth()));
        return pad + Texts.padLeft(where(s), LINE_NO) + "  ";
    }

    /** The line, after the file's name when the step is in another file. */
    static String where(Replay.Step s) {
        String line = s.line() > 0 ? Integer.toString(s.line()) : "";
        if (s.file() == null) return line;
        String name = s.file().substring(s.file().lastIndexOf('/') + 1); // text from a JSON report: not a Path
        return (name.isEmpty() ? s.file() : name) + ":" + line;
    }

    private static List<String> tokens(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(Texts.printable(k) + "=" + Texts.printable(v)));
        return out;
    }

    /** Statements are read left to right: keep the start, cut the end. */
    private static String cut(String s, int max) {
        if (s.length() <= max) return s;
        if (max <= Texts.ELLIPSIS.length()) return s.substring(0, Math.max(0, max));
        return s.substring(0, max - Texts.ELLIPSIS.length()) + Texts.ELLIPSIS;
    }
}
