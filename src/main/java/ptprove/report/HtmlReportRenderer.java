package ptprove.report;

import java.util.ArrayList;
import java.util.List;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;

/**
 * The report of a run as one self-contained HTML page (inline CSS, no scripts, no external assets), for
 * attaching to a review: the summary, per spec its diagnostics and a verdict table per theorem and example
 * (laid out as {@link PropertyGrid}), and per counterexample or witness the text renderer's
 * lines with an {@link AddressSpaceSvg} drawing per replay finding. The markup is well-formed XML (XHTML
 * namespace, every element closed, attributes quoted), so strict parsers read it, and every string from a spec
 * or a solver is escaped, inside SVG text too.
 *
 * @param timings whether durations are printed; without them the output is identical across runs
 */
public record HtmlReportRenderer(boolean timings) implements ReportRenderer {
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static final String CSS = String.join("\n",
            "body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; max-width: 70em; }",
            "code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; }",
            "pre { background: #f6f8fa; padding: 0.6em; overflow-x: auto; }",
            "table.grid { border-collapse: collapse; margin: 0.4em 0 1em; font-family: ui-monospace, monospace; }",
            "table.grid th, table.grid td { border: 1px solid #ccc; padding: 0.15em 0.6em; text-align: left; }",
            "table.grid th { background: #eee; }",
            "td.proved, td.witnessed { color: #17692a; }",
            "td.refuted, td.unwitnessed { color: #fff; background: #c62828; font-weight: bold; }",
            "td.vacuous, td.unknown { background: #fff3c4; }",
            "td.error { background: #e1bee7; font-weight: bold; }",
            "td.none { color: #aaa; }",
            ".summary { font-weight: bold; }",
            ".cex { border-left: 4px solid #c62828; padding-left: 0.8em; margin: 1em 0; }",
            ".cex.witnessed { border-left-color: #17692a; }",
            "svg.space { display: block; margin: 0.4em 0; background: #fff; }",
            "svg.space text { font-family: ui-monospace, monospace; font-size: 11px; fill: #222; }",
            "svg.space text.note { font-style: italic; fill: #666; }",
            "svg.space text.mark { paint-order: stroke; stroke: #fff; stroke-width: 4px; }",
            "svg.space rect.removed { fill: #c62828; fill-opacity: 0.8; }",
            "svg.space rect.table { fill: #1565c0; fill-opacity: 0.7; }",
            "svg.space rect.walk { fill: #ef6c00; fill-opacity: 0.85; }",
            "svg.space path.other { fill: #2e7d32; }",
            "svg.space line.other { stroke: #2e7d32; stroke-dasharray: 3 2; }",
            "svg.space line.axis { stroke: #222; }",
            "svg.space line.tick { stroke: #222; }",
            "svg.space line.leader { stroke: #999; stroke-dasharray: 2 2; }");

