package ptprove.report;

import java.util.List;
import ptprove.ir.Tracked;
import ptprove.result.Explained;
import ptprove.result.Explanation;
import ptprove.result.Outcome;
import ptprove.source.DiagnosticFormatter;
import ptprove.source.Span;

/**
 * {@code ptprove explain} as text of at most 80 columns: per configuration, the verdict, then each spec
 * element of the minimal core as {@code file:line:col: role} with its source lines (as diagnostics show them),
 * and what deleting it alone does.
 */
public final class ExplainTextRenderer {
    /** Source excerpts longer than this many lines show their first lines and how many more there are. */
    private static final int MAX_EXCERPT = 4;

    public String render(String spec, List<Explained> explained) {
        StringBuilder sb = new StringBuilder(spec).append('\n');
        for (Explained e : explained) render(sb, e);
        return sb.toString();
    }

    private void render(StringBuilder sb, Explained x) {
        Explanation e = x.explanation();
        String config = e.obligation().config().toString();
        line(sb, "theorem " + e.obligation().name() + (config.isEmpty() ? "" : " [" + config + "]"));
        switch (e.verdict()) {
            case PROVED -> {
                if (e.tracked() == 0) {
                    line(sb, "proved, from its claim and the configuration's constants alone: it uses no");
                    line(sb, "line explain tracks (where conjuncts, domains, fn statements, guards).");
                    break;
                }
                if (e.core().isEmpty()) {
                    line(sb, "proved, on none of the " + Texts.plural(e.tracked(), "line") + " it uses: it holds"
                            + " with all of them");
                    line(sb, "deleted, from the configuration's constants (layout, geometry) alone.");
                    break;
                }
                line(sb, "proved. It rests on " + Texts.plural(e.core().size(), "line") + " of the " + e.tracked()
                        + " it uses: with these kept, it holds");
                line(sb, "whatever else is deleted (the union of minimal unsat cores of its "
                        + Texts.plural(e.goals(), "goal") + ";");
                line(sb, "each line is needed by the core of some goal).");
                for (Explanation.Line l : e.core()) element(sb, l);
                if (!e.notNeeded().isEmpty()) {
                    sb.append('\n');
                    if (e.core().stream().anyMatch(l -> l.coveredBy() != null)) {
                        line(sb, "Not needed (the theorem holds with all of these deleted together; one may");
                        line(sb, "still stand in for a core line deleted alone, as noted above):");
                    } else {
                        line(sb, "Not needed (the theorem holds with all of these deleted together):");
                    }
                    for (Tracked t : e.notNeeded()) {
                        String loc = t.span().file().displayPath() + ":" + t.span().line();
                        line(sb, "  " + Texts.pad(loc, 30) + " " + Texts.printable(firstLine(t.span().text())));
                    }
                }
            }
            case REFUTED -> refuted(sb, x);
            case VACUOUS -> line(sb, "vacuous: its assumptions never hold, so it proves nothing.");
            default -> line(sb, e.verdict().word() + ": " + (e.reason() == null ? "" : e.reason()));
        }
        sb.append('\n');
    }

    private void element(StringBuilder sb, Explanation.Line l) {
        Tracked t = l.element();
        Span span = t.span();
        sb.append('\n');
        line(sb, span.location() + ": " + t.role() + " (deleted: " + t.dropped() + ")");
        if (span.endLine() == span.line()) {
            // one line: shown as a diagnostic shows it, with a caret under the element
            for (String x : DiagnosticFormatter.excerpt(span).split("\n")) line(sb, x);
        } else {
            int last = span.endLine();
            int shown = Math.min(last, span.line() + MAX_EXCERPT - 1);
            for (int n = span.line(); n <= shown; n++) {
                line(sb, String.format("%5d | ", n) + Texts.printable(span.file().line(n)));
            }
            if (shown < last) line(sb, "      | (" + Texts.plural(last - shown, "more line") + ")");
        }
        if (l.droppingRefutes()) {
            line(sb, "  deleted alone (all else kept): refuted, e.g.");
            values(sb, "    ", l.whenDropped());
        } else if (l.coveredBy() != null) {
            Tracked c = l.coveredBy();
            line(sb, "  deleted alone (all else kept): still proved, as another line covers for it:");
            line(sb, "    " + where(c) + " (" + c.role() + "); deleting both refutes the theorem");
        } else {
            line(sb, "  deleted alone (all else kept): still proved; no single other line covers for it,");
            line(sb, "  several do together");
        }
    }

    /**
     * A refuted theorem: nothing to explain, so the counterexample exactly as {@code check} reports it (minimised,
     * replayed in kernel terms); the explainer's own model only if check's could not be had.
     */
    private void refuted(StringBuilder sb, Explained x) {
        Outcome checked = x.counterexample();
        line(sb, "refuted: there is no proof to explain. The counterexample, as check reports it:");
        if (checked == null || checked.model().isEmpty() && x.replay() == null) {
            values(sb, "  ", x.explanation().model());
        } else {
            OutcomeLineFormatter f = OutcomeLineFormatter.forObligations(List.of(), Style.PLAIN);
            for (String l : f.detailLines(checked)) line(sb, l);
            for (String l : f.replayLines(x.replay())) line(sb, l);
        }
        line(sb, "See 'ptprove reproduce' for a C test of a teardown theorem.");
    }

    private static String where(Tracked t) {
        return t.span().isSynthetic() ? "a built-in" : t.span().file().displayPath() + ":" + t.span().line();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    private static void values(StringBuilder sb, String indent, List<Outcome.Value> values) {
        int width = 0;
        for (Outcome.Value v : values) width = Math.max(width, v.variable().label().length());
        for (Outcome.Value v : values) {
            line(sb, indent + Texts.pad(v.variable().label(), width) + " = " + Formats.value(v));
        }
    }

    private static void line(StringBuilder sb, String s) {
        sb.append(Texts.truncateEnd(s, Texts.WIDTH)).append('\n');
    }
}
