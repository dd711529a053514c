package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.example;
import static ptprove.proofs.TestOutcomes.outcome;
import static ptprove.proofs.TestOutcomes.theorem;
import static ptprove.proofs.TestOutcomes.variable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.proofs.ProofRecord;
import ptprove.proofs.RecordComparison;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.DiagnosticFormatter;
import ptprove.source.Severity;
import ptprove.source.SourceFile;

class TextReportRendererTest {
    private static final TextReportRenderer PLAIN =
            new TextReportRenderer(Style.PLAIN, TextReportRenderer.Detail.NOTEWORTHY);

    /**
     * 50 configurations over params with long names, long property names, every verdict, long model labels and
     * reasons: the stress case for the 80-column rule.
     */
    static SpecReport largeSpec() {
        List<Config> configs = new ArrayList<>();
        for (long era : new long[] {504, 511, 517, 605, 609}) {
            for (long g = 0; g < 10; g++) {
                configs.add(config("ERA", era, "CONFIG_ARM64_VA_BITS_FOR_THE_LONGEST_GRANULE", 36 + g,
                        "CONFIG_ARM64_HAS_LPA2", g % 2 == 0, "KASLR_OFFSET", 0xffff_ffff_0000_0000L + g));
            }
        }
        assertEquals(50, configs.size());
        String[] names = {
            "a_theorem_whose_name_is_far_too_long_to_fit_any_reasonable_column_width_at_all_really",
            "vmemmap_free_spares_vmalloc",
            "x",
        };
        Verdict[] verdicts = Verdict.values();
        List<Outcome> outcomes = new ArrayList<>();
        int index = 0;
        for (String name : names) {
            for (Config c : configs) {
                Verdict v = verdicts[index % verdicts.length];
                Obligation.Kind kind = v == Verdict.WITNESSED || v == Verdict.UNWITNESSED
                        ? Obligation.Kind.EXAMPLE : Obligation.Kind.THEOREM;
                Obligation o = ptprove.proofs.TestOutcomes.obligation(index++, kind, name + "_" + kind.word(), c);
                List<Outcome.Value> model = v == Verdict.REFUTED || v == Verdict.WITNESSED
                        ? List.of(new Outcome.Value(variable("a", "start"), -1),
                                  new Outcome.Value(variable("b", "the_address_of_the_table_page_that_is_shared"
                                          + "_between_vmalloc_and_vmemmap"), 0x1000))
                        : List.of();
                String reason = v == Verdict.UNKNOWN || v == Verdict.ERROR
                        ? "solver gave up: " + "a very long explanation ".repeat(8) + "\u001b[31m" : null;
                outcomes.add(new Outcome(o, v, index * 1234.5, "fp" + index, model, reason));
            }
        }
        return SpecReport.checked("specs/some/deeply/nested/directory/with/a/long/path/name/for/this/spec/file.ptl",
                outcomes, null);
    }

    /** The hot-remove spec against a record that differs: one flipped, one gone, one new, six fingerprints. */
    static SpecReport changedSpec() {
        List<Outcome> base = SyntheticRuns.hotremoveOutcomes();
        List<Outcome> now = new ArrayList<>(base);
        Outcome flip = now.get(3);
        now.set(3, new Outcome(flip.obligation(), Verdict.REFUTED, 40, flip.fingerprint(),
                List.of(new Outcome.Value(variable("s", "start"), 0xfffffdffc0000000L)), null));
        for (int i = 10; i < 16; i++) {
            Outcome o = now.get(i);
            now.set(i, new Outcome(o.obligation(), o.verdict(), o.millis(), "new" + i, o.model(), o.reason()));
        }
        now.remove(60);
        now.add(outcome(theorem(200, "added_later", config("ERA", 504, "PAGE_SHIFT", 12, "VA_BITS", 48)),
                Verdict.PROVED, "n"));
        ProofRecord record = ProofRecord.of(ptprove.proofs.TestOutcomes.SPEC, base);
        return SpecReport.checked(ptprove.proofs.TestOutcomes.SPEC, now, RecordComparison.compare(record, now));
    }

