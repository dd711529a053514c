package ptprove.kernel;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.source.Span;

/** The kernel-style fixture tree under src/test/resources/kernel/tree and requests against it. */
final class FixtureTree {
    static final Path ROOT = Path.of("src/test/resources/kernel/tree");
    static final String MEMORY = "arch/arm64/include/asm/memory.h";
    static final String HWDEF = "arch/arm64/include/asm/pgtable-hwdef.h";
    static final String MMU = "arch/arm64/mm/mmu.c";

    private FixtureTree() {}

    static KernelReader reader() {
        try {
            return KernelReader.open(ROOT);
        } catch (KernelReader.NotATree e) {
            throw new AssertionError(e);
        }
    }

    static KernelConfiguration config(int pageShift, int vaBits, int levels, boolean bigGap) {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("CONFIG_ARM64_PAGE_SHIFT", Integer.toString(pageShift));
        k.put("CONFIG_ARM64_VA_BITS", Integer.toString(vaBits));
        k.put("CONFIG_PGTABLE_LEVELS", Integer.toString(levels));
        k.put("CONFIG_HZ", "250");
        if (bigGap) k.put("CONFIG_FIXTURE_BIG_GAP", "1");
        return new KernelConfiguration(pageShift + "/" + vaBits, k, Map.of("vabits_actual", (long) vaBits),
                Map.of("page", 64L));
    }

    static List<KernelRequest.Wanted> macros(String file, String... names) {
        return java.util.Arrays.stream(names).map(n -> new KernelRequest.Wanted(file, n, Span.SYNTHETIC)).toList();
    }

    static List<KernelRequest.Wanted> functions(String... names) {
        return java.util.Arrays.stream(names).map(n -> new KernelRequest.Wanted(MMU, n, Span.SYNTHETIC)).toList();
    }
}
