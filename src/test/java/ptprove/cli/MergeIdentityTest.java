package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13 item 3: merge accepted shards of different runs (other --config selections, two versions of a spec),
 * exit 0, with an obligation duplicated, others missing and a refutation gone. It refuses them, naming why.
 */
class MergeIdentityTest {
    @TempDir Path tmp;
    TinySpecs w;

    @BeforeEach
    void workspace() {
        w = new TinySpecs(tmp);
    }

    private Path shard(String name, String part, String... options) throws IOException {
        String[] args = new String[options.length + 6];
        System.arraycopy(options, 0, args, 0, options.length);
        System.arraycopy(new String[] {"--no-cache", "--format", "json", "--shard", part, w.spec("tiny.ptl")}, 0,
                args, options.length, 6);
        CliRun run = w.check(args);
        return Files.writeString(tmp.resolve(name), run.out());
    }

    private static CliRun merge(Path... shards) {
        String[] args = new String[shards.length + 1];
        args[0] = "merge";
        for (int i = 0; i < shards.length; i++) args[i + 1] = shards[i].toString();
        return CliRun.of(args);
    }

    private static void assertRefused(String message, CliRun run) {
        assertEquals(2, run.code(), run.toString());
        assertEquals("", run.out());
        assertEquals("ptprove: merge: " + message + "\n", run.err());
    }

    @Test
    void shardsOfOneRunStillMerge() throws IOException {
        Path a = shard("a.json", "1/2"), b = shard("b.json", "2/2");
        CliRun merged = merge(b, a);
        assertEquals(1, merged.code(), merged.toString());
        assertEquals(w.check("--no-cache", "--format", "json", w.spec("tiny.ptl")).out(), merged.out());
    }

    @Test
    void differentConfigSelectionsAreRefused() throws IOException {
        Path a = shard("a.json", "1/2", "--config", "K=1"), b = shard("b.json", "2/2");
        assertRefused(a + " and " + b + " were made with different --config selections (K=1 and none)", merge(a, b));
    }

    @Test
    void twoVersionsOfASpecAreRefused() throws IOException {
        Path a = shard("a.json", "1/2");
        w.write("tiny.ptl", TinySpecs.TINY.replace("x != 0x3", "x != 0x4"));
        Path b = shard("b.json", "2/2");
        assertRefused(a + " and " + b + " checked different versions of " + w.spec("tiny.ptl")
                + " (its text or a file it imports differs)", merge(a, b));
    }

    @Test
    void differentRecordsAndOptionsAreRefused() throws IOException {
        Path a = shard("a.json", "1/2");
        assertEquals(0, w.check("--record", "--no-cache", w.spec("tiny.ptl")).code());
        Path b = shard("b.json", "2/2");
        assertRefused(a + " and " + b + " compared " + w.spec("tiny.ptl") + " with different proof records",
                merge(a, b));
        Path c = shard("c.json", "2/2", "--all");
        Path d = shard("d.json", "1/2");
        assertRefused(d + " and " + c + " were made with different options (all=false configs=per-config and"
                + " all=true configs=per-config)", merge(d, c));
    }

    @Test
    void differentToolVersionsAndBudgetsAreNamed() throws IOException {
        Path a = shard("a.json", "1/2"), b = shard("b.json", "2/2", "--rlimit", "100000000");
        assertRefused(a + " and " + b + " have different tools, solvers or options: rlimit none and 100000000",
                merge(a, b));
        Path c = shard("c.json", "2/2");
        Files.writeString(c, Files.readString(c).replaceFirst("\"version\": \"[^\"]*\"", "\"version\": \"9.9.9\""));
        assertRefused(a + " and " + c + " have different tools, solvers or options: version "
                + Version.PTPROVE + " and 9.9.9", merge(a, c));
    }

    /** Item 13 in merge: a further --all counterexample whose replay was rejected makes the merged run exit 70. */
    @Test
    void aRejectedFurtherReplayInAShardExitsSeventy() throws IOException {
        Path a = shard("a.json", "1/2", "--all"), b = shard("b.json", "2/2", "--all");
        assertEquals(1, merge(a, b).code());
        ObjectMapper json = new ObjectMapper();
        for (Path p : new Path[] {a, b}) {
            ObjectNode root = (ObjectNode) json.readTree(Files.readString(p));
            for (var r : root.get("results")) {
                if (!r.has("counterexamples")) continue;
                ObjectNode other = ((ArrayNode) r.get("counterexamples")).get(0).deepCopy();
                other.put("replay", "rejected");
                ((ArrayNode) r.get("counterexamples")).add(other);
            }
            Files.writeString(p, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        }
        CliRun merged = merge(a, b);
        assertEquals(70, merged.code(), merged.toString());
        assertTrue(merged.out().contains("\"exitCode\" : 70") || merged.out().contains("\"exitCode\": 70"),
                merged.out());
    }
}
