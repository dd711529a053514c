package ptprove.report;

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
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.proofs.RecordKey;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/**
 * The verdicts of one theorem or example over its configurations, as rows and columns: the one model that the
 * text ({@link VerdictGrid}), Markdown and HTML grids draw. Params with one value are {@code fixed}; the first
 * varying param (in declaration order) with at most {@value #MAX_COLUMNS} values is the column axis; the other
 * varying params label the rows, in unsigned order; a {@code null} cell is a combination that is no
 * configuration. When the configurations disagree on their params (or repeat one), the grid is not
 * {@link #consistent()} and a renderer lists the configurations one by one.
 */
final class PropertyGrid {
    static final int MAX_COLUMNS = 8;

    /** One param as the grid sees it: its values in every configuration, in unsigned order. */
    record Param(String name, TreeSet<Long> values, boolean isBool) {
        String text(long v) { return new Config.Entry(name, v, isBool).valueText(); }

        int width() {
            int w = name.length();
            for (long v : values) w = Math.max(w, text(v).length());
            return w;
        }
    }

    record Row(List<String> labels, List<Outcome> cells) {}

    /**
     * Rows labelled by {@code rowParams} (named by {@code rowHeader}); with an {@code axis}, a column per value of
     * it ({@code columns} are their texts), else a single column of verdicts.
     */
    record Table(List<Param> rowParams, List<String> rowHeader, Param axis, List<String> columns, List<Row> rows) {
        /** Column titles for documents: {@code AXIS=value} per column, or {@code verdict}. */
        List<String> columnTitles() {
            return axis == null ? List.of("verdict") : columns.stream().map(c -> axis.name() + "=" + c).toList();
        }
    }

    private final List<Outcome> outcomes;
    private final Set<RecordKey> marked;
    private final Map<String, Param> params;

    /**
     * @param outcomes the outcomes of one property (same kind and name), in obligation order, not empty
     * @param marked   keys of obligations that differ from the proof record
     */
    PropertyGrid(List<Outcome> outcomes, Set<RecordKey> marked) {
        this.outcomes = List.copyOf(outcomes);
        this.marked = marked;
        this.params = params(outcomes);
    }

    /** One grid per property (kind and name), in order of each property's first obligation. */
    static List<PropertyGrid> of(List<Outcome> outcomes, Set<RecordKey> marked) {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            groups.computeIfAbsent(o.obligation().kind().word() + " " + o.obligation().name(),
                    k -> new ArrayList<>()).add(o);
        }
        List<PropertyGrid> grids = new ArrayList<>();
        for (List<Outcome> g : groups.values()) grids.add(new PropertyGrid(g, marked));
        return grids;
    }

    List<Outcome> outcomes() { return outcomes; }

    Obligation first() { return outcomes.get(0).obligation(); }

    /** {@code 46 proved}, {@code 2 REFUTED}, ...: per verdict, in verdict order. */
    List<String> counts() {
        Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
        for (Outcome o : outcomes) tally.merge(o.verdict(), 1, Integer::sum);
        List<String> counts = new ArrayList<>();
        tally.forEach((v, n) -> counts.add(n + " " + VerdictWords.full(v)));
        return counts;
    }

    boolean isMarked(Outcome o) { return marked.contains(RecordKey.of(o.obligation())); }

    boolean anyMarked() { return outcomes.stream().anyMatch(this::isMarked); }

    /** Whether every configuration has the same params, none repeated (always so for the elaborator's). */
    boolean consistent() { return params != null; }

    /** Params with one value, as {@code NAME=value}. */
    List<String> fixed() {
        List<String> fixed = new ArrayList<>();
        for (Param p : params.values()) if (p.values().size() == 1) fixed.add(p.name() + "=" + p.text(p.values().first()));
        return fixed;
    }

    List<Param> varying() {
        return params.values().stream().filter(p -> p.values().size() > 1).toList();
    }

    /** The first varying param with at most {@link #MAX_COLUMNS} values, or null. */
    Param axis() {
        for (Param p : varying()) if (p.values().size() <= MAX_COLUMNS) return p;
        return null;
    }

    /** The table with {@code axis} as columns (null: one verdict column, a row per configuration). */
    Table table(Param axis) {
        List<Param> rowParams = new ArrayList<>(varying());
        if (axis != null) rowParams.remove(axis);
        List<Long> values = axis == null ? List.of(0L) : new ArrayList<>(axis.values());
        Map<List<Long>, Map<Long, Outcome>> byRow = new TreeMap<>(PropertyGrid::compareRows);
        for (Outcome o : outcomes) {
            Config c = o.obligation().config();
            List<Long> key = new ArrayList<>();
            for (Param p : rowParams) key.add(c.get(p.name()));
            byRow.computeIfAbsent(key, k -> new HashMap<>()).put(axis == null ? 0L : c.get(axis.name()), o);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<List<Long>, Map<Long, Outcome>> e : byRow.entrySet()) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < rowParams.size(); i++) labels.add(rowParams.get(i).text(e.getKey().get(i)));
            List<Outcome> cells = new ArrayList<>();
            for (long v : values) cells.add(e.getValue().get(v));
            rows.add(new Row(labels, cells));
        }
        List<String> columns = axis == null ? List.of() : values.stream().map(axis::text).toList();
        return new Table(rowParams, rowParams.stream().map(Param::name).toList(), axis, columns, rows);
    }

    /**
     * The table for documents without a width limit (Markdown, HTML): the axis table, or, when the grid is not
     * {@link #consistent()}, a row per configuration labelled by the whole configuration.
     */
    Table documentTable() {
        if (consistent()) return table(axis());
        List<Row> rows = new ArrayList<>();
        for (Outcome o : outcomes) rows.add(new Row(List.of(o.obligation().config().toString()), List.of(o)));
        return new Table(List.of(), List.of("configuration"), null, List.of(), rows);
    }

    /** Null when the configurations disagree on which params there are or repeat a configuration. */
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

    private static int compareRows(List<Long> a, List<Long> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Long.compareUnsigned(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }
}
