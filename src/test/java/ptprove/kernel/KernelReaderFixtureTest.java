package ptprove.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.DiagnosticFormatter;
import ptprove.source.Diagnostics;

/** The reader against the fixture tree: macro values per configuration, where they come from, what fails. */
class KernelReaderFixtureTest {
    private static final KernelConfiguration K4_48 = FixtureTree.config(12, 48, 4, false);
    private static final KernelConfiguration K64_42 = FixtureTree.config(16, 42, 3, true);

    private static KernelReading read(KernelReader r, List<KernelRequest.Wanted> macros, Diagnostics d,
                                      KernelConfiguration... configs) {
        return r.read(new KernelRequest(List.of(FixtureTree.MEMORY, FixtureTree.HWDEF), macros, List.of(),
                List.of(configs)), d);
    }

    private static String text(Diagnostics d) {
        return d.sorted().stream().map(DiagnosticFormatter::format).collect(Collectors.joining());
    }

    @Test
    void versionFromTheMakefile() throws Exception {
        assertEquals(new KernelVersion(6, 1, 7), FixtureTree.reader().version());
        assertThrows(KernelReader.NotATree.class, () -> KernelReader.open(Path.of("src/test/resources/kernel")));
    }

    @Test
    void valuesFollowTheConfigurationWithCTypes() {
        Diagnostics d = new Diagnostics();
        KernelReading r = read(FixtureTree.reader(), FixtureTree.macros(FixtureTree.MEMORY, "PAGE_OFFSET",
                "VMEMMAP_START", "VMEMMAP_END", "FIXTURE_GAP", "FIXTURE_INT_WRAP", "FIXTURE_UINT", "FIXTURE_NEGATIVE",
                "FIXTURE_GENERIC", "RUNTIME_PAGE_END", "PUD_SHIFT", "PTRS_PER_PUD", "PGDIR_SHIFT"), d, K4_48, K64_42);
        assertFalse(d.hasErrors(), text(d));
        Map<String, KernelValue> a = r.configurations().get(0).values();
        Map<String, KernelValue> b = r.configurations().get(1).values();
        assertEquals(0xffff000000000000L, a.get("PAGE_OFFSET").value());
        assertEquals(0xfffffc0000000000L, a.get("VMEMMAP_START").value(), "order_base_2(sizeof(struct page)) = 6");
        assertEquals(0xfffffe0000000000L, a.get("VMEMMAP_END").value());
        assertEquals(0x10000L, a.get("FIXTURE_GAP").value());
        assertEquals(0x200000L, b.get("FIXTURE_GAP").value(), "#ifdef follows the synthesised autoconf.h");
        assertEquals(0xffffffff80000000L, a.get("FIXTURE_INT_WRAP").value());
        assertEquals(0L, a.get("FIXTURE_UINT").value());
        assertEquals(-0x100000L, a.get("FIXTURE_NEGATIVE").value());
        assertEquals(1L, a.get("FIXTURE_GENERIC").value(), "asm/types.h falls back to asm-generic/types.h");
        assertEquals(0xffff800000000000L, a.get("RUNTIME_PAGE_END").value(), "vabits_actual is bound");
        assertEquals(30L, a.get("PUD_SHIFT").value());
        assertEquals(FixtureTree.HWDEF, a.get("PUD_SHIFT").file());
        assertEquals(42L, b.get("PUD_SHIFT").value(), "folded: the PUD level is the PGDIR level");
        assertEquals("include/asm-generic/pgtable-nopud.h", b.get("PUD_SHIFT").file());
        assertEquals(1L, b.get("PTRS_PER_PUD").value());
        KernelValue start = a.get("VMEMMAP_START");
        assertEquals(FixtureTree.MEMORY + ":" + start.line(), start.location());
        assertEquals("VMEMMAP_START", start.span().text(), "the span is the name in the #define");
    }

