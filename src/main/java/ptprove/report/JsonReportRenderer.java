package ptprove.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import ptprove.ir.Obligation;
import ptprove.proofs.RecordChange;
import ptprove.proofs.RecordEntry;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;
import ptprove.source.Span;

/**
 * The JSON report of a run, for tools. Pretty-printed, fields in a fixed order, deterministic: the same report
 * gives the same bytes. Shape (every key always present unless noted):
 *
 * <pre>
 * {"tool": {"name", "version", "solver", "options": {…}},
 *  "shard": "i/n" (only for a --shard run),
 *  "run": {"selection", "options", "specs": [{"spec", "sources", "record"}]} (only for a --shard run: what merge
 *         compares; see ShardIdentity),
 *  "specs": [{"spec", "status": "checked|error", "obligations", "record": "none|matches|differs",
 *             "kernel" (check --kernel only): {"tree", "version", "selection", "bound": [{"name", "kind", "from"}]}}],
 *  "results": [{"spec", "name", "kind", "index", "config": {"ERA": 504, …}, "verdict",
 *               "recorded" (only for a spec with a record; null for an obligation the record lacks),
 *               "millis" (unless times are off), "fingerprint", "line", "column" (unless synthetic),
 *               "counterexample" (refuted) or "witness" (witnessed): {"label": "0x…" or a boolean, …,
 *                   "level", "index_path", "table_span", "walk", "trace": [{"line", "column", "depth",
 *                   "source", "values": {"name": "0x…"}, "result"}]} (the kernel terms: with a replay),
 *               "counterexamples" (refuted, with --all only): [every class's counterexample, the first above;
 *                   each further one with its own "replay" and "replayDetail"],
 *               "replay", "replayDetail" (with a counterexample or witness, and for a refuted theorem without one),
 *               "falseConjuncts" (refuted without a freed table): [{"line", "column", "source", "op", "left",
 *                   "leftValue", "right", "rightValue"}] (the sides for comparisons only),
 *               "reason" (only when there is one)}],
 *  "changes": [{"spec", "change": "new|gone|flipped|fingerprint changed", "difference", "kind", "name",
 *               "config", "recorded", "current", "recordedFingerprint", "currentFingerprint"}],
 *  "diagnostics": [{"spec", "file", "line", "column", "endLine", "endColumn", "code", "severity", "message",
 *                   "notes"}],
 *  "summary": {"proved", "refuted", "witnessed", "unwitnessed", "vacuous", "unknown", "error", "obligations",
 *              "specs", "specsWithErrors", "differences", "fingerprintChanges", "millis",
 *              "fromCache" (with a cache, unless times are off), "exitCode"}}
 * </pre>
 *
 * @param includeTimes       false leaves out every {@code millis}, so runs compare byte for byte
 * @param allCounterexamples the run asked for every class ({@code check --all}): a refuted result also gets
 *                           {@code counterexamples}, the list of all, the first being {@code counterexample}
 * @param changesOnly        {@code results} only for obligations that differ from their record or need attention
 *                           otherwise (unknown, vacuous, error, a failure without a record); every other field is
 *                           the full run's ({@code check --changes-only})
 */
