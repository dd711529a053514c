package ptprove.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.check.MemberKind;
import ptprove.check.Program;
import ptprove.eval.EvalException;
import ptprove.eval.Evaluator;
import ptprove.eval.Geometry;
import ptprove.eval.LevelValue;
import ptprove.eval.PropertyEval;
import ptprove.eval.TraceStep;
import ptprove.eval.Visit;
import ptprove.eval.WalkQueries;
import ptprove.eval.WalkRecord;
import ptprove.eval.WitnessCheck;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.SourceFile;
import ptprove.source.Span;

/**
 * Re-runs every refutation and witness with the reference evaluator: the solver's values for the quantified
 * variables (and vars) are fed to {@link PropertyEval}, which interprets the checked AST and simulates the walk
 * with the kernel's loops. It must agree that a theorem's assumptions hold and its claim fails (an example's
 * claim holds); a disagreement means one of the two semantics is wrong. The walk members it meets are explained
 * in kernel terms (level, index path, table span, walked sub-range), from the evaluator's own search.
 */
public final class Replayer {
    /** Guards are a handful of statements; the cap only guards against a spec's fn calling fns in a chain. */
    private static final int TRACE_LIMIT = 64;
    private final PropertyEval eval;
    private final HistoryNarrative histories;

    public Replayer(Program program) {
        this.eval = new PropertyEval(program);
        this.histories = new HistoryNarrative(program);
    }

    public Replay replay(Outcome o) {
        return replay(o, Set.of());
    }

    /**
     * An outcome replayed with its further counterexamples ({@code check --all}): {@code outcome} keeps only the
     * others of a class (level, region) not met before, in the solver's order; {@code others} are their replays.
     */
    public record Replayed(Outcome outcome, Replay replay, List<Replay> others) {
        public Replayed { others = List.copyOf(others); }
    }

    public Replayed replayAll(Outcome o) {
        Replay first = replay(o);
        Set<String> seen = new LinkedHashSet<>();
        classes(first, seen);
        List<List<Outcome.Value>> kept = new ArrayList<>();
        List<Replay> replays = new ArrayList<>();
        for (List<Outcome.Value> m : o.others()) {
            Replay r = replay(o.withModel(m), seen);
            // a model whose class was shown already (or that names none) adds nothing a reader needs
            if (r.status() == Replay.Status.CONFIRMED && !classes(r, seen)) continue;
            kept.add(m);
            replays.add(r);
        }
        return new Replayed(o.withOthers(kept), first, replays);
    }

    /** Adds the replay's finding classes to {@code seen}; true if one was new. */
    private static boolean classes(Replay r, Set<String> seen) {
        boolean added = false;
        for (Replay.Finding f : r.findings()) added |= seen.add(f.classKey());
        return added;
    }

    /**
     * Replays {@code o}'s model, describing the solver's witness at the highest level whose class
     * ({@link Replay.Finding#classKey()}) is not in {@code seen} where it holds there: for the further
     * counterexamples of {@code check --all}, each of which fails a part of the claim the ones before did not.
     */
    public Replay replay(Outcome o, Set<String> seen) {
        if (o.verdict() != Verdict.REFUTED && o.verdict() != Verdict.WITNESSED) {
            return Replay.skipped("nothing to replay for a " + o.verdict().word() + " verdict");
        }
        Map<String, Long> bound = new LinkedHashMap<>();
        Map<String, Long> vars = new LinkedHashMap<>();
        for (Outcome.Value v : o.model()) {
            if (v.variable().origin() == Obligation.Origin.BOUND) bound.put(v.variable().label(), v.value());
            else if (v.variable().origin() == Obligation.Origin.VAR) vars.put(v.variable().label(), v.value());
        }
        PropertyEval.Result r;
        try {
            r = eval.evaluateTraced(eval.property(o.obligation().name()), o.obligation().config(), vars, bound,
                    TRACE_LIMIT);
        } catch (EvalException e) {
            return Replay.skipped(e.getMessage());
        }
        boolean agrees = o.verdict() == Verdict.REFUTED ? r.violates() : r.witnesses();
        List<Replay.Finding> findings = findings(r, o, vars, seen);
        if (!agrees) {
            String why = !r.applicable() ? "the property does not apply in this configuration"
                    : !r.assumptionsHold() ? "the assumptions do not hold: " + String.join("; ", r.failedAssumptions())
                    : "the claim evaluates to " + r.claim();
            StringBuilder walks = new StringBuilder();
            for (WalkRecord w : r.walks()) walks.append("\n").append(w.describe());
            return new Replay(Replay.Status.REJECTED, why + walks, findings);
        }
        // other theorem shapes: the fns the claim calls, step by step (a freed table's finding has its own trace),
        // then what each history read found and the writes that left it so
        SourceFile home = o.obligation().span().file();
        List<Replay.Step> historySteps = histories.steps(r.histories(), home);
        // and for a refuted theorem the conjuncts of its claim that fail, with both sides of each comparison
        if (!findings.isEmpty()) return new Replay(Replay.Status.CONFIRMED, "", findings, historySteps);
        List<Replay.Conjunct> falseConjuncts = o.verdict() != Verdict.REFUTED ? List.of()
                : FalseConjuncts.of(eval.evaluator(o.obligation().config(), vars), r.property(), bound);
        List<Replay.Step> trace = new ArrayList<>(steps(r.trace(), home));
        // with the false conjuncts named, a trace of the claim alone (no fn called) says nothing more
        if (!falseConjuncts.isEmpty() && falseConjuncts.stream().allMatch(Replay.Conjunct::isComparison)
                && trace.stream().allMatch(st -> st.depth() == 0)) {
            trace.clear();
        }
        trace.addAll(historySteps);
        return new Replay(Replay.Status.CONFIRMED, "", findings, trace, falseConjuncts);
    }

