package ptprove.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.lower.Samples.*;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ptprove.ir.Obligation;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/**
 * Issue #13 item 12: --timeout-ms did not bound lowering. An obligation whose terms are a tree of 2^21 nodes
 * (what an unshared fn chain elaborated to) spent seconds rendering its query and building Z3 terms before Z3's
 * own timeout began. The worker's clock now covers the cache key, the fingerprint and the lowering.
 */
class LoweringBudgetTest {
    /** A full binary tree of additions over x, {@code depth} deep, every node its own object (no sharing). */
    private static Term tree(Term.Var x, int depth) {
        if (depth == 0) return bin(Op.ADD, x, bv(1, 64));
        return bin(Op.ADD, tree(x, depth - 1), tree(x, depth - 1));
    }

    @Test
    @Tag("slow") // building the 2^22-node tree takes ~15 s of CPU: not for the edit loop
    void aTimeoutBoundsTheLoweringOfAHugeObligation() {
        Term.Var x = var("x", 64);
        Obligation huge = theorem("huge", ult(x, bv(0x10, 64)), not(eq(tree(x, 21), bv(5, 64))), x);
        List<Outcome> out = new Prover(1, Budget.timeout(200)).prove(List.of(huge));
        assertEquals(Verdict.UNKNOWN, out.get(0).verdict(), out.get(0).toString());
        assertEquals("timeout (200 ms) while lowering the query", out.get(0).reason());
        // the obligation's clock: from when the worker took it up to its verdict
        assertTrue(out.get(0).millis() < 2_000, "stopped soon after 200 ms, not after the whole lowering: "
                + out.get(0).millis() + " ms");
    }
}
