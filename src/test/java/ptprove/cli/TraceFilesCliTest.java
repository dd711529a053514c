package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counterexample's trace through a fn of an imported spec: every step names the file its line is in when that
 * is not the theorem's (the text report printed the imported file's line numbers as if they were the spec's), and
 * the CI formats carry the trace: SARIF as a code flow whose locations are in the right files, JUnit as text.
 * A report rendered again from its JSON says the same.
 */
class TraceFilesCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    @TempDir Path dir;

    private TinySpecs workspace() {
        TinySpecs w = new TinySpecs(dir);
        w.write("lib/helper.ptl", """
                // a helper in a file of its own
                fn bump(x) {
                  ulong y = x;
                  y += 1;
                  return y;
                }
                """);
        w.write("main.ptl", """
                import "lib/helper.ptl";
                theorem t: forall x where x < 0x10: bump(x) != 0x4;
                """);
        return w;
    }

    @Test
    void textNamesTheImportedFileOfAStep() {
        TinySpecs w = workspace();
        CliRun run = w.check("--no-cache", w.spec("main.ptl"));
        assertEquals(1, run.code(), run.toString());
        String out = run.out();
        assertTrue(out.contains("\n                2  bump(x) != 0x4"), out); // the theorem's own line: no file
        for (String step : List.of("helper.ptl:3  ulong y = x;", "helper.ptl:4  y += 1;", "helper.ptl:5  return y;")) {
            assertTrue(out.contains(step), step + " in\n" + out);
        }
    }

    @Test
    void jsonSarifAndJunitCarryTheTraceWithItsFiles() throws Exception {
        TinySpecs w = workspace();
        JsonNode json = MAPPER.readTree(w.check("--no-cache", "--format", "json", w.spec("main.ptl")).out());
        JsonNode steps = json.path("results").get(0).path("counterexample").path("trace");
        assertEquals(4, steps.size(), steps.toString());
        assertFalse(steps.get(0).has("file"), "the theorem's own file goes without saying");
        for (int i = 1; i < 4; i++) {
            assertTrue(steps.get(i).path("file").asText().endsWith("lib/helper.ptl"), steps.get(i).toString());
        }

        String sarif = w.check("--no-cache", "--format", "sarif", w.spec("main.ptl")).out();
        assertSchemaValid(sarif);
        JsonNode flow = MAPPER.readTree(sarif).path("runs").get(0).path("results").get(0).path("codeFlows").get(0)
                .path("threadFlows").get(0).path("locations");
        List<String> where = new ArrayList<>();
        for (JsonNode l : flow) {
            JsonNode p = l.path("location").path("physicalLocation");
            String uri = p.path("artifactLocation").path("uri").asText();
            where.add(uri.substring(uri.lastIndexOf('/') + 1) + ":" + p.path("region").path("startLine").asInt()
                    + " depth " + l.path("nestingLevel").asInt());
        }
        assertEquals(List.of("main.ptl:2 depth 0", "helper.ptl:3 depth 1", "helper.ptl:4 depth 1",
                "helper.ptl:5 depth 1"), where);
        assertEquals("return y;  -> 0x4", flow.get(3).path("location").path("message").path("text").asText());
        assertEquals("0x4", flow.get(3).path("state").path("y").path("text").asText());

        String junit = w.check("--no-cache", "--format", "junit", w.spec("main.ptl")).out();
        assertTrue(junit.contains("trace:\n") && junit.contains("helper.ptl:4  y += 1;"), junit);
    }

    @Test
    void aReportRenderedFromItsJsonKeepsTheFiles() throws Exception {
        TinySpecs w = workspace();
        Path json = dir.resolve("report.json");
        Files.writeString(json, w.check("--no-cache", "--format", "json", w.spec("main.ptl")).out());
        for (String format : List.of("text", "sarif", "junit")) {
            String direct = w.check("--no-cache", "--format", format, w.spec("main.ptl")).out();
            CliRun rendered = CliRun.of("render", "--no-timing", "--format", format, json.toString());
            assertEquals(0, rendered.code(), rendered.toString());
            assertEquals(direct, rendered.out(), format);
        }
    }

    private static void assertSchemaValid(String sarif) throws Exception {
        try (InputStream in = TraceFilesCliTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in)
                    .validate(MAPPER.readTree(sarif));
            assertTrue(errors.isEmpty(), errors + "\n" + sarif);
        }
    }
}