    /**
     * The walk members in kernel terms. Where the property has one existential walk member, the solver's own
     * choice ({@code address}, {@code other_address}) is checked by the evaluator's walk and, if it holds, is what
     * the finding describes, so the report's lines agree with the model's; otherwise the evaluator's own first
     * witness is described.
     */
    private List<Replay.Finding> findings(PropertyEval.Result r, Outcome o, Map<String, Long> vars,
                                          Set<String> seen) {
        List<WalkRecord> existential = new ArrayList<>();
        for (WalkRecord w : r.walks()) {
            if (w.witness() != null && (w.kind() == MemberKind.FREES_TABLE_OF || w.kind() == MemberKind.FREES_ANY)) {
                existential.add(w);
            }
        }
        Long address = null, other = null;
        for (Outcome.Value v : o.model()) {
            if (v.variable().origin() != Obligation.Origin.CHOICE) continue;
            if (v.variable().label().equals("address")) address = v.value();
            if (v.variable().label().equals("other_address")) other = v.value();
        }
        List<Replay.Finding> out = new ArrayList<>();
        // one evaluator for the checks and traces: its lets and geometry are computed once per configuration
        Evaluator ev = existential.isEmpty() ? null : eval.evaluator(o.obligation().config(), vars);
        for (WalkRecord w : existential) {
            Visit visit = w.witness().visit();
            long a = w.witness().address();
            Long b = w.region() == null ? null : w.witness().otherAddress();
            if (existential.size() == 1 && address != null) {
                WitnessCheck claimed = claimed(ev, w, address, other, seen);
                if (claimed.holds()) {
                    for (Visit t : claimed.trace()) {
                        if (t.level().ordinal() != claimed.level().ordinal()) continue;
                        visit = t; // the visit of the claimed address's entry at the freed level
                        a = address;
                        b = w.region() == null ? null : other;
                    }
                }
            }
            out.add(finding(w, visit, a, b, trace(ev, w, visit, o.obligation().span().file())));
        }
        return out;
    }

    /** The solver's witness checked at the highest level (of a class not yet seen) where it holds. */
    private static WitnessCheck claimed(Evaluator ev, WalkRecord w, long address, Long other, Set<String> seen) {
        WalkQueries walk = ev.walk(w.walk());
        Long b = w.region() == null ? null : other;
        if (seen.isEmpty()) return walk.check(null, address, b, w.region());
        Geometry g = w.walk().policy().geometry();
        WitnessCheck last = null;
        for (Geometry.Level l : g.nonLeafPresent()) {
            String key = Replay.Finding.classKey(l.name(), w.region() == null ? null : w.region().name());
            if (seen.contains(key)) continue;
            last = walk.check(new LevelValue(g, l.ordinal()), address, b, w.region());
            if (last.holds()) return last;
        }
        return last != null ? last : walk.check(null, address, b, w.region());
    }

    /** The guard that decided the visit, step by step, re-run in a fresh evaluator (lets memoise nothing traced). */
    private static List<Replay.Step> trace(Evaluator ev, WalkRecord w, Visit visit, SourceFile home) {
        try {
            return steps(ev.traceGuard(w.walk(), visit, TRACE_LIMIT), home);
        } catch (EvalException e) {
            return List.of(); // the replay itself already succeeded; a trace that cannot be taken is left out
        }
    }

    private static List<Replay.Step> steps(List<TraceStep> trace, SourceFile home) {
        List<Replay.Step> out = new ArrayList<>();
        for (TraceStep s : trace) {
            out.add(new Replay.Step(elsewhere(s.span(), home), s.span().line(), s.span().column(), s.depth(),
                    s.source(), s.values(), s.result()));
        }
        return out;
    }

    /** The file {@code span} is in when that is not {@code home} (the property's file), else null. */
    static String elsewhere(Span span, SourceFile home) {
        if (span.isSynthetic() || span.file() == null || home == null) return null;
        return span.file().displayPath().equals(home.displayPath()) ? null : span.file().displayPath();
    }

    private static Replay.Finding finding(WalkRecord w, Visit v, long address, Long other, List<Replay.Step> trace) {
        Geometry g = v.level().geometry();
        StringBuilder path = new StringBuilder();
        for (Geometry.Level l : g.present()) {
            if (path.length() > 0) path.append(" -> ");
            path.append(l.name()).append('[').append(g.index(l, address)).append(']');
            if (l.ordinal() == v.level().ordinal()) break;
        }
        return new Replay.Finding(w.site().member().text(), v.level().name(), address, path.toString(),
                v.entryBase(), v.entryEnd(), v.start(), v.end(), other, w.region() == null ? null : w.region().name(),
                trace);
    }
}
