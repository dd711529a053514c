package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.bind.KernelTree;
import ptprove.kernel.TreeBacked;
import ptprove.pipeline.ReviewRun;
import ptprove.pipeline.SpecFinder;
import ptprove.report.ReviewJsonRenderer;
import ptprove.report.ReviewMarkdownRenderer;
import ptprove.report.ReviewTextRenderer;
import ptprove.result.Review;
import ptprove.solve.Budget;

/**
 * The kernel commands against Debian's linux-source-6.1 (skipped without it, failing under CI=true): drift of the
 * arm64 layout and of the x86-64 fixed layout, a spec off by 64 KiB, check --kernel with the recorded verdicts,
 * and the review of the four test patches under src/test/resources/kernel/patches.
 */
@Tag("slow") // ~45 s of solving both sides of four patches: left out of the fast tier (it runs in mvn verify)
class KernelCommandsTreeTest {
    private static final Path PATCHES = Path.of("src/test/resources/kernel/patches");
    private static String tree;

    @BeforeAll
    static void tree() {
        tree = TreeBacked.tree().toString();
    }

    private static void fitsEighty(String text) {
        for (String line : text.split("\n")) assertTrue(line.length() <= 80, "over 80 columns: " + line);
    }

    @Test
    void arm64LayoutHasNoDriftInAnyEra517Configuration() throws IOException {
        CliRun r = CliRun.of("drift", "specs/arm64/layout.ptl", "--kernel", tree, "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonNode spec = new ObjectMapper().readTree(r.out()).get("specs").get(0);
        assertEquals("ERA=517", spec.get("selection").asText());
        assertEquals(8, spec.get("configurations").asInt());
        List<String> lets = spec.get("values").findValuesAsText("let").stream().distinct().toList();
        for (String m : List.of("PAGE_OFFSET", "PAGE_END", "VMEMMAP_START", "VMEMMAP_END", "VMEMMAP_SIZE",
                "VMALLOC_START", "VMALLOC_END", "PCI_IO_START", "PCI_IO_END", "FIXADDR_TOP", "MODULES_VADDR",
                "MODULES_END", "PGDIR_SHIFT", "PUD_SHIFT", "PMD_SHIFT", "PTRS_PER_PTE", "PTRS_PER_PMD",
                "PTRS_PER_PUD", "PTRS_PER_PGD")) {
            assertTrue(lets.contains(m), m + " not compared: " + lets);
        }
        assertEquals(lets.size() * 8, spec.get("values").size());
        for (JsonNode v : spec.get("values")) assertFalse(v.get("drift").asBoolean(), v.toString());
        CliRun text = CliRun.of("drift", "specs/arm64/layout.ptl", "--kernel", tree);
        assertTrue(text.out().contains("values: no drift"), text.out());
        fitsEighty(text.out());
    }

    @Test
    void aSpecOffBy64KDriftsExactlyThereWithBothPlaces(@TempDir Path dir) throws IOException {
        copy(Path.of("specs/arm64"), dir);
        Path layout = dir.resolve("layout.ptl");
        String text = Files.readString(layout);
        String off = text.replace(": ERA >= 511 ? VMEMMAP_START - SZ_256M", ": ERA >= 511 ? VMEMMAP_START - SZ_256M - SZ_64K");
        assertTrue(!off.equals(text), "the VMALLOC_END formula moved; update this test");
        Files.writeString(layout, off);
        CliRun r = CliRun.of("drift", layout.toString(), "--kernel", tree, "--root", dir.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("DRIFT VMALLOC_END in 8 of 8 configurations"), r.out());
        assertEquals(1, r.out().split("DRIFT ", -1).length - 1, "exactly one let drifted:\n" + r.out());
        assertTrue(r.out().contains("spec   0xfffffbffefff0000"), r.out());
        assertTrue(r.out().contains("kernel 0xfffffbfff0000000 at arch/arm64/include/asm/pgtable.h:"), r.out());
        assertTrue(r.out().matches("(?s).*at .*layout\\.ptl:\\d+.*"), r.out());
        fitsEighty(r.out());
    }

    @Test
    void x86FixedLayoutHasNoDrift() {
        CliRun r = CliRun.of("drift", "specs/x86_64/layout.ptl", "--kernel", tree);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("__VMEMMAP_BASE_L5"), r.out());
    }

