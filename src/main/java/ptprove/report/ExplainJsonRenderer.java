package ptprove.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import ptprove.result.Explained;
import ptprove.result.Explanation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.source.Span;

/** {@code ptprove explain --format json}: the same content as the text, with 64-bit values as hex strings. */
public final class ExplainJsonRenderer {

    /** @param theorem the theorem (or glob) as the user named it; each explanation names its own theorem */
    public String render(String spec, String theorem, List<Explained> explained) {
        ObjectNode root = Json.object();
        root.put("spec", spec);
        root.put("theorem", theorem);
        ArrayNode list = root.putArray("explanations");
        for (Explained e : explained) list.add(explanation(e));
        return Json.write(root);
    }

    private static ObjectNode explanation(Explained x) {
        Explanation e = x.explanation();
        ObjectNode n = Json.object();
        n.put("name", e.obligation().name());
        n.set("config", Json.config(e.obligation().config()));
        n.put("verdict", e.verdict().word());
        n.put("tracked", e.tracked());
        n.put("goals", e.goals());
        ArrayNode core = n.putArray("core");
        for (Explanation.Line l : e.core()) {
            Span s = l.element().span();
            ObjectNode c = core.addObject();
            c.put("file", s.file().displayPath());
            c.put("line", s.line());
            c.put("column", s.column());
            c.put("end_line", s.endLine());
            c.put("role", l.element().role());
            c.put("deleted", l.element().dropped());
            ArrayNode src = c.putArray("source");
            for (int i = s.line(); i <= s.endLine(); i++) src.add(s.file().line(i));
            ObjectNode without = c.putObject("without_it");
            without.put("verdict", (l.droppingRefutes() ? Verdict.REFUTED : Verdict.PROVED).word());
            if (l.droppingRefutes()) without.set("counterexample", values(l.whenDropped()));
            if (l.coveredBy() != null) {
                Span cs = l.coveredBy().span();
                ObjectNode by = without.putObject("covered_by");
                by.put("file", cs.isSynthetic() ? null : cs.file().displayPath());
                by.put("line", cs.line());
                by.put("role", l.coveredBy().role());
            }
        }
        ArrayNode unused = n.putArray("not_needed");
        for (ptprove.ir.Tracked t : e.notNeeded()) {
            ObjectNode u = unused.addObject();
            u.put("file", t.span().file().displayPath());
            u.put("line", t.span().line());
            u.put("column", t.span().column());
            u.put("role", t.role());
        }
        // a refutation: check's counterexample (minimised, with the kernel terms of its replay) when there is one
        if (x.counterexample() != null && !x.counterexample().model().isEmpty()) {
            n.set("counterexample", JsonReportRenderer.model(x.counterexample().model(), x.replay()));
        } else if (!e.model().isEmpty()) {
            n.set("counterexample", values(e.model()));
        }
        if (e.reason() != null) n.put("reason", e.reason());
        return n;
    }

    private static ObjectNode values(List<Outcome.Value> values) {
        ObjectNode n = Json.object();
        for (Outcome.Value v : values) n.put(v.variable().label(), Formats.value(v));
        return n;
    }
}
