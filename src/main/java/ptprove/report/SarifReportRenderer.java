package ptprove.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ptprove.ir.Obligation;
import ptprove.proofs.RecordChange;
import ptprove.proofs.RecordKey;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Severity;
import ptprove.source.Span;

/**
 * The report of a run as a SARIF 2.1.0 log (OASIS SARIF v2.1.0, §3), for CI systems that annotate source lines
 * (GitHub code scanning, GitLab, Azure DevOps). One run, tool {@code ptprove}. Results:
 *
 * <ul>
 * <li>without a proof record, one per refuted, unwitnessed, vacuous, unknown or error obligation (rule = the
 *     verdict), at the theorem's or example's span;</li>
 * <li>with a proof record, one per difference from it (rule {@code record-change}; new, gone, flipped), so a
 *     recorded refutation that still refutes is not a result, as it does not fail the run either; an
 *     {@code error} verdict is a result in both cases (it always fails the run);</li>
 * <li>one per diagnostic of a spec (rule = its code, e.g. {@code PTL0202}).</li>
 * </ul>
 *
 * A result with a counterexample carries its replay in kernel terms (level, index path, table span, walk) in its
 * message and as {@code properties.replay}, and the replay's trace (the guard that freed the table, or the claim
 * and the fns it calls) as a code flow (§3.36): one thread flow location per step, at the step's line (in an
 * imported file where the step is), with its statement and result as the message, the values it read as
 * {@code state} and its call depth as {@code nestingLevel}, so a code-scanning view walks the trace in the
 * source. Levels: {@code error}, except {@code warning} for unknown verdicts and
 * warning diagnostics ({@code note} for notes). Deterministic: no times, no absolute paths, no dates — the same run gives the same bytes.
 */
public final class SarifReportRenderer implements ReportRenderer {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The {@code uriBaseId} of files in the kernel tree ({@code check --kernel}). */
    static final String KERNEL_BASE = "KERNEL";

    /** A rule for verdicts or record changes: its id, its level and what it means. */
    private record FixedRule(String id, String level, String text) {}

    /** The rules for verdicts and record changes, always declared, in this order. */
    private static final List<FixedRule> FIXED_RULES = List.of(
            new FixedRule("refuted", "error",
                    "A theorem is false in a configuration: the solver found a counterexample."),
            new FixedRule("unwitnessed", "error",
                    "An example has no witness in a configuration: its claim never holds under its assumptions."),
            new FixedRule("vacuous", "error",
                    "A theorem or example holds vacuously: its assumptions are unsatisfiable in a configuration."),
            new FixedRule("unknown", "warning",
                    "The solver gave up on an obligation (budget exhausted or timeout)."),
            new FixedRule("error", "error",
                    "ptprove itself failed on an obligation (a bug in ptprove; please report it)."),
            new FixedRule("record-change", "error",
                    "A verdict differs from the spec's proof record in proofs/ (new, gone or flipped obligation)."));

    @Override
    public String render(RunReport run) {
        // rule ids: the fixed ones, then each diagnostic code that occurs, sorted by id
        Map<String, DiagnosticCode> codes = new TreeMap<>();
        for (SpecReport spec : run.specs()) for (Diagnostic d : spec.diagnostics()) codes.put(d.code().id(), d.code());
        List<String> ruleIds = new ArrayList<>(FIXED_RULES.stream().map(FixedRule::id).toList());
        ruleIds.addAll(codes.keySet());

        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode sarifRun = root.putArray("runs").addObject();
        ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
        driver.put("name", run.tool().name());
        driver.put("version", run.tool().version());
        ArrayNode rules = driver.putArray("rules");
        FIXED_RULES.forEach(r -> rules.add(rule(r.id(), r.text(), r.level())));
        codes.forEach((id, code) -> rules.add(rule(id, code.title(), "error")));
        sarifRun.put("columnKind", "utf16CodeUnits");
        if (run.specs().stream().anyMatch(s -> s.kernel() != null)) {
            // trace steps in the tree's C files are relative to it: a base the viewer maps to its own checkout
            // (no absolute path here, so the same run gives the same bytes)
            sarifRun.putObject("originalUriBaseIds").putObject(KERNEL_BASE).putObject("description")
                    .put("text", "The Linux tree given to --kernel; kernel files' URIs are relative to it.");
        }
        ArrayNode results = sarifRun.putArray("results");
        for (SpecReport spec : run.specs()) {
            for (Diagnostic d : spec.diagnostics()) results.add(diagnostic(spec.spec(), d, ruleIds));
            if (spec.hasRecord()) {
                for (RecordChange c : spec.comparison().differences()) results.add(change(spec, c, ruleIds));
                for (Outcome o : spec.outcomes()) {
                    // an error verdict fails the run even when recorded; a difference already reported it
                    if (o.verdict() == Verdict.ERROR && spec.comparison().recorded(o.obligation())
                            .map(e -> e.verdict() == Verdict.ERROR).orElse(false)) {
                        results.add(outcome(spec, o, ruleIds));
                    }
                }
            } else {
                for (Outcome o : spec.outcomes()) if (!o.verdict().isSuccess()) results.add(outcome(spec, o, ruleIds));
            }
        }
        ObjectNode props = sarifRun.putObject("properties");
        props.put("solver", run.tool().solver());
        ObjectNode options = props.putObject("options");
        run.tool().options().forEach(options::put);
        props.put("exitCode", ExitStatus.of(run).code());
        return Json.write(root);
    }