    static SpecReport erroneousSpec() {
        SourceFile f = new SourceFile(Path.of("specs/arm64/layout.ptl"), "specs/arm64/layout.ptl",
                "region vmalloc = [VMALLOC_START, VMALOC_END);\n");
        return SpecReport.failed("specs/arm64/layout.ptl", List.of(new Diagnostic(Severity.ERROR,
                DiagnosticCode.UNKNOWN_NAME, f.span(33, 43), "unknown name 'VMALOC_END'", List.of())));
    }

    private static void assertFitsEighty(String text) {
        for (String line : text.split("\n", -1)) {
            String visible = line.replaceAll("\u001b\\[[0-9;]*m", "");
            assertTrue(visible.length() <= 80, "too wide (" + visible.length() + "): " + visible);
            assertEquals(visible.stripTrailing(), visible, "trailing space: '" + visible + "'");
            assertTrue(visible.chars().allMatch(c -> c >= 0x20 && c != 0x7f), "control character: " + visible);
        }
    }

    @Test
    void everyLineOfALargeRunFitsEightyColumns() {
        RunReport run = new RunReport(SyntheticRuns.TOOL,
                List.of(largeSpec(), changedSpec(), SyntheticRuns.hotremove(false)), 3_723_000);
        for (TextReportRenderer.Detail detail : TextReportRenderer.Detail.values()) {
            assertFitsEighty(new TextReportRenderer(Style.PLAIN, detail).render(run));
            assertFitsEighty(new TextReportRenderer(Style.ANSI, detail).render(run));
        }
        String text = new TextReportRenderer(Style.PLAIN, TextReportRenderer.Detail.ALL).render(run);
        // all 150 + 103 + 104 outcomes got a line, and the long name survives in part at both ends
        assertTrue(text.contains("a_theorem_whose_name_is"), text);
        assertTrue(text.contains("column_width_at_all_really_theorem"), text);
        assertTrue(text.lines().count() > 357, "lines: " + text.lines().count());
    }

    @Test
    void sameInputSameBytesWhateverOrderTheWorkersFinishedIn() {
        List<Outcome> shuffled = new ArrayList<>(largeSpec().outcomes());
        Collections.shuffle(shuffled, new Random(42));
        SpecReport spec = SpecReport.checked(largeSpec().spec(), shuffled, null);
        RunReport a = new RunReport(SyntheticRuns.TOOL, List.of(largeSpec(), changedSpec()), 10);
        RunReport b = new RunReport(SyntheticRuns.TOOL, List.of(spec, changedSpec()), 10);
        assertEquals(PLAIN.render(a), PLAIN.render(b));
    }

    @Test
    void noteworthyDetailListsOnlyWhatIsNotProvedOrWitnessed() {
        String text = PLAIN.renderSpec(SyntheticRuns.hotremove(false));
        assertEquals("""
                specs/arm64/hotremove.ptl: 104 obligations; no proof record
                REFUTED  vmemmap_free_spares_vmalloc  ERA=609 PAGE_SHIFT=16 VA_BITS=52   31 ms
                           start = 0xfffffc1fc0000000
                           end   = 0xfffffc1fc0010000
                REFUTED  vmemmap_free_spares_vmalloc  ERA=614 PAGE_SHIFT=16 VA_BITS=52   31 ms
                           start = 0xfffffc1fc0000000
                           end   = 0xfffffc1fc0010000

                theorem vmemmap_free_spares_vmalloc (line 30): 50 proved, 2 REFUTED
                """, text.substring(0, text.indexOf("  ", text.indexOf("(line 30)"))));
        assertTrue(text.contains("\nexample merged_policy_frees_something (line 41): 52 witnessed\n"), text);
        assertFalse(text.contains("witness  merged"), "witnessed outcomes are only in the grid");
    }

