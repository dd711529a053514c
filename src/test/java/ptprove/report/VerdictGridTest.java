package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.outcome;
import static ptprove.proofs.TestOutcomes.theorem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ptprove.ir.Config;
import ptprove.proofs.RecordKey;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

class VerdictGridTest {
    private static List<Outcome> theoremOutcomes() {
        return SyntheticRuns.hotremoveOutcomes().stream()
                .filter(o -> o.obligation().name().equals("vmemmap_free_spares_vmalloc")).toList();
    }

    private static String render(List<Outcome> outcomes, Set<RecordKey> marked) {
        return String.join("\n", VerdictGrid.render(outcomes, marked, Style.PLAIN)) + "\n";
    }

    @Test
    void arm64GridHasEraColumnsAndGranuleVaRows() {
        List<Outcome> outcomes = theoremOutcomes();
        RecordKey flipped = RecordKey.of(outcomes.get(3).obligation()); // ERA=504 PAGE_SHIFT=14 VA_BITS=47
        assertEquals("""
                theorem vmemmap_free_spares_vmalloc (line 30): 50 proved, 2 REFUTED
                                       ERA ------------------------------------------------
                  PAGE_SHIFT  VA_BITS  504      511      517      605      609      614
                  12          39       proved   proved   proved   proved   proved   proved
                  12          48       proved   proved   proved   proved   proved   proved
                  12          52       -        -        -        -        proved   proved
                  14          36       proved   proved   proved   proved   proved   proved
                  14          47       proved*  proved   proved   proved   proved   proved
                  14          48       proved   proved   proved   proved   proved   proved
                  14          52       -        -        -        -        proved   proved
                  16          42       proved   proved   proved   proved   proved   proved
                  16          48       proved   proved   proved   proved   proved   proved
                  16          52       proved   proved   proved   proved   REFUTED  REFUTED
                  * differs from the proof record
                """, render(outcomes, Set.of(flipped)));
    }

    @Test
    void everyCellWordAndFixedParams() {
        Verdict[] verdicts = Verdict.values();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            outcomes.add(outcome(theorem(i, "t", config("PAGE_SHIFT", 12, "LPA2", true, "ERA", 500 + i)),
                    verdicts[i], "f"));
        }
        assertEquals("""
                theorem t:
                  1 proved, 1 REFUTED, 1 witnessed, 1 UNWITNESSED, 1 vacuous, 1 unknown, 1 error
                  fixed: PAGE_SHIFT=12 LPA2=true
                  ERA ---------------------------------------------------------
                  500      501      502      503      504      505      506
                  proved   REFUTED  witness  NO-WIT   vacuous  unknown  error
                """, render(outcomes, Set.of()));
    }

    @Test
    void aParamWithMoreThanEightValuesIsNotTheColumnAxis() {
        List<Outcome> outcomes = new ArrayList<>();
        int i = 0;
        for (long va = 30; va < 40; va++) {
            for (boolean lpa2 : new boolean[] {false, true}) {
                outcomes.add(outcome(theorem(i++, "t", config("VA_BITS", va, "LPA2", lpa2)), Verdict.PROVED, "f"));
            }
        }
        List<String> lines = VerdictGrid.render(outcomes, Set.of(), Style.PLAIN);
        assertEquals("           LPA2 -----------", lines.get(1));
        assertEquals("  VA_BITS  false    true", lines.get(2));
        assertEquals("  30       proved   proved", lines.get(3));
        assertEquals(3 + 10, lines.size()); // title, axis, header, a row per VA_BITS
    }

    @Test
    void tooManyRowLabelsFallBackToOneRowPerConfiguration() {
        List<Outcome> outcomes = new ArrayList<>();
        int i = 0;
        for (long a = 0; a < 2; a++) {
            for (long b = 0; b < 2; b++) {
                outcomes.add(outcome(theorem(i++, "t", config("A_PARAM_WITH_A_VERY_LONG_NAME_INDEED", a,
                        "ANOTHER_PARAM_WITH_A_LONG_NAME", b, "C", 7 + a)), Verdict.PROVED, "f"));
            }
        }
        // with A as the axis, B and C as row labels: 2 + 31 + 3 + 2 columns of 9 > 80? no, it fits; force width
        // through many columns instead: use values of C as axis with wide texts
        List<String> lines = VerdictGrid.render(outcomes, Set.of(), Style.PLAIN);
        for (String l : lines) assertTrue(l.length() <= 80, l);

        List<Outcome> wide = new ArrayList<>();
        i = 0;
        for (long a = 0; a < 8; a++) {
            for (long b = 0; b < 2; b++) {
                wide.add(outcome(theorem(i++, "t", config("BASE", -1L - a, "FLAG", b)), Verdict.PROVED, "f"));
            }
        }
        assertEquals("""
                theorem t: 16 proved
                  BASE                  FLAG  verdict
                  18446744073709551608  0     proved
                  18446744073709551608  1     proved
                """, String.join("\n", VerdictGrid.render(wide, Set.of(), Style.PLAIN).subList(0, 4)) + "\n");
    }

    @Test
    void whenEvenOneRowPerConfigurationIsTooWideEachConfigurationIsWrapped() {
        List<Outcome> outcomes = new ArrayList<>();
        int i = 0;
        for (long a = 0; a < 2; a++) {
            for (long b = 0; b < 2; b++) {
                outcomes.add(outcome(theorem(i++, "t", config("THE_FIRST_PARAMETER_HAS_A_NAME_THIS_LONG", a,
                        "THE_SECOND_PARAMETER_TOO_IS_RATHER_VERBOSE", b, "AND_A_THIRD_ONE_IS_NOT_SHORT_EITHER", a + b)),
                        Verdict.PROVED, "f"));
            }
        }
        List<String> lines = VerdictGrid.render(outcomes, Set.of(), Style.PLAIN);
        assertEquals(List.of("theorem t: 4 proved",
                "  proved   THE_FIRST_PARAMETER_HAS_A_NAME_THIS_LONG=0",
                "           THE_SECOND_PARAMETER_TOO_IS_RATHER_VERBOSE=0",
                "           AND_A_THIRD_ONE_IS_NOT_SHORT_EITHER=0",
                "  proved   THE_FIRST_PARAMETER_HAS_A_NAME_THIS_LONG=0"), lines.subList(0, 5));
        assertEquals(1 + 4 * 3, lines.size());
        for (String l : lines) assertTrue(l.length() <= 80, l);
    }

    @Test
    void aPropertyWithoutParamsIsOneCell() {
        assertEquals("""
                theorem t: 1 proved
                  proved
                """, render(List.of(outcome(theorem(0, "t", Config.EMPTY), Verdict.PROVED, "f")), Set.of()));
    }

    @Test
    void configurationsThatDisagreeOnParamsAreListed() {
        List<Outcome> outcomes = List.of(outcome(theorem(0, "t", config("A", 1)), Verdict.PROVED, "f"),
                outcome(theorem(1, "t", config("B", 2)), Verdict.REFUTED, "f"));
        assertEquals("""
                theorem t: 1 proved, 1 REFUTED
                  proved   A=1
                  REFUTED  B=2
                """, render(outcomes, Set.of()));
    }
}
