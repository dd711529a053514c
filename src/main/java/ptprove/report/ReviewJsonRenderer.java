package ptprove.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ptprove.result.Outcome;
import ptprove.result.Review;
import ptprove.source.Diagnostic;

/**
 * {@code ptprove review --format json}:
 * <pre>
 * {"patch", "tree", "version", "files", "selection", "configurations", "layoutChanged", "verdictChanged", "exit",
 *  "layout": [{"name", "config", "before", "after"}],
 *  "sharing": [{"config", "a", "b", "before", "after", "span"}],
 *  "functions": [{"fn", "kernelAt", "configurations"}],
 *  "flips": [{"spec", "name", "kind", "config", "before", "after", "model": {...}, "replay"}],
 *  "checked": [{"spec", "obligations", "unchanged"}], "unaffected": [...], "untouched", "unbound": [...],
 *  "diagnostics": [...]}
 * </pre>
 */
public final class ReviewJsonRenderer {
    public String render(Review.Report r) {
        ObjectNode root = Json.object();
        root.put("patch", r.patch());
        root.put("tree", r.tree());
        root.put("version", r.version());
        r.files().forEach(root.putArray("files")::add);
        root.put("selection", r.selection());
        root.put("configurations", r.configurations());
        root.put("layoutChanged", r.layoutChanged());
        root.put("verdictChanged", r.verdictChanged());
        root.put("exit", ReviewTextRenderer.exitCode(r));
        Json.objects(root, "layout", r.layout(), (n, c) -> {
            n.put("name", c.name());
            n.set("config", Json.config(c.config()));
            n.put("before", Formats.hex(c.before()));
            n.put("after", Formats.hex(c.after()));
        });
        Json.objects(root, "sharing", r.sharing(), (n, s) -> {
            n.set("config", Json.config(s.config()));
            n.put("a", s.a());
            n.put("b", s.b());
            n.put("before", s.before());
            n.put("after", s.after());
            n.put("span", s.span());
        });
        Json.objects(root, "functions", r.fns(), (n, f) -> {
            n.put("fn", f.fn());
            n.put("kernelAt", f.kernelAt());
            n.put("configurations", f.configurations());
        });
        Json.objects(root, "flips", r.flips(), ReviewJsonRenderer::flip);
        Json.objects(root, "checked", r.checked(), (n, s) -> {
            n.put("spec", s.spec());
            n.put("obligations", s.obligations());
            n.put("unchanged", s.unchanged());
        });
        r.unaffected().forEach(root.putArray("unaffected")::add);
        root.put("untouched", r.untouched());
        r.unbound().forEach(root.putArray("unbound")::add);
        ArrayNode diags = root.putArray("diagnostics");
        for (Diagnostic d : r.diagnostics()) diags.add(JsonReportRenderer.diagnostic(d.span().file() == null ? ""
                : d.span().file().displayPath(), d));
        return Json.write(root);
    }

    private static void flip(ObjectNode n, Review.Flip f) {
        n.put("spec", f.spec());
        n.put("name", f.after().obligation().name());
        n.put("kind", f.after().obligation().kind().name().toLowerCase());
        n.set("config", Json.config(f.config()));
        n.put("before", f.before() == null ? null : f.before().verdict().word());
        n.put("after", f.after().verdict().word());
        ObjectNode model = n.putObject("model");
        for (Outcome.Value v : f.after().model()) model.put(v.variable().label(), Formats.hex(v.value()));
        n.put("replay", f.replay() == null ? null : f.replay().status().name().toLowerCase());
    }
}
