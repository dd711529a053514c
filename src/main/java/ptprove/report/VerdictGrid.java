package ptprove.report;

import static ptprove.report.Texts.WIDTH;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.proofs.RecordKey;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/**
 * The verdicts of one theorem or example over its configurations, as a table a reviewer takes in at a glance:
 *
 * <pre>
 * theorem vmemmap_free_spares_vmalloc (line 30): 46 proved, 2 REFUTED
 *                        ERA ------------------------------------------------
 *   PAGE_SHIFT  VA_BITS  504      511      517      605      609      614
 *   12          39       proved   proved   proved   proved   proved   proved
 *   12          52       -        -        -        -        REFUTED  REFUTED
 * </pre>
 *
 * The column axis is the first param (in declaration order) that varies and has at most
 * {@value #MAX_COLUMNS} values; the other varying params label the rows; a param with one value in every
 * configuration is printed once above the table. {@code -} marks a combination that is no configuration. When
 * the columns would pass 80 columns, or no param qualifies, it falls back to one row per configuration. A cell
 * whose obligation differs from the proof record is marked {@code *}; a failing verdict the record expects (a
 * documented refutation) is written in lower case ({@code refuted}), so the upper-case words are the news.
 */
final class VerdictGrid {
    private VerdictGrid() {}

    static final int MAX_COLUMNS = 8;
    private static final String INDENT = "  ";
    private static final String GAP = "  ";
    private static final String MARK = "*";

    /** One param as the grid sees it: its values in every configuration, in unsigned order. */
    private record Param(String name, TreeSet<Long> values, boolean isBool) {
        String text(long v) { return new Config.Entry(name, v, isBool).valueText(); }
        int width() {
            int w = name.length();
            for (long v : values) w = Math.max(w, text(v).length());
            return w;
        }
    }

    /**
     * @param outcomes the outcomes of one property (same kind and name), in obligation order, not empty
     * @param marked   keys of obligations that differ from the proof record
     */
    static List<String> render(List<Outcome> outcomes, Set<RecordKey> marked, Style style) {
        return render(outcomes, marked, Set.of(), style);
    }

    /** @param expected keys of failing obligations whose verdict the proof record holds (shown in lower case) */
    static List<String> render(List<Outcome> outcomes, Set<RecordKey> marked, Set<RecordKey> expected, Style style) {
        Marks marks = new Marks(marked, expected);
        Obligation first = outcomes.get(0).obligation();
        List<String> lines = new ArrayList<>(title(first, outcomes, marks));
        Map<String, Param> params = params(outcomes);
        if (params == null) {
            lines.addAll(compact(outcomes, name -> true, marks, style));
            return finish(lines, outcomes, marks);
        }
        List<Param> varying = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        for (Param p : params.values()) {
            if (p.values().size() > 1) varying.add(p);
            else fixed.add(p.name() + "=" + p.text(p.values().first()));
        }
        if (!fixed.isEmpty()) lines.addAll(Texts.wrap(fixed, INDENT + "fixed: ", INDENT + "       ", WIDTH));

        Param axis = null;
        for (Param p : varying) if (p.values().size() <= MAX_COLUMNS) { axis = p; break; }
        List<String> body = null;
        if (axis != null) body = table(outcomes, varying, axis, marks, style);
        if (body == null && !varying.isEmpty()) body = table(outcomes, varying, null, marks, style);
        if (body == null) {
            body = compact(outcomes, name -> varying.stream().anyMatch(p -> p.name().equals(name)), marks, style);
        }
        lines.addAll(body);
        return finish(lines, outcomes, marks);
    }

