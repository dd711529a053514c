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
    }
}