    @Test
    void detailNoneLeavesOnlyHeaderGridsAndChanges() {
        String text = new TextReportRenderer(Style.PLAIN, TextReportRenderer.Detail.NONE)
                .renderSpec(SyntheticRuns.hotremove(false));
        assertFalse(text.contains("start ="), text);
        assertTrue(text.startsWith("specs/arm64/hotremove.ptl: 104 obligations; no proof record\n\ntheorem "), text);
    }

    @Test
    void changesAgainstTheRecord() {
        String text = PLAIN.renderSpec(changedSpec());
        assertTrue(text.startsWith("specs/arm64/hotremove.ptl: 104 obligations; 3 differences from its proof record\n"),
                text);
        String changes = text.substring(text.indexOf("changes against the proof record:"));
        assertEquals("""
                changes against the proof record:
                  flipped  theorem vmemmap_free_spares_vmalloc: proved -> REFUTED
                           ERA=504 PAGE_SHIFT=14 VA_BITS=47
                  new      theorem added_later: now proved
                           ERA=504 PAGE_SHIFT=12 VA_BITS=48
                  gone     example merged_policy_frees_something: was witnessed
                           ERA=511 PAGE_SHIFT=12 VA_BITS=39
                  note: 6 fingerprints changed, verdicts unchanged
                        (the spec or its lowering changed; re-record to update):
                        theorem vmemmap_free_spares_vmalloc [ERA=511 PAGE_SHIFT=14 VA_BITS=36]
                        theorem vmemmap_free_spares_vmalloc [ERA=511 PAGE_SHIFT=14 VA_BITS=47]
                        theorem vmemmap_free_spares_vmalloc [ERA=511 PAGE_SHIFT=14 VA_BITS=48]
                        theorem vmemmap_free_spares_vmalloc [ERA=511 PAGE_SHIFT=16 VA_BITS=42]
                        theorem vmemmap_free_spares_vmalloc [ERA=511 PAGE_SHIFT=16 VA_BITS=48]
                        and 1 more
                """, changes);
        assertTrue(text.contains("  14          47       REFUTED* proved"), text);
        assertTrue(text.contains("  * differs from the proof record\n"), text);
    }

    @Test
    void aSpecErrorShowsItsDiagnosticsCompilerStyle() {
        SpecReport bad = erroneousSpec();
        assertEquals("specs/arm64/layout.ptl: 1 error\n" + DiagnosticFormatter.format(bad.diagnostics().get(0)),
                PLAIN.renderSpec(bad));
    }

    @Test
    void summaryCountsVerdictsSpecsChangesTimeAndExit() {
        RunReport run = new RunReport(SyntheticRuns.TOOL,
                List.of(SyntheticRuns.hotremove(false), changedSpec(), erroneousSpec()), 1234.5);
        assertEquals("""
                3 specs, 208 obligations: 100 proved, 5 REFUTED, 103 witnessed;
                  1 spec with errors; 3 differences from proof records (6 fingerprints changed);
                  1.2 s; exit 3
                """, PLAIN.renderSummary(run));
        // without a wall-clock time, the sum of solver times: 50 x 2.4 + 2 x 31 + 52 x 5 ms
        RunReport one = new RunReport(SyntheticRuns.TOOL, List.of(SyntheticRuns.hotremove(true)));
        assertEquals("1 spec, 104 obligations: 50 proved, 2 REFUTED, 52 witnessed;\n"
                + "  0 differences from proof records; 442 ms; exit 0\n", PLAIN.renderSummary(one));
    }

    @Test
    void anErrorVerdictAsksForABugReport() {
        RunReport run = new RunReport(SyntheticRuns.TOOL, List.of(SpecReport.checked("s.ptl",
                List.of(new Outcome(example(0, "e", Config.EMPTY), Verdict.ERROR, 1, null, List.of(),
                        "IllegalStateException: no model")), null)), 1);
        String text = PLAIN.render(run);
        assertTrue(text.contains("error    e  1.0 ms\n           reason: IllegalStateException: no model\n"), text);
        assertTrue(text.endsWith("1 spec, 1 obligation: 1 error; 1.0 ms; exit 70\n"
                + "an error verdict is a bug in ptprove: please report it with this output\n"), text);
    }
}
