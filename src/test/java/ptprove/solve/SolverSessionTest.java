package ptprove.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.lower.Samples.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ptprove.ir.Obligation;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.lower.Fingerprint;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

class SolverSessionTest {
    private static SolverSession session;

    @BeforeAll
    static void open() {
        session = new SolverSession();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static Outcome solve(Obligation o) {
        return session.solve(o, Budget.NONE);
    }

    @Test
    void alignedAdditionStaysAligned() {
        Outcome r = solve(alignedAdd());
        assertEquals(Verdict.PROVED, r.verdict(), r.reason());
        assertTrue(r.model().isEmpty());
        assertNull(r.reason());
        assertEquals(Fingerprint.of(alignedAdd()), r.fingerprint());
        assertTrue(r.millis() >= 0);
    }

    @Test
    void successorOverflowsAtTheTop() {
        Obligation o = successorGrows();
        Outcome r = solve(o);
        assertEquals(Verdict.REFUTED, r.verdict());
        assertEquals(1, r.model().size());
        assertEquals(o.variables().get(0), r.model().get(0).variable());
        assertEquals(0xffff_ffff_ffff_ffffL, r.model().get(0).value());
    }

    @Test
    void contradictoryAssumptionsAreVacuous() {
        Term.Var x = var("x", 64);
        Outcome r = solve(theorem("empty_range", and(ult(x, bv(5, 64)), ult(bv(10, 64), x)), eq(x, bv(1, 64)), x));
        assertEquals(Verdict.VACUOUS, r.verdict());
        assertTrue(r.model().isEmpty());

        Outcome folded = solve(example("folded", Terms.FALSE, Terms.TRUE));
        assertEquals(Verdict.VACUOUS, folded.verdict());
    }

    @Test
    void examplesAreWitnessedOrNot() {
        Term.Var x = var("x", 16);
        // 3 is invertible modulo 2^16, so x = 3 is the only witness
        Outcome w = solve(example("three", Terms.TRUE, eq(bin(Op.MUL, x, bv(3, 16)), bv(9, 16)), x));
        assertEquals(Verdict.WITNESSED, w.verdict());
        assertEquals(3, w.model().get(0).value());

        Outcome u = solve(example("odd_double", ult(x, bv(0x100, 16)), eq(bin(Op.MUL, x, bv(2, 16)), bv(3, 16)), x));
        assertEquals(Verdict.UNWITNESSED, u.verdict());
        assertTrue(u.model().isEmpty());
    }

    @Test
    void sixteenBitArithmeticWraps() {
        Term.Var x = var("x", 16);
        assertEquals(Verdict.PROVED, solve(theorem("wrap", Terms.TRUE,
                eq(bin(Op.ADD, x, bv(0xffff, 16)), bin(Op.SUB, x, bv(1, 16))), x)).verdict());
        Outcome r = solve(theorem("no_wrap", Terms.TRUE, ult(x, bin(Op.ADD, x, bv(0x8000, 16))),
                x));
        assertEquals(Verdict.REFUTED, r.verdict());
        long v = r.model().get(0).value();
        assertTrue(v >= 0x8000 && v <= 0xffff, "value " + v + " is an unsigned 16-bit number that wraps");
    }

    @Test
    void booleansAndUnusedVariablesGetValues() {
        Term.Var flag = Terms.var("flag", 0, S);
        Term.Var x = var("x", 8);
        Term.Var unused = var("unused", 32);
        Outcome r = solve(example("flag", Terms.TRUE, and(flag, eq(x, bv(0xab, 8))), flag, x, unused));
        assertEquals(Verdict.WITNESSED, r.verdict());
        assertEquals(List.of(1L, 0xabL), List.of(r.model().get(0).value(), r.model().get(1).value()));
        assertEquals(3, r.model().size(), "model completion gives unconstrained variables a value");
    }

    @Test
    void aTinyResourceLimitGivesUnknownWithAReadableReason() {
        Term.Var x = var("x", 64), y = var("y", 64);
        Outcome r = session.solve(example("factor", Terms.TRUE, factoring(x, y), x, y), Budget.rlimit(1000));
        assertEquals(Verdict.UNKNOWN, r.verdict());
        assertEquals("resource limit (rlimit 1000) exhausted", r.reason());
        assertTrue(r.model().isEmpty());

        // the query (factoring and not true) is unsatisfiable at once; the vacuity check then runs out
        Outcome t = session.solve(theorem("no_factors", factoring(x, y), Terms.TRUE, x, y), Budget.rlimit(1000));
        assertEquals(Verdict.UNKNOWN, t.verdict());
        assertEquals("resource limit (rlimit 1000) exhausted while checking the assumptions", t.reason());
    }

    @Test
    void whatTheSmtCoreCannotFinishWithinItsLimitGoesToTheBitBlaster() {
        try (SolverSession capped = new SolverSession(new VacuityCache(), false, 1)) {
            Outcome proved = capped.solve(alignedAdd(), Budget.NONE);
            assertEquals(Verdict.PROVED, proved.verdict(), proved.reason());
            assertTrue(capped.fallbacks() > 0, "one resource unit is not enough for the SMT core");
            Outcome refuted = capped.solve(successorGrows(), Budget.NONE);
            assertEquals(Verdict.REFUTED, refuted.verdict(), refuted.reason());
            assertEquals(0xffff_ffff_ffff_ffffL, refuted.model().get(0).value());
        }
        int before = session.fallbacks();
        assertEquals(Verdict.PROVED, solve(alignedAdd()).verdict());
        assertEquals(before, session.fallbacks(), "within the default limit the SMT core answers");
    }

    @Test
    void theBitBlasterIsAskedCaseByCaseAndAnswersForTheWhole() {
        Term.Var x = var("x", 64), y = var("y", 64);
        // x < 10 || 20 < x, and y is x + 1: refuted only in the second case (x = 0xffff_ffff_ffff_ffff)
        Term split = and(Terms.or(List.of(ult(x, bv(10, 64)), ult(bv(20, 64), x)), S),
                eq(y, bin(Op.ADD, x, bv(1, 64))));
        try (SolverSession capped = new SolverSession(new VacuityCache(), false, 1)) {
            Outcome refuted = capped.solve(theorem("grows", split, ult(x, y), x, y), Budget.NONE);
            assertEquals(Verdict.REFUTED, refuted.verdict(), refuted.reason());
            assertEquals(-1L, refuted.model().get(0).value(), "the model is the second case's, and holds");
            assertEquals(0L, refuted.model().get(1).value());
            Outcome proved = capped.solve(theorem("not_15", split, not(eq(x, bv(15, 64))), x, y), Budget.NONE);
            assertEquals(Verdict.PROVED, proved.verdict(), proved.reason());
            Outcome vacuous = capped.solve(theorem("none", and(split, eq(x, bv(15, 64))), Terms.FALSE, x, y),
                    Budget.NONE);
            assertEquals(Verdict.VACUOUS, vacuous.verdict(), "no case holds: the assumptions cannot");
        }
    }

    @Test
    void aBudgetSpentInTheSmtCoreIsNotHandedToTheBitBlaster() {
        Term.Var x = var("x", 64), y = var("y", 64);
        int before = session.fallbacks();
        Outcome r = session.solve(example("factor", Terms.TRUE, factoring(x, y), x, y), Budget.rlimit(1000));
        assertEquals(Verdict.UNKNOWN, r.verdict());
        assertEquals("resource limit (rlimit 1000) exhausted", r.reason());
        assertEquals(before, session.fallbacks());
    }

    @Test
    void aTimeoutGivesUnknown() {
        Term.Var x = var("x", 64), y = var("y", 64);
        Outcome r = session.solve(example("factor", Terms.TRUE, factoring(x, y), x, y), Budget.timeout(1));
        assertEquals(Verdict.UNKNOWN, r.verdict());
        assertEquals("timeout (1 ms)", r.reason());
    }

    @Test
    void aBrokenObligationIsAnErrorAndTheSessionCarriesOn() {
        Term.Var x = var("x", 8);
        Term malformed = new Term.App(Op.ULT, List.of(x), 0, S);
        Outcome r = solve(theorem("broken", Terms.TRUE, malformed, x));
        assertEquals(Verdict.ERROR, r.verdict());
        assertTrue(r.reason().startsWith("internal: "), r.reason());
        assertEquals(Verdict.PROVED, solve(alignedAdd()).verdict());
    }

    @Test
    void modelsSatisfyTheQueryAndVerdictsMatchTheirNames() {
        for (Obligation o : suite()) {
            Outcome r = solve(o);
            String expected = o.name().startsWith("aligned") ? "PROVED" : o.name().startsWith("times_three") ? "REFUTED"
                    : o.name().startsWith("vacuous") ? "VACUOUS" : o.name().startsWith("xor") ? "WITNESSED" : "UNWITNESSED";
            assertEquals(expected, r.verdict().name(), o.name());
            if (!r.model().isEmpty()) {
                Map<String, Long> env = env(r);
                assertTrue(querySatisfied(o, env), o.name() + " " + env);
                for (Outcome.Value v : r.model()) {
                    long mask = v.variable().var().isBool() ? 1 : Terms.mask(v.variable().var().width());
                    assertEquals(v.value() & mask, v.value(), "unsigned and within the width");
                }
            }
        }
    }

    @Test
    void anObligationGetsTheSameModelWhateverWasSolvedBefore() {
        Term.Var x = var("x", 32), y = var("y", 32);
        // many models: which one Z3 picks must not depend on the session's history
        Obligation open = example("open", ult(x, y), ult(bin(Op.ADD, x, y), bv(1000, 32)), x, y);
        Outcome first = solve(open);
        for (Obligation o : suite()) solve(o);
        Outcome again = solve(open);
        try (SolverSession fresh = new SolverSession()) {
            Outcome elsewhere = fresh.solve(open, Budget.NONE);
            assertEquals(first.model(), again.model());
            assertEquals(first.model(), elsewhere.model());
        }
    }

    @Test
    void optionsDescribeTheSolver() {
        Map<String, String> d = SolverOptions.of(new Budget(5000, 0)).describe();
        assertEquals(List.of("solver", "version", "seed", "timeout", "rlimit"), List.copyOf(d.keySet()));
        assertEquals("z3", d.get("solver"));
        assertTrue(d.get("version").startsWith("4.14"), d.get("version"));
        assertEquals("0", d.get("seed"));
        assertEquals("5000 ms", d.get("timeout"));
        assertEquals("none", d.get("rlimit"));
    }
}
