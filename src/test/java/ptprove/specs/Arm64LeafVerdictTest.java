package ptprove.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import ptprove.ir.Config;
import ptprove.proofs.ProofRecordFiles;
import ptprove.proofs.RecordEntry;

/**
 * The recorded verdicts of specs/arm64/vmemmap-leaves.ptl equal what the size table of
 * docs/kernel/vmemmap-leaves.md predicts, computed here by plain arithmetic (not by the spec's formulas):
 * sub-section removal keeps every live struct page exactly when the leaf a sub-section chunk is mapped with is no
 * bigger than the sub-section's memmap; whole-section removal and completeness always hold.
 */
class Arm64LeafVerdictTest {

    private static final long STRUCT_PAGE = 64;

    /** The leaf vmemmap_populate() uses for a chunk smaller than a section, per the facts file. */
    private static long subsectionLeafBytes(long era, long pageShift) {
        boolean pmdBlocks = pageShift == 12 && era < 614; // v6.14 maps sub-section chunks with base pages
        return pmdBlocks ? 2L << 20 : 1L << pageShift;
    }

    private static String predict(String name, Config c) {
        long era = c.get("ERA"), pageShift = c.get("PAGE_SHIFT");
        if (name.startsWith("removing_")) return "witnessed";
        if (!name.equals("leaf_containment_subsection")) return "proved";
        long subsectionMemmap = (1L << (21 - pageShift)) * STRUCT_PAGE;
        return subsectionLeafBytes(era, pageShift) <= subsectionMemmap ? "proved" : "refuted";
    }

    @Test
    void recordMatchesTheSizeTable() throws Exception {
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> count = new TreeMap<>();
        for (RecordEntry e : ProofRecordFiles.read(Path.of("proofs/arm64/vmemmap-leaves.proof")).entries()) {
            String name = e.key().name();
            count.merge(name, 1, Integer::sum);
            String want = predict(name, e.key().config());
            if (!want.equals(e.verdict().word())) {
                mismatches.add(name + " [" + e.key().config() + "]: predicted " + want + ", recorded "
                        + e.verdict().word());
            }
        }
        assertEquals(List.of(), mismatches);
        // every one of the 52 configurations; the PMD-block example in the 14 with 4K pages
        assertEquals(Map.of("vmemmap_start_leaf_aligned", 52, "section_slices_on_section_boundaries", 52,
                "leaf_containment_section", 52, "leaf_containment_subsection", 52, "leaf_completeness_section", 52,
                "leaf_completeness_subsection", 52, "removing_a_section_clears_a_pmd_block", 14,
                "removing_a_subsection_clears_a_base_page", 52), count);
    }
}
