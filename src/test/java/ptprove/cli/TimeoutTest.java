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
        return chain(n, arg, arg);
    }

    /** {@code fi(x) = f(i-1)(first) + f(i-1)(second)}, with {@code #} in the arguments standing for i. */
    private static String chain(int n, String first, String second) {
        StringBuilder s = new StringBuilder("fn f0(x): ulong { return x + 1; }\n");
        for (int i = 1; i <= n; i++) {
            s.append("fn f").append(i).append("(x): ulong { return f").append(i - 1).append("(")
                    .append(first.replace("#", "" + i)).append(") + f").append(i - 1).append("(")
                    .append(second.replace("#", "" + i)).append("); }\n");
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

    /**
     * Calls whose arguments differ ({@code x} and {@code x ^ i}) cannot share: elaborating {@code f24} inlines 2^24
     * calls, which ran for minutes under {@code --timeout-ms 2000} because the budget began only when a solver
     * worker took the obligation up. Each obligation is now elaborated on the same clock: it is unknown
     * (timeout ... while elaborating), exit 4, and the other theorem of the spec is still proved.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTimeoutBoundsTheElaborationOfAnObligation() {
        TinySpecs w = new TinySpecs(tmp);
        w.write("distinct.ptl", chain(24, "x", "x ^ #") + "theorem small: forall x where x < 0x10: f1(x) != 1;\n");
        CliRun run = w.check("--no-cache", "--timeout-ms", "2000", "--format", "json", w.spec("distinct.ptl"));
        assertEquals(4, run.code(), run.toString());
        assertTrue(run.out().contains("\"reason\": \"timeout (2000 ms) while elaborating\""), run.out());
        assertTrue(run.out().contains("\"proved\": 1"), run.out());
        assertTrue(run.out().contains("\"unknown\": 1"), run.out());
    }
}
