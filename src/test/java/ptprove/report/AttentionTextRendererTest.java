package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.proofs.ProofRecord;
import ptprove.proofs.RecordComparison;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Severity;
import ptprove.source.SourceFile;

class AttentionTextRendererTest {
    private static final AttentionTextRenderer DEFAULT = new AttentionTextRenderer(Style.PLAIN.withoutTimings(), false);
    private static final AttentionTextRenderer QUIET = new AttentionTextRenderer(Style.PLAIN.withoutTimings(), true);

    /** The hot-remove spec with its two refutations recorded: everything as expected. */
    private static SpecReport green() {
        return SyntheticRuns.hotremove(true);
    }

    @Test
    void aGreenSpecIsOneLineAndTheRunFitsOnAScreen() {
        RunReport run = new RunReport(SyntheticRuns.TOOL, List.of(green(), green()), 1000);
        assertEquals("""
                specs/arm64/hotremove.ptl: 50 proved, 2 refuted, 52 witnessed;
                  matches its proof record
                specs/arm64/hotremove.ptl: 50 proved, 2 refuted, 52 witnessed;
                  matches its proof record

                2 specs, 208 obligations: 100 proved, 4 REFUTED, 104 witnessed;
                  0 differences from proof records; exit 0
                """, DEFAULT.render(run));
    }

    @Test
    void quietAndGreenIsTheSummaryAlone() {
        RunReport run = new RunReport(SyntheticRuns.TOOL, List.of(green()), 1000);
        assertEquals("1 spec, 104 obligations: 50 proved, 2 REFUTED, 52 witnessed;\n"
                + "  0 differences from proof records; exit 0\n", QUIET.render(run));
    }

    @Test
    void aFlipComesWithItsCounterexampleAndReplayUnderTheChangesHeading() {
        SpecReport changed = changedWithReplay();
        String text = DEFAULT.render(new RunReport(SyntheticRuns.TOOL, List.of(green(), changed), 1000));
        int changes = text.indexOf("\nChanges from proof records:\n");
        assertTrue(changes > 0, text);
        assertEquals("""
                Changes from proof records:
                specs/arm64/hotremove.ptl:
                  flipped  theorem vmemmap_free_spares_vmalloc (line 30): proved -> REFUTED
                           ERA=504 PAGE_SHIFT=14 VA_BITS=47
                           start = 0xfffffdffc0000000
                           level       = pmd  (pgd[507] -> pud[255] -> pmd[0])
                           table_span  = [0xfffffdffc0000000, 0xfffffdffc0200000)
                           walk        = [0xfffffdffc0000000, 0xfffffdffc0001000)
                           replay: confirmed by the reference evaluator
                  new      theorem added_later: now proved
                           ERA=504 PAGE_SHIFT=12 VA_BITS=48
                  gone     example merged_policy_frees_something: was witnessed
                           ERA=511 PAGE_SHIFT=12 VA_BITS=39
                6 fingerprints changed in 1 spec, verdicts unchanged:
                  the spec or its lowering changed; --verbose names them, --record updates them

                """, text.substring(changes + 1, text.indexOf("2 specs, ")));
        // the grid of the property with the flip, the expected refutations in lower case, the news marked
        assertTrue(text.contains("theorem vmemmap_free_spares_vmalloc (line 30): 49 proved, 2 refuted,"
                + " 1 REFUTED\n"), text);
        assertTrue(text.contains("  14          47       REFUTED* proved"), text);
        assertTrue(text.contains("  16          52       proved   proved   proved   proved   refuted  refuted\n"), text);
        assertTrue(text.contains("  lower case: as the proof record expects (a documented failure)\n"), text);
        // the witnessed example has no grid: nothing in it needs attention
        assertFalse(text.contains("example merged_policy_frees_something (line"), text);
        assertTrue(text.contains("specs/arm64/hotremove.ptl: 50 proved, 2 refuted, 1 REFUTED, 51 witnessed;\n"
                + "  3 differences from its proof record (6 fingerprints changed)\n"), text);
    }

    @Test
    void quietKeepsTheChangesAndDropsTheSpecLines() {
        RunReport run = new RunReport(SyntheticRuns.TOOL, List.of(green(), changedWithReplay()), 1000);
        String quiet = QUIET.render(run);
        assertTrue(quiet.startsWith("Changes from proof records:\n"), quiet);
        assertFalse(quiet.contains("matches its"), quiet);
        String full = DEFAULT.render(run);
        assertTrue(full.endsWith(quiet), "quiet is the tail of the default output:\n" + quiet);
    }

