package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ptprove reproduce --kernel-test}: the kernel test is made from the counterexample, and its device
 * ranges, placed anywhere a running kernel puts {@code memstart_addr}, still make the removed unit's memmap
 * touch the leaf that holds the survivor's witness struct page. That is checked here with the kernel's own
 * arithmetic, independently of the generator; the run on a kernel is .ci/qemu/run-matrix's (docs/qemu.md).
 */
class KernelTestCommandTest {
    static final String LEAVES = "specs/arm64/vmemmap-leaves.ptl";
    static final String THEOREM = "leaf_containment_subsection";
    private static final Pattern UNIT = Pattern.compile("\\t\\{ \"([a-z_]+\\.\\.[a-z_]+)\", (0x[0-9a-f]+)ULL,"
            + " (0x[0-9a-f]+)ULL },");

    @TempDir Path dir;

    record Unit(String name, long offset, long size) {}

    record Test1(String c, List<Unit> units, long testBase, int remove, int witnessUnit, long witnessPfn) {}

    private Test1 generate(int pageShift, int vaBits) throws Exception {
        return generate(pageShift, vaBits, 64);
    }

    private Test1 generate(int pageShift, int vaBits, int structPage) throws Exception {
        Path out = dir.resolve("ptprove_ktest_" + pageShift + "_" + structPage + ".c");
        CliRun r = CliRun.of("reproduce", LEAVES, THEOREM, "--kernel-test", "--config", "ERA=517", "--config",
                "PAGE_SHIFT=" + pageShift, "--config", "VA_BITS=" + vaBits, "--config",
                "SIZEOF_STRUCT_PAGE=" + structPage, "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("wrote " + out + ": " + THEOREM + " [ERA=517 PAGE_SHIFT=" + pageShift + " VA_BITS=" + vaBits
                + " SIZEOF_STRUCT_PAGE=" + structPage + "] as a kernel test\n", r.out());
        String c = Files.readString(out);
        assertFalse(c.matches("(?s).*@[A-Z_]+@.*"), "a template token is left: " + c);
        List<Unit> units = new ArrayList<>();
        Matcher m = UNIT.matcher(c);
        while (m.find()) units.add(new Unit(m.group(1), Long.decode(m.group(2)), Long.decode(m.group(3))));
        return new Test1(c, units, Long.decode(define(c, "PTPROVE_TEST_BASE").replace("ULL", "")),
                Integer.parseInt(define(c, "PTPROVE_REMOVE")), Integer.parseInt(define(c, "PTPROVE_WITNESS_UNIT")),
                Long.parseLong(define(c, "PTPROVE_WITNESS_PFN").replace("UL", "")));
    }

    private static String define(String c, String name) {
        Matcher m = Pattern.compile("#define " + name + "\\s+(\\S+)").matcher(c);
        assertTrue(m.find(), name + " missing in:\n" + c);
        return m.group(1);
    }

    /**
     * The kernel's view: with {@code memstart_addr} anywhere section aligned and the vmemmap on a leaf boundary,
     * the removed unit's memmap slice touches the leaf of the witness struct page, and no unit overlaps another.
     */
    private static void assertSharesTheLeaf(Test1 t, int pageShift, int structPage, long leaf) {
        long vmemmapStart = 0xfffffc0000000000L;
        for (long memstart : new long[] {0x40000000L, 0x80000000L, 0x1_0000_0000L}) {
            long memstartPfn = memstart >>> pageShift;
            // vmemmap = VMEMMAP_START - (memstart_addr >> PAGE_SHIFT): a pfn's struct page
            java.util.function.LongUnaryOperator page = pfn -> vmemmapStart + (pfn - memstartPfn) * structPage;
            long[] pfn = new long[t.units().size()];
            for (int i = 0; i < pfn.length; i++) {
                Unit u = t.units().get(i);
                assertEquals(0, u.offset() % (2L << 20), u + " is not 2 MiB aligned");
                assertEquals(0, u.size() % (2L << 20), u + " is not a whole number of sub-sections");
                pfn[i] = (memstart + t.testBase() + u.offset()) >>> pageShift;
            }
            long witness = page.applyAsLong(pfn[t.witnessUnit()] + t.witnessPfn());
            long leafBase = witness & -leaf;
            Unit removed = t.units().get(t.remove());
            long rs = page.applyAsLong(pfn[t.remove()]);
            long re = rs + (removed.size() >>> pageShift) * structPage;
            assertTrue(Long.compareUnsigned(rs, leafBase + leaf) < 0 && Long.compareUnsigned(leafBase, re) < 0,
                    "memstart " + Long.toHexString(memstart) + ": removed [" + Long.toHexString(rs) + ", "
                    + Long.toHexString(re) + ") misses the leaf of " + Long.toHexString(witness));
            for (int i = 0; i < pfn.length; i++) {
                for (int j = i + 1; j < pfn.length; j++) {
                    long ie = pfn[i] + (t.units().get(i).size() >>> pageShift);
                    long je = pfn[j] + (t.units().get(j).size() >>> pageShift);
                    assertTrue(ie <= pfn[j] || je <= pfn[i], "units " + i + " and " + j + " overlap");
                }
            }
        }
    }

    @Test
    void sixtyFourKUnitsShareTheVmemmapPageTheModelClears() throws Exception {
        Test1 t = generate(16, 48);
        assertEquals("16", define(t.c(), "PTPROVE_PAGE_SHIFT"));
        assertEquals("29", define(t.c(), "PTPROVE_SECTION_SIZE_BITS"));
        assertEquals("64", define(t.c(), "PTPROVE_SIZEOF_STRUCT_PAGE"));
        assertTrue(t.c().contains(" *   ptprove reproduce " + LEAVES + " " + THEOREM + " --kernel-test --config"
                + " ERA=517 --config PAGE_SHIFT=16 --config VA_BITS=48 --config SIZEOF_STRUCT_PAGE=64\n"), t.c());
        assertTrue(t.c().contains(" * Spec:          " + LEAVES + ", theorem " + THEOREM + " (line "), t.c());
        assertTrue(t.c().contains("clears the pte leaf (0x10000 bytes of vmemmap)"), t.c());
        assertTrue(t.units().size() >= 2, t.c());
        assertNotEquals(t.remove(), t.witnessUnit());
        assertSharesTheLeaf(t, 16, 64, 1L << 16);
    }

    @Test
    void anotherConfigurationGivesItsOwnRanges() throws Exception {
        Test1 k64 = generate(16, 48);
        Test1 k16 = generate(14, 47);
        assertEquals("14", define(k16.c(), "PTPROVE_PAGE_SHIFT"));
        assertSharesTheLeaf(k16, 14, 64, 1L << 14);
        assertNotEquals(k64.units(), k16.units());
        Test1 k4 = generate(12, 39);
        assertTrue(k4.c().contains("clears the pmd leaf (0x200000 bytes of vmemmap)"), k4.c());
        assertSharesTheLeaf(k4, 12, 64, 2L << 20);
        Test1 k64small = generate(16, 48, 56);
        assertEquals("56", define(k64small.c(), "PTPROVE_SIZEOF_STRUCT_PAGE"));
        assertSharesTheLeaf(k64small, 16, 56, 1L << 16);
    }

    @Test
    void theUnitsAreShrunkToOneSubsectionEachWhereTheEvaluatorAgrees() throws Exception {
        int shrunk = 0;
        for (int[] cfg : new int[][] {{12, 39}, {14, 47}, {16, 48}}) {
            Test1 t = generate(cfg[0], cfg[1]);
            for (Unit u : t.units()) assertEquals(2L << 20, u.size(), u.toString());
            // the note says the units were made smaller: exactly when one of the model's was larger
            boolean larger = false;
            for (Unit u : t.units()) larger |= modelPages(t.c(), u) << cfg[0] > 2L << 20;
            assertEquals(larger, t.c().contains("The units below are smaller"), t.c());
            if (larger) shrunk++;
        }
        assertTrue(shrunk > 0, "no model unit was larger than a sub-section: the shrinking was not exercised");
    }

    /** The model's page count of unit {@code rs..re}: the header's {@code rn = 0x...} line. */
    private static long modelPages(String c, Unit u) {
        String count = u.name().substring(0, u.name().indexOf("..") - 1) + "n";
        Matcher m = Pattern.compile("\\n \\*   " + count + " = (0x[0-9a-f]+)\\n").matcher(c);
        assertTrue(m.find(), count + " missing in:\n" + c);
        return Long.decode(m.group(1));
    }

    @Test
    void aProvedConfigurationHasNothingToReproduce() {
        // of the three proved configurations (proofs/arm64/vmemmap-leaves.proof) the one Z3 proves fastest (1 s less)
        CliRun r = CliRun.of("reproduce", LEAVES, THEOREM, "--kernel-test", "--config", "ERA=614", "--config",
                "PAGE_SHIFT=12", "--config", "VA_BITS=39", "--config", "SIZEOF_STRUCT_PAGE=64");
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("is proved: there is no counterexample to reproduce"), r.err());
    }

