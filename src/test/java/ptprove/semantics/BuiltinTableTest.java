package ptprove.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ptprove.TestSpecs;
import ptprove.check.Builtin;
import ptprove.eval.PropertyEval;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.solve.Budget;
import ptprove.solve.Prover;

/**
 * Every built-in through both semantics: the solver (closed forms of {@code elaborate}) and the reference
 * evaluator ({@code eval}) must both find the kernel's value at a point, and both must reject a wrong value. The
 * inputs are quantified (pinned by a where-clause and a var) so nothing folds before the solver sees it. A
 * built-in without a row fails {@link #everyBuiltinHasARow()}.
 */
class BuiltinTableTest {
    /** A pagetable with a folded level and two regions whose bounds are vars, so region built-ins reach Z3. */
    private static final String PRELUDE = """
            pagetable t {
              va_bits 48;
              level pgd shift 39;
              level pud shift 30 if false;
              level pmd shift 21;
              level pte shift 12;
            }
            var lo where lo == 0x1000;
            var hi where hi == 0x3000;
            region a = [lo, 0x2000);
            region b = [hi, 0x4000);
            region far = [0x8000000000, 0x8000001000);
            """;

    /** The call, the kernel's value at (x, y), and the values of x and y. */
    private record Row(String call, String expected, long x, long y) {}

    private static final Map<Builtin, Row> ROWS = new EnumMap<>(Builtin.class);

    static {
        ROWS.put(Builtin.MASK, new Row("mask(pmd) & x", "0xffffffffffe00000", -1L, 0));
        ROWS.put(Builtin.SHIFT, new Row("shift(pmd) + x", "21", 0, 0));
        ROWS.put(Builtin.SPAN, new Row("span(pud) + x", "0x8000000000", 0, 0)); // folded: aliases pgd's shift
        ROWS.put(Builtin.PRESENT, new Row("present(pud) || x == 1", "false", 0, 0));
        ROWS.put(Builtin.IS_LEAF, new Row("is_leaf(pte) && x == 0", "true", 0, 0));
        ROWS.put(Builtin.INDEX, new Row("index(pmd, x)", "0x203", 0x8040661234L, 0)); // 2^18 entries below pgd
        ROWS.put(Builtin.ENTRY_BASE, new Row("entry_base(pmd, x)", "0x8040600000", 0x8040661234L, 0));
        ROWS.put(Builtin.SAME_TABLE_BELOW, new Row("same_table_below(pmd, x, y)", "true", 0x8040661234L, 0x8040600000L));
        ROWS.put(Builtin.OVERLAPS, new Row("overlaps(a, b) || x == 1", "false", 0, 0));
        ROWS.put(Builtin.SHARES_TABLE, new Row("shares_table(a, b) && !shares_table(a, far) && x == 0", "true", 0, 0));
        ROWS.put(Builtin.ALIGNED, new Row("aligned(x, y)", "true", 0x3000, 0x1000));
        ROWS.put(Builtin.ROUND_DOWN, new Row("round_down(x, y)", "0x3000", 0x3456, 0x1000));
        ROWS.put(Builtin.ROUND_UP, new Row("round_up(x, y)", "0x4000", 0x3456, 0x1000));
        ROWS.put(Builtin.MIN, new Row("min(x, y)", "5", 5, -1L));
        ROWS.put(Builtin.MAX, new Row("max(x, y)", "0xffffffffffffffff", 5, -1L));
        ROWS.put(Builtin.BIT, new Row("BIT(x)", "0x8000000000000000", 63, 0));
    }

    @Test
    void everyBuiltinHasARow() {
        assertEquals(EnumSet.allOf(Builtin.class), ROWS.keySet());
    }

    @ParameterizedTest
    @EnumSource(Builtin.class)
    void bothSemanticsAgreeWithTheKernel(Builtin b) {
        Row r = ROWS.get(b);
        String right = "(" + r.call + ") == " + r.expected;
        String wrong = "!(" + right + ")";
        String spec = PRELUDE + theorem("right", right, r) + theorem("wrong", wrong, r);
        List<Obligation> obligations = TestSpecs.obligations(spec);
        List<Outcome> outcomes = new Prover(1, Budget.NONE).prove(obligations);
        assertEquals(Verdict.PROVED, verdict(outcomes, "right"), b + ": solver on " + right);
        assertEquals(Verdict.REFUTED, verdict(outcomes, "wrong"), b + ": solver on " + wrong);

        PropertyEval eval = new PropertyEval(TestSpecs.check(spec).program());
        Map<String, Long> vars = Map.of("lo", 0x1000L, "hi", 0x3000L);
        Map<String, Long> point = Map.of("x", r.x, "y", r.y);
        PropertyEval.Result ok = eval.evaluate("right", Config.EMPTY, vars, point);
        assertTrue(ok.assumptionsHold(), b + ": " + ok.failedAssumptions());
        assertEquals(Boolean.TRUE, ok.claim(), b + ": evaluator on " + right);
        assertEquals(Boolean.FALSE, eval.evaluate("wrong", Config.EMPTY, vars, point).claim(),
                b + ": evaluator on " + wrong);
    }

    private static String theorem(String name, String claim, Row r) {
        return "theorem " + name + ": forall x, y where x == " + hex(r.x) + " && y == " + hex(r.y) + ": " + claim + ";\n";
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    private static Verdict verdict(List<Outcome> outcomes, String name) {
        return outcomes.stream().filter(o -> o.obligation().name().equals(name)).findFirst().orElseThrow().verdict();
    }
}