    @Test
    void withoutARecordFailuresNeedAttentionWithTheirDetails() {
        String text = DEFAULT.render(new RunReport(SyntheticRuns.TOOL, List.of(SyntheticRuns.hotremove(false))));
        assertTrue(text.startsWith("specs/arm64/hotremove.ptl: 50 proved, 2 REFUTED, 52 witnessed; no proof record\n"
                + "\ntheorem vmemmap_free_spares_vmalloc (line 30): 50 proved, 2 REFUTED\n"), text);
        assertTrue(text.contains("""
                Needs attention:
                specs/arm64/hotremove.ptl:
                REFUTED  vmemmap_free_spares_vmalloc  ERA=609 PAGE_SHIFT=16 VA_BITS=52
                           start = 0xfffffc1fc0000000
                           end   = 0xfffffc1fc0010000
                REFUTED  vmemmap_free_spares_vmalloc  ERA=614 PAGE_SHIFT=16 VA_BITS=52
                """), text);
        assertFalse(text.contains("Changes from proof records"), text);
    }

    @Test
    void aRecordedUnknownStillNeedsAttention() {
        List<Outcome> outcomes = new ArrayList<>(SyntheticRuns.hotremoveOutcomes());
        Outcome o = outcomes.get(5);
        outcomes.set(5, new Outcome(o.obligation(), Verdict.UNKNOWN, 1, o.fingerprint(), List.of(), "timeout"));
        SpecReport spec = SpecReport.checked(ptprove.proofs.TestOutcomes.SPEC, outcomes,
                RecordComparison.compare(ProofRecord.of(ptprove.proofs.TestOutcomes.SPEC, outcomes), outcomes));
        String text = DEFAULT.render(new RunReport(SyntheticRuns.TOOL, List.of(spec)));
        assertTrue(text.contains("1 unknown;\n  matches its proof record"), text);
        assertTrue(text.contains("Needs attention:\nspecs/arm64/hotremove.ptl:\nunknown  vmemmap_free_spares_vmalloc"
                + "  ERA=504 PAGE_SHIFT=16 VA_BITS=42\n           reason: timeout\n"), text);
    }

    @Test
    void everyLineFitsEightyColumns() {
        RunReport run = new RunReport(SyntheticRuns.TOOL, List.of(TextReportRendererTest.largeSpec(),
                changedWithReplay(), TextReportRendererTest.erroneousSpec()), 3_723_000);
        for (AttentionTextRenderer r : List.of(DEFAULT, QUIET, new AttentionTextRenderer(Style.ANSI, false))) {
            for (String line : r.render(run).split("\n", -1)) {
                String visible = line.replaceAll("\u001b\\[[0-9;]*m", "");
                assertTrue(visible.length() <= 80, "too wide (" + visible.length() + "): " + visible);
            }
        }
    }

    @Test
    void digestTurnsSelectionWarningsIntoOneSummaryAndKeepsTheRest() {
        SourceFile f = new SourceFile(Path.of("s.ptl"), "specs/s.ptl",
                "theorem alpha: true;\ntheorem beta_with_a_long_name_of_thirty: true;\nexample gamma_which_is_long: "
                        + "true;\ntheorem delta_is_the_last_and_longest_name: true;\nlet x = 1;\n");
        List<Diagnostic> ds = List.of(
                unselected(f, "alpha", "theorem"), unselected(f, "beta_with_a_long_name_of_thirty", "theorem"),
                unselected(f, "gamma_which_is_long", "example"), unselected(f, "delta_is_the_last_and_longest_name", "theorem"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.NO_CONFIGURATION, at(f, "x"), "other", List.of()));
        String digest = DiagnosticDigest.format("specs/s.ptl", ds, true);
        assertEquals("""
                specs/s.ptl:5:5: warning[PTL0302]: other
                    5 | let x = 1;
                      |     ^
                specs/s.ptl: warning[PTL0306]: --config leaves out 4 theorems and examples:
                  alpha, beta_with_a_long_name_of_thirty, gamma_which_is_long and 1 more
                """, digest);
        assertEquals(5, DiagnosticDigest.format("specs/s.ptl", ds, false).split("warning\\[").length - 1);
    }

    private static Diagnostic unselected(SourceFile f, String name, String kind) {
        return new Diagnostic(Severity.WARNING, DiagnosticCode.NO_SUCH_CONFIGURATION, at(f, name),
                kind + " '" + name + "' applies to no configuration selected by --config; nothing is checked",
                List.of());
    }

    private static ptprove.source.Span at(SourceFile f, String word) {
        int start = f.text().indexOf(word + (word.equals("x") ? " =" : ":"));
        return f.span(start, start + word.length());
    }

    /** {@link TextReportRendererTest#changedSpec()} with the flip's counterexample replayed. */
    private static SpecReport changedWithReplay() {
        SpecReport c = TextReportRendererTest.changedSpec();
        Outcome flipped = c.outcomes().get(3);
        Replay replay = new Replay(Replay.Status.CONFIRMED, "", List.of(new Replay.Finding("frees_table_of", "pmd",
                0xfffffdffc0000000L, "pgd[507] -> pud[255] -> pmd[0]", 0xfffffdffc0000000L, 0xfffffdffc0200000L,
                0xfffffdffc0000000L, 0xfffffdffc0001000L, 0xfffffdffc0000000L, "vmalloc")));
        return new SpecReport(c.spec(), c.diagnostics(), c.outcomes(), c.comparison(),
                java.util.Map.of(flipped.obligation().index(), replay));
    }
}
