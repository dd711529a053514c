package ptprove.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ptprove.bind.KernelTree;
import ptprove.kernel.TreeBacked;
import ptprove.result.Drift;
import ptprove.result.Verdict;
import ptprove.solve.Budget;

/** pgtable_range_aligned of hotremove.ptl against 6.1's arch/arm64/mm/mmu.c, as it is and with one line deleted. */
@Tag("slow") // reads the kernel tree and proves eight fns equivalent twice, 2-3 s: with the other tree-backed
             // tests (KernelCommandsTreeTest) out of the fast tier; mvn verify runs it
class DriftRunTreeTest {
    private static Drift.Spec drift(KernelTree tree) throws Exception {
        List<SpecInput> in = SpecFinder.find(List.of("specs/arm64/hotremove.ptl"), null);
        Drift.Report r = new DriftRun(tree, 2, new Budget(0, 0), "test").run(in);
        return r.specs().get(0);
    }

    @Test
    void theSpecsFnIsTheKernelsAndNotOnceALineIsDeleted() throws Exception {
        KernelTree tree = KernelTree.open(TreeBacked.tree());
        Drift.Spec as = drift(tree);
        assertFalse(as.hasErrors(), as.diagnostics().toString());
        assertEquals(8, as.fns().size());
        for (Drift.Fn f : as.fns()) assertEquals(Verdict.PROVED, f.verdict(), f.toString());
        assertTrue(as.fns().get(0).kernelAt().startsWith("arch/arm64/mm/mmu.c:"));

        String mmu = tree.text("arch/arm64/mm/mmu.c");
        int at = mmu.indexOf("\tstart &= mask;\n\tif (start < floor)");
        int line = (int) mmu.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        String patch = "--- a/arch/arm64/mm/mmu.c\n+++ b/arch/arm64/mm/mmu.c\n@@ -" + line + ",2 +" + line
                + ",1 @@\n-\tstart &= mask;\n \tif (start < floor)\n";
        Drift.Spec cut = drift(tree.withPatch(patch, "6.1 without start &= mask"));
        assertTrue(cut.drifted());
        Drift.Fn f = cut.fns().get(0);
        assertEquals(Verdict.REFUTED, f.verdict());
        assertEquals(List.of("start", "end", "floor", "ceiling", "mask"), List.copyOf(f.input().keySet()));
        assertFalse(f.specResult().equals(f.kernelResult()), f.toString());
        assertEquals(mmu, tree.text("arch/arm64/mm/mmu.c"), "the tree itself is not changed");
    }
}
