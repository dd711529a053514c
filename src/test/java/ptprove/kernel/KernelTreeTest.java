package ptprove.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ptprove.source.DiagnosticFormatter;
import ptprove.source.Diagnostics;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Stmt;

/**
 * Linux 6.1 itself: the arm64 layout macros of every 6.1 configuration and the hot-remove helper, and the
 * x86-64 fixed-layout macros. The expected numbers are the published 6.1 layout (Documentation/arm64/memory.rst
 * for 4K/48) and values computed by hand from the formulas, not from ptprove.
 */
class KernelTreeTest {
    private static final String MEMORY = "arch/arm64/include/asm/memory.h";
    private static final String HWDEF = "arch/arm64/include/asm/pgtable-hwdef.h";
    private static final String PGTABLE = "arch/arm64/include/asm/pgtable.h";
    private static final String MMU = "arch/arm64/mm/mmu.c";
    private static KernelReader reader;

    @BeforeAll
    static void open() throws KernelReader.NotATree {
        reader = KernelReader.open(TreeBacked.tree());
    }

    static KernelConfiguration arm64(int pageShift, int vaBits, int levels) {
        Map<String, String> k = new LinkedHashMap<>();
        for (String y : List.of("CONFIG_ARM64", "CONFIG_64BIT", "CONFIG_MMU", "CONFIG_TREE_RCU", "CONFIG_MEMORY_HOTPLUG")) k.put(y, "1");
        k.put("CONFIG_ARM64_VA_BITS", Integer.toString(vaBits));
        k.put("CONFIG_ARM64_VA_BITS_" + vaBits, "1");
        k.put("CONFIG_ARM64_PAGE_SHIFT", Integer.toString(pageShift));
        k.put("CONFIG_ARM64_" + (1 << (pageShift - 10)) + "K_PAGES", "1");
        k.put("CONFIG_PGTABLE_LEVELS", Integer.toString(levels));
        k.put("CONFIG_HZ", "250");
        return new KernelConfiguration(pageShift + "/" + vaBits, k, Map.of(), Map.of("page", 64L));
    }

    private static List<KernelRequest.Wanted> wanted(String file, String... names) {
        List<KernelRequest.Wanted> out = new ArrayList<>();
        for (String n : names) out.add(new KernelRequest.Wanted(file, n, Span.SYNTHETIC));
        return out;
    }

    @Test
    void theTreeIsLinux61() {
        assertEquals(0, reader.version().compareRelease(KernelVersion.parse("6.1")), reader.version().toString());
    }

    @Test
    void arm64LayoutOf61InTwoConfigurations() {
        List<KernelRequest.Wanted> m = new ArrayList<>(wanted(MEMORY, "PAGE_OFFSET", "PAGE_END", "VMEMMAP_START",
                "VMEMMAP_END", "PCI_IO_START", "PCI_IO_END", "FIXADDR_TOP", "MODULES_VADDR", "MODULES_END"));
        m.addAll(wanted(PGTABLE, "VMALLOC_START", "VMALLOC_END"));
        m.addAll(wanted(HWDEF, "PGDIR_SHIFT", "PUD_SHIFT", "PMD_SHIFT"));
        Diagnostics d = new Diagnostics();
        KernelReading r = reader.read(new KernelRequest(List.of(MEMORY, HWDEF, PGTABLE), m, List.of(),
                List.of(arm64(12, 48, 4), arm64(16, 48, 3))), d);
        assertFalse(d.hasErrors(), d.sorted().stream().map(DiagnosticFormatter::format).collect(Collectors.joining()));
        Map<String, KernelValue> k4 = r.configurations().get(0).values();
        Map<String, KernelValue> k64 = r.configurations().get(1).values();
        assertEquals(0xfffffc0000000000L, k4.get("VMEMMAP_START").value());
        assertEquals(0xfffffe0000000000L, k4.get("VMEMMAP_END").value());
        assertEquals(0xfffffbfff0000000L, k4.get("VMALLOC_END").value());
        assertEquals(0xfffffbfffe800000L, k4.get("PCI_IO_START").value());
        assertEquals(0xfffffbffff800000L, k4.get("PCI_IO_END").value());
        assertEquals(0xfffffbfffe000000L, k4.get("FIXADDR_TOP").value());
        assertEquals(0xffff000000000000L, k4.get("PAGE_OFFSET").value());
        assertEquals(0xffff800000000000L, k4.get("PAGE_END").value());
        assertEquals(0xffff800000000000L, k4.get("MODULES_VADDR").value());
        assertEquals(0xffff800008000000L, k4.get("MODULES_END").value());
        assertEquals(0xffff800008000000L, k4.get("VMALLOC_START").value());
        assertEquals(List.of(39L, 30L, 21L), List.of(k4.get("PGDIR_SHIFT").value(), k4.get("PUD_SHIFT").value(),
                k4.get("PMD_SHIFT").value()));
        assertEquals(0xffffffc000000000L, k64.get("VMEMMAP_START").value());
        assertEquals(0xffffffe000000000L, k64.get("VMEMMAP_END").value());
        assertEquals(0xffffffbff0000000L, k64.get("VMALLOC_END").value());
        assertEquals(List.of(42L, 42L, 29L), List.of(k64.get("PGDIR_SHIFT").value(), k64.get("PUD_SHIFT").value(),
                k64.get("PMD_SHIFT").value()));
        assertEquals("include/asm-generic/pgtable-nopud.h", k64.get("PUD_SHIFT").file(), "folded PUD level");
        assertEquals(MEMORY, k4.get("VMEMMAP_START").file());
        assertTrue(k4.get("VMEMMAP_START").line() > 0);
    }

