package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ptprove.result.Outcome;

class MarkdownReportRendererTest {

    private static String md(RunReport run) {
        return new MarkdownReportRenderer(false).render(run);
    }

    /** Cells of a GFM table row: split at pipes not escaped by a backslash. */
    private static List<String> cells(String row) {
        String inner = row.substring(1, row.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("(?<!\\\\)\\|", -1)) cells.add(c.strip());
        return cells;
    }

    /** The table under the first heading containing {@code name}. */
    private static List<String> table(String md, String name) {
        List<String> lines = md.lines().toList();
        int i = 0;
        while (!(lines.get(i).startsWith("### ") && lines.get(i).contains(name))) i++;
        while (!lines.get(i).startsWith("|")) i++;
        List<String> rows = new ArrayList<>();
        while (i < lines.size() && lines.get(i).startsWith("|")) rows.add(lines.get(i++));
        return rows;
    }

    @Test
    void gridTableHasARowPerGranuleAndVaPairAndAColumnPerEra() {
        String md = md(new RunReport(SyntheticRuns.TOOL, List.of(SyntheticRuns.hotremove(false))));
        List<String> rows = table(md, "vmemmap_free_spares_vmalloc");
        // header, separator, 8 granule/VA pairs plus the two LPA2 pairs
        assertEquals(12, rows.size(), String.join("\n", rows));
        for (String r : rows) assertEquals(8, cells(r).size(), r);
        assertEquals(List.of("`PAGE_SHIFT`", "`VA_BITS`", "ERA=504", "ERA=511", "ERA=517", "ERA=605", "ERA=609",
                "ERA=614"), cells(rows.get(0)));
        assertEquals(List.of("16", "52", "proved", "proved", "proved", "proved", "REFUTED", "REFUTED"),
                cells(rows.get(11)));
        // LPA2 pairs exist from v6.9 only: no configuration, no verdict
        assertEquals(List.of("12", "52", "-", "-", "-", "-", "proved", "proved"), cells(rows.get(4)));
    }

    @Test
    void everyLineButTableRowsAndQuotedSourceFitsEighty() {
        String md = md(ReportFixtures.run());
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("|")) continue;
            if (line.contains("-->") || line.matches("\\s*\\d* \\|.*")) continue; // DiagnosticFormatter's source quotes
            assertTrue(line.length() <= 80, "too wide (" + line.length() + "): " + line);
        }
    }

    @Test
    void counterexampleBlockHasTheReplayInKernelTerms() {
        String md = md(ReportFixtures.run());
        assertTrue(md.contains("           level       = pgd  (pgd[507])\n"), md);
        assertTrue(md.contains("table_span  = [0xfffffd8000000000, 0xfffffe0000000000)"), md);
        assertTrue(md.contains("walk        = [0xfffffdffffe50000, 0xfffffe0000000000)"), md);
        assertTrue(md.contains("replay: confirmed by the reference evaluator"), md);
        assertTrue(md.contains("changes against the proof record:"), md);
        assertTrue(md.contains("## Summary\n\n"), md);
        assertTrue(md.contains("exit "), md);
    }

    @Test
    void specTextIsEscaped() {
        String md = md(ReportFixtures.run());
        // the spec path holds a backtick run and a pipe: a longer code fence, and the pipe escaped in tables
        assertTrue(md.contains("## ``specs/<script>&\"'|`x`.ptl``"), md);
        for (String row : table(md, "frees_")) {
            assertEquals(cells(table(md, "frees_").get(0)).size(), cells(row).size(), row);
        }
        assertTrue(md.contains("`P<script>&\"'`"), md);
        // outside code spans and fences, nothing from a spec appears raw
        boolean fenced = false;
        for (String line : md.split("\n")) {
            if (line.startsWith("```")) { fenced = !fenced; continue; }
            if (fenced) continue;
            String outsideCode = line.replaceAll("(`+)(?:(?!\\1).)*?\\1", "");
            assertFalse(outsideCode.contains("<script"), line);
        }
    }

    @Test
    void deterministicWhateverOrderTheWorkersFinishedIn() {
        SpecReport s = SyntheticRuns.hotremove(false);
        List<Outcome> shuffled = new ArrayList<>(s.outcomes());
        Collections.shuffle(shuffled, new Random(7));
        SpecReport t = SpecReport.checked(s.spec(), shuffled, null);
        assertEquals(md(new RunReport(SyntheticRuns.TOOL, List.of(s), 10)),
                md(new RunReport(SyntheticRuns.TOOL, List.of(t), 10)));
        assertEquals(md(ReportFixtures.run()), md(ReportFixtures.run()));
    }
}
