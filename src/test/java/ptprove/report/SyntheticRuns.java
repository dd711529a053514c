package ptprove.report;

import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.obligation;
import static ptprove.proofs.TestOutcomes.spanAtLine;
import static ptprove.proofs.TestOutcomes.variable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.proofs.ProofRecord;
import ptprove.proofs.RecordComparison;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/** Runs shaped like the arm64 hot-remove question, for renderer tests. */
final class SyntheticRuns {
    private SyntheticRuns() {}

    static final ToolInfo TOOL = ToolInfo.of("0.1.0", "z3 4.14.1", Map.of("rlimit", "5000000", "jobs", "2"));

    /** The arm64 configurations: 6 eras x 8 granule/VA pairs, plus the two LPA2 pairs from v6.9. */
    static List<Config> arm64Configs() {
        long[][] pairs = {{12, 39}, {12, 48}, {14, 36}, {14, 47}, {14, 48}, {16, 42}, {16, 48}, {16, 52}};
        List<Config> configs = new ArrayList<>();
        for (long era : new long[] {504, 511, 517, 605, 609, 614}) {
            for (long[] p : pairs) configs.add(config("ERA", era, "PAGE_SHIFT", p[0], "VA_BITS", p[1]));
            if (era >= 609) {
                configs.add(config("ERA", era, "PAGE_SHIFT", 12, "VA_BITS", 52));
                configs.add(config("ERA", era, "PAGE_SHIFT", 14, "VA_BITS", 52));
            }
        }
        return configs;
    }

    /**
     * A theorem refuted for 64K pages with 52-bit VAs from v6.9, proved elsewhere, and an example witnessed
     * everywhere; obligations numbered theorem first.
     */
    static List<Outcome> hotremoveOutcomes() {
        List<Config> configs = arm64Configs();
        List<Outcome> outcomes = new ArrayList<>();
        int index = 0;
        for (Config c : configs) {
            Obligation o = obligation(index++, Obligation.Kind.THEOREM, "vmemmap_free_spares_vmalloc", c,
                    spanAtLine(30));
            boolean bad = c.get("ERA") >= 609 && c.get("PAGE_SHIFT") == 16 && c.get("VA_BITS") == 52;
            outcomes.add(bad
                    ? new Outcome(o, Verdict.REFUTED, 31.0, "fp" + index, List.of(
                            new Outcome.Value(variable("start", "start"), 0xfffffc1fc0000000L),
                            new Outcome.Value(variable("end", "end"), 0xfffffc1fc0010000L)), null)
                    : new Outcome(o, Verdict.PROVED, 2.4, "fp" + index, List.of(), null));
        }
        for (Config c : configs) {
            Obligation o = obligation(index++, Obligation.Kind.EXAMPLE, "merged_policy_frees_something", c,
                    spanAtLine(41));
            outcomes.add(new Outcome(o, Verdict.WITNESSED, 5.0, "fp" + index, List.of(
                    new Outcome.Value(variable("start", "start"), 0xfffffdffc0000000L),
                    new Outcome.Value(variable("end", "end"), 0xfffffdffc0200000L)), null));
        }
        return outcomes;
    }

    static SpecReport hotremove(boolean withRecord) {
        List<Outcome> outcomes = hotremoveOutcomes();
        RecordComparison cmp = withRecord
                ? RecordComparison.compare(ProofRecord.of(ptprove.proofs.TestOutcomes.SPEC, outcomes), outcomes)
                : null;
        return SpecReport.checked(ptprove.proofs.TestOutcomes.SPEC, outcomes, cmp);
    }
}
