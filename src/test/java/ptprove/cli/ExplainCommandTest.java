package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ptprove explain}: the lines a proof rests on, on the library's arm64 spec, and the errors. */
class ExplainCommandTest {
    static final String SPEC = "specs/arm64/hotremove.ptl";
    static final String[] CONFIG = {"--config", "ERA=504", "--config", "PAGE_SHIFT=12", "--config", "VA_BITS=48"};

    static CliRun explain(String spec, String theorem, String... more) {
        List<String> args = new ArrayList<>(List.of("explain", spec, theorem));
        args.addAll(List.of(CONFIG));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The text between a core element's header and the next blank line. */
    static String element(String out, String location) {
        int at = out.indexOf("\n" + location + ": ");
        assertTrue(at >= 0, "no core element at " + location + " in\n" + out);
        int end = out.indexOf("\n\n", at + 1);
        return out.substring(at + 1, end < 0 ? out.length() : end);
    }

    static String notNeeded(String out) {
        int at = out.indexOf("Not needed");
        assertTrue(at >= 0, out);
        return out.substring(at);
    }

    @Test
    void vmallocBelowVmemmapRestsOnTheFloorTestNotOnTheCeilingTest() {
        CliRun r = explain(SPEC, "vmemmap_free_spares_vmalloc");
        assertEquals(0, r.code(), r.toString());
        // minimal cores are not unique, so only what every one of them must contain is pinned down
        assertTrue(r.out().startsWith(SPEC + "\ntheorem vmemmap_free_spares_vmalloc [ERA=504 PAGE_SHIFT=12 VA_BITS=48]"
                + "\nproved. It rests on "), r.out());
        String floor = element(r.out(), SPEC + ":22:3");
        assertTrue(floor.contains("   22 |   if (start < floor)\n   23 |     return false;\n"), floor);
        assertTrue(floor.contains("deleted alone (all else kept): refuted, e.g.\n    start         = 0x"), floor);
        assertTrue(element(r.out(), SPEC + ":45:3").startsWith(SPEC + ":45:3: guard"), r.out());
        // vmalloc lies wholly below vmemmap in this layout: the ceiling test is tracked but not needed
        assertTrue(notNeeded(r.out()).contains(SPEC + ":31   if (end - 1 > ceiling - 1)\n"), r.out());
        assertTrue(notNeeded(r.out()).contains(SPEC + ":25   if (ceiling) {\n"), r.out());
        for (String line : r.out().split("\n")) assertTrue(line.length() <= 80, "too wide: " + line);
    }

    @Test
    void pciIoAboveVmemmapRestsOnTheCeilingTest() {
        // from v6.9 PCI I/O sits just above VMEMMAP_END, in the same pgd entry: only the ceiling test spares it
        CliRun r = CliRun.of("explain", SPEC, "vmemmap_free_spares_pci_io", "--config", "ERA=614", "--config",
                "PAGE_SHIFT=12", "--config", "VA_BITS=48");
        assertEquals(0, r.code(), r.toString());
        String ceiling = element(r.out(), SPEC + ":31:3");
        assertTrue(ceiling.contains("   31 |   if (end - 1 > ceiling - 1)\n"), ceiling);
        assertTrue(ceiling.contains("deleted alone (all else kept): refuted, e.g.\n    start         = 0x"), ceiling);
        assertTrue(element(r.out(), SPEC + ":26:5").contains("deleted alone (all else kept): refuted"), r.out());
        assertTrue(notNeeded(r.out()).contains(SPEC + ":22   if (start < floor)\n"), r.out());
    }

    @Test
    void theLinearMapNeedsNoGuardToSpareVmalloc() {
        // PAGE_END is aligned to the top level's span, so no entry the linear-map walk visits covers vmalloc
        CliRun r = explain(SPEC, "remove_pgd_mapping_spares_vmalloc");
        assertEquals(0, r.code(), r.toString());
        assertTrue(element(r.out(), "specs/arm64/callers.ptl:25:45").contains("^~~~~~~~~~~~~~~"), r.out());
        assertTrue(notNeeded(r.out()).contains(SPEC + ":45   free below L when"), r.out());
    }

    @Test
    void jsonNamesTheSameLinesAndIsDeterministic() throws Exception {
        CliRun r = explain(SPEC, "vmemmap_free_spares_vmalloc", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonNode e = new ObjectMapper().readTree(r.out()).get("explanations").get(0);
        assertEquals("proved", e.get("verdict").asText());
        assertEquals(504, e.get("config").get("ERA").asInt());
        List<Integer> lines = new ArrayList<>();
        for (JsonNode c : e.get("core")) lines.add(c.get("line").asInt());
        assertTrue(lines.containsAll(List.of(22, 45)), lines.toString());
        JsonNode floor = e.get("core").get(lines.indexOf(22));
        assertEquals("if", floor.get("role").asText());
        assertEquals("refuted", floor.get("without_it").get("verdict").asText());
        assertTrue(floor.get("without_it").get("counterexample").get("other_address").asText().startsWith("0x"));
        List<Integer> unneeded = new ArrayList<>();
        for (JsonNode c : e.get("not_needed")) unneeded.add(c.get("line").asInt());
        assertTrue(unneeded.contains(31), unneeded.toString());
        assertEquals(r.out(), explain(SPEC, "vmemmap_free_spares_vmalloc", "--format", "json").out());
    }

    @Test
    void aRefutedTheoremShowsChecksOwnCounterexampleWithItsReplay() throws Exception {
        String naive = "specs/arm64/hotremove-naive.ptl";
        CliRun r = explain(naive, "vmemmap_free_spares_vmalloc");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("refuted: there is no proof to explain. The counterexample, as check reports"
                + " it:\n           start         = 0x"), r.out());
        assertTrue(r.out().contains("           replay: confirmed by the reference evaluator\n"), r.out());
        assertTrue(r.out().contains("'ptprove reproduce'"), r.out());
        // the same values, kernel terms and trace as check's JSON
        ObjectMapper json = new ObjectMapper();
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--no-timing", "--no-cache",
                "--theorem", "vmemmap_free_spares_vmalloc"));
        args.addAll(List.of(CONFIG));
        args.add(naive);
        JsonNode checked = json.readTree(CliRun.of(args.toArray(String[]::new)).out()).get("results").get(0);
        JsonNode explained = json.readTree(explain(naive, "vmemmap_free_spares_vmalloc", "--format", "json").out())
                .get("explanations").get(0);
        assertEquals(checked.get("counterexample"), explained.get("counterexample"));
        assertEquals("pgd", explained.get("counterexample").get("level").asText());
    }

    @Test
    void aLineWhoseDeletionAloneKeepsTheProofNamesTheLineThatCoversForIt() {
        CliRun r = explain(SPEC, "vmemmap_free_spares_modules");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("  deleted alone (all else kept): still proved, as another line covers for it:\n"
                + "    " + SPEC + ":"), r.out());
        assertTrue(r.out().contains("; deleting both refutes the theorem\n"), r.out());
        assertTrue(r.out().contains("one may\nstill stand in for a core line deleted alone"), r.out());
    }

    @Test
    void aGlobExplainsEveryTheoremItNames() {
        CliRun r = CliRun.of("explain", "specs/arm64/layout.ptl", "memory_rst_v6_*", "--config", "ERA=614");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("theorem memory_rst_v6_9_4k_48 [ERA=614 PAGE_SHIFT=12 VA_BITS=48]\n"), r.out());
        assertTrue(r.out().contains("theorem memory_rst_v6_9_64k_52 [ERA=614 PAGE_SHIFT=16 VA_BITS=52]\n"), r.out());
        CliRun none = CliRun.of("explain", "specs/arm64/layout.ptl", "memory_rst_v7_*", "--config", "ERA=614");
        assertEquals(2, none.code(), none.toString());
        assertTrue(none.err().contains("'memory_rst_v7_*' matches no theorem of specs/arm64/layout.ptl"), none.err());
    }

    @Test
    void anUnknownTheoremIsAUsageErrorWithASuggestion() {
        CliRun r = explain(SPEC, "vmemmap_free_spares_vmaloc");
        assertEquals(2, r.code(), r.toString());
        assertEquals("ptprove: " + SPEC + " has no theorem 'vmemmap_free_spares_vmaloc' (did you mean"
                + " 'vmemmap_free_spares_vmalloc'?)\n", r.err().substring(r.err().indexOf("ptprove: ")));
        assertEquals("", r.out());
    }

    @Test
    void anExampleIsNotATheorem() {
        CliRun r = explain("specs/arm64/hotremove-naive.ptl", "naive_frees_vmalloc_table");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("is an example, not a theorem; explain takes theorems"), r.err());
    }

    @Test
    void aBadConfigValueIsAUsageError() {
        CliRun r = CliRun.of("explain", SPEC, "vmemmap_free_spares_vmalloc", "--config", "ERA=1");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("ptprove: "), r.err());
    }
}