public record JsonReportRenderer(boolean includeTimes, boolean allCounterexamples, boolean changesOnly)
        implements ReportRenderer {

    /** Every result, with only the first counterexample of each. */
    public JsonReportRenderer(boolean includeTimes) {
        this(includeTimes, false, false);
    }

    /** Every result. */
    public JsonReportRenderer(boolean includeTimes, boolean allCounterexamples) {
        this(includeTimes, allCounterexamples, false);
    }

    @Override
    public String render(RunReport run) {
        ObjectNode root = Json.object();
        root.set("tool", tool(run.tool()));
        if (run.shard() != null) root.put("shard", run.shard());
        if (run.shard() != null && run.identity() != null) root.set("run", identity(run.identity()));
        ArrayNode specs = root.putArray("specs");
        ArrayNode results = root.putArray("results");
        ArrayNode changes = root.putArray("changes");
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (SpecReport spec : run.specs()) {
            specs.add(spec(spec));
            Attention attention = new Attention(spec);
            for (Outcome o : spec.outcomes()) if (!changesOnly || attention.needs(o)) results.add(result(spec, o));
            if (spec.hasRecord()) {
                for (RecordChange c : spec.comparison().changes()) changes.add(change(spec.spec(), c));
            }
            for (Diagnostic d : spec.diagnostics()) diagnostics.add(diagnostic(spec.spec(), d));
        }
        root.set("summary", summary(RunSummary.of(run)));
        return Json.write(root);
    }

    private static ObjectNode tool(ToolInfo tool) {
        ObjectNode node = Json.object();
        node.put("name", tool.name());
        node.put("version", tool.version());
        node.put("solver", tool.solver());
        ObjectNode options = node.putObject("options");
        tool.options().forEach(options::put);
        return node;
    }

    /** A shard's {@link ShardIdentity}: selection, options, and per spec its sources' and record's digests. */
    private static ObjectNode identity(ShardIdentity id) {
        ObjectNode node = Json.object();
        id.selection().forEach(node.putObject("selection")::put);
        id.options().forEach(node.putObject("options")::put);
        ArrayNode specs = node.putArray("specs");
        for (ShardIdentity.Spec s : id.specs()) {
            ObjectNode spec = specs.addObject();
            spec.put("spec", s.spec());
            spec.put("sources", s.sources());
            spec.put("record", s.record());
        }
        return node;
    }

    private static ObjectNode spec(SpecReport spec) {
        ObjectNode node = Json.object();
        node.put("spec", spec.spec());
        node.put("status", spec.hasErrors() ? "error" : "checked");
        node.put("obligations", spec.outcomes().size());
        node.put("record", !spec.hasRecord() ? "none" : spec.comparison().hasDifferences() ? "differs" : "matches");
        if (spec.kernel() != null) {
            ObjectNode k = node.putObject("kernel");
            k.put("tree", spec.kernel().tree());
            k.put("version", spec.kernel().version());
            k.put("selection", spec.kernel().selection());
            var items = k.putArray("bound");
            for (KernelSources.Item i : spec.kernel().items()) {
                ObjectNode item = items.addObject();
                item.put("name", i.name());
                item.put("kind", i.fn() ? "fn" : "let");
                var locs = item.putArray("from");
                i.locations().forEach(locs::add);
            }
        }
        return node;
    }

    private ObjectNode result(SpecReport spec, Outcome o) {
        Obligation ob = o.obligation();
        ObjectNode node = Json.object();
        Json.obligation(node, spec.spec(), ob);
        node.put("verdict", o.verdict().word());
        if (spec.hasRecord()) {
            node.put("recorded", spec.comparison().recorded(ob).map(RecordEntry::verdict).map(Verdict::word).orElse(null));
        }
        if (includeTimes) node.put("millis", millis(o.millis()));
        node.put("fingerprint", o.fingerprint());
        if (!ob.span().isSynthetic()) {
            node.put("line", ob.span().line());
            node.put("column", ob.span().column());
        }
        if (!o.model().isEmpty() && (o.verdict() == Verdict.REFUTED || o.verdict() == Verdict.WITNESSED)) {
            Replay replay = spec.replay(o);
            ObjectNode model = model(o.model(), replay);
            node.set(o.verdict() == Verdict.REFUTED ? "counterexample" : "witness", model);
            if (allCounterexamples && o.verdict() == Verdict.REFUTED) {
                ArrayNode every = node.putArray("counterexamples");
                every.add(model.deepCopy()); // its replay is the result's
                List<Replay> others = spec.otherReplays(o);
                for (int i = 0; i < o.others().size(); i++) {
                    Replay r = i < others.size() ? others.get(i) : null;
                    every.add(withReplay(model(o.others().get(i), r), r));
                }
            }
            if (replay != null) {
                node.put("replay", replay.status().word());
                if (!replay.explanation().isEmpty()) node.put("replayDetail", replay.explanation());
            }
        }
        if (o.model().isEmpty() && o.verdict() == Verdict.REFUTED && spec.replay(o) != null) {
            Replay replay = spec.replay(o); // a theorem without variables: no model, but a replay
            node.put("replay", replay.status().word());
            if (!replay.explanation().isEmpty()) node.put("replayDetail", replay.explanation());
        }
        Replay replayed = spec.replay(o);
        if (replayed != null && !replayed.falseConjuncts().isEmpty()) {
            node.set("falseConjuncts", ReplayFacts.conjuncts(replayed.falseConjuncts()));
        }
        if (o.reason() != null && !o.reason().isBlank()) node.put("reason", o.reason());
        return node;
    }

    /** Each further --all counterexample says how its own replay went (a rejected one is a bug, exit 70). */
    private static ObjectNode withReplay(ObjectNode model, Replay replay) {
        if (replay == null) return model;
        model.put("replay", replay.status().word());
        if (!replay.explanation().isEmpty()) model.put("replayDetail", replay.explanation());
        return model;
    }

    /** A model's values, then the kernel terms of its replay's first finding (when the spec's names leave room). */
    static ObjectNode model(List<Outcome.Value> values, Replay replay) {
        ObjectNode model = Json.object();
        List<String> labels = OutcomeLineFormatter.labels(values);
        for (int i = 0; i < labels.size(); i++) {
            Outcome.Value v = values.get(i);
            if (v.variable().var().isBool()) model.put(labels.get(i), v.value() != 0);
            else model.put(labels.get(i), Formats.hex(v.value()));
        }
        // the kernel-terms explanation of the first walk member, from the reference evaluator
        // (a spec variable of the same name keeps its place: the solver's values are never overwritten)
        if (replay != null && !replay.findings().isEmpty() && !model.has("level") && !model.has("index_path")
                && !model.has("table_span") && !model.has("walk") && !model.has("trace")) {
            Replay.Finding f = replay.findings().get(0);
            model.put("level", f.level());
            model.put("index_path", f.indexPath());
            model.putArray("table_span").add(Formats.hex(f.tableStart())).add(Formats.hex(f.tableEnd()));
            model.putArray("walk").add(Formats.hex(f.walkStart())).add(Formats.hex(f.walkEnd()));
            model.set("trace", trace(f.trace()));
        } else if (replay != null && !replay.trace().isEmpty() && !model.has("trace")) {
            model.set("trace", trace(replay.trace())); // no freed table: the claim and the fns it calls
        }
        return model;
    }

    /**
     * The guard's steps: {@code [{"file"?, "line", "column", "depth", "source", "values": {name: value}, "result"}]},
     * {@code file} only for a step in another file than the property's.
     */
    static ArrayNode trace(List<Replay.Step> steps) {
        ArrayNode out = Json.array();
        for (Replay.Step s : steps) {
            ObjectNode step = out.addObject();
            if (s.file() != null) step.put("file", s.file());
            step.put("line", s.line());
            step.put("column", s.column());
            step.put("depth", s.depth());
            step.put("source", s.source());
            ObjectNode values = step.putObject("values");
            s.values().forEach(values::put);
            step.put("result", s.result());
        }
        return out;
    }

    static ObjectNode change(String spec, RecordChange c) {
        ObjectNode node = Json.object();
        node.put("spec", spec);
        node.put("change", c.kind().word());
        node.put("difference", c.isDifference());
        node.put("kind", c.key().kind().word());
        node.put("name", c.key().name());
        node.set("config", Json.config(c.key().config()));
        node.put("recorded", c.recorded() == null ? null : c.recorded().word());
        node.put("current", c.current() == null ? null : c.current().word());
        node.put("recordedFingerprint", c.recordedFingerprint());
        node.put("currentFingerprint", c.currentFingerprint());
        return node;
    }

    static ObjectNode diagnostic(String spec, Diagnostic d) {
        ObjectNode node = Json.object();
        node.put("spec", spec);
        span(node, d.span());
        node.put("code", d.code().id());
        node.put("severity", d.severity().label());
        node.put("message", d.message());
        ArrayNode notes = node.putArray("notes");
        for (Diagnostic.Note n : d.notes()) {
            ObjectNode note = Json.object();
            span(note, n.span());
            note.put("message", n.message());
            notes.add(note);
        }
        return node;
    }

    /** {@code file} is null for a synthetic span, which has no position either. */
    private static void span(ObjectNode node, Span span) {
        if (span.isSynthetic()) {
            node.putNull("file");
            return;
        }
        node.put("file", span.file().displayPath());
        node.put("line", span.line());
        node.put("column", span.column());
        node.put("endLine", span.endLine());
        node.put("endColumn", endColumn(span));
    }

    /** One past the span's last character on its last line (SARIF's convention); the column itself if empty. */
    static int endColumn(Span span) {
        int last = Math.max(span.start(), span.end() - 1);
        return span.file().columnOf(last) + (span.end() > span.start() ? 1 : 0);
    }

    /** The summary object; {@code ptprove merge} builds one for the joined shards with the same code. */
    ObjectNode summary(RunSummary s) {
        ObjectNode node = Json.object();
        for (Verdict v : Verdict.values()) node.put(v.word(), s.count(v));
        node.put("obligations", s.obligations());
        node.put("specs", s.specs());
        node.put("specsWithErrors", s.specsWithErrors());
        node.put("differences", s.differences());
        node.put("fingerprintChanges", s.fingerprintChanges());
        if (includeTimes) node.put("millis", millis(s.millis()));
        // like millis, how the run went rather than what it found: absent with --no-timing
        if (includeTimes && s.fromCache() != null) node.put("fromCache", s.fromCache());
        node.put("exitCode", s.exitStatus().code());
        return node;
    }

    /** Tenths of a millisecond: enough to compare, and no {@code 2.4000000000000004}. */
    private static BigDecimal millis(double millis) {
        if (Double.isNaN(millis) || Double.isInfinite(millis)) return null;
        return BigDecimal.valueOf(millis).setScale(1, RoundingMode.HALF_EVEN);
    }
}
