package ptprove.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.MemberKind;
import ptprove.check.Program;
import ptprove.eval.EvalException;
import ptprove.eval.Geometry;
import ptprove.eval.PropertyEval;
import ptprove.eval.Visit;
import ptprove.eval.WalkRecord;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;

/**
 * Re-runs every refutation and witness with the reference evaluator: the solver's values for the quantified
 * variables (and vars) are fed to {@link PropertyEval}, which interprets the checked AST and simulates the walk
 * with the kernel's loops. It must agree that a theorem's assumptions hold and its claim fails (an example's
 * claim holds); a disagreement means one of the two semantics is wrong. The walk members it meets are explained
 * in kernel terms (level, index path, table span, walked sub-range), from the evaluator's own search.
 */
public final class Replayer {
    private final PropertyEval eval;

    public Replayer(Program program) {
        this.eval = new PropertyEval(program);
    }

    public Replay replay(Outcome o) {
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
            r = eval.evaluate(o.obligation().name(), o.obligation().config(), vars, bound);
        } catch (EvalException e) {
            return Replay.skipped(e.getMessage());
        }
        boolean agrees = o.verdict() == Verdict.REFUTED ? r.violates() : r.witnesses();
        if (!agrees) {
            String why = !r.applicable() ? "the property does not apply in this configuration"
                    : !r.assumptionsHold() ? "the assumptions do not hold: " + String.join("; ", r.failedAssumptions())
                    : "the claim evaluates to " + r.claim();
            StringBuilder walks = new StringBuilder();
            for (WalkRecord w : r.walks()) walks.append("\n").append(w.describe());
            return new Replay(Replay.Status.REJECTED, why + walks, findings(r));
        }
        return new Replay(Replay.Status.CONFIRMED, "", findings(r));
    }

    private static List<Replay.Finding> findings(PropertyEval.Result r) {
        List<Replay.Finding> out = new ArrayList<>();
        for (WalkRecord w : r.walks()) {
            if (w.witness() == null || (w.kind() != MemberKind.FREES_TABLE_OF && w.kind() != MemberKind.FREES_ANY)) continue;
            Visit v = w.witness().visit();
            Geometry g = v.level().geometry();
            StringBuilder path = new StringBuilder();
            for (Geometry.Level l : g.present()) {
                if (path.length() > 0) path.append(" -> ");
                path.append(l.name()).append('[').append(g.index(l, w.witness().address())).append(']');
                if (l.ordinal() == v.level().ordinal()) break;
            }
            out.add(new Replay.Finding(w.site().member().text(), v.level().name(), w.witness().address(),
                    path.toString(), v.entryBase(), v.entryEnd(), v.start(), v.end(),
                    w.region() == null ? null : w.witness().otherAddress(),
                    w.region() == null ? null : w.region().name()));
        }
        return out;
    }
}