    /** {@code theorem NAME (line 30): 46 proved, 2 REFUTED}; a count of expected failures in lower case. */
    private static List<String> title(Obligation ob, List<Outcome> outcomes, Marks marks) {
        String where = ob.span().isSynthetic() ? "" : " (line " + ob.span().line() + ")";
        Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
        Map<Verdict, Integer> expected = new EnumMap<>(Verdict.class);
        for (Outcome o : outcomes) (marks.expected(o) ? expected : tally).merge(o.verdict(), 1, Integer::sum);
        List<String> counts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            if (expected.containsKey(v)) counts.add(expected.get(v) + " " + v.word());
            if (tally.containsKey(v)) counts.add(tally.get(v) + " " + VerdictWords.full(v));
        }
        String kind = ob.kind().word() + " ";
        String name = Texts.truncateMiddle(ob.name(), WIDTH - kind.length() - where.length() - 1);
        String head = kind + name + where + ":";
        String tail = String.join(", ", counts);
        if (head.length() + 1 + tail.length() <= WIDTH) return List.of(head + " " + tail);
        List<String> lines = new ArrayList<>();
        lines.add(head);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) tokens.add(counts.get(i) + (i + 1 < counts.size() ? "," : ""));
        lines.addAll(Texts.wrap(tokens, INDENT, INDENT, WIDTH));
        return lines;
    }

    /**
     * The params of the property's configurations, or {@code null} when they disagree on which params there are
     * or repeat a configuration (not produced by the elaborator, but a report must not fail on it).
     */
    private static Map<String, Param> params(List<Outcome> outcomes) {
        Map<String, Param> params = new LinkedHashMap<>();
        List<String> names = null;
        Set<Config> seen = new HashSet<>();
        for (Outcome o : outcomes) {
            Config c = o.obligation().config();
            if (!seen.add(c)) return null;
            List<String> these = c.entries().stream().map(Config.Entry::name).toList();
            if (names == null) names = these;
            else if (!names.equals(these)) return null;
            for (Config.Entry e : c.entries()) {
                params.computeIfAbsent(e.name(), n -> new Param(n, new TreeSet<>(Long::compareUnsigned), e.isBool()))
                      .values().add(e.value());
            }
        }
        return params;
    }

    /**
     * Rows labelled by the varying params other than {@code axis}, a column per value of {@code axis}; with no
     * axis, one row per configuration and a single verdict column. {@code null} if it would not fit.
     */
    private static List<String> table(List<Outcome> outcomes, List<Param> varying, Param axis, Marks marks,
                                      Style style) {
        List<Param> rowParams = new ArrayList<>(varying);
        if (axis != null) rowParams.remove(axis);
        boolean anyMark = outcomes.stream().anyMatch(marks::differs);
        int cellWidth = VerdictWords.BRIEF_WIDTH;
        List<Long> columns = axis == null ? List.of(0L) : new ArrayList<>(axis.values());
        if (axis != null) for (long v : columns) cellWidth = Math.max(cellWidth, axis.text(v).length());

        int labelsWidth = INDENT.length();
        for (Param p : rowParams) labelsWidth += p.width() + GAP.length();
        // A mark takes the first column of the gap after its cell, so only the last column may need one more.
        int total = labelsWidth + columns.size() * cellWidth + (columns.size() - 1) * GAP.length();
        if (total + (anyMark ? MARK.length() : 0) > WIDTH) return null;

        // Rows in unsigned order of their label values; cells by column value.
        Map<List<Long>, Map<Long, Outcome>> rows = new TreeMap<>(VerdictGrid::compareRows);
        for (Outcome o : outcomes) {
            Config c = o.obligation().config();
            List<Long> key = new ArrayList<>();
            for (Param p : rowParams) key.add(c.get(p.name()));
            rows.computeIfAbsent(key, k -> new HashMap<>()).put(axis == null ? 0L : c.get(axis.name()), o);
        }

        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder(INDENT);
        for (Param p : rowParams) header.append(Texts.pad(p.name(), p.width())).append(GAP);
        if (axis != null) {
            String rule = " " + "-".repeat(Math.max(3, total - labelsWidth - axis.name().length() - 1));
            lines.add(" ".repeat(labelsWidth) + axis.name() + rule);
            for (long v : columns) header.append(Texts.pad(axis.text(v), cellWidth)).append(GAP);
        } else {
            header.append("verdict");
        }
        lines.add(header.toString());
        for (Map.Entry<List<Long>, Map<Long, Outcome>> row : rows.entrySet()) {
            StringBuilder line = new StringBuilder(INDENT);
            for (int i = 0; i < rowParams.size(); i++) {
                line.append(Texts.pad(rowParams.get(i).text(row.getKey().get(i)), rowParams.get(i).width())).append(GAP);
            }
            for (long v : columns) {
                Outcome o = row.getValue().get(v);
                line.append(o == null ? Texts.pad("-", cellWidth) + GAP : cell(o, marks, cellWidth, style));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Last resort: per configuration a cell and the {@code shown} params, wrapped. */
    private static List<String> compact(List<Outcome> outcomes, Predicate<String> shown, Marks marks,
                                        Style style) {
        int cellWidth = VerdictWords.BRIEF_WIDTH;
        String indent = " ".repeat(INDENT.length() + cellWidth + GAP.length());
        List<String> lines = new ArrayList<>();
        for (Outcome o : outcomes) {
            List<String> items = new ArrayList<>();
            for (Config.Entry e : o.obligation().config().entries()) {
                if (shown.test(e.name())) items.add(e.name() + "=" + e.valueText());
            }
            List<String> wrapped = Texts.wrap(items, indent, indent, WIDTH);
            lines.add(INDENT + cell(o, marks, cellWidth, style) + wrapped.get(0).substring(indent.length()));
            lines.addAll(wrapped.subList(1, wrapped.size()));
        }
        return lines;
    }

    /** The cell, its mark right after the word, padded to {@code width} plus the gap (a mark may use the gap). */
    private static String cell(Outcome o, Marks marks, int width, Style style) {
        String word = VerdictWords.brief(o.verdict());
        if (marks.expected(o)) word = word.toLowerCase(java.util.Locale.ROOT);
        String mark = marks.differs(o) ? MARK : "";
        int padding = Math.max(1, width + GAP.length() - word.length() - mark.length());
        return style.verdict(o.verdict(), word) + mark + " ".repeat(padding);
    }

    private static List<String> finish(List<String> lines, List<Outcome> outcomes, Marks marks) {
        List<String> out = new ArrayList<>(lines.size() + 2);
        for (String l : lines) out.add(l.stripTrailing());
        if (outcomes.stream().anyMatch(marks::differs)) out.add(INDENT + MARK + " differs from the proof record");
        if (outcomes.stream().anyMatch(marks::expected)) {
            out.add(INDENT + "lower case: as the proof record expects (a documented failure)");
        }
        return out;
    }

    /** Which cells differ from the proof record, and which failures it expects. */
    private record Marks(Set<RecordKey> differs, Set<RecordKey> expected) {
        boolean differs(Outcome o) { return differs.contains(RecordKey.of(o.obligation())); }
        boolean expected(Outcome o) { return expected.contains(RecordKey.of(o.obligation())); }
    }

    private static int compareRows(List<Long> a, List<Long> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Long.compareUnsigned(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }
}
