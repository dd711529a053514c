package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** {@code check --format sarif|junit} end to end on a golden spec: stdout is the document and nothing else. */
class SarifJunitCliTest {
    private static final String SPEC = "src/test/resources/golden/refuted/naive-policy.ptl";

    @TempDir Path noProofs;

    @Test
    void sarif() throws Exception {
        CliRun run = CliRun.of("check", "--format", "sarif", "--proofs", noProofs.toString(), SPEC);
        assertEquals(1, run.code(), run.toString());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("2.1.0", root.get("version").asText());
        JsonNode results = root.get("runs").get(0).get("results");
        assertTrue(results.size() > 0, run.toString());
        for (JsonNode r : results) {
            assertEquals("refuted", r.get("ruleId").asText());
            assertEquals(SPEC, r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
            assertTrue(r.get("message").get("text").asText().contains("counterexample: start=0x"), r.toString());
            // the replay in kernel terms, in the message and as a property
            assertTrue(r.get("message").get("text").asText().contains("; level top (top[12]), table span [0xc000,"
                    + " 0xd000), walk [0xc800, 0xc801); replay confirmed"), r.toString());
            JsonNode replay = r.get("properties").get("replay");
            assertEquals("top", replay.get("level").asText());
            assertEquals("top[12]", replay.get("index_path").asText());
            assertEquals("0xc000", replay.get("table_span").get(0).asText());
            assertEquals("0xd000", replay.get("table_span").get(1).asText());
        }
        assertEquals(run.out(), CliRun.of("check", "--format", "sarif", "--proofs", noProofs.toString(), SPEC).out(),
                "the same bytes every run");
        assertEquals("", run.err(), "no progress line without a terminal");
    }

    @Test
    void junit() throws Exception {
        CliRun run = CliRun.of("check", "--format", "junit", "--proofs", noProofs.toString(), SPEC);
        assertEquals(1, run.code(), run.toString());
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertTrue(Integer.parseInt(root.getAttribute("failures")) > 0, run.out());
        assertEquals(SPEC, ((Element) root.getElementsByTagName("testsuite").item(0)).getAttribute("name"));
        String failure = root.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(failure.contains("\nlevel top (top[12]), table span [0xc000, 0xd000), walk [0xc800, 0xc801)"),
                failure);
    }

    @Test
    void junitMarksARefutationTheRecordExpectsAndPassesIt() throws Exception {
        String spec = "src/test/resources/golden/review/recorded-changes.ptl";
        CliRun run = CliRun.of("check", "--format", "junit", "--no-timing", "--proofs",
                "src/test/resources/golden/review/proofs", "--root", "src/test/resources/golden/review", spec);
        assertEquals(1, run.code(), run.toString()); // the flip and the gone entry
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("2", root.getAttribute("failures"), run.out());
        Element expected = null;
        var cases = root.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals("vmemmap_free_spares_vmalloc [MID_SHIFT=8]")) expected = c;
        }
        assertTrue(expected != null && expected.getElementsByTagName("failure").getLength() == 0, run.out());
        Element property = (Element) expected.getElementsByTagName("property").item(1);
        assertEquals("expected", property.getAttribute("name"));
        assertEquals("true", property.getAttribute("value"));
        String out = expected.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.startsWith("theorem vmemmap_free_spares_vmalloc [MID_SHIFT=8]: refuted, as the proof record"
                + " expects\ncounterexample: start=0xc800"), out);
        assertTrue(out.contains("level top (top[12])"), out);
    }
}
