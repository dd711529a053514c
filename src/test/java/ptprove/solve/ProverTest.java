package ptprove.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.lower.Samples.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import ptprove.ir.Obligation;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

class ProverTest {

    /** The suite plus two factoring problems that no small resource budget finishes. */
    private static List<Obligation> workload() {
        List<Obligation> all = new ArrayList<>(suite());
        Term.Var x = var("x", 64), y = var("y", 64);
        all.add(7, example("factor", Terms.TRUE, factoring(x, y), x, y));
        all.add(31, theorem("prime_ish", factoring(x, y), Terms.FALSE, x, y));
        return all;
    }

    @Test
    void oneWorkerAndTwoWorkersAgreeOnEverything() {
        List<Obligation> work = workload();
        Budget budget = Budget.rlimit(200_000);
        List<Outcome> serial = new Prover(1, budget).prove(work);
        List<Outcome> parallel = new Prover(2, budget).prove(work);
        assertEquals(work.size(), serial.size());
        for (int i = 0; i < work.size(); i++) {
            Outcome a = serial.get(i), b = parallel.get(i);
            assertSame(work.get(i), a.obligation(), "input order");
            assertSame(work.get(i), b.obligation(), "input order");
            assertEquals(a.verdict(), b.verdict(), a.obligation().name());
            assertEquals(a.model(), b.model(), a.obligation().name());
            assertEquals(a.reason(), b.reason(), a.obligation().name());
            assertEquals(a.fingerprint(), b.fingerprint());
        }
        assertEquals(Verdict.UNKNOWN, serial.get(7).verdict());
        assertEquals("resource limit (rlimit 200000) exhausted", serial.get(7).reason());
        assertEquals(Verdict.UNKNOWN, serial.get(31).verdict());
        long definite = serial.stream().filter(o -> o.verdict() != Verdict.UNKNOWN).count();
        assertEquals(50, definite);
    }

    @Test
    void theCallbackSeesEveryOutcomeInInputOrderOnTheCallingThread() {
        List<Obligation> work = suite();
        List<Outcome> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        List<Outcome> returned = new Prover(2, Budget.NONE).prove(work, o -> {
            assertSame(caller, Thread.currentThread());
            seen.add(o);
        });
        assertEquals(returned, seen);
        for (int i = 0; i < work.size(); i++) assertSame(work.get(i), seen.get(i).obligation());
    }

    @Test
    void outcomesStreamBeforeLaterObligationsFinish() throws InterruptedException {
        List<Obligation> work = suite().subList(0, 6);
        CountDownLatch secondDelivered = new CountDownLatch(1);
        AtomicBoolean streamed = new AtomicBoolean();
        // Obligation 3 cannot finish until outcome 1 has reached the callback: a prover that only reported at the
        // end would leave it waiting (bounded, so a broken prover fails rather than hangs).
        Prover prover = new Prover(Prover.Settings.of(2, Budget.NONE), () -> new ScriptedEngine(o -> {
            if (o == work.get(3)) {
                try {
                    streamed.set(secondDelivered.await(60, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return proved(o);
        }));
        prover.prove(work, o -> {
            if (o.obligation() == work.get(1)) secondDelivered.countDown();
        });
        assertTrue(streamed.get(), "outcome 1 was delivered while obligation 3 was still being solved");
    }

    @Test
    void aFailingObligationIsAnErrorAndTheOthersComplete() {
        List<Obligation> work = suite().subList(0, 10);
        for (int jobs : new int[]{1, 3}) {
            List<Outcome> out = new Prover(Prover.Settings.of(jobs, Budget.NONE), () -> new ScriptedEngine(o -> {
                if (o == work.get(4)) throw new IllegalStateException("boom\nsecond line");
                return proved(o);
            })).prove(work);
            for (int i = 0; i < work.size(); i++) {
                assertEquals(i == 4 ? Verdict.ERROR : Verdict.PROVED, out.get(i).verdict());
            }
            assertEquals("internal: IllegalStateException: boom", out.get(4).reason());
        }
    }

    @Test
    void aRealSessionErrorStaysWithItsObligation() {
        List<Obligation> work = new ArrayList<>(suite().subList(0, 5));
        Term.Var x = var("x", 8);
        work.add(2, theorem("broken", Terms.TRUE, new Term.App(ptprove.ir.Op.ULT, List.of(x), 0, S), x));
        List<Outcome> out = new Prover(2, Budget.NONE).prove(work);
        assertEquals(Verdict.ERROR, out.get(2).verdict());
        assertTrue(out.get(2).reason().startsWith("internal: "));
        for (int i = 0; i < out.size(); i++) if (i != 2) assertTrue(out.get(i).verdict() != Verdict.ERROR);
    }

    @Test
    void aSolverThatCannotStartGivesErrorsNotAHang() {
        List<Obligation> work = suite().subList(0, 5);
        List<Outcome> out = new Prover(Prover.Settings.of(2, Budget.NONE), () -> {
            throw new UnsatisfiedLinkError("no libz3 in java.library.path");
        }).prove(work);
        assertEquals(5, out.size());
        for (Outcome o : out) {
            assertEquals(Verdict.ERROR, o.verdict());
            assertEquals("internal: cannot start the solver: UnsatisfiedLinkError: no libz3 in java.library.path",
                    o.reason());
        }
    }

    @Test
    void aThrowingCallbackStopsTheRun() {
        List<Obligation> work = suite();
        Prover prover = new Prover(Prover.Settings.of(2, Budget.NONE), () -> new ScriptedEngine(ProverTest::proved));
        RuntimeException e = assertThrows(RuntimeException.class, () -> prover.prove(work, o -> {
            throw new RuntimeException("stdout closed");
        }));
        assertEquals("stdout closed", e.getMessage());
    }

    @Test
    void emptyInputAndBadJobs() {
        assertEquals(List.of(), new Prover(2, Budget.NONE).prove(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Prover(0, Budget.NONE));
        assertThrows(IllegalArgumentException.class, () -> new Budget(-1, 0));
        assertTrue(Prover.defaultJobs() >= 1);
        assertEquals(Runtime.getRuntime().availableProcessors(), Prover.defaultJobs());
    }

    @Test
    void reportsTheSolverVersion() {
        assertEquals("4.14.1", Prover.solverVersion());
        assertEquals("200", new Prover(1, Budget.rlimit(200)).options().describe().get("rlimit"));
    }

    private static Outcome proved(Obligation o) {
        return new Outcome(o, Verdict.PROVED, 0, "", List.of(), null);
    }

    /** An engine whose answers a test writes; no Z3. */
    private static final class ScriptedEngine implements Engine {
        private final java.util.function.Function<Obligation, Outcome> answer;

        ScriptedEngine(java.util.function.Function<Obligation, Outcome> answer) {
            this.answer = answer;
        }

        @Override public Outcome solve(Obligation o, Budget b) { return answer.apply(o); }
        @Override public void interrupt() {}
        @Override public void close() {}
    }
}
