package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --slowest N}: the costliest properties after the text report, and the options it refuses. */
class SlowestCliTest {
    @TempDir Path dir;

    private CliRun check(TinySpecs w, String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--root", w.specs.toString(), "--proofs",
                w.proofs.toString(), "--jobs", "2"));
        all.addAll(List.of(args));
        all.add(w.spec("tiny.ptl"));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void listsTheCostliestPropertiesAfterTheReport() {
        TinySpecs w = new TinySpecs(dir);
        CliRun run = check(w, "--no-cache", "--slowest", "2");
        assertEquals(1, run.code(), run.toString()); // 'fails' is refuted and there is no record
        String out = run.out();
        int at = out.indexOf("\nslowest 2 properties (solving time summed over the configurations solved in this run):\n");
        assertTrue(at > out.indexOf("exit 1"), "after the report's summary:\n" + out);
        List<String> heads = out.substring(at).lines().filter(l -> l.contains("tiny.ptl:")).toList();
        assertEquals(2, heads.size(), out);
        for (String h : heads) {
            assertTrue(h.matches(" *[0-9.]+ (ms|s)  .*tiny\\.ptl:[345]  (theorem|example) (holds|fails|found)"), h);
        }
        assertTrue(out.substring(at).contains("2 configurations, 2 distinct queries; the slowest "), out);
    }

    @Test
    void nothingToListWhenEverythingCameFromTheCache() {
        TinySpecs w = new TinySpecs(dir);
        check(w, "--cache", w.cache.toString());
        CliRun warm = check(w, "--cache", w.cache.toString(), "--slowest", "3");
        assertTrue(warm.out().contains("\nslowest: nothing was solved in this run (every result came from the cache;"
                + " --no-cache times them all)\n"), warm.toString());
    }

    @Test
    void refusesWhatItCannotShow() {
        TinySpecs w = new TinySpecs(dir);
        assertUsage(check(w, "--slowest", "-1"), "--slowest must not be negative");
        assertUsage(check(w, "--slowest", "3", "--no-timing"),
                "--slowest lists durations, which --no-timing leaves out; give one");
        assertUsage(check(w, "--slowest", "3", "--format", "json"),
                "--slowest applies to the text format (the json report has every result's millis)");
    }

    private static void assertUsage(CliRun run, String message) {
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains(message), run.toString());
        assertEquals("", run.out(), "nothing on stdout for a usage error");
    }
}
