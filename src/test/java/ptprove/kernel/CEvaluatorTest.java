package ptprove.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** C constant expressions with C's types: each case is one where a naive 64-bit evaluation would differ. */
class CEvaluatorTest {
    private static final CEvaluator EVAL = new CEvaluator(Map.of("vabits_actual", 48L), Map.of("page", 64L));

    private static long value(String c) throws CProblem {
        return EVAL.eval(CParser.parseWhole(CLexer.tokens(c))).asUnsignedLong();
    }

    private static CType type(String c) throws CProblem {
        return EVAL.typeOf(CParser.parseWhole(CLexer.tokens(c)));
    }

    private static CProblem problem(String c) {
        return assertThrows(CProblem.class, () -> value(c));
    }

    @Test
    void literalsTakeTheFirstTypeThatFits() throws CProblem {
        assertEquals(CType.INT, type("2147483647"));
        assertEquals(CType.LONG, type("2147483648"));
        assertEquals(CType.UINT, type("0x80000000"));
        assertEquals(CType.ULONG, type("1UL"));
        assertEquals(CType.ULLONG, type("1ull"));
        assertEquals(CType.ULONG, type("0xffffffffffffffff"));
        assertEquals(CType.UINT, type("1u"));
        assertEquals(8, value("010"));
        assertEquals(5, value("0b101"));
    }

    @Test
    void intArithmeticWrapsAt32BitsThenSignExtends() throws CProblem {
        assertEquals(0xffffffff80000000L, value("1 << 31"));
        assertEquals(0, value("0xffffffff + 1"), "unsigned int wraps to 0");
        assertEquals(0x100000000L, value("0xffffffffUL + 1"));
        assertEquals(-1L, value("-1"));
        assertEquals(0xffffffffL, value("(unsigned int)-1"));
        assertEquals(0xffL, value("(u8)0x1ff"));
    }

    @Test
    void comparisonsAndDivisionFollowTheCommonType() throws CProblem {
        assertEquals(1, value("-1 < 0"));
        assertEquals(0, value("-1 < 0UL"), "-1 converts to ULONG_MAX");
        assertEquals(0, value("-1 < 0u"));
        assertEquals(1, value("-1L < 0u"), "long holds every unsigned int, so the comparison is signed");
        assertEquals(-3L, value("-7 / 2"));
        assertEquals(0x7ffffffffffffffcL, value("-7UL / 2"));
        assertEquals(-1L, value("-7 % 2"));
        assertEquals(-4L, value("-7 >> 1"), "arithmetic shift of a negative int");
        assertEquals(0x7ffffffffffffffcL, value("-7UL >> 1"));
    }

    @Test
    void conditionalHasTheCommonTypeOfBothBranches() throws CProblem {
        assertEquals(-1L, value("1 ? -1 : 0UL"));
        assertEquals(CType.ULONG, type("1 ? -1 : 0UL"));
        assertEquals(0xffffffffL, value("1 ? -1 : 0u"));
    }

    @Test
    void untakenBranchesAreTypedButNotEvaluated() throws CProblem {
        assertEquals(7, value("1 ? 7 : 1 / 0"));
        assertEquals(0, value("0 && (1 / 0)"));
        assertEquals(1, value("1 || (1 << 99)"));
    }

    @Test
    void sizeofBuiltinsAndRuntimeVariables() throws CProblem {
        assertEquals(64, value("sizeof(struct page)"));
        assertEquals(8, value("sizeof(unsigned long)"));
        assertEquals(8, value("sizeof(sizeof(struct page) - 1)"));
        assertEquals(4, value("sizeof(1 + 1)"));
        assertEquals(1, value("__builtin_constant_p(sizeof(struct page))"));
        assertEquals(0, value("__builtin_constant_p(vabits_actual)"));
        assertEquals(58, value("__builtin_clzll(63)"));
        assertEquals(26, value("__builtin_clz(63)"));
        assertEquals(6, value("__order_base_2(64)"));
        assertEquals(7, value("__order_base_2(65)"));
        assertEquals(5, value("__ilog2_u32(63)"));
        assertEquals(0xffff000000000000L, value("-(1UL << vabits_actual)"));
        assertEquals(1, value("__builtin_expect(!!(5), 1)"));
        assertTrue(EVAL.isConstant(CParser.parseWhole(CLexer.tokens("1 ? 2 : sizeof(struct page)"))));
    }

    @Test
    void whatCannotBeEvaluatedIsNamed() {
        assertTrue(problem("1UL << 64").getMessage().contains("shift by 64"));
        assertTrue(problem("1 << 32").getMessage().contains("32-bit int"));
        assertTrue(problem("5 / (2 - 2)").getMessage().contains("division by zero"));
        assertTrue(problem("sizeof(struct folio)").getMessage().contains("kernel sizeof(struct folio)"));
        assertTrue(problem("page_offset_base + 1").getMessage().contains("kernel variable page_offset_base"));
        assertTrue(problem("*(unsigned long *)0").getMessage().contains("pointer"));
        assertTrue(problem("x->y").getMessage().contains("outside"));
        assertTrue(problem("\"s\"").getMessage().contains("string literal"));
        assertTrue(problem("({ 1; })").getMessage().contains("statement expression"));
        assertTrue(problem("1, 2").getMessage().contains("comma"));
        assertTrue(problem("fls(8)").getMessage().contains("fls"));
        assertTrue(problem("1.5").getMessage().contains("floating"));
        assertTrue(problem("__builtin_clzll(0)").getMessage().contains("undefined"));
        CProblem p = problem("1 + (x = 2)");
        assertEquals(7, p.start(), "the problem points at the '='");
    }
}
