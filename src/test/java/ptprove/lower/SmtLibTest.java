package ptprove.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.lower.Samples.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;

class SmtLibTest {

    @Test
    void theoremScriptIsExactlyTheStandardQuery() {
        Obligation base = alignedAdd();
        Obligation o = new Obligation("specs/arm64/layout.ptl", 3, "aligned_add", base.kind(), base.span(),
                new Config(List.of(new Config.Entry("ERA", 504, false), new Config.Entry("LPA", 1, true))),
                64, base.variables(), base.assumptions(), base.claim());
        String expected = """
                ; spec: specs/arm64/layout.ptl
                ; theorem: aligned_add
                ; config: ERA=504 LPA=true
                ; sat means refuted
                ; fingerprint: %s
                (set-option :produce-models true)
                (set-logic QF_BV)
                (declare-const x (_ BitVec 64))
                (assert (= (bvand x #x0000000000000fff) #x0000000000000000))
                (assert (not (= (bvand (bvadd x #x0000000000001000) #x0000000000000fff) #x0000000000000000)))
                (check-sat)
                """.formatted(Fingerprint.of(o));
        assertEquals(expected, SmtLib.script(o));
    }

    @Test
    void exampleAssertsTheClaimAndGetValueIsOptIn() {
        Term.Var x = var("x", 16);
        Term.Var flag = Terms.var("flag", 0, S);
        Obligation o = example("some_x", Terms.TRUE, and(flag, eq(x, bv(0x12, 16))), x, flag);
        String pure = SmtLib.script(o);
        assertTrue(pure.contains("; example: some_x\n"));
        assertTrue(pure.contains("; sat means witnessed\n"));
        assertTrue(pure.contains("(declare-const flag Bool)\n"));
        assertTrue(pure.contains("(assert (and flag (= x #x0012)))\n"), pure);
        assertFalse(pure.contains("(not"), "an example's claim is not negated");
        assertFalse(pure.contains("get-value"));
        assertFalse(pure.contains("; config:"), "no config line for a spec without params");
        assertTrue(pure.endsWith("(check-sat)\n"));

        String withValues = SmtLib.script(o, true);
        assertTrue(withValues.endsWith("(check-sat)\n(get-value (x flag))\n"), withValues);
    }

    @Test
    void trueAssumptionsAreNotAsserted() {
        String q = SmtLib.query(successorGrows());
        assertEquals("""
                (declare-const x (_ BitVec 64))
                (assert (not (bvult x (bvadd x #x0000000000000001))))
                (check-sat)
                """, q);
    }

    @Test
    void constantsUseHexWhenTheWidthAllowsElseDecimal() {
        assertEquals("#x0fff", SmtLib.constant(0xfff, 16));
        assertEquals("#xffffffffffffffff", SmtLib.constant(-1L, 64));
        assertEquals("#x000", SmtLib.constant(0, 12));
        assertEquals("(_ bv5 7)", SmtLib.constant(5, 7));
        assertEquals("(_ bv1 1)", SmtLib.constant(3, 1), "masked to the width");
        assertEquals("(_ bv9223372036854775807 63)", SmtLib.constant(-1L, 63));
        assertThrows(IllegalArgumentException.class, () -> SmtLib.constant(0, 0));
    }

    @Test
    void symbolsAreQuotedOnlyWhenNeeded() {
        assertEquals("start", SmtLib.symbol("start"));
        assertEquals("_t1", SmtLib.symbol("_t1"));
        assertEquals("a.b-c", SmtLib.symbol("a.b-c"));
        // reserved words: Z3 refuses |as| and |let| though SMT-LIB allows them (a spec's 'as' is a bound variable)
        assertEquals("let!", SmtLib.symbol("let"));
        assertEquals("assert!", SmtLib.symbol("assert"));
        assertEquals("as!", SmtLib.symbol("as"));
        assertEquals("|walk addr#1|", SmtLib.symbol("walk addr#1"));
        assertEquals("|1st|", SmtLib.symbol("1st"));
        assertEquals("|@x|", SmtLib.symbol("@x"));
        assertThrows(IllegalArgumentException.class, () -> SmtLib.symbol("a|b"));
    }

