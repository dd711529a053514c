package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13 item 12: a chain of fns each calling the previous one twice (N=22) took over 100 s under
 * {@code --timeout-ms 2000}: every call was inlined afresh, 2^22 nodes to elaborate and lower. Repeated calls with
 * equal arguments now share one term, so the chain is 23 nodes and is proved in well under a second of solving.
 */
class TimeoutTest {
    @TempDir Path tmp;

    private static String chain(int n, String arg) {
        StringBuilder s = new StringBuilder("fn f0(x): ulong { return x + 1; }\n");
        for (int i = 1; i <= n; i++) {
            s.append("fn f").append(i).append("(x): ulong { return f").append(i - 1).append("(").append(arg)
                    .append(") + f").append(i - 1).append("(").append(arg).append("); }\n");
        }
        return s.append("theorem t: forall x where x < 0x10: f").append(n).append("(x) != 5;\n").toString();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anExponentialFnChainIsElaboratedAndLoweredInLinearTime() {
        TinySpecs w = new TinySpecs(tmp);
        w.write("same.ptl", chain(22, "x"));
        w.write("equal.ptl", chain(22, "x + 1"));
        CliRun run = w.check("--no-cache", "--timeout-ms", "2000", "--format", "json", w.spec("same.ptl"),
                w.spec("equal.ptl"));
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("\"proved\": 2"), run.out());
    }
}
