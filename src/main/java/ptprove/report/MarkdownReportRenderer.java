package ptprove.report;

import static ptprove.report.Texts.WIDTH;

import java.util.ArrayList;
import java.util.List;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;

/**
 * The report of a run as GitHub-flavoured Markdown, for pull requests and mailing-list replies. Per spec: a
 * heading, its diagnostics (fenced), a verdict table per theorem and example (the rows and columns of
 * {@link PropertyGrid}), and per outcome that is not proved a fenced counterexample block: the text renderer's
 * lines, the reference evaluator's replay in kernel terms, and the changes against the proof record. Then the
 * summary. Spec-provided text goes into code spans (a reader copies names verbatim) with {@code |} escaped in
 * tables; free text is escaped. Every line fits in 80 columns except table rows and quoted source lines.
 *
 * @param timings whether durations are printed; without them the output is identical across runs
 */
public record MarkdownReportRenderer(boolean timings) implements ReportRenderer {
    @Override
    public String render(RunReport run) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ptprove report\n\n");
        for (SpecReport spec : run.specs()) sb.append(renderSpec(spec));
        sb.append("## Summary\n\n");
        sb.append(summary(run, style()));
        return sb.toString();
    }

    /** Never coloured: Markdown is read as text, escape sequences would be noise. */
    private Style style() {
        return Style.plain(timings);
    }

    /** The text renderer's summary, as a paragraph (every line of it, wrapped at 80 columns). */
    static String summary(RunReport run, Style style) {
        return TextReportRenderer.summary(run, style)
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
        for (PropertyGrid g : PropertyGrid.of(spec.outcomes(), spec.differingKeys())) sb.append(table(g)).append('\n');

        List<Outcome> detailed = spec.needingDetail();
        if (!detailed.isEmpty()) {
            sb.append("### Counterexamples and witnesses\n\n");
            OutcomeLineFormatter f = OutcomeLineFormatter.forOutcomes(detailed, style());
            for (Outcome o : detailed) sb.append(fenced(String.join("\n", f.linesWithReplays(o, spec)) + "\n")).append('\n');
        }
        if (spec.hasRecord() && !spec.comparison().changes().isEmpty()) {
            sb.append(fenced(String.join("\n", TextReportRenderer.changes(spec.comparison().changes())) + "\n"));
            sb.append('\n');
        }
        return sb.toString();
    }


    private static String table(PropertyGrid g) {
        StringBuilder sb = new StringBuilder();
        Obligation first = g.first();
        String head = "### " + first.kind().word() + " ";
        sb.append(head).append(code(Texts.truncateMiddle(Texts.printable(first.name()), WIDTH - head.length() - 4)))
                .append('\n').append('\n');
        for (String l : Texts.wrap(Texts.words(where(first) + String.join(", ", g.counts())), "", "", WIDTH)) {
            sb.append(l).append('\n');
        }
        List<String> fixed = g.consistent() ? g.fixed() : List.of();
        if (!fixed.isEmpty()) {
            sb.append('\n');
            List<String> items = fixed.stream().map(MarkdownReportRenderer::code).toList();
            for (String l : Texts.wrap(items, "fixed: ", "", WIDTH)) sb.append(l).append('\n');
        }
        sb.append('\n');
        PropertyGrid.Table t = g.documentTable();
        List<String> header = new ArrayList<>();
        for (String h : t.rowHeader()) header.add(cell(h));
        for (String h : t.columnTitles()) header.add(cell(h));
        sb.append("| ").append(String.join(" | ", header)).append(" |\n");
        sb.append("|").append(" --- |".repeat(header.size())).append('\n');
        for (PropertyGrid.Row r : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (String l : r.labels()) cells.add(cell(l));
            for (Outcome o : r.cells()) cells.add(o == null ? "-" : VerdictWords.brief(o.verdict()) + (g.isMarked(o) ? "\\*" : ""));
            sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        if (g.anyMarked()) sb.append('\n').append("\\* differs from the proof record\n");
        return sb.toString();
    }

    /** {@code line 30: }, or empty for a synthesised obligation. */
    static String where(Obligation o) {
        return o.span().isSynthetic() ? "" : "line " + o.span().line() + ": ";
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
}
