package ptprove.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.lower.Samples.*;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;

class Z3LoweringTest {
    private Context ctx;
    private Z3Lowering lowering;

    @BeforeEach
    void open() {
        ctx = new Context();
        lowering = new Z3Lowering(ctx);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    /** Builds an application directly, so Terms' folding cannot hide the operator from the lowering. */
    private static Term app(Op op, int width, Term... args) {
        return new Term.App(op, List.of(args), op.yieldsBool() ? 0 : width, S);
    }

    @Test
    void everyOperatorBecomesTheSmtLibOperatorOfTheSameName() {
        Term.Var a = var("a", 16), b = var("b", 16);
        Term.Var p = Terms.var("p", 0, S), q = Terms.var("q", 0, S);
        for (Op op : Op.values()) {
            Term t;
            if (op.arity() == 1) t = app(op, 16, op == Op.NOT ? p : a);
            else if (op == Op.AND || op == Op.OR || op == Op.IMPLIES) t = app(op, 0, p, q);
            else t = app(op, 16, a, b);
            Expr<?> e = lowering.lower(t);
            assertEquals(op.smt(), e.getFuncDecl().getName().toString(), op.name());
        }
        Term ite = new Term.Ite(p, a, b, S);
        assertTrue(lowering.lower(ite).isITE(), "Z3 calls its ite 'if'");
        assertTrue(lowering.lowerBool(new Term.Ite(p, q, p, S)).isITE(), "a boolean ite is a BoolExpr");
    }

    @Test
    void bitVectorOperatorsComputeWhatTermsFolds() {
        long[] values = {0, 1, 2, 3, 7, 12, 15, 16, 63, 64, 65, 0x1234, 0x8000, 0xffff, 0x8000_0000_0000_0000L, -1L, -2L};
        List<Op> ops = List.of(Op.ADD, Op.SUB, Op.MUL, Op.UDIV, Op.UREM, Op.SHL, Op.LSHR, Op.BVAND, Op.BVOR, Op.BVXOR);
        int checked = 0;
        for (int width : new int[]{7, 16, 64}) {
            for (Op op : ops) {
                for (long x : values) {
                    for (long y : values) {
                        Term t = app(op, width, new Term.Const(x & Terms.mask(width), width, S),
                                new Term.Const(y & Terms.mask(width), width, S));
                        assertEquals(Terms.fold(op, x, y, width), valueOf(lowering.lower(t)),
                                op + " " + x + " " + y + " at width " + width);
                        checked++;
                    }
                }
            }
        }
        assertEquals(3 * 10 * values.length * values.length, checked);
    }

    @Test
    void unaryAndComparisonOperatorsMatchJava() {
        for (int width : new int[]{1, 16, 64}) {
            for (long x : new long[]{0, 1, 5, 0x7fff, -1L}) {
                Term cx = new Term.Const(x & Terms.mask(width), width, S);
                assertEquals(~x & Terms.mask(width), valueOf(lowering.lower(app(Op.BVNOT, width, cx))));
                assertEquals(-x & Terms.mask(width), valueOf(lowering.lower(app(Op.BVNEG, width, cx))));
                for (long y : new long[]{0, 1, 6, -1L}) {
                    Term cy = new Term.Const(y & Terms.mask(width), width, S);
                    int cmp = Long.compareUnsigned(x & Terms.mask(width), y & Terms.mask(width));
                    assertEquals(cmp < 0, truth(lowering.lower(app(Op.ULT, 0, cx, cy))));
                    assertEquals(cmp <= 0, truth(lowering.lower(app(Op.ULE, 0, cx, cy))));
                    assertEquals(cmp == 0, truth(lowering.lower(app(Op.EQ, 0, cx, cy))));
                }
            }
        }
    }

    @Test
    void booleanOperatorsFollowTheirTruthTables() {
        Term t = Terms.TRUE, f = Terms.FALSE;
        for (Term a : List.of(t, f)) {
            for (Term b : List.of(t, f)) {
                boolean x = Terms.boolValue(a), y = Terms.boolValue(b);
                assertEquals(x == y, truth(lowering.lower(app(Op.EQ, 0, a, b))), "= on booleans is iff");
                assertEquals(!x || y, truth(lowering.lower(app(Op.IMPLIES, 0, a, b))));
                assertEquals(x && y && x, truth(lowering.lower(app(Op.AND, 0, a, b, a))));
                assertEquals(x || y || x, truth(lowering.lower(app(Op.OR, 0, a, b, a))));
                assertEquals(!x, truth(lowering.lower(app(Op.NOT, 0, a))));
                assertEquals(x ? y : !y, truth(lowering.lower(new Term.Ite(a, b, app(Op.NOT, 0, b), S))));
            }
        }
    }

    @Test
    void constantsKeepAllTheirBits() {
        Expr<?> max = lowering.lower(bv(-1L, 64));
        assertEquals(BigInteger.TWO.pow(64).subtract(BigInteger.ONE), ((BitVecNum) max).getBigInteger());
        Expr<?> top16 = lowering.lower(bv(0xffff, 16));
        assertEquals(16, ((BitVecNum) top16).getSortSize());
        assertEquals(0xffff, ((BitVecNum) top16).getLong());
    }

    @Test
    void sixtyLevelsOfSharingLowerToSixtyTwoExpressions() {
        Term.Var x = var("x", 64);
        Term t = x;
        for (int i = 0; i < 60; i++) t = bin(Op.ADD, t, t);
        Term claim = eq(t, bin(Op.SHL, x, bv(60, 64)));
        BoolExpr e = lowering.lowerBool(claim);
        // x, 60 sums, the constant 60, the shift and the equation
        assertEquals(64, lowering.size());
        Solver s = ctx.mkSolver();
        s.add(new BoolExpr[] {ctx.mkNot(e)});
        assertEquals(Status.UNSATISFIABLE, s.check(), "x doubled 60 times is x << 60");
    }

    @Test
    void memoisesByIdentityAndSharesVariablesByName() {
        Term.Var x = var("x", 32);
        Term sum = bin(Op.ADD, x, bv(1, 32));
        assertSame(lowering.lower(sum), lowering.lower(sum));
        assertEquals(lowering.lower(x), lowering.lower(var("x", 32)));
        assertEquals(lowering.variable(x), lowering.lower(var("x", 32)));
        assertThrows(IllegalArgumentException.class, () -> lowering.lower(var("x", 16)));
    }

    @Test
    void malformedTermsAreRejectedWithAMessage() {
        Term.Var x = var("x", 8);
        assertThrows(IllegalArgumentException.class, () -> lowering.lower(new Term.App(Op.ADD, List.of(x), 8, S)));
        assertThrows(IllegalArgumentException.class,
                () -> lowering.lower(new Term.App(Op.ADD, List.of(x, var("y", 16)), 8, S)));
        assertThrows(IllegalArgumentException.class, () -> lowering.lowerBool(x));
        assertThrows(IllegalArgumentException.class, () -> lowering.lower(new Term.App(Op.NOT, List.of(x), 0, S)));
    }

    @Test
    void deepTermsLowerWithoutOverflowingTheStack() {
        Term.Var x = var("x", 32);
        Term t = x;
        for (int i = 0; i < 50_000; i++) t = bin(i % 2 == 0 ? Op.ADD : Op.BVXOR, t, bv(i + 1, 32));
        lowering.lower(t);
        assertTrue(lowering.size() > 50_000);
    }

    private static long valueOf(Expr<?> e) {
        Expr<?> s = e.simplify();
        assertTrue(s instanceof BitVecNum, "not a constant: " + s);
        return ((BitVecNum) s).getBigInteger().longValue();
    }

    private static boolean truth(Expr<?> e) {
        Expr<?> s = e.simplify();
        assertTrue(s.isTrue() || s.isFalse(), "not a constant: " + s);
        return s.isTrue();
    }
}