    @Override
    public String render(RunReport run) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html xmlns=\"").append(XHTML).append("\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>ptprove report</title>\n<style>\n").append(CSS)
                .append("\n</style>\n</head>\n<body>\n<h1>ptprove report</h1>\n");
        sb.append("<p class=\"tool\">").append(escape(run.tool().name() + " " + run.tool().version() + ", "
                + run.tool().solver())).append("</p>\n");
        sb.append("<p class=\"summary\">").append(escape(summary(run))).append("</p>\n");
        for (SpecReport spec : run.specs()) spec(sb, spec);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    /** Never coloured: the page styles verdicts with CSS classes. */
    private Style style() {
        return Style.plain(timings);
    }

    private String summary(RunReport run) {
        List<String> words = new ArrayList<>();
        for (String line : TextReportRenderer.summary(run, style()).split("\n")) {
            words.addAll(Texts.words(line));
        }
        return String.join(" ", words);
    }

    private void spec(StringBuilder sb, SpecReport spec) {
        sb.append("<section class=\"spec\">\n<h2><code>").append(escape(spec.spec())).append("</code></h2>\n");
        sb.append("<p>").append(escape(TextReportRenderer.headline(spec))).append("</p>\n");
        if (!spec.diagnostics().isEmpty()) {
            sb.append("<pre class=\"diagnostics\">");
            for (Diagnostic d : spec.diagnostics()) sb.append(escape(DiagnosticFormatter.format(d)));
            sb.append("</pre>\n");
        }
        for (PropertyGrid g : PropertyGrid.of(spec.outcomes(), spec.differingKeys())) grid(sb, g);
        List<Outcome> detailed = spec.needingDetail();
        if (!detailed.isEmpty()) {
            sb.append("<h3>Counterexamples and witnesses</h3>\n");
            OutcomeLineFormatter f = OutcomeLineFormatter.forOutcomes(detailed, style());
            for (Outcome o : detailed) {
                sb.append("<div class=\"cex ").append(o.verdict().word()).append("\">\n<pre>");
                for (String l : f.linesWithReplays(o, spec)) sb.append(escape(l)).append('\n');
                sb.append("</pre>\n");
                drawings(sb, o, spec.replay(o));
                // --all: each further counterexample gets its own drawing, in the order the text lists them
                List<Replay> others = spec.otherReplays(o);
                for (int i = 0; i < Math.min(others.size(), o.others().size()); i++) {
                    drawings(sb, o.withModel(o.others().get(i)), others.get(i));
                }
                sb.append("</div>\n");
            }
        }
        if (spec.hasRecord() && !spec.comparison().changes().isEmpty()) {
            sb.append("<pre class=\"changes\">");
            for (String l : TextReportRenderer.changes(spec.comparison().changes())) sb.append(escape(l)).append('\n');
            sb.append("</pre>\n");
        }
        sb.append("</section>\n");
    }

    /** The address-space drawing of one model: one per finding of its replay, else the removed range alone. */
    private static void drawings(StringBuilder sb, Outcome o, Replay replay) {
        Long start = value(o, "start"), end = value(o, "end");
        if (replay != null && !replay.findings().isEmpty()) {
            for (Replay.Finding finding : replay.findings()) sb.append(AddressSpaceSvg.render(start, end, finding));
        } else if (start != null && end != null) {
            sb.append(AddressSpaceSvg.render(start, end, null));
        }
    }

    private static void grid(StringBuilder sb, PropertyGrid g) {
        Obligation first = g.first();
        sb.append("<h3>").append(escape(first.kind().word())).append(" <code>").append(escape(first.name()))
                .append("</code></h3>\n");
        sb.append("<p>").append(escape(MarkdownReportRenderer.where(first) + String.join(", ", g.counts())))
                .append("</p>\n");
        List<String> fixed = g.consistent() ? g.fixed() : List.of();
        if (!fixed.isEmpty()) sb.append("<p>fixed: <code>").append(escape(String.join(" ", fixed))).append("</code></p>\n");
        PropertyGrid.Table t = g.documentTable();
        sb.append("<table class=\"grid\">\n<thead>\n<tr>");
        for (String h : t.rowHeader()) sb.append("<th>").append(escape(h)).append("</th>");
        for (String h : t.columnTitles()) sb.append("<th>").append(escape(h)).append("</th>");
        sb.append("</tr>\n</thead>\n<tbody>\n");
        for (PropertyGrid.Row r : t.rows()) {
            sb.append("<tr>");
            for (String l : r.labels()) sb.append("<th>").append(escape(l)).append("</th>");
            for (Outcome o : r.cells()) {
                if (o == null) {
                    sb.append("<td class=\"none\">-</td>");
                    continue;
                }
                sb.append("<td class=\"").append(o.verdict().word()).append("\">")
                        .append(escape(VerdictWords.brief(o.verdict()) + (g.isMarked(o) ? "*" : ""))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        if (g.anyMarked()) sb.append("<p>* differs from the proof record</p>\n");
    }

    /** The model value of the variable labelled {@code label} (e.g. {@code start}), or null. */
    private static Long value(Outcome o, String label) {
        for (Outcome.Value v : o.model()) {
            if (v.variable().label().equals(label) && !v.variable().var().isBool()) return v.value();
        }
        return null;
    }

    /**
     * {@code s} as XML character data or attribute value: {@code & < > " '} as references; characters XML 1.0
     * cannot carry (controls, lone surrogates) as U+FFFD, except tab and newline.
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\n' && c != '\t')
                            || c == 0xfffe || c == 0xffff) {
                        b.append('\ufffd');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
