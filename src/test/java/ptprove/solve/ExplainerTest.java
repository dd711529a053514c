package ptprove.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ptprove.elaborate.Configurations;
import ptprove.elaborate.Elaborator;
import ptprove.ir.Explainable;
import ptprove.ir.Obligation;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.SpecFinder;
import ptprove.result.Explanation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.source.Diagnostics;
import ptprove.syntax.ast.Decl;

/**
 * Tracking must not change what a theorem means: with every selector kept, explain's verdict is check's, for
 * every theorem of the arm64 specs in one configuration (proved ones and the naive policy's refuted ones).
 */
class ExplainerTest {
    @ParameterizedTest
    @ValueSource(strings = {"specs/arm64/hotremove.ptl", "specs/arm64/hotremove-naive.ptl"})
    void explainAgreesWithCheckOnEveryTheorem(String spec) throws Exception {
        Configurations.Selection one = new Configurations.Selection(
                Map.of("ERA", "504", "PAGE_SHIFT", "12", "VA_BITS", "48"));
        CompiledSpec c = Compiler.compile(SpecFinder.findOne(spec, null, "test"), one, Compiler.Want.OBLIGATIONS);
        assertFalse(c.hasErrors());
        List<Obligation> theorems = c.obligations().stream()
                .filter(o -> o.kind() == Obligation.Kind.THEOREM).toList();
        assertTrue(theorems.size() >= 3, "too few theorems to mean anything: " + theorems.size());
        List<Outcome> checked = new Prover(1, Budget.NONE).prove(theorems);
        Explainer explainer = new Explainer(Budget.NONE);
        for (Outcome o : checked) {
            Decl.Property p = c.program().properties().stream()
                    .filter(x -> x.name().text().equals(o.obligation().name())).findFirst().orElseThrow();
            List<Explainable> e = Elaborator.explainables(c.program(), spec, p, one, new Diagnostics());
            assertEquals(1, e.size());
            assertEquals(o.obligation().variables(), e.get(0).obligation().variables());
            Explanation x = explainer.explain(e.get(0));
            assertEquals(o.verdict(), x.verdict(), o.obligation().id());
            if (x.verdict() == Verdict.PROVED) {
                assertEquals(x.tracked(), x.core().size() + x.notNeeded().size());
                // only layout facts rest on nothing tracked: a theorem about constants, and one whose premise
                // is a layout fact that is false in this configuration
                boolean layoutOnly = x.tracked() == 0 || o.obligation().name().equals("naive_unsafe_only_if_shared");
                assertEquals(layoutOnly, x.core().isEmpty(), o.obligation().id());
            }
        }
    }
}
