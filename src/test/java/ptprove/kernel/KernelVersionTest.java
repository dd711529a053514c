package ptprove.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelVersionTest {
    @Test
    void makefileVersion() {
        KernelVersion v = KernelVersion.ofMakefile("# x\nVERSION = 6\nPATCHLEVEL = 1\nSUBLEVEL = 192\nEXTRAVERSION =\n");
        assertEquals(new KernelVersion(6, 1, 192), v);
        assertEquals("6.1.192", v.toString());
        assertNull(KernelVersion.ofMakefile("all:\n\ttrue\n"));
    }

    @Test
    void releasesCompareByMajorAndMinor() {
        assertEquals(0, KernelVersion.parse("6.1").compareRelease(new KernelVersion(6, 1, 192)));
        assertTrue(KernelVersion.parse("5.17").compareRelease(KernelVersion.parse("6.1")) < 0);
        assertTrue(KernelVersion.parse("6.10").compareRelease(KernelVersion.parse("6.9")) > 0);
        assertNull(KernelVersion.parse("v6.1"));
    }

    @Test
    void treeLocation() {
        assertEquals(Path.of("/p"), KernelTrees.configured("/p", Map.of(KernelTrees.ENVIRONMENT, "/e"), "/h"));
        assertEquals(Path.of("/e"), KernelTrees.configured(null, Map.of(KernelTrees.ENVIRONMENT, "/e"), "/h"));
        assertEquals(Path.of("/x/ptprove-kernel/linux-source-6.1"),
                KernelTrees.configured(null, Map.of("XDG_CACHE_HOME", "/x"), "/h"));
        assertEquals(Path.of("/h/.cache/ptprove-kernel/linux-source-6.1"), KernelTrees.configured("", Map.of(), "/h"));
    }
}