    private static ObjectNode rule(String id, String description, String level) {
        ObjectNode r = Json.object();
        r.put("id", id);
        r.putObject("shortDescription").put("text", description);
        r.putObject("defaultConfiguration").put("level", level);
        return r;
    }

    private static ObjectNode outcome(SpecReport spec, Outcome o, List<String> ruleIds) {
        Obligation ob = o.obligation();
        String rule = o.verdict().word();
        ObjectNode r = result(rule, ruleIds, o.verdict() == Verdict.UNKNOWN ? "warning" : "error",
                describe(ob.kind().word(), ob.name(), ob.config().toString()) + ": " + o.verdict().word()
                        + details(spec, o));
        location(r, spec.spec(), ob.span());
        codeFlow(r, spec, o);
        ObjectNode props = r.putObject("properties");
        props.put("verdict", o.verdict().word());
        props.set("config", Json.config(ob.config()));
        replayProperty(props, spec, o);
        return r;
    }

    private static ObjectNode change(SpecReport spec, RecordChange c, List<String> ruleIds) {
        RecordKey key = c.key();
        Outcome o = null;
        for (Outcome x : spec.outcomes()) if (RecordKey.of(x.obligation()).equals(key)) { o = x; break; }
        String what = switch (c.kind()) {
            case NEW -> "new, not in the proof record; now " + c.current().word();
            case GONE -> "gone: in the proof record (" + c.recorded().word() + "), no longer produced";
            case FLIPPED -> "recorded " + c.recorded().word() + ", now " + c.current().word();
            default -> c.kind().word();
        };
        ObjectNode r = result("record-change", ruleIds, c.current() == Verdict.UNKNOWN ? "warning" : "error",
                describe(key.kind().word(), key.name(), key.config().toString()) + ": " + what
                        + (o == null ? "" : details(spec, o)));
        location(r, spec.spec(), o == null ? Span.SYNTHETIC : o.obligation().span());
        if (o != null) codeFlow(r, spec, o);
        ObjectNode props = r.putObject("properties");
        props.put("change", c.kind().word());
        props.put("recorded", c.recorded() == null ? null : c.recorded().word());
        props.put("current", c.current() == null ? null : c.current().word());
        props.set("config", Json.config(key.config()));
        replayProperty(props, spec, o);
        return r;
    }

