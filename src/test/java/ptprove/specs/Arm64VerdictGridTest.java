package ptprove.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import ptprove.proofs.ProofRecord;
import ptprove.proofs.ProofRecordFiles;
import ptprove.proofs.RecordEntry;

/**
 * The recorded verdict of every property of every arm64 spec, in every configuration, equals the verdict an
 * independent computation predicts (src/test/resources/layout-oracle/arm64_layout.py: which tables vmalloc,
 * vmemmap, fixmap, PCI I/O and the linear map share per configuration, and what each policy therefore does).
 * Together with CI's check of specs/ against proofs/, this ties the solver's grid to the oracle's.
 */
class Arm64VerdictGridTest {

    @Test
    void recordsMatchThePredictedGrid() throws Exception {
        JsonNode grid = new ObjectMapper().readTree(
                Path.of("src/test/resources/layout-oracle/expected-naive-grid.json").toFile()).get("grid");
        Map<String, Map<String, String>> recorded = new TreeMap<>(); // "file name|config" -> property -> verdict
        for (String spec : List.of("geometry", "layout", "callers", "hotremove", "hotremove-naive", "hotremove-v7")) {
            ProofRecord r = ProofRecordFiles.read(Path.of("proofs/arm64/" + spec + ".proof"));
            for (RecordEntry e : r.entries()) {
                recorded.computeIfAbsent(spec + ".ptl|" + e.key().config(), k -> new TreeMap<>())
                        .put(e.key().name(), e.verdict().word());
            }
        }
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (JsonNode row : grid) {
            StringBuilder config = new StringBuilder();
            Iterator<Map.Entry<String, JsonNode>> c = row.get("config").fields();
            while (c.hasNext()) {
                Map.Entry<String, JsonNode> kv = c.next();
                if (config.length() > 0) config.append(' ');
                config.append(kv.getKey()).append('=').append(kv.getValue().asText());
            }
            Iterator<Map.Entry<String, JsonNode>> files = row.get("expected").fields();
            while (files.hasNext()) {
                Map.Entry<String, JsonNode> file = files.next();
                Map<String, String> got = recorded.getOrDefault(file.getKey() + "|" + config, Map.of());
                Iterator<Map.Entry<String, JsonNode>> props = file.getValue().fields();
                while (props.hasNext()) {
                    Map.Entry<String, JsonNode> p = props.next();
                    compared++;
                    String want = p.getValue().asText();
                    if (!want.equals(got.get(p.getKey()))) {
                        mismatches.add(file.getKey() + " " + p.getKey() + " [" + config + "]: predicted " + want
                                + ", recorded " + got.get(p.getKey()));
                    }
                }
            }
        }
        assertTrue(compared > 1500, "compared only " + compared);
        assertEquals(List.of(), mismatches);
    }
}