    @Test
    void whatCannotBeEvaluatedIsAPositionedDiagnosticOncePerMacro() {
        Diagnostics d = new Diagnostics();
        KernelReading r = read(FixtureTree.reader(), FixtureTree.macros(FixtureTree.MEMORY, "FOLIO_SIZE",
                "FIXTURE_DEREF", "FIXTURE_ENUM", "FIXTURE_WIDE_SHIFT", "NO_SUCH_MACRO", "_PAGE_OFFSET"), d, K4_48, K64_42);
        assertTrue(r.configurations().get(0).values().isEmpty());
        List<Diagnostic> all = d.sorted();
        assertEquals(6, all.size(), text(d) + "\n" + all);
        String t = text(d);
        assertTrue(t.contains(FixtureTree.MEMORY + ":"), t);
        assertTrue(t.contains("error[PTL0404]: FOLIO_SIZE expands to '(sizeof(struct folio))': sizeof(struct folio)"
                + " is not bound"), t);
        assertTrue(t.contains("pointer dereference"), t);
        assertTrue(t.contains("'__end_of_fixed_addresses' is not a macro in this configuration"), t);
        assertTrue(t.contains("shift by 64"), t);
        assertTrue(t.contains("error[PTL0403]: macro NO_SUCH_MACRO is not defined"), t);
        assertTrue(t.contains("_PAGE_OFFSET is a function-like macro"), t);
        assertTrue(t.contains("(in every configuration)"), t);
    }

    @Test
    void preprocessingErrorsPointIntoTheHeader() {
        Diagnostics d = new Diagnostics();
        KernelConfiguration noHz = new KernelConfiguration("no HZ", Map.of("CONFIG_ARM64_PAGE_SHIFT", "12",
                "CONFIG_ARM64_VA_BITS", "48", "CONFIG_PGTABLE_LEVELS", "4"), Map.of(), Map.of());
        FixtureTree.reader().read(new KernelRequest(List.of(FixtureTree.MEMORY, "arch/arm64/include/asm/broken.h"),
                FixtureTree.macros(FixtureTree.MEMORY, "PAGE_OFFSET"), List.of(), List.of(noHz, K4_48)), d);
        String t = text(d);
        assertTrue(t.contains("arch/arm64/include/asm/broken.h:6:"), t);
        assertTrue(t.contains("fixture: CONFIG_HZ is not set"), t);
        assertTrue(t.contains("(in no HZ)"), t);
        assertTrue(t.contains("generated-by-kbuild.h"), t);
        assertTrue(d.sorted().stream().allMatch(x -> x.code() == DiagnosticCode.KERNEL_PREPROCESS), t);
    }

    @Test
    void aMissingFileIsReportedAtTheBinding() {
        Diagnostics d = new Diagnostics();
        KernelReading r = FixtureTree.reader().read(new KernelRequest(List.of("arch/arm64/include/asm/nope.h"),
                FixtureTree.macros("arch/arm64/include/asm/nope.h", "X"), List.of(), List.of(K4_48)), d);
        assertTrue(r.configurations().isEmpty());
        assertEquals(DiagnosticCode.KERNEL_FILE_MISSING, d.sorted().get(0).code());
    }

    @Test
    void aPatchedReaderSeesTheNewTextAndReusesUntouchedTables() {
        KernelReader base = FixtureTree.reader();
        Diagnostics d = new Diagnostics();
        List<KernelRequest.Wanted> m = FixtureTree.macros(FixtureTree.MEMORY, "FIXTURE_GAP");
        long before = read(base, m, d, K4_48).configurations().get(0).values().get("FIXTURE_GAP").value();
        String text = base.source(FixtureTree.MEMORY).text().replace("#define FIXTURE_GAP\t\tSZ_64K",
                "#define FIXTURE_GAP\t\tSZ_1M");
        KernelReader patched = base.patched(Map.of(FixtureTree.MEMORY, text));
        long after = read(patched, m, d, K4_48).configurations().get(0).values().get("FIXTURE_GAP").value();
        assertEquals(0x10000L, before);
        assertEquals(0x100000L, after);
        assertEquals(0x10000L, read(base, m, d, K4_48).configurations().get(0).values().get("FIXTURE_GAP").value(),
                "the base reader is unchanged");
        KernelReader unrelated = base.patched(Map.of(FixtureTree.MMU, "/* changed */"));
        read(unrelated, m, d, K4_48);
        assertFalse(d.hasErrors(), text(d));
        assertNotNull(unrelated.source(FixtureTree.MMU));
        assertSame(base.cachedTable(K4_48), unrelated.cachedTable(K4_48), "a patch of mmu.c keeps the header table");
    }
}