    @Test
    void pgtableRangeAlignedIsInTheSubset() {
        Diagnostics d = new Diagnostics();
        KernelReading r = reader.read(new KernelRequest(List.of(MEMORY, PGTABLE, MMU), List.of(),
                wanted(MMU, "pgtable_range_aligned"), List.of(arm64(12, 48, 4))), d);
        assertFalse(d.hasErrors(), d.sorted().stream().map(DiagnosticFormatter::format).collect(Collectors.joining()));
        Decl.Fn fn = r.configurations().get(0).functions().get("pgtable_range_aligned");
        assertEquals(5, fn.params().size());
        assertEquals("start &= mask;", ((Stmt.Block) fn.body()).stmts().get(0).span().text());
        assertEquals(MMU, fn.span().file().displayPath());
    }

    @Test
    void x86FixedLayoutMacros() {
        Map<String, String> k = new LinkedHashMap<>();
        for (String y : List.of("CONFIG_X86", "CONFIG_X86_64", "CONFIG_64BIT", "CONFIG_MMU", "CONFIG_X86_5LEVEL")) k.put(y, "1");
        k.put("CONFIG_PGTABLE_LEVELS", "5");
        String types = "arch/x86/include/asm/page_types.h";
        String p64 = "arch/x86/include/asm/page_64_types.h";
        String t64 = "arch/x86/include/asm/pgtable_64_types.h";
        List<KernelRequest.Wanted> m = new ArrayList<>(wanted(types, "PAGE_SHIFT"));
        m.addAll(wanted(p64, "__PAGE_OFFSET_BASE_L4", "__PAGE_OFFSET_BASE_L5"));
        m.addAll(wanted(t64, "__VMALLOC_BASE_L4", "__VMEMMAP_BASE_L5", "VMALLOC_SIZE_TB_L5", "CPU_ENTRY_AREA_BASE"));
        Diagnostics d = new Diagnostics();
        KernelReading r = reader.read(new KernelRequest(List.of(types, p64, t64), m, List.of(),
                List.of(new KernelConfiguration("x86", k, Map.of(), Map.of()))), d);
        assertFalse(d.hasErrors(), d.sorted().stream().map(DiagnosticFormatter::format).collect(Collectors.joining()));
        Map<String, KernelValue> v = r.configurations().get(0).values();
        assertEquals(12L, v.get("PAGE_SHIFT").value());
        assertEquals(0xffff888000000000L, v.get("__PAGE_OFFSET_BASE_L4").value());
        assertEquals(0xff11000000000000L, v.get("__PAGE_OFFSET_BASE_L5").value());
        assertEquals(0xffffc90000000000L, v.get("__VMALLOC_BASE_L4").value());
        assertEquals(0xffd4000000000000L, v.get("__VMEMMAP_BASE_L5").value());
        assertEquals(12800L, v.get("VMALLOC_SIZE_TB_L5").value());
        assertEquals(0xfffffe0000000000L, v.get("CPU_ENTRY_AREA_BASE").value());
    }
}