    @Test
    void aTheoremWithoutClearsLeafIsRefusedWithItsPosition() {
        CliRun r = CliRun.of("reproduce", "specs/arm64/hotremove-naive.ptl", "vmemmap_free_spares_vmalloc",
                "--kernel-test", "--config", "ERA=504", "--config", "PAGE_SHIFT=12", "--config", "VA_BITS=48");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("specs/arm64/hotremove-naive.ptl:"), r.err());
        assertTrue(r.err().contains("error: --kernel-test takes a theorem about '.clears_leaf(L, a)'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aLevelVariableIsRefusedAtTheLevel() {
        CliRun r = CliRun.of("reproduce", "--root", "src/test/resources/reproduce",
                "src/test/resources/reproduce/leaf-level-variable.ptl", "clears_nothing_live", "--kernel-test");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("src/test/resources/reproduce/leaf-level-variable.ptl:25:37: error:"
                + " --kernel-test needs the leaf's level named (pmd, pte), not a level variable"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void expectIsForTheUserSpaceTest() {
        CliRun r = CliRun.of("reproduce", LEAVES, THEOREM, "--kernel-test", "--expect", "safe");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("ptprove: --expect is for the user-space test"), r.err());
    }

    @Test
    void theTheoremCanBeNamedByGlobButOnlyOne() {
        CliRun r = CliRun.of("reproduce", LEAVES, "--theorem", "leaf_containment_*", "--kernel-test");
        assertEquals(2, r.code(), r.toString());
        assertEquals("ptprove: reproduce takes one theorem; 'leaf_containment_*' names 2:"
                + " leaf_containment_section, leaf_containment_subsection\n", r.err());
        CliRun none = CliRun.of("reproduce", LEAVES);
        assertEquals(2, none.code(), none.toString());
        assertEquals("ptprove: reproduce needs a THEOREM (or --theorem GLOB)\n", none.err());
    }
}
