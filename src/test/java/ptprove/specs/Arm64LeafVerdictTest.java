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
 * The recorded verdicts of specs/arm64/vmemmap-leaves.ptl equal what the sizes predict, computed here by plain
 * arithmetic (not by the spec's formulas), from docs/kernel/vmemmap-leaves.md: a section's memmap is
 * 2^(SECTION_SIZE_BITS - PAGE_SHIFT) struct pages, a sub-section's 2^(21 - PAGE_SHIFT); vmemmap_populate() maps a
 * chunk with 2 MiB PMD blocks on 4K pages (every chunk before v6.14, whole sections only from v6.14) and with base
 * pages otherwise (and as the fallback). Removing chunks of one size keeps every live struct page exactly when
 * every leaf a populate call can create lies within one chunk of that size: the chunks' memmaps are whole
 * numbers of every such leaf. Completeness and the lemmas always hold; the examples are always witnessed.
 */
class Arm64LeafVerdictTest {

    private static final long PMD_BLOCK = 2L << 20;

    private static long sectionSizeBits(long era, long pageShift) {
        return era == 504 ? 30 : pageShift == 16 ? 29 : 27;
    }

    /** Whether removing chunks whose memmap is {@code removed} bytes can clear a leaf holding live struct pages. */
    private static boolean removalSafe(long removed, long era, long pageShift, long sectionMemmap) {
        if (removed % (1L << pageShift) != 0) return false; // base pages (always possible) straddle chunks
        if (pageShift != 12) return true;
        if (era < 614) return removed % PMD_BLOCK == 0; // every chunk is mapped with PMD blocks
        // v6.14: only whole-section chunks get PMD blocks; they hold struct pages of one section only if a
        // section's memmap is whole blocks, and then sub-section chunks never share one
        return sectionMemmap % PMD_BLOCK == 0;
    }

    private static String predict(String name, Config c) {
        long era = c.get("ERA"), pageShift = c.get("PAGE_SHIFT"), structPage = c.get("SIZEOF_STRUCT_PAGE");
        if (name.startsWith("removing_")) return "witnessed";
        long sectionMemmap = (1L << (sectionSizeBits(era, pageShift) - pageShift)) * structPage;
        long subsectionMemmap = (1L << (21 - pageShift)) * structPage;
        boolean safe;
        switch (name) {
            case "leaf_containment_section" -> safe = removalSafe(sectionMemmap, era, pageShift, sectionMemmap);
            case "leaf_containment_subsection" ->
                safe = removalSafe(subsectionMemmap, era, pageShift, sectionMemmap)
                        && removalSafe(sectionMemmap, era, pageShift, sectionMemmap);
            default -> safe = true;
        }
        return safe ? "proved" : "refuted";
    }

    @Test
    void recordMatchesTheSizes() throws Exception {
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
        // every one of the 104 configurations (52 layouts, two struct page sizes); the PMD-block example in the
        // 28 with 4K pages; the length hint's lemma in the 3 with 4K pages, v6.14 and 64-byte struct pages; the
        // order hint's lemmas in the 52 with 56-byte struct pages
        Map<String, Integer> want = new TreeMap<>();
        for (String t : List.of("vmemmap_start_leaf_aligned", "struct_pages_is_the_product",
                "vmemmap_index_is_pfn_less_memstart", "chunk_slice_facts", "leaf_containment_section",
                "leaf_containment_subsection", "leaf_completeness_section", "leaf_completeness_subsection",
                "removing_a_subsection_clears_a_base_page")) {
            want.put(t, 104);
        }
        want.put("removing_a_section_clears_a_pmd_block", 28);
        want.put("chunk_length_facts", 3);
        for (String t : List.of("chunk_indices_are_small", "times7_distributes", "times7_increases",
                "offsets_are_ordered")) {
            want.put(t, 52);
        }
        assertEquals(want, count);
    }
}
