package ptprove.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static ptprove.lower.Samples.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.result.Verdict;

class ImpliedFactsTest {
    private final Term.Var x = var("x", 64), y = var("y", 64);

    @Test
    void aStrictUpperBoundIsNotZero() {
        Term assumptions = and(ult(x, y), ult(bv(5, 64), x));
        Term with = ImpliedFacts.with(assumptions);
        // Term.App compares by identity (terms are shared, not interned): compare the printed terms
        assertEquals(List.of(assumptions, not(eq(y, bv(0, 64))), not(eq(x, bv(0, 64)))).toString(),
                ((Term.App) with).args().toString());
    }

    @Test
    void onlyTopLevelConjunctsImplyAnything() {
        Term either = Terms.or(ult(x, y), eq(x, y), S);
        assertSame(either, ImpliedFacts.with(either), "x < y || x == y does not imply y != 0");
        Term negated = not(ult(x, y));
        assertSame(negated, ImpliedFacts.with(negated));
        Term constant = ult(x, bv(7, 64));
        assertSame(constant, ImpliedFacts.with(constant), "a constant bound needs no fact: Z3 folds it");
    }

    @Test
    void theAddedFactFollowsFromTheAssumption() {
        try (SolverSession session = new SolverSession()) {
            assertEquals(Verdict.PROVED, session.solve(theorem("implied", ult(x, y), not(eq(y, bv(0, 64))), x, y),
                    Budget.NONE).verdict());
        }
    }
}
