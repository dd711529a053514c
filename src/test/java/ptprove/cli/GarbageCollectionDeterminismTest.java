package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Output does not depend on when the JVM collects garbage. Z3's Java API releases an object of a context when the
 * collector has found it unreachable, at the next object made in that context, and Z3 then deletes the terms only
 * that object held and hands their ids to the next terms made; Z3's rewriting, bit-blasting and SAT search follow
 * term ids. So the counterexample of a later question in a context (the minimiser's, or a further level's with
 * {@code --all}) depended on when the collector ran: on the heap and on every other thread of the process. In one
 * JVM with test classes run concurrently, CounterexampleShapeTest's comparison of two {@code --all} runs failed 3
 * times in 4. Here another thread allocates so fast that the collector runs every few milliseconds: before the
 * fix each of the three comparisons failed.
 * {@code solve.Held} keeps every Z3 object of a context reachable until the context is closed.
 */
class GarbageCollectionDeterminismTest {
    /** As CounterexampleShapeTest: v6.9 16K/48, two counterexamples (pgd, pud) for each of three theorems. */
    private static final List<String> ALL = List.of("check", "specs/arm64/hotremove-naive.ptl", "--no-timing",
            "--jobs", "1", "--format", "json", "--all", "--config", "ERA=609", "--config", "PAGE_SHIFT=14",
            "--config", "VA_BITS=48");

    /** Without --all: one theorem in all 52 configurations, refuted in 22, each counterexample minimised. */
    private static final List<String> FIRST = List.of("check", "specs/arm64/hotremove-naive.ptl", "--no-timing",
            "--jobs", "1", "--format", "json", "--theorem", "vmemmap_free_spares_vmalloc", "--proofs",
            "target/no-proofs");

    /** Where the allocator's garbage goes, so that the compiler cannot leave it out. */
    private static volatile byte[] sink;

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static String run(List<String> args) {
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertTrue(r.code() <= 1, r.toString()); // 1: refuted theorems without a proof record
        return r.out();
    }

    @Test
    void counterexamplesAreTheSameWhileAnotherThreadMakesTheCollectorRunAllTheTime() throws Exception {
        String all = run(ALL);
        String first = run(FIRST);
        assertTrue(all.split("\"level\": \"pud\"").length > 3, "a pud counterexample per theorem:\n" + all);
        assertTrue(first.split("\"counterexample\"").length > 20, "refuted in 22 configurations of 52:\n" + first);

        // another thread allocating fast, as other test classes or solver threads of the process do, so that
        // young collections come every few milliseconds; and a full collection now and then (G1 grows its young
        // generation until young collections are rare), at most a tenth of the time whatever the heap holds
        AtomicBoolean stop = new AtomicBoolean();
        Thread allocator = new Thread(() -> {
            long nextFull = 0;
            while (!stop.get()) {
                for (int i = 0; i < 1024; i++) sink = new byte[32 * 1024];
                long now = System.nanoTime();
                if (now - nextFull >= 0) {
                    System.gc();
                    long took = System.nanoTime() - now;
                    nextFull = System.nanoTime() + Math.max(20_000_000L, 10 * took);
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "allocator");
        allocator.setDaemon(true);
        long collectionsBefore = collections();
        allocator.start();
        // a large heap (the full tier's JVM keeps the defaults: G1, a quarter of the memory) collects less often,
        // so the runs repeat until the collector has run often enough, up to five times
        List<String> rounds = new ArrayList<>();
        try {
            do {
                rounds.add(run(ALL));
                rounds.add(run(ALL));
                rounds.add(run(FIRST));
            } while (collections() - collectionsBefore <= 20 && rounds.size() < 15);
        } finally {
            stop.set(true);
            allocator.join();
        }
        long collected = collections() - collectionsBefore;
        assertTrue(collected > 20, "the collector ran " + collected + " times in " + rounds.size() + " runs");
        for (int i = 0; i < rounds.size(); i += 3) {
            int r = i / 3 + 1;
            List<String> got = rounds.subList(i, i + 3);
            assertAll(() -> assertEquals(all, got.get(0), "--all, round " + r + ", first run"),
                    () -> assertEquals(all, got.get(1), "--all, round " + r + ", second run"),
                    () -> assertEquals(first, got.get(2), "first counterexample only, round " + r));
        }
    }
}
