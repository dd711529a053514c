package ptprove.pipeline;

import java.util.ArrayList;
import java.util.List;
import ptprove.elaborate.Configurations;
import ptprove.elaborate.Elaborator;
import ptprove.ir.Explainable;
import ptprove.ir.Obligation;
import ptprove.replay.Replayer;
import ptprove.result.Explained;
import ptprove.result.Explanation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.solve.Budget;
import ptprove.solve.Explainer;
import ptprove.solve.Prover;
import ptprove.source.Diagnostics;
import ptprove.syntax.ast.Decl;

/**
 * {@code ptprove explain} for a compiled spec: each selected theorem in each selected configuration explained
 * ({@link Explainer}); where it is refuted, the obligation is solved as {@code check} solves it and replayed, so
 * explain shows the very counterexample (minimised, in kernel terms) that {@code check} printed.
 */
public final class ExplainRun {
    private ExplainRun() {}

    public static List<Explained> run(CompiledSpec spec, List<Decl.Property> theorems,
                                      Configurations.Selection selection, Budget budget) {
        Explainer explainer = new Explainer(budget);
        Replayer replayer = new Replayer(spec.program());
        List<Explained> out = new ArrayList<>();
        for (Decl.Property theorem : theorems) {
            for (Explainable e : explainables(spec, theorem, selection)) {
                Explanation x = explainer.explain(e);
                if (x.verdict() != Verdict.REFUTED) {
                    out.add(new Explained(x, null, null));
                    continue;
                }
                Outcome checked = new Prover(1, budget).prove(List.of(checkedObligation(spec, e))).get(0);
                out.add(checked.verdict() == Verdict.REFUTED ? new Explained(x, checked, replayer.replay(checked))
                        : new Explained(x, checked, null));
            }
        }
        return out;
    }

    private static List<Explainable> explainables(CompiledSpec spec, Decl.Property theorem,
                                                  Configurations.Selection selection) {
        try {
            return Elaborator.explainables(spec.program(), spec.input().display(), theorem, selection,
                    new Diagnostics());
        } catch (Configurations.BadSelection e) {
            throw new IllegalStateException("the selection was accepted once already", e);
        }
    }

    /** The obligation check solves for this theorem and configuration (the explainable's, without selectors). */
    private static Obligation checkedObligation(CompiledSpec spec, Explainable e) {
        for (Obligation o : spec.obligations()) {
            if (o.name().equals(e.obligation().name()) && o.config().equals(e.obligation().config())) return o;
        }
        return e.obligation();
    }
}