    @Test
    void checkWithTheTreeGivesTheRecordedVerdictsAndSaysWhereValuesCameFrom() {
        CliRun r = CliRun.of("check", "--no-cache", "--no-timing", "--kernel", tree, "specs/arm64/hotremove.ptl",
                "--config", "ERA=517");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("matches its proof record"), r.out());
        assertFalse(r.out().contains("fingerprint"), "the tree's values lower to the recorded queries:\n" + r.out());
        assertTrue(r.out().contains("values and functions from Linux 6.1"), r.out());
        assertTrue(r.out().contains("arch/arm64/mm/mmu.c: fn pgtable_range_aligned:"), r.out());
        assertTrue(r.out().contains("include/asm-generic/pgtable-nopud.h: PUD_SHIFT:"), r.out());
    }

    @Test
    void aCommentOnlyPatchChangesNothing() {
        CliRun r = CliRun.of("review", PATCHES.resolve("a-comment-only.patch").toString(), "specs/arm64",
                "--kernel", tree);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("No layout change, no verdict change."), r.out());
        fitsEighty(r.out());
    }

    /** A spec that binds nothing cannot be compared: the reply names it instead of a bare all-clear. */
    @Test
    void aSpecThatBindsNothingIsNamed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path spec = java.nio.file.Files.writeString(dir.resolve("k.ptl"),
                "param K in {1, 2};\ntheorem t: forall x where x < 16: x + K > x;\n");
        CliRun r = CliRun.of("review", PATCHES.resolve("c-no-floor-test.patch").toString(), spec.toString(),
                "--kernel", tree);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Bind nothing to the kernel, so the patch was not compared against them:\n  "
                + spec + "\n"), r.out());
        CliRun json = CliRun.of("review", PATCHES.resolve("c-no-floor-test.patch").toString(), spec.toString(),
                "--kernel", tree, "--format", "json");
        assertTrue(json.out().contains("\"unbound\" : [ \"" + spec + "\" ]")
                || json.out().replaceAll("\\s", "").contains("\"unbound\":[\"" + spec + "\"]"), json.out());
    }

    /** {@code git format-patch -1 --stdout | ptprove review - ...}: the same review, the patch named stdin. */
    @Test
    void aPatchOnStandardInput() throws Exception {
        Path patch = PATCHES.resolve("a-comment-only.patch");
        CliRun file = CliRun.of("review", patch.toString(), "specs/arm64", "--kernel", tree);
        CliRun piped = CliRun.withInput(java.nio.file.Files.readString(patch), "review", "-", "specs/arm64",
                "--kernel", tree);
        assertEquals(0, piped.code(), piped.toString());
        assertEquals(file.out().replace("a-comment-only.patch", "stdin"), piped.out());
        assertTrue(piped.out().contains("stdin"), piped.out());
    }

    @Test
    void vmemmapAtTheTopSharesATopLevelTableWithVmalloc() throws Exception {
        CliRun r = CliRun.of("review", PATCHES.resolve("b-vmemmap-at-top.patch").toString(), "specs/arm64",
                "--kernel", tree);
        assertEquals(1, r.code(), r.toString());
        String out = r.out();
        assertTrue(out.contains("vmalloc and vmemmap newly share a table page:"), out);
        assertTrue(out.contains("12/48                 pgd[507]   [0xfffffd8000000000, 0xfffffe0000000000)"), out);
        int flips = out.indexOf("Verdicts that flip");
        assertTrue(out.indexOf("specs/arm64/hotremove-naive.ptl", flips) > flips, out);
        assertTrue(out.indexOf("REFUTED  vmemmap_free_spares_vmalloc", flips) > flips, out);
        assertTrue(out.contains("replay: confirmed by the reference evaluator"), out);
        assertTrue(out.matches("(?s).*Solved again, every verdict as before:\\s+specs/arm64/hotremove\\.ptl.*"), out);
        fitsEighty(out);
        // the other formats render the same run (solving it again would only cost time)
        KernelTree base = KernelTree.open(Path.of(tree));
        Review.Report report = new ReviewRun(base, base.withPatch(Files.readString(PATCHES.resolve(
                "b-vmemmap-at-top.patch")), "patched"), "b-vmemmap-at-top.patch", 2, new Budget(0, 0), "test")
                .run(SpecFinder.find(List.of("specs/arm64"), null));
        assertEquals(out, new ReviewTextRenderer().render(report));
        JsonNode root = new ObjectMapper().readTree(new ReviewJsonRenderer().render(report));
        assertTrue(root.get("verdictChanged").asBoolean());
        assertEquals("specs/arm64/hotremove-naive.ptl", root.get("flips").get(0).get("spec").asText());
        assertTrue(new ReviewMarkdownRenderer().render(report).contains("## Shared table pages"));
    }

    @Test
    void withoutTheFloorTestNothingFlipsAt61ButWithoutBothTestsTheMergedPolicyFails() {
        CliRun c = CliRun.of("review", PATCHES.resolve("c-no-floor-test.patch").toString(), "specs/arm64",
                "--kernel", tree);
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.out().contains("pgtable_range_aligned (arch/arm64/mm/mmu.c:895), in 8 of 8"), c.out());
        assertTrue(c.out().contains("Verdicts: no change."), c.out());
        CliRun d = CliRun.of("review", PATCHES.resolve("d-no-floor-or-ceiling-test.patch").toString(), "specs/arm64",
                "--kernel", tree);
        assertEquals(1, d.code(), d.toString());
        String out = d.out();
        int flips = out.indexOf("Verdicts that flip");
        assertTrue(out.startsWith("specs/arm64/hotremove.ptl\nREFUTED  vmemmap_free_spares_vmalloc",
                out.indexOf('\n', flips) + 2), out);
        assertTrue(out.contains("899  start &= mask;"), "the trace runs the kernel's own lines:\n" + out);
        assertTrue(out.contains("replay: confirmed by the reference evaluator"), out);
        fitsEighty(out);
    }

    @Test
    void aPatchThatDoesNotApplyIsAUsageError(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("bad.patch");
        Files.writeString(p, "--- a/arch/arm64/mm/mmu.c\n+++ b/arch/arm64/mm/mmu.c\n@@ -1,1 +1,1 @@\n-no such line\n+x\n");
        CliRun r = CliRun.of("review", p.toString(), "specs/arm64", "--kernel", tree);
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("does not apply"), r.err());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }
}
