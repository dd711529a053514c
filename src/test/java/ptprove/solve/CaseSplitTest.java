package ptprove.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.lower.Samples.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.Span;

class CaseSplitTest {
    private static final Term.Var X = var("x", 8), Y = var("y", 8);
    private static final Term A = ult(X, bv(3, 8)), B = ult(bv(9, 8), X), C = ult(Y, bv(5, 8)), D = eq(Y, bv(7, 8));

    private static Term or(Term... ts) { return Terms.or(List.of(ts), Span.SYNTHETIC); }

    @Test
    void noDisjunctionNoCases() {
        assertTrue(CaseSplit.of(and(A, C)).isEmpty());
        assertTrue(CaseSplit.of(Terms.TRUE).isEmpty());
        assertTrue(CaseSplit.of(not(and(A, C))).isEmpty(), "only a disjunction written as one is split");
    }

    @Test
    void theCasesOfADisjunctionDoNotOverlap() {
        assertEquals(List.of(A, and(not(A), B)).toString(), CaseSplit.of(and(C, or(A, B))).toString());
        assertEquals(List.of(A, and(not(A), B)).toString(), CaseSplit.of(or(A, B)).toString(), "a lone disjunction");
    }

    @Test
    void disjunctionsMultiplyUpToTheLimit() {
        List<Term> two = CaseSplit.of(and(or(A, B), or(C, D)));
        assertEquals(4, two.size());
        assertEquals(and(and(not(A), B), and(not(C), D)).toString(), two.get(3).toString());
        // a third disjunction would make 8 cases: it stays in the assumptions
        assertEquals(two.toString(), CaseSplit.of(and(or(A, B), or(C, D), or(A, D))).toString());
        // a three-way one first, then no room for another two-way one
        assertEquals(3, CaseSplit.of(and(or(A, B, C), or(C, D))).size());
        assertEquals(CaseSplit.MAX_CASES, 4);
    }

    /** Over every x and y (8 bits): the assumptions hold exactly when they hold with some case, and in one. */
    @Test
    void theCasesCoverTheAssumptionsExactlyOnce() {
        Term assumptions = and(or(A, B, D), or(C, eq(X, Y)));
        List<Term> cases = CaseSplit.of(assumptions);
        assertEquals(3, cases.size());
        for (int x = 0; x < 256; x++) {
            for (int y = 0; y < 256; y++) {
                boolean holds = eval(assumptions, x, y);
                int in = 0;
                for (Term c : cases) if (eval(c, x, y) && holds) in++;
                assertEquals(holds ? 1 : 0, in, "x=" + x + " y=" + y);
            }
        }
    }

    /** The few operators these assumptions use, at 8 bits. */
    private static boolean eval(Term t, int x, int y) {
        if (t instanceof Term.BoolConst b) return b.value();
        Term.App a = (Term.App) t;
        return switch (a.op()) {
            case AND -> a.args().stream().allMatch(c -> eval(c, x, y));
            case OR -> a.args().stream().anyMatch(c -> eval(c, x, y));
            case NOT -> !eval(a.args().get(0), x, y);
            case ULT -> num(a.args().get(0), x, y) < num(a.args().get(1), x, y);
            case EQ -> num(a.args().get(0), x, y) == num(a.args().get(1), x, y);
            default -> throw new IllegalArgumentException(a.op().toString());
        };
    }

    private static long num(Term t, int x, int y) {
        if (t instanceof Term.Const c) return c.value();
        return ((Term.Var) t).name().equals("x") ? x : y;
    }
}
