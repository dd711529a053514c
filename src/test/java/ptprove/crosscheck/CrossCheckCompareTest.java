package ptprove.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.lower.Samples.alignedAdd;
import static ptprove.lower.Samples.successorGrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.ir.Obligation;
import ptprove.ir.Terms;
import ptprove.lower.Samples;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/** {@link CrossCheck#compare}: the table of expected answers, and what is reported when they are not met. */
class CrossCheckCompareTest {
    private static final Answer SAT = Answer.of(Answer.Kind.SAT);
    private static final Answer UNSAT = Answer.of(Answer.Kind.UNSAT);
    private static final Answer UNKNOWN = new Answer(Answer.Kind.UNKNOWN, "time limit of 10 ms", 10);
    private static final Answer ERROR = new Answer(Answer.Kind.ERROR, "(error \"Parse Error\")", 1);

    /** A theorem with assumptions (aligned x). */
    private static Outcome theorem(Verdict v) {
        return new Outcome(alignedAdd(), v, 1, "", List.of(), null);
    }

    private static Outcome example(Verdict v) {
        Obligation t = alignedAdd();
        Obligation e = new Obligation(t.spec(), 0, "an_example", Obligation.Kind.EXAMPLE, t.span(), t.config(),
                t.width(), t.variables(), t.assumptions(), t.claim());
        return new Outcome(e, v, 1, "", List.of(), null);
    }

    private static CrossCheck.Result compare(Outcome o, Answer q, Answer a) {
        return CrossCheck.compare(o, q, a, "cvc5");
    }

    @Test
    void everyDefiniteVerdictAgreesWithTheAnswersItImplies() {
        assertEquals(CrossCheck.Status.AGREE, compare(theorem(Verdict.PROVED), UNSAT, SAT).status());
        assertEquals(CrossCheck.Status.AGREE, compare(theorem(Verdict.REFUTED), SAT, null).status());
        assertEquals(CrossCheck.Status.AGREE, compare(theorem(Verdict.VACUOUS), UNSAT, UNSAT).status());
        assertEquals(CrossCheck.Status.AGREE, compare(example(Verdict.WITNESSED), SAT, null).status());
        assertEquals(CrossCheck.Status.AGREE, compare(example(Verdict.UNWITNESSED), UNSAT, SAT).status());
        assertEquals(CrossCheck.Status.AGREE, compare(example(Verdict.VACUOUS), UNSAT, UNSAT).status());
        // without assumptions there is no vacuity question
        Outcome noAssumptions = new Outcome(successorGrows(), Verdict.PROVED, 1, "", List.of(), null);
        CrossCheck.Result r = compare(noAssumptions, UNSAT, null);
        assertEquals(CrossCheck.Status.AGREE, r.status());
        assertEquals("proved or vacuous", r.otherVerdict());
    }

    @Test
    void aWrongQueryAnswerIsADisagreementNamingBothVerdicts() {
        CrossCheck.Result r = compare(theorem(Verdict.PROVED), SAT, SAT);
        assertEquals(CrossCheck.Status.DISAGREE, r.status());
        assertEquals("refuted", r.otherVerdict());
        assertEquals("z3 says proved, cvc5 says refuted: cvc5 answered sat to the query (proved needs unsat)",
                r.reason());

        assertEquals(CrossCheck.Status.DISAGREE, compare(theorem(Verdict.REFUTED), UNSAT, null).status());
        assertEquals(CrossCheck.Status.DISAGREE, compare(example(Verdict.WITNESSED), UNSAT, null).status());
        assertEquals(CrossCheck.Status.DISAGREE, compare(example(Verdict.UNWITNESSED), SAT, SAT).status());
    }

    @Test
    void vacuityIsComparedThroughTheAssumptionsAlone() {
        CrossCheck.Result notVacuous = compare(theorem(Verdict.VACUOUS), UNSAT, SAT);
        assertEquals(CrossCheck.Status.DISAGREE, notVacuous.status());
        assertEquals("z3 says vacuous, cvc5 says proved: cvc5 answered sat to the assumptions alone (vacuous needs"
                + " unsat)", notVacuous.reason());
        CrossCheck.Result vacuous = compare(example(Verdict.UNWITNESSED), UNSAT, UNSAT);
        assertEquals(CrossCheck.Status.DISAGREE, vacuous.status());
        assertEquals("vacuous", vacuous.otherVerdict());
    }

    @Test
    void unknownOnEitherSideIsNotComparedAndNotAFailure() {
        CrossCheck.Result z3Unknown = compare(theorem(Verdict.UNKNOWN), null, null);
        assertEquals(CrossCheck.Status.NOT_COMPARED, z3Unknown.status());
        assertEquals("z3 says unknown", z3Unknown.reason());
        assertEquals(CrossCheck.Status.NOT_COMPARED, compare(theorem(Verdict.ERROR), null, null).status());

        CrossCheck.Result otherUnknown = compare(theorem(Verdict.PROVED), UNKNOWN, SAT);
        assertEquals(CrossCheck.Status.NOT_COMPARED, otherUnknown.status());
        assertEquals("cvc5 answered unknown (time limit of 10 ms) to the query", otherUnknown.reason());
        assertEquals(CrossCheck.Status.NOT_COMPARED, compare(theorem(Verdict.PROVED), UNSAT, UNKNOWN).status());
        // a definite contradiction still counts when the other question was not answered
        assertEquals(CrossCheck.Status.DISAGREE, compare(theorem(Verdict.PROVED), SAT, UNKNOWN).status());
    }

    @Test
    void aRejectedScriptIsAnError() {
        CrossCheck.Result r = compare(theorem(Verdict.PROVED), ERROR, SAT);
        assertEquals(CrossCheck.Status.ERROR, r.status());
        assertTrue(r.reason().startsWith("cvc5 failed on the query: (error"), r.reason());
        assertEquals(CrossCheck.Status.ERROR, compare(theorem(Verdict.PROVED), UNSAT, ERROR).status());
    }

    @Test
    void missingAnswersForADefiniteVerdictAreABugInTheCaller() {
        assertThrows(IllegalArgumentException.class, () -> compare(theorem(Verdict.PROVED), null, null));
        assertThrows(IllegalArgumentException.class, () -> compare(theorem(Verdict.PROVED), UNSAT, null));
        Outcome falseAssumptions = new Outcome(Samples.theorem("f", Terms.FALSE, Terms.TRUE), Verdict.VACUOUS, 0,
                "", List.of(), null);
        assertThrows(IllegalArgumentException.class, () -> compare(falseAssumptions, UNSAT, null));
        assertNull(compare(theorem(Verdict.REFUTED), SAT, null).assumptions());
    }
}