    private static ObjectNode diagnostic(String spec, Diagnostic d, List<String> ruleIds) {
        ObjectNode r = result(d.code().id(), ruleIds, level(d.severity()), d.message());
        location(r, spec, d.span());
        if (!d.notes().isEmpty()) {
            ArrayNode related = r.putArray("relatedLocations");
            int id = 1;
            for (Diagnostic.Note n : d.notes()) {
                ObjectNode loc = related.addObject();
                loc.put("id", id++);
                if (!n.span().isSynthetic()) loc.set("physicalLocation", physical(n.span().file().displayPath(), n.span()));
                loc.putObject("message").put("text", n.message());
            }
        }
        return r;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    private static ObjectNode result(String rule, List<String> ruleIds, String level, String message) {
        ObjectNode r = Json.object();
        r.put("ruleId", rule);
        r.put("ruleIndex", ruleIds.indexOf(rule));
        r.put("level", level);
        r.putObject("message").put("text", message);
        return r;
    }

    /** At the span, in the file the span is in; a synthetic span points at the spec file as a whole. */
    private static void location(ObjectNode result, String spec, Span span) {
        String uri = span.isSynthetic() ? spec : span.file().displayPath();
        result.putArray("locations").addObject().set("physicalLocation", physical(uri, span));
    }

    /** SARIF §3.30: lines and columns 1-based, endColumn one past the last character. */
    private static ObjectNode physical(String uri, Span span) {
        ObjectNode p = Json.object();
        p.putObject("artifactLocation").put("uri", uri(uri));
        if (!span.isSynthetic()) {
            ObjectNode region = p.putObject("region");
            region.put("startLine", span.line());
            region.put("startColumn", span.column());
            region.put("endLine", span.endLine());
            region.put("endColumn", JsonReportRenderer.endColumn(span));
        }
        return p;
    }

    /** The replay's trace as one code flow with one thread flow; nothing when there is no trace. */
    private static void codeFlow(ObjectNode result, SpecReport spec, Outcome o) {
        List<Replay.Step> steps = ReplayFacts.shownTrace(spec.replay(o));
        if (steps.isEmpty()) return;
        Span at = o.obligation().span();
        String home = at.isSynthetic() ? spec.spec() : at.file().displayPath();
        java.util.Set<String> tree = spec.kernel() == null ? java.util.Set.of() : spec.kernel().byFile().keySet();
        ArrayNode locations = result.putArray("codeFlows").addObject().putArray("threadFlows").addObject()
                .putArray("locations");
        for (Replay.Step s : steps) {
            ObjectNode step = locations.addObject();
            ObjectNode location = step.putObject("location");
            if (s.line() > 0) {
                ObjectNode physical = location.putObject("physicalLocation");
                ObjectNode artifact = physical.putObject("artifactLocation");
                artifact.put("uri", uri(s.file() == null ? home : s.file()));
                if (s.file() != null && tree.contains(s.file())) artifact.put("uriBaseId", KERNEL_BASE);
                physical.putObject("region").put("startLine", s.line()).put("startColumn", Math.max(1, s.column()));
            }
            location.putObject("message").put("text", s.result().isEmpty() ? s.source()
                    : s.source() + "  -> " + s.result());
            if (!s.values().isEmpty()) {
                ObjectNode state = step.putObject("state");
                s.values().forEach((name, value) -> state.putObject(name).put("text", value));
            }
            step.put("nestingLevel", s.depth());
        }
    }

    /** A relative URI reference (§3.4.3): forward slashes; characters a URI may not hold are %-encoded. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        StringBuilder sb = new StringBuilder();
        for (byte b : p.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private static String describe(String kind, String name, String config) {
        return kind + " " + name + (config.isEmpty() ? "" : " [" + config + "]");
    }

    /** The counterexample ({@code start=0x…, end=0x…}), the reason of an unknown or error, a rejected replay. */
    private static String details(SpecReport spec, Outcome o) {
        StringBuilder sb = new StringBuilder();
        if (!o.model().isEmpty() && o.verdict() == Verdict.REFUTED) {
            sb.append("; counterexample: ").append(modelText(o));
        } else if (!o.model().isEmpty() && o.verdict() == Verdict.WITNESSED) {
            sb.append("; witness: ").append(modelText(o));
        }
        if (o.reason() != null && !o.reason().isBlank()) sb.append("; reason: ").append(o.reason());
        Replay replay = spec.replay(o);
        if (replay != null && replay.status() == Replay.Status.REJECTED) {
            sb.append("; replay REJECTED by the reference evaluator: ").append(replay.explanation());
        } else if (replay != null) {
            sb.append("; ").append(ReplayFacts.text(replay));
        }
        return sb.toString();
    }

    /** The replay's kernel terms as a result property, for tools that read more than the message. */
    private static void replayProperty(ObjectNode props, SpecReport spec, Outcome o) {
        Replay replay = o == null ? null : spec.replay(o);
        if (replay != null) props.set("replay", ReplayFacts.json(replay));
    }

    static String modelText(Outcome o) {
        List<String> labels = OutcomeLineFormatter.labels(o.model());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(labels.get(i)).append('=').append(Formats.value(o.model().get(i)));
        }
        return sb.toString();
    }
}
