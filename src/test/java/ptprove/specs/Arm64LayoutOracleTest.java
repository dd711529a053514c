package ptprove.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ptprove.cli.Main;

/**
 * {@code ptprove layout specs/arm64/layout.ptl --format json} against an independent computation of every era's
 * layout (src/test/resources/layout-oracle/arm64_layout.py, which checks the published reference values of
 * Documentation/arm64/memory.rst; its output is committed as expected-layout.json). Every configuration, every
 * region bound and every constant the oracle computes must match exactly.
 */
class Arm64LayoutOracleTest {

    @Test
    void layoutMatchesTheIndependentComputation() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"layout", "--format", "json", "specs/arm64/layout.ptl"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        JsonNode actual = json.readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode expected = json.readTree(Path.of("src/test/resources/layout-oracle/expected-layout.json").toFile());

        assertEquals(expected.get("layouts").size(), actual.get("layouts").size(), "number of configurations");
        int compared = 0;
        for (int i = 0; i < expected.get("layouts").size(); i++) {
            JsonNode e = expected.get("layouts").get(i), a = actual.get("layouts").get(i);
            String where = e.get("config").toString();
            assertEquals(e.get("config"), a.get("config"), "configuration order");
            assertEquals(e.get("regions").size(), a.get("regions").size(), where + " regions");
            for (int r = 0; r < e.get("regions").size(); r++) {
                JsonNode er = e.get("regions").get(r), ar = a.get("regions").get(r);
                for (String f : new String[] {"name", "start", "end"}) {
                    assertEquals(er.get(f), ar.get(f), where + " region " + er.get("name") + " " + f);
                    compared++;
                }
            }
            Iterator<Map.Entry<String, JsonNode>> it = e.get("constants").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> c = it.next();
                assertEquals(c.getValue(), a.get("constants").get(c.getKey()), where + " " + c.getKey());
                compared++;
            }
        }
        assertTrue(compared > 1000, "compared only " + compared + " values");
    }
}
