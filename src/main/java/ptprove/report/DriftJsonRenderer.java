package ptprove.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ptprove.result.Drift;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;

/**
 * {@code ptprove drift --format json}:
 * <pre>
 * {"tree", "version", "drifted", "exit",
 *  "specs": [{"spec", "status": "ok|drift|error", "selection", "configurations",
 *             "values": [{"let", "macro", "config", "spec", "specAt", "kernel", "kernelAt", "drift"}],
 *             "fns": [{"fn", "config", "result": "equivalent|not equivalent|unknown", "specAt", "kernelAt",
 *                      "input": {...}, "specResult", "kernelResult"}],
 *             "diagnostics": [...]}]}
 * </pre>
 * Every value of every configuration is listed, drifted or not; 64-bit values as hex strings.
 */
public final class DriftJsonRenderer {
    public String render(Drift.Report r) {
        ObjectNode root = Json.object();
        root.put("tree", r.tree());
        root.put("version", r.version());
        root.put("drifted", r.drifted());
        root.put("exit", DriftTextRenderer.exitCode(r));
        Json.objects(root, "specs", r.specs(), DriftJsonRenderer::spec);
        return Json.write(root);
    }

    private static void spec(ObjectNode n, Drift.Spec s) {
        n.put("spec", s.spec());
        n.put("status", s.hasErrors() ? "error" : s.drifted() ? "drift" : "ok");
        n.put("selection", s.selection());
        n.put("configurations", s.configurations());
        Json.objects(n, "values", s.values(), DriftJsonRenderer::value);
        Json.objects(n, "fns", s.fns(), DriftJsonRenderer::fn);
        ArrayNode diags = n.putArray("diagnostics");
        for (Diagnostic d : s.diagnostics()) diags.add(JsonReportRenderer.diagnostic(s.spec(), d));
    }

    private static void value(ObjectNode x, Drift.Value v) {
        x.put("let", v.let());
        x.put("macro", v.macro());
        x.set("config", Json.config(v.config()));
        x.put("spec", Formats.hex(v.spec()));
        x.put("specAt", v.specAt());
        x.put("kernel", Formats.hex(v.kernel()));
        x.put("kernelAt", v.kernelAt());
        x.put("drift", v.drifted());
    }

    private static void fn(ObjectNode x, Drift.Fn f) {
        x.put("fn", f.fn());
        x.set("config", Json.config(f.config()));
        x.put("result", f.verdict() == Verdict.PROVED ? "equivalent"
                : f.verdict() == Verdict.REFUTED ? "not equivalent" : "unknown");
        x.put("specAt", f.specAt());
        x.put("kernelAt", f.kernelAt());
        if (f.verdict() == Verdict.REFUTED) {
            ObjectNode in = x.putObject("input");
            f.input().forEach((k, v) -> in.put(k, Formats.hex(v)));
            x.put("specResult", f.specResult());
            x.put("kernelResult", f.kernelResult());
        }
    }
}
