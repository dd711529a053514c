package ptprove.report;

import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.variable;

import java.util.List;
import java.util.Map;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.ir.Terms;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.Span;

/** A run whose spec path, names, params, region and reason carry markup, for the Markdown and HTML tests. */
final class ReportFixtures {
    private ReportFixtures() {}

    static final String EVIL = "<script>&\"'";
    static final String EVIL_SPEC = "specs/" + EVIL + "|`x`.ptl";
    static final String EVIL_NAME = "frees_" + EVIL;
    static final String EVIL_REGION = "vm" + EVIL;

    static Obligation obligation(int index, String name, Config config) {
        return new Obligation(EVIL_SPEC, index, name, Obligation.Kind.THEOREM, Span.SYNTHETIC, config, 64,
                List.of(variable("start", "start"), variable("end", "end")), Terms.TRUE, Terms.TRUE);
    }

    /** Two proved configurations and one refuted with a confirmed replay finding; one unknown with a reason. */
    static SpecReport evilSpec() {
        Outcome p1 = new Outcome(obligation(0, EVIL_NAME, config("ERA", 504, "P" + EVIL, 12)), Verdict.PROVED, 1,
                "a", List.of(), null);
        Outcome p2 = new Outcome(obligation(1, EVIL_NAME, config("ERA", 511, "P" + EVIL, 12)), Verdict.PROVED, 1,
                "b", List.of(), null);
        Obligation bad = obligation(2, EVIL_NAME, config("ERA", 609, "P" + EVIL, 16));
        Outcome refuted = new Outcome(bad, Verdict.REFUTED, 31, "c", List.of(
                new Outcome.Value(bad.variables().get(0), 0xfffffdffffe50000L),
                new Outcome.Value(bad.variables().get(1), 0xfffffdffffe54000L)), null);
        Outcome unknown = new Outcome(obligation(3, "other" + EVIL, config("ERA", 504, "P" + EVIL, 12)),
                Verdict.UNKNOWN, 5, "d", List.of(), "timeout " + EVIL);
        Replay replay = new Replay(Replay.Status.CONFIRMED, "", List.of(new Replay.Finding("shares_table", "pgd",
                0xfffffd8000000000L, "pgd[507]", 0xfffffd8000000000L, 0xfffffe0000000000L, 0xfffffdffffe50000L,
                0xfffffe0000000000L, 0xfffffd8000001000L, EVIL_REGION)));
        return new SpecReport(EVIL_SPEC, List.of(), List.of(unknown, refuted, p2, p1), null, Map.of(2, replay));
    }

    static RunReport run() {
        return new RunReport(SyntheticRuns.TOOL, List.of(evilSpec(), SyntheticRuns.hotremove(false),
                TextReportRendererTest.changedSpec(), TextReportRendererTest.erroneousSpec()), 1234.5);
    }
}
