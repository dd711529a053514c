package ptprove.solve;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.TestSpecs;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/**
 * Soak: 10 000 small obligations through one {@link Prover} in one JVM, each in a Z3 context of its own. Resident
 * memory must not grow with the number of obligations solved (a context or model that is never closed would
 * leak native memory at every obligation), and the 10 000th verdict must be what the first was. The numbers are
 * printed in a form that can be copied into docs/performance.md.
 */
@Tag("slow") // tens of seconds of solving: left out of the fast tier (mvn test -DexcludedGroups=slow)
class ProverSoakTest {
    private static final int OBLIGATIONS = 10_000;
    private static final long GROWTH_BOUND_KB = 200L * 1024;

    /** Every verdict kind, a refutation and witnesses with models, walk members: each obligation a few ms. */
    private static final String SPEC = """
            address_bits 8;
            pagetable t { va_bits 8; level top shift 6; level mid shift 4; level leaf shift 2; }
            region low = [0x10, 0x50);
            teardown all() on t { free below L when true; }
            theorem t0: forall x, y: x + y == y + x;
            theorem t1: forall x where x != 0: x - 1 < x;
            theorem t2: forall s, e where s < e: !all().over(s, e).frees_table_of(low);
            example e0: exists s, e where s < e: all().over(s, e).frees_any;
            example e1: exists x: x * 3 == 1;
            example e2: exists x where x < 4: x > 9;
            theorem t3: forall x where x < 4 && x > 8: false;
            theorem t4: forall x: x + 1 > x;
            """;

    /** VmRSS of this process, in kB, from /proc/self/status. */
    static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    private static long settledResidentKb() {
        System.gc(); // heap churn is not what this measures: let the collector give back what it can first
        return residentKb();
    }

    private static long heapUsedKb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1024;
    }

    @Test
    void tenThousandObligationsInOneJvmKeepResidentMemoryFlat() {
        List<Obligation> base = TestSpecs.obligations(SPEC);
        List<Verdict> expected = List.of(Verdict.PROVED, Verdict.PROVED, Verdict.REFUTED, Verdict.WITNESSED,
                Verdict.WITNESSED, Verdict.UNWITNESSED, Verdict.VACUOUS, Verdict.REFUTED);
        List<Outcome> first = new Prover(2, Budget.NONE).prove(base);
        assertEquals(expected, first.stream().map(Outcome::verdict).toList());

        List<Obligation> work = new ArrayList<>(OBLIGATIONS);
        while (work.size() < OBLIGATIONS) work.add(base.get(work.size() % base.size()));

        // warm up: Z3's native library, the JIT, the heap's working size
        new Prover(2, Budget.NONE).prove(work.subList(0, 500));
        long before = settledResidentKb();
        long heapBefore = heapUsedKb();
        long[] atHalf = new long[1];
        int[] seen = new int[1];
        long start = System.nanoTime();
        List<Outcome> out = new Prover(2, Budget.NONE).prove(work, o -> {
            if (++seen[0] == OBLIGATIONS / 2) atHalf[0] = residentKb();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = settledResidentKb();
        long heapAfter = heapUsedKb();

        for (int i = 0; i < OBLIGATIONS; i++) {
            Outcome o = out.get(i);
            Outcome f = first.get(i % base.size());
            assertEquals(f.verdict(), o.verdict(), "obligation " + i);
            assertEquals(f.model(), o.model(), "obligation " + i + ": the same model every time");
        }

        System.out.printf("soak: %d obligations, 2 jobs, %.1f s (%.2f ms each)%n", OBLIGATIONS, seconds,
                seconds * 1000 / OBLIGATIONS);
        System.out.printf("soak: VmRSS before %d kB, at %d obligations %d kB, after %d kB: growth %+d kB (%+.1f MB)%n",
                before, OBLIGATIONS / 2, atHalf[0], after, after - before, (after - before) / 1024.0);
        System.out.printf("soak: Java heap used before %d kB, after %d kB%n", heapBefore, heapAfter);
        assertTrue(after - before < GROWTH_BOUND_KB, "resident memory grew by " + (after - before) + " kB over "
                + OBLIGATIONS + " obligations (bound " + GROWTH_BOUND_KB + " kB)");
        // The sharper test for a leak: the second 5 000 obligations must not add what the first ones did (the
        // warm-up growth is one-off). 64 MB is over 13 kB per obligation; a Z3 context is ~ 100 kB.
        assertTrue(after - atHalf[0] < 64 * 1024, "resident memory still grew by " + (after - atHalf[0])
                + " kB over the second " + OBLIGATIONS / 2 + " obligations");
    }
}
