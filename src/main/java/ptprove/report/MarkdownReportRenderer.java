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
import java.util.stream.Collectors;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.proofs.RecordChange;
import ptprove.proofs.RecordKey;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;

/**
 * The report of a run as GitHub-flavoured Markdown, for pull requests and mailing-list replies. Per spec: a
 * heading, its diagnostics (fenced), a verdict table per theorem and example (the rows and columns of
 * {@link VerdictGrid}), and per outcome that is not proved a fenced counterexample block: the text renderer's
 * lines, the reference evaluator's replay in kernel terms, and the changes against the proof record. Then the
 * summary. Spec-provided text goes into code spans (a reader copies names verbatim) with {@code |} escaped in
 * tables; free text is escaped. Every line fits in 80 columns except table rows and quoted source lines.
 */
public final class MarkdownReportRenderer implements ReportRenderer {
    private final Style style;

    /** @param timings whether durations are printed; without them the output is identical across runs */
    public MarkdownReportRenderer(boolean timings) {
        this.style = timings ? Style.PLAIN : Style.PLAIN.withoutTimings();
    }

    @Override
    public String render(RunReport run) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ptprove report\n\n");
        for (SpecReport spec : run.specs()) sb.append(renderSpec(spec));
        sb.append("## Summary\n\n");
        sb.append(summary(run, style));
        return sb.toString();
    }

    /** The text renderer's summary, as a paragraph (every line of it, wrapped at 80 columns). */
    static String summary(RunReport run, Style style) {
        return new TextReportRenderer(style, TextReportRenderer.Detail.NONE).renderSummary(run)
                .replace("\n", "\n\n").replaceAll("\n\n  ", "\n  ").replaceAll("\n+$", "\n");
    }

    private String renderSpec(SpecReport spec) {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(code(Texts.truncateMiddle(Texts.printable(spec.spec()), WIDTH - 8))).append("\n\n");
        for (String l : Texts.wrap(Texts.words(TextReportRenderer.headline(spec)), "", "", WIDTH)) sb.append(l).append('\n');
        sb.append('\n');
        if (spec.kernel() != null) {
            sb.append("Values and functions from ").append(spec.kernel().headline()).append(":\n\n");
            for (var e : spec.kernel().byFile().entrySet()) {
                sb.append("- ").append(code(e.getKey())).append(": ").append(String.join(", ", e.getValue())).append('\n');
            }
            sb.append('\n');
        }
        if (!spec.diagnostics().isEmpty()) {
            StringBuilder d = new StringBuilder();
            for (Diagnostic diag : spec.diagnostics()) d.append(DiagnosticFormatter.format(diag));
            sb.append(fenced(d.toString())).append('\n');
        }
        if (spec.outcomes().isEmpty()) return sb.toString();
        Set<RecordKey> marked = marked(spec);
        for (Grid g : Grid.of(spec.outcomes(), marked)) sb.append(table(g)).append('\n');

        List<Outcome> detailed = detailed(spec);
        if (!detailed.isEmpty()) {
            sb.append("### Counterexamples and witnesses\n\n");
            OutcomeLineFormatter f = OutcomeLineFormatter.forObligations(
                    detailed.stream().map(Outcome::obligation).toList(), style);
            for (Outcome o : detailed) {
                List<String> lines = new ArrayList<>(f.lines(o));
                lines.addAll(f.replayLines(spec.replay(o)));
                lines.addAll(f.otherLines(o, spec.otherReplays(o)));
                sb.append(fenced(String.join("\n", lines) + "\n")).append('\n');
            }
        }
        if (spec.hasRecord() && !spec.comparison().changes().isEmpty()) {
            sb.append(fenced(String.join("\n", TextReportRenderer.changes(spec.comparison().changes())) + "\n"));
            sb.append('\n');
        }
        return sb.toString();
    }


    /** Outcomes a reader has to look at or that carry a model: everything but proved. */
    static List<Outcome> detailed(SpecReport spec) {
        return spec.outcomes().stream().filter(o -> o.verdict() != Verdict.PROVED).toList();
    }

    static Set<RecordKey> marked(SpecReport spec) {
        return spec.hasRecord()
                ? spec.comparison().differences().stream().map(RecordChange::key).collect(Collectors.toSet())
                : Set.of();
    }

    private static String table(Grid g) {
        StringBuilder sb = new StringBuilder();
        String head = "### " + g.kind + " ";
        sb.append(head).append(code(Texts.truncateMiddle(Texts.printable(g.name), WIDTH - head.length() - 4)))
                .append('\n').append('\n');
        for (String l : Texts.wrap(Texts.words(g.where + String.join(", ", g.counts)), "", "", WIDTH)) {
            sb.append(l).append('\n');
        }
        if (!g.fixed.isEmpty()) {
            sb.append('\n');
            List<String> items = g.fixed.stream().map(MarkdownReportRenderer::code).toList();
            for (String l : Texts.wrap(items, "fixed: ", "", WIDTH)) sb.append(l).append('\n');
        }
        sb.append('\n');
        List<String> header = new ArrayList<>();
        for (String h : g.rowHeader) header.add(cell(h));
        for (String h : g.columnHeader) header.add(cell((g.axis == null ? "" : g.axis + "=") + h));
        sb.append("| ").append(String.join(" | ", header)).append(" |\n");
        sb.append("|").append(" --- |".repeat(header.size())).append('\n');
        for (Grid.Row r : g.rows) {
            List<String> cells = new ArrayList<>();
            for (String l : r.labels()) cells.add(cell(l));
            for (Outcome o : r.cells()) cells.add(o == null ? "-" : g.word(o));
            sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        if (g.anyMarked) sb.append('\n').append("\\* differs from the proof record\n");
        return sb.toString();
    }

    /** Spec text in a table cell: a code span with the pipe escaped (GFM splits cells before code spans). */
    private static String cell(String s) {
        if (s.matches("[A-Za-z0-9=.,:+/ -]+")) return s;
        return code(s).replace("|", "\\|");
    }

    /**
     * {@code s} as a CommonMark code span: fenced by one backtick more than its longest run, padded when it
     * starts or ends with a backtick; control characters shown as escapes.
     */
    static String code(String s) {
        String t = Texts.printable(s);
        if (t.isEmpty()) return "` `";
        String fence = "`".repeat(longestRun(t, '`') + 1);
        String pad = t.startsWith("`") || t.endsWith("`") || t.isBlank() ? " " : "";
        return fence + pad + t + pad + fence;
    }

    /** A fenced code block whose fence no line of {@code body} can close. */
    static String fenced(String body) {
        String fence = "`".repeat(Math.max(3, longestRun(body, '`') + 1));
        return fence + "\n" + body + (body.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    private static int longestRun(String s, char c) {
        int best = 0, run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /**
     * The verdicts of one property laid out as {@link VerdictGrid} lays them out: params with one value are
     * {@code fixed}; the first varying param with at most {@value VerdictGrid#MAX_COLUMNS} values is the column
     * axis; the other varying params label the rows; {@code null} cells are combinations that are no
     * configuration. When configurations disagree on their params, one row per configuration.
     */
    static final class Grid {
        record Row(List<String> labels, List<Outcome> cells) {}

        final String kind;
        final String name;
        /** {@code line 30: } or empty. */
        final String where;
        final List<String> counts = new ArrayList<>();
        final List<String> fixed = new ArrayList<>();
        final List<String> rowHeader = new ArrayList<>();
        final List<String> columnHeader = new ArrayList<>();
        String axis;
        final List<Row> rows = new ArrayList<>();
        final Set<RecordKey> marked;
        final boolean anyMarked;

        private Grid(List<Outcome> outcomes, Set<RecordKey> marked) {
            Obligation first = outcomes.get(0).obligation();
            this.kind = first.kind().word();
            this.name = first.name();
            this.where = first.span().isSynthetic() ? "" : "line " + first.span().line() + ": ";
            this.marked = marked;
            this.anyMarked = outcomes.stream().anyMatch(o -> marked.contains(RecordKey.of(o.obligation())));
            Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
            for (Outcome o : outcomes) tally.merge(o.verdict(), 1, Integer::sum);
            tally.forEach((v, n) -> counts.add(n + " " + VerdictWords.full(v)));
            if (!layOut(outcomes)) {
                rows.clear();
                rowHeader.clear();
                columnHeader.clear();
                fixed.clear();
                axis = null;
                rowHeader.add("configuration");
                columnHeader.add("verdict");
                for (Outcome o : outcomes) rows.add(new Row(List.of(o.obligation().config().toString()), List.of(o)));
            }
        }

        /** Grids per property (kind and name), in order of each property's first obligation. */
        static List<Grid> of(List<Outcome> outcomes, Set<RecordKey> marked) {
            Map<String, List<Outcome>> groups = new LinkedHashMap<>();
            for (Outcome o : outcomes) {
                groups.computeIfAbsent(o.obligation().kind().word() + " " + o.obligation().name(),
                        k -> new ArrayList<>()).add(o);
            }
            List<Grid> grids = new ArrayList<>();
            for (List<Outcome> g : groups.values()) grids.add(new Grid(g, marked));
            return grids;
        }

        String word(Outcome o) {
            return VerdictWords.brief(o.verdict()) + (marked.contains(RecordKey.of(o.obligation())) ? "\\*" : "");
        }

        boolean isMarked(Outcome o) { return marked.contains(RecordKey.of(o.obligation())); }

        private record Param(String name, TreeSet<Long> values, boolean isBool) {
            String text(long v) { return new Config.Entry(name, v, isBool).valueText(); }
        }

        private boolean layOut(List<Outcome> outcomes) {
            Map<String, Param> params = new LinkedHashMap<>();
            List<String> names = null;
            Set<Config> seen = new HashSet<>();
            for (Outcome o : outcomes) {
                Config c = o.obligation().config();
                if (!seen.add(c)) return false;
                List<String> these = c.entries().stream().map(Config.Entry::name).toList();
                if (names == null) names = these;
                else if (!names.equals(these)) return false;
                for (Config.Entry e : c.entries()) {
                    params.computeIfAbsent(e.name(), n -> new Param(n, new TreeSet<>(Long::compareUnsigned),
                            e.isBool())).values().add(e.value());
                }
            }
            List<Param> varying = new ArrayList<>();
            for (Param p : params.values()) {
                if (p.values().size() > 1) varying.add(p);
                else fixed.add(p.name() + "=" + p.text(p.values().first()));
            }
            Param ax = null;
            for (Param p : varying) if (p.values().size() <= VerdictGrid.MAX_COLUMNS) { ax = p; break; }
            List<Param> rowParams = new ArrayList<>(varying);
            if (ax != null) rowParams.remove(ax);
            List<Long> columns = ax == null ? List.of(0L) : new ArrayList<>(ax.values());
            for (Param p : rowParams) rowHeader.add(p.name());
            if (ax != null) {
                axis = ax.name();
                for (long v : columns) columnHeader.add(ax.text(v));
            } else {
                columnHeader.add("verdict");
            }
            Map<List<Long>, Map<Long, Outcome>> byRow = new TreeMap<>(Grid::compareRows);
            for (Outcome o : outcomes) {
                Config c = o.obligation().config();
                List<Long> key = new ArrayList<>();
                for (Param p : rowParams) key.add(c.get(p.name()));
                byRow.computeIfAbsent(key, k -> new HashMap<>()).put(ax == null ? 0L : c.get(ax.name()), o);
            }
            for (Map.Entry<List<Long>, Map<Long, Outcome>> e : byRow.entrySet()) {
                List<String> labels = new ArrayList<>();
                for (int i = 0; i < rowParams.size(); i++) labels.add(rowParams.get(i).text(e.getKey().get(i)));
                List<Outcome> cells = new ArrayList<>();
                for (long v : columns) cells.add(e.getValue().get(v));
                rows.add(new Row(labels, cells));
            }
            return true;
        }

        private static int compareRows(List<Long> a, List<Long> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = Long.compareUnsigned(a.get(i), b.get(i));
                if (c != 0) return c;
            }
            return Integer.compare(a.size(), b.size());
        }
    }
}