    @Test
    void sharedSubtermsAreDefinedOnceInPostOrder() {
        Term.Var x = var("x", 64);
        Term sum = bin(Op.ADD, x, bv(1, 64));
        Term twice = bin(Op.MUL, sum, sum);
        Obligation o = theorem("share", ult(sum, bv(100, 64)), eq(bin(Op.BVAND, twice, twice), twice), x);
        assertEquals("""
                (declare-const x (_ BitVec 64))
                (define-fun _t1 () (_ BitVec 64) (bvadd x #x0000000000000001))
                (define-fun _t2 () (_ BitVec 64) (bvmul _t1 _t1))
                (assert (bvult _t1 #x0000000000000064))
                (assert (not (= (bvand _t2 _t2) _t2)))
                (check-sat)
                """, SmtLib.query(o));
    }

    @Test
    void structurallyEqualCopiesArePrintedAsOne() {
        Term.Var x = var("x", 32);
        Term a = bin(Op.LSHR, x, bv(12, 32));
        Term b = bin(Op.LSHR, x, bv(12, 32)); // equal, not identical
        Obligation o = theorem("copies", Terms.TRUE, eq(a, b), x);
        // Terms.eq only folds identical operands, so both copies reach the printer
        assertTrue(SmtLib.query(o).contains("(define-fun _t1 () (_ BitVec 32) (bvlshr x #x0000000c))\n"));
        assertTrue(SmtLib.query(o).contains("(assert (not (= _t1 _t1)))"));
    }

    @Test
    void definitionNamesAvoidVariableNames() {
        Term.Var t = var("_t1", 8);
        Term s = bin(Op.ADD, t, bv(1, 8));
        String q = SmtLib.query(theorem("clash", Terms.TRUE, eq(bin(Op.MUL, s, s), s), t));
        assertTrue(q.contains("(define-fun __t1 () (_ BitVec 8) (bvadd _t1 #x01))"), q);
    }

    @Test
    void sixtyLevelsOfSharingPrintLinearly() {
        Term.Var x = var("x", 64);
        Term t = x;
        for (int i = 0; i < 60; i++) t = bin(Op.ADD, t, t); // 2^60 leaves as a tree
        Obligation o = theorem("doubling", Terms.TRUE, eq(t, bin(Op.MUL, x, bv(1L << 60, 64))), x);
        String script = SmtLib.script(o);
        assertTrue(script.length() < 8_000, "length " + script.length());
        assertEquals(59, script.split("\\(define-fun ", -1).length - 1);
    }

    @Test
    void deepUnsharedTermsDoNotOverflowTheStack() {
        Term.Var x = var("x", 32);
        Term t = x;
        for (int i = 0; i < 50_000; i++) t = bin(i % 2 == 0 ? Op.ADD : Op.BVXOR, t, bv(i + 1, 32));
        String q = SmtLib.query(theorem("deep", Terms.TRUE, ult(t, bv(5, 32)), x));
        assertEquals(50_000, q.split("\\(bv(add|xor) ", -1).length - 1);
    }

    @Test
    void outputIsByteIdenticalForIndependentlyBuiltObligations() {
        List<Obligation> first = suite();
        List<Obligation> second = suite();
        for (int i = 0; i < first.size(); i++) {
            assertEquals(SmtLib.script(first.get(i), true), SmtLib.script(second.get(i), true));
        }
    }

    @Test
    void freeVariablesMissingFromTheListAreStillDeclared() {
        Term.Var x = var("x", 8);
        Term.Var hidden = var("hidden", 8);
        String q = SmtLib.query(theorem("forgot", Terms.TRUE, ult(x, hidden), x));
        assertTrue(q.startsWith("(declare-const x (_ BitVec 8))\n(declare-const hidden (_ BitVec 8))\n"), q);
    }

    @Test
    void oneNameWithTwoWidthsIsRejected() {
        Term.Var x8 = var("x", 8);
        Obligation o = theorem("bad", Terms.TRUE, ult(var("x", 16), bv(3, 16)), x8);
        assertThrows(IllegalArgumentException.class, () -> SmtLib.query(o));
    }

    @Test
    void newlinesInNamesCannotBreakOutOfComments() {
        Obligation o = obligation("a\n(assert false)", "n", Obligation.Kind.THEOREM, Terms.TRUE, Terms.TRUE);
        assertTrue(SmtLib.script(o).startsWith("; spec: a (assert false)\n"));
    }
}
