package ptprove.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;

/**
 * What a signal does to a check run, in-process: the same {@link Interruption#fire} the JVM's shutdown hook
 * calls, here from the run's own listener after the first verdict. (cli/SignalTest sends real signals.)
 */
class InterruptionTest {
    @TempDir Path tmp;

    @Test
    void anInterruptedRunStopsSolvingAndWritesNoRecordAndNoReport() throws Exception {
        Path specs = Files.createDirectories(tmp.resolve("specs"));
        StringBuilder spec = new StringBuilder("param K in {");
        for (int k = 1; k <= 40; k++) spec.append(k).append(k < 40 ? ", " : "};\n");
        spec.append("theorem t: forall x where x < 0x10: x + K > x;\n");
        Files.writeString(specs.resolve("many.ptl"), spec.toString());
        Path proofs = tmp.resolve("proofs");
        Path record = Files.createDirectories(proofs).resolve("many.proof");
        Files.writeString(record, "# an old record\n");
        CheckSettings settings = CheckSettings.builder("test").proofs(proofs).record(true).build();

        Interruption interruption = Interruption.manual();
        List<Verdict> shown = new ArrayList<>();
        CheckRun.Listener listener = new CheckRun.Listener() {
            @Override public void solved(Outcome o, Replay replay, List<Replay> others) {
                shown.add(o.verdict());
                if (shown.size() == 1) interruption.fire(); // as SIGINT would, from the run's own thread
            }
        };
        AtomicBoolean published = new AtomicBoolean();
        CheckRun.Result result = new CheckRun(settings, listener)
                .run(SpecFinder.find(List.of(specs.toString()), specs), r -> published.set(true), interruption);

        assertTrue(result.interrupted());
        assertFalse(published.get(), "no report after the signal");
        assertEquals(List.of(Verdict.PROVED), shown, "no verdict line after the signal");
        assertEquals("# an old record\n", Files.readString(record), "the record is left as it was");
        assertEquals(1, result.unwritten().size());
        assertEquals("the run was interrupted", result.unwritten().get(0).reason());
        long unknown = result.report().specs().get(0).outcomes().stream()
                .filter(o -> o.verdict() == Verdict.UNKNOWN).count();
        assertTrue(unknown >= 30, "the obligations not solved yet are unknown, not solved: " + unknown);
    }
}
