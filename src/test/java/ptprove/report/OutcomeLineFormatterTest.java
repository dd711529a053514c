package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.proofs.TestOutcomes.boolVariable;
import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.example;
import static ptprove.proofs.TestOutcomes.theorem;
import static ptprove.proofs.TestOutcomes.variable;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

class OutcomeLineFormatterTest {
    private static final Config C = config("ERA", 609, "PAGE_SHIFT", 16, "VA_BITS", 52);
    private static final Obligation THEOREM = theorem(0, "vmemmap_free_spares_vmalloc", C);
    private static final Obligation EXAMPLE = example(1, "merged_policy_frees_something", C);

    private static final OutcomeLineFormatter ARM64 =
            OutcomeLineFormatter.forObligations(List.of(THEOREM, EXAMPLE), Style.PLAIN);

    @Test
    void alignedLinesForTheSeedQuestionFitExactly() {
        Outcome proved = new Outcome(THEOREM, Verdict.PROVED, 2.4, "f", List.of(), null);
        Outcome witnessed = new Outcome(EXAMPLE, Verdict.WITNESSED, 5, "f", List.of(
                new Outcome.Value(variable("s", "start"), 0xfffffdffc0000000L)), null);
        assertEquals("proved   vmemmap_free_spares_vmalloc    ERA=609 PAGE_SHIFT=16 VA_BITS=52  2.4 ms\n",
                ARM64.format(proved));
        assertEquals("""
                witness  merged_policy_frees_something  ERA=609 PAGE_SHIFT=16 VA_BITS=52  5.0 ms
                           start = 0xfffffdffc0000000
                """, ARM64.format(witnessed));
        assertEquals(80, ARM64.lines(proved).get(0).length());
    }

    @Test
    void counterexampleValuesAreIndentedAlignedAndHex() {
        Outcome refuted = new Outcome(THEOREM, Verdict.REFUTED, 31, "f", List.of(
                new Outcome.Value(variable("s", "start"), 0xfffffc1fc0000000L),
                new Outcome.Value(variable("e", "end"), 0x10000L),
                new Outcome.Value(boolVariable("b", "shares_pmd"), 1)), null);
        assertEquals(List.of(
                "REFUTED  vmemmap_free_spares_vmalloc    ERA=609 PAGE_SHIFT=16 VA_BITS=52   31 ms",
                "           start      = 0xfffffc1fc0000000",
                "           end        = 0x10000",
                "           shares_pmd = true"), ARM64.lines(refuted));
    }

    @Test
    void sharedLabelsAreTold() {
        Outcome refuted = new Outcome(THEOREM, Verdict.REFUTED, 1, "f", List.of(
                new Outcome.Value(variable("c1", "address"), 1),
                new Outcome.Value(variable("c2", "address"), 2)), null);
        List<String> lines = ARM64.lines(refuted);
        assertEquals("           address (c1) = 0x1", lines.get(1));
        assertEquals("           address (c2) = 0x2", lines.get(2));
    }

    @Test
    void aLineTooWideMovesTheConfigurationToContinuationLines() {
        Config wide = config("ERA", 609, "PAGE_SHIFT", 16, "VA_BITS", 52, "KASAN_SHADOW_SCALE_SHIFT", 3,
                "ARM64_VA_BITS_52_WITH_LPA2", true, "STRUCT_PAGE_MAX_SHIFT", 6);
        Obligation o = theorem(0, "vmemmap_free_spares_vmalloc_even_with_a_much_longer_name_than_usual_x", wide);
        OutcomeLineFormatter f = OutcomeLineFormatter.forObligations(List.of(o), Style.PLAIN);
        List<String> lines = f.lines(new Outcome(o, Verdict.UNKNOWN, 12_345, "f", List.of(),
                "rlimit exhausted after 5000000 steps in the bit-blaster; try a larger --rlimit or split it"));
        assertEquals(List.of(
                "unknown  vmemmap_free_spares_vmalloc_ev..._much_longer_name_than_usual_x  12.3 s",
                "         ERA=609 PAGE_SHIFT=16 VA_BITS=52 KASAN_SHADOW_SCALE_SHIFT=3",
                "         ARM64_VA_BITS_52_WITH_LPA2=true STRUCT_PAGE_MAX_SHIFT=6",
                "           reason: rlimit exhausted after 5000000 steps in the bit-blaster; try",
                "                   a larger --rlimit or split it"), lines);
        for (String l : lines) assertTrue(l.length() <= 80, l);
    }

    @Test
    void anUnalignedFormatterStillFits() {
        OutcomeLineFormatter f = new OutcomeLineFormatter(0, 0, Style.PLAIN);
        Outcome o = new Outcome(theorem(0, "t", Config.EMPTY), Verdict.VACUOUS, Double.NaN, null, List.of(), null);
        assertEquals("vacuous  t\n", f.format(o));
    }

    @Test
    void colourWrapsTheVerdictWithoutMovingColumns() {
        Outcome refuted = new Outcome(THEOREM, Verdict.REFUTED, 31, "f", List.of(), null);
        OutcomeLineFormatter coloured = OutcomeLineFormatter.forObligations(List.of(THEOREM, EXAMPLE), Style.ANSI);
        String line = coloured.lines(refuted).get(0);
        assertTrue(line.startsWith("\u001b[1;31mREFUTED\u001b[0m  vmemmap"), line);
        assertEquals(ARM64.lines(refuted).get(0), line.replaceAll("\u001b\\[[0-9;]*m", ""));
    }
}
