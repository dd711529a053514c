package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.proofs.TestOutcomes.boolVariable;
import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.theorem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

class JsonReportRendererTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static RunReport run() {
        return new RunReport(SyntheticRuns.TOOL, List.of(SyntheticRuns.hotremove(false),
                TextReportRendererTest.changedSpec(), TextReportRendererTest.erroneousSpec()), 1234.56);
    }

    private static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }

    @Test
    void topLevelShapeAndTool() throws Exception {
        JsonNode root = parse(new JsonReportRenderer(true).render(run()));
        assertEquals(List.of("tool", "specs", "results", "changes", "diagnostics", "summary"), fieldNames(root));
        JsonNode tool = root.get("tool");
        assertEquals("ptprove", tool.get("name").asText());
        assertEquals("0.1.0", tool.get("version").asText());
        assertEquals("z3 4.14.1", tool.get("solver").asText());
        assertEquals(List.of("jobs", "rlimit"), fieldNames(tool.get("options")), "options sorted by name");
        assertEquals("5000000", tool.get("options").get("rlimit").asText());
        assertEquals(104 + 104, root.get("results").size());
        JsonNode specs = root.get("specs");
        assertEquals("none", specs.get(0).get("record").asText());
        assertEquals("differs", specs.get(1).get("record").asText());
        assertEquals("error", specs.get(2).get("status").asText());
    }

    @Test
    void aProvedResult() throws Exception {
        JsonNode r = parse(new JsonReportRenderer(true).render(run())).get("results").get(0);
        assertEquals(List.of("spec", "name", "kind", "index", "config", "verdict", "millis", "fingerprint", "line",
                "column"), fieldNames(r));
        assertEquals("specs/arm64/hotremove.ptl", r.get("spec").asText());
        assertEquals("vmemmap_free_spares_vmalloc", r.get("name").asText());
        assertEquals("theorem", r.get("kind").asText());
        assertTrue(r.get("config").get("ERA").isIntegralNumber());
        assertEquals(504, r.get("config").get("ERA").asInt());
        assertEquals(List.of("ERA", "PAGE_SHIFT", "VA_BITS"), fieldNames(r.get("config")));
        assertEquals("proved", r.get("verdict").asText());
        assertEquals(2.4, r.get("millis").asDouble());
        assertEquals("fp1", r.get("fingerprint").asText());
        assertEquals(30, r.get("line").asInt());
    }

    @Test
    void counterexampleAndWitnessAreHexByLabel() throws Exception {
        JsonNode results = parse(new JsonReportRenderer(true).render(run())).get("results");
        JsonNode refuted = null, witnessed = null;
        for (JsonNode r : results) {
            if (refuted == null && r.get("verdict").asText().equals("refuted")) refuted = r;
            if (witnessed == null && r.get("verdict").asText().equals("witnessed")) witnessed = r;
        }
        assertEquals("0xfffffc1fc0000000", refuted.get("counterexample").get("start").asText());
        assertEquals("0xfffffc1fc0010000", refuted.get("counterexample").get("end").asText());
        assertFalse(refuted.has("witness"));
        assertEquals("0xfffffdffc0000000", witnessed.get("witness").get("start").asText());
        assertFalse(witnessed.has("counterexample"));
        assertFalse(witnessed.has("reason"));
    }

    @Test
    void recordedIsAbsentWithoutARecordAndNullForANewObligation() throws Exception {
        JsonNode results = parse(new JsonReportRenderer(true).render(run())).get("results");
        assertFalse(results.get(0).has("recorded"));
        JsonNode flipped = results.get(104 + 3);
        assertEquals("refuted", flipped.get("verdict").asText());
        assertEquals("proved", flipped.get("recorded").asText());
        JsonNode added = results.get(104 + 103);
        assertEquals("added_later", added.get("name").asText());
        assertTrue(added.has("recorded"));
        assertTrue(added.get("recorded").isNull());
    }

    @Test
    void changesDiagnosticsAndSummary() throws Exception {
        JsonNode root = parse(new JsonReportRenderer(true).render(run()));
        JsonNode changes = root.get("changes");
        assertEquals(3 + 6, changes.size());
        JsonNode flipped = changes.get(0);
        assertEquals("flipped", flipped.get("change").asText());
        assertTrue(flipped.get("difference").asBoolean());
        assertEquals("proved", flipped.get("recorded").asText());
        assertEquals("refuted", flipped.get("current").asText());
        assertEquals(14, flipped.get("config").get("PAGE_SHIFT").asInt());
        JsonNode fp = changes.get(1);
        assertEquals("fingerprint changed", fp.get("change").asText());
        assertFalse(fp.get("difference").asBoolean());
        JsonNode gone = changes.get(changes.size() - 1);
        assertEquals("gone", gone.get("change").asText());
        assertTrue(gone.get("current").isNull());

        JsonNode d = root.get("diagnostics").get(0);
        assertEquals("specs/arm64/layout.ptl", d.get("file").asText());
        assertEquals(1, d.get("line").asInt());
        assertEquals(34, d.get("column").asInt());
        assertEquals("PTL0202", d.get("code").asText());
        assertEquals("error", d.get("severity").asText());
        assertEquals("unknown name 'VMALOC_END'", d.get("message").asText());

        JsonNode s = root.get("summary");
        assertEquals(List.of("proved", "refuted", "witnessed", "unwitnessed", "vacuous", "unknown", "error",
                "obligations", "specs", "specsWithErrors", "differences", "fingerprintChanges", "millis", "exitCode"),
                fieldNames(s));
        assertEquals(100, s.get("proved").asInt());
        assertEquals(5, s.get("refuted").asInt());
        assertEquals(103, s.get("witnessed").asInt());
        assertEquals(0, s.get("unknown").asInt());
        assertEquals(208, s.get("obligations").asInt());
        assertEquals(3, s.get("differences").asInt());
        assertEquals(6, s.get("fingerprintChanges").asInt());
        assertEquals(1234.6, s.get("millis").asDouble());
        assertEquals(3, s.get("exitCode").asInt());
    }

    @Test
    void booleansAndUnsignedValuesKeepTheirType() throws Exception {
        Outcome o = new Outcome(theorem(0, "t", config("LPA2", true, "BASE", -1L)), Verdict.UNKNOWN, 1, "f",
                List.of(), "budget");
        Outcome r = new Outcome(theorem(1, "t", config("LPA2", false, "BASE", 0)), Verdict.REFUTED, 1, "f",
                List.of(new Outcome.Value(boolVariable("b", "shared"), 1)), null);
        JsonNode results = parse(new JsonReportRenderer(true).render(new RunReport(SyntheticRuns.TOOL,
                List.of(SpecReport.checked("s.ptl", List.of(o, r), null))))).get("results");
        assertTrue(results.get(0).get("config").get("LPA2").isBoolean());
        assertEquals(new BigInteger("18446744073709551615"), results.get(0).get("config").get("BASE").bigIntegerValue());
        assertEquals("budget", results.get(0).get("reason").asText());
        assertTrue(results.get(1).get("counterexample").get("shared").booleanValue());
        assertFalse(results.get(0).has("line"), "a synthetic span has no line");
    }

    @Test
    void withoutTimesTheOutputIsByteForByteStable() {
        JsonReportRenderer stable = new JsonReportRenderer(false);
        String a = stable.render(run());
        assertFalse(a.contains("millis"), a);
        List<Outcome> shuffled = new ArrayList<>(SyntheticRuns.hotremoveOutcomes());
        Collections.shuffle(shuffled, new Random(7));
        List<Outcome> slower = shuffled.stream().map(o -> new Outcome(o.obligation(), o.verdict(), o.millis() * 3,
                o.fingerprint(), o.model(), o.reason())).toList();
        RunReport b = new RunReport(SyntheticRuns.TOOL, List.of(SpecReport.checked(
                "specs/arm64/hotremove.ptl", slower, null), TextReportRendererTest.changedSpec(),
                TextReportRendererTest.erroneousSpec()), 99999);
        assertEquals(a, stable.render(b));
        assertEquals(a, stable.render(run()));
    }

    @Test
    void prettyPrintedWithUnixLineEnds() {
        String json = new JsonReportRenderer(true).render(new RunReport(SyntheticRuns.TOOL, List.of()));
        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
        assertTrue(json.startsWith("{\n  \"tool\": {\n    \"name\": \"ptprove\",\n"), json);
        assertTrue(json.contains("\"results\": [],"), json);
    }
}
