package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.outcome;
import static ptprove.proofs.TestOutcomes.theorem;
import static ptprove.proofs.TestOutcomes.example;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ptprove.ir.Config;
import ptprove.proofs.ProofRecord;
import ptprove.proofs.RecordComparison;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Severity;
import ptprove.source.Span;

class ExitStatusTest {
    private static final Config A = config("ERA", 504);
    private static final Config B = config("ERA", 609);

    private static Outcome t(int i, Config c, Verdict v) { return outcome(theorem(i, "t", c), v, "f"); }

    private static SpecReport unrecorded(Verdict... verdicts) {
        List<Outcome> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) outcomes.add(t(i, config("ERA", i), verdicts[i]));
        return SpecReport.checked("s.ptl", outcomes, null);
    }

    private static SpecReport recorded(List<Outcome> record, List<Outcome> now) {
        return SpecReport.checked("s.ptl", now, RecordComparison.compare(ProofRecord.of("s.ptl", record), now));
    }

    private static SpecReport specError(Severity severity) {
        return SpecReport.failed("bad.ptl", List.of(new Diagnostic(severity, DiagnosticCode.UNKNOWN_NAME,
                Span.SYNTHETIC, "unknown name", List.of())));
    }

    private static ExitStatus run(SpecReport... specs) {
        return ExitStatus.of(new RunReport(SyntheticRuns.TOOL, List.of(specs)));
    }

    @Test
    void codesAreTheDocumentedOnes() {
        assertEquals(List.of(0, 1, 4, 3, 2, 70), java.util.Arrays.stream(ExitStatus.values()).map(ExitStatus::code).toList());
    }

    @ParameterizedTest(name = "without a record, {0} exits {1}")
    @CsvSource({"proved, 0", "witnessed, 0", "refuted, 1", "unwitnessed, 1", "vacuous, 1", "unknown, 4", "error, 70"})
    void withoutARecordEachVerdictCounts(String verdict, int code) {
        assertEquals(code, ExitStatus.of(unrecorded(Verdict.ofWord(verdict))).code());
    }

    /**
     * Issue #13 item 13: a rejected replay of a further --all counterexample gave 1 (0 with --record) where the
     * first one's rejection gives 70.
     */
    @Test
    void aRejectedReplayOfAnyCounterexampleIsInternalWithOrWithoutARecord() {
        Outcome refuted = t(0, A, Verdict.REFUTED);
        Replay confirmed = new Replay(Replay.Status.CONFIRMED, "", List.of());
        Replay rejected = new Replay(Replay.Status.REJECTED, "the claim holds", List.of());
        java.util.Map<Integer, Replay> first = java.util.Map.of(0, confirmed);
        java.util.Map<Integer, List<Replay>> others = java.util.Map.of(0, List.of(confirmed, rejected));
        SpecReport unrecorded = new SpecReport("s.ptl", List.of(), List.of(refuted), null, first, others);
        assertEquals(ExitStatus.INTERNAL, ExitStatus.of(unrecorded));
        RecordComparison matches = RecordComparison.compare(ProofRecord.of("s.ptl", List.of(refuted)), List.of(refuted));
        SpecReport recorded = new SpecReport("s.ptl", List.of(), List.of(refuted), matches, first, others);
        assertEquals(ExitStatus.INTERNAL, ExitStatus.of(recorded));
        SpecReport allConfirmed = new SpecReport("s.ptl", List.of(), List.of(refuted), matches, first,
                java.util.Map.of(0, List.of(confirmed)));
        assertEquals(ExitStatus.OK, ExitStatus.of(allConfirmed));
    }

    @Test
    void anEmptyRunAndAllSuccessesAreOk() {
        assertEquals(ExitStatus.OK, run());
        assertEquals(ExitStatus.OK, run(unrecorded(Verdict.PROVED, Verdict.WITNESSED)));
    }

    @Test
    void aSpecErrorIsThreeButAWarningIsNot() {
        assertEquals(ExitStatus.SPEC_ERROR, run(specError(Severity.ERROR)));
        SpecReport warned = new SpecReport("w.ptl", specError(Severity.WARNING).diagnostics(),
                List.of(t(0, A, Verdict.PROVED)), null);
        assertEquals(ExitStatus.OK, run(warned));
    }

    @Test
    void withARecordAMatchingVerdictPassesEvenIfRefutedOrUnknown() {
        List<Outcome> same = List.of(t(0, A, Verdict.REFUTED), t(1, B, Verdict.UNKNOWN),
                outcome(example(2, "e", A), Verdict.UNWITNESSED, "f"), outcome(example(3, "v", A), Verdict.VACUOUS, "f"));
        assertEquals(ExitStatus.OK, ExitStatus.of(recorded(same, same)));
    }

    @Test
    void withARecordAFingerprintChangeAloneIsOk() {
        assertEquals(ExitStatus.OK, ExitStatus.of(recorded(List.of(t(0, A, Verdict.PROVED)),
                List.of(outcome(theorem(0, "t", A), Verdict.PROVED, "other")))));
    }

    @Test
    void withARecordFlippedIsOneAndFlippedToUnknownIsFour() {
        assertEquals(ExitStatus.FAILURE, ExitStatus.of(recorded(List.of(t(0, A, Verdict.PROVED)),
                List.of(t(0, A, Verdict.REFUTED)))));
        // a flip for the better is still a difference: the record must be updated
        assertEquals(ExitStatus.FAILURE, ExitStatus.of(recorded(List.of(t(0, A, Verdict.REFUTED)),
                List.of(t(0, A, Verdict.PROVED)))));
        assertEquals(ExitStatus.UNKNOWN, ExitStatus.of(recorded(List.of(t(0, A, Verdict.PROVED)),
                List.of(t(0, A, Verdict.UNKNOWN)))));
        assertEquals(ExitStatus.FAILURE, ExitStatus.of(recorded(List.of(t(0, A, Verdict.UNKNOWN)),
                List.of(t(0, A, Verdict.PROVED)))));
    }

    @Test
    void withARecordNewAndGoneAreOne() {
        List<Outcome> base = List.of(t(0, A, Verdict.PROVED));
        assertEquals(ExitStatus.FAILURE, ExitStatus.of(recorded(base, List.of(t(0, A, Verdict.PROVED),
                t(1, B, Verdict.PROVED)))), "a new proved obligation still needs the record updated");
        assertEquals(ExitStatus.FAILURE, ExitStatus.of(recorded(base, List.of(t(0, A, Verdict.PROVED),
                outcome(example(1, "e", B), Verdict.WITNESSED, "f")))));
        assertEquals(ExitStatus.FAILURE, ExitStatus.of(recorded(List.of(t(0, A, Verdict.PROVED),
                t(1, B, Verdict.PROVED)), base)), "gone");
        // a new obligation has nothing recorded to match: unknown is judged as without a record
        assertEquals(ExitStatus.UNKNOWN, ExitStatus.of(recorded(base, List.of(t(0, A, Verdict.PROVED),
                t(1, B, Verdict.UNKNOWN)))));
    }

    @Test
    void anErrorVerdictIsSeventyWithOrWithoutARecord() {
        List<Outcome> err = List.of(t(0, A, Verdict.ERROR));
        assertEquals(ExitStatus.INTERNAL, ExitStatus.of(recorded(err, err)));
        assertEquals(ExitStatus.INTERNAL, ExitStatus.of(unrecorded(Verdict.ERROR, Verdict.REFUTED)));
    }

    @Test
    void severityOrderIs70Then3Then4Then1Then0() {
        SpecReport refuted = unrecorded(Verdict.REFUTED);
        SpecReport unknown = unrecorded(Verdict.UNKNOWN);
        SpecReport error = unrecorded(Verdict.ERROR);
        SpecReport spec = specError(Severity.ERROR);
        SpecReport ok = unrecorded(Verdict.PROVED);
        assertEquals(1, run(ok, refuted).code());
        assertEquals(4, run(refuted, unknown, ok).code());
        assertEquals(4, ExitStatus.of(unrecorded(Verdict.UNKNOWN, Verdict.REFUTED)).code());
        assertEquals(3, run(unknown, spec, refuted).code());
        assertEquals(70, run(spec, error, unknown, refuted).code());
        assertEquals(70, run(error, spec).code());
        assertEquals(ExitStatus.INTERNAL, ExitStatus.SPEC_ERROR.max(ExitStatus.INTERNAL));
        assertEquals(ExitStatus.SPEC_ERROR, ExitStatus.SPEC_ERROR.max(ExitStatus.UNKNOWN));
        assertEquals(ExitStatus.UNKNOWN, ExitStatus.FAILURE.max(ExitStatus.UNKNOWN));
    }
}
