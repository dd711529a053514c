package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.proofs.TestOutcomes.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.ir.Config;

class LayoutRenderersTest {
    /** v6.1 (era 517), 4K pages, 48-bit VAs, as in Documentation/arm64/memory.rst; regions in declaration order. */
    static LayoutReport.Layout v61() {
        return new LayoutReport.Layout(config("ERA", 517, "PAGE_SHIFT", 12, "VA_BITS", 48),
                List.of(new LayoutReport.Constant("PAGE_SHIFT", 12),
                        new LayoutReport.Constant("PGTABLE_LEVELS", 4),
                        new LayoutReport.Constant("PAGE_OFFSET", 0xffff000000000000L),
                        new LayoutReport.Constant("VMEMMAP_SIZE", 0x20000000000L)),
                List.of(new LayoutReport.Region("linear", 0xffff000000000000L, 0xffff800000000000L, false),
                        new LayoutReport.Region("vmalloc", 0xffff800008000000L, 0xfffffbfff0000000L, false),
                        new LayoutReport.Region("vmemmap", 0xfffffc0000000000L, 0xfffffe0000000000L, false),
                        new LayoutReport.Region("boot_vmemmap", 0xfffffc0000000000L, 0xfffffc0000200000L, true),
                        new LayoutReport.Region("modules", 0xffff800000000000L, 0xffff800008000000L, false),
                        new LayoutReport.Region("pci_io", 0xfffffbfffe800000L, 0xfffffbffff800000L, false)));
    }

    static LayoutReport report() {
        LayoutReport.Layout wide = new LayoutReport.Layout(
                config("ERA", 609, "A_PARAM_WITH_A_RATHER_LONG_NAME", 1, "ANOTHER_PARAM_WITH_A_LONG_NAME_TOO", 2,
                        "LPA2", true),
                List.of(new LayoutReport.Constant("A_CONSTANT_WHOSE_NAME_GOES_ON_AND_ON_AND_ON_AND_ON_AND_ON_XYZ", -1)),
                List.of(new LayoutReport.Region("a_region_with_a_name_long_enough_to_be_cut_short", 0, 1L << 20,
                        true),
                        new LayoutReport.Region("top", 0xffffffffffe00000L, 0, false)));
        return new LayoutReport("specs/arm64/layout.ptl", List.of(v61(), wide));
    }

    @Test
    void textTablesSortedByStartWithSizesAndConstants() {
        String text = new LayoutTextRenderer().render(report());
        assertEquals("""
                layout of specs/arm64/layout.ptl: 2 configurations

                ERA=517 PAGE_SHIFT=12 VA_BITS=48
                  region         start               end                 size
                  linear         0xffff000000000000  0xffff800000000000  128 TiB
                  modules        0xffff800000000000  0xffff800008000000  128 MiB
                  vmalloc        0xffff800008000000  0xfffffbfff0000000  ~124.0 TiB
                  pci_io         0xfffffbfffe800000  0xfffffbffff800000  16 MiB
                  boot_vmemmap*  0xfffffc0000000000  0xfffffc0000200000  2 MiB
                  vmemmap        0xfffffc0000000000  0xfffffe0000000000  2 TiB
                  * permanently mapped
                  note: boot_vmemmap and vmemmap overlap
                  constants:
                  PAGE_SHIFT      0xc (12)
                  PGTABLE_LEVELS  0x4
                  PAGE_OFFSET     0xffff000000000000
                  VMEMMAP_SIZE    0x20000000000
                """, text.substring(0, text.indexOf("\nERA=609")));
        for (String line : text.split("\n")) assertTrue(line.length() <= 80, line);
    }

    @Test
    void longNamesAreCutAndTheTopOfTheAddressSpaceIsAnEnd() {
        String text = new LayoutTextRenderer().render(report());
        String wide = text.substring(text.indexOf("\nERA=609") + 1);
        assertEquals("""
                ERA=609 A_PARAM_WITH_A_RATHER_LONG_NAME=1 ANOTHER_PARAM_WITH_A_LONG_NAME_TOO=2
                LPA2=true
                  region                           start               end                 size
                  a_region_with_..._be_cut_short*  0x0000000000000000  0x0000000000100000  1 MiB
                  top                              0xffffffffffe00000  0x0000000000000000  2 MiB
                  * permanently mapped
                  constants:
                  A_CONSTANT_WHOSE_NAME_GOES_O...ON_AND_ON_AND_ON_AND_ON_XYZ  0xffffffffffffffff
                """, wide);
        for (String line : wide.split("\n")) assertTrue(line.length() <= 80, "(" + line.length() + ") " + line);
    }

    @Test
    void emptyConfigurationAndNoRegions() {
        LayoutReport r = new LayoutReport("s.ptl", List.of(new LayoutReport.Layout(Config.EMPTY,
                List.of(new LayoutReport.Constant("X", 0)), List.of())));
        assertEquals("""
                layout of s.ptl: 1 configuration

                (no params)
                  constants:
                  X  0x0
                """, new LayoutTextRenderer().render(r));
    }

    @Test
    void jsonShape() throws Exception {
        String json = new LayoutJsonRenderer().render(report());
        assertEquals(json, new LayoutJsonRenderer().render(report()));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("specs/arm64/layout.ptl", root.get("spec").asText());
        JsonNode first = root.get("layouts").get(0);
        assertEquals(517, first.get("config").get("ERA").asInt());
        assertEquals(List.of("PAGE_SHIFT", "PGTABLE_LEVELS", "PAGE_OFFSET", "VMEMMAP_SIZE"),
                names(first.get("constants")));
        assertEquals("0xffff000000000000", first.get("constants").get("PAGE_OFFSET").asText());
        assertEquals("0xc", first.get("constants").get("PAGE_SHIFT").asText());
        JsonNode vmalloc = first.get("regions").get(1);
        assertEquals(List.of("name", "start", "end", "size", "permanent"), names(vmalloc));
        assertEquals("vmalloc", vmalloc.get("name").asText());
        assertEquals("0xffff800008000000", vmalloc.get("start").asText());
        assertEquals("0xfffffbfff0000000", vmalloc.get("end").asText());
        assertEquals("0x7bffe8000000", vmalloc.get("size").asText());
        assertTrue(first.get("regions").get(3).get("permanent").asBoolean());
        assertTrue(root.get("layouts").get(1).get("config").get("LPA2").isBoolean());
        assertEquals("0x200000", root.get("layouts").get(1).get("regions").get(1).get("size").asText());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }
}
