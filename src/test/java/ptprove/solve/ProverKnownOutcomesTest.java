package ptprove.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.lower.Samples.suite;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;

class ProverKnownOutcomesTest {
    /** Remembers by obligation name; counts the sessions the prover opens. */
    private static final class Memory implements KnownOutcomes {
        final Map<String, Outcome> byName = new ConcurrentHashMap<>();
        @Override public Outcome lookup(Obligation o) { return byName.get(o.name()); }
        @Override public void remember(Outcome solved) { byName.put(solved.obligation().name(), solved); }
    }

    @Test
    void whenEverythingIsKnownNoSolverIsOpened() {
        List<Obligation> work = suite();
        Memory memory = new Memory();
        AtomicInteger opened = new AtomicInteger();
        List<Outcome> first = new Prover(Prover.Settings.of(2, Budget.NONE).withKnown(memory), () -> {
            opened.incrementAndGet();
            return new SolverSession();
        }).prove(work);
        assertTrue(opened.get() >= 1);
        assertEquals(work.size(), memory.byName.size(), "every solved outcome was offered");
        opened.set(0);
        List<Outcome> second = new Prover(Prover.Settings.of(2, Budget.NONE).withKnown(memory), () -> {
            opened.incrementAndGet();
            return new SolverSession();
        }).prove(work);
        assertEquals(0, opened.get());
        assertEquals(first, second);
    }

    @Test
    void aLookupThatThrowsIsAMissNotAHang() {
        List<Obligation> work = suite().subList(0, 4);
        KnownOutcomes broken = new KnownOutcomes() {
            @Override public Outcome lookup(Obligation o) { throw new IllegalStateException("boom"); }
            @Override public void remember(Outcome solved) { throw new IllegalStateException("boom"); }
        };
        List<Outcome> out = new Prover(Prover.Settings.of(2, Budget.NONE).withKnown(broken)).prove(work);
        assertEquals(4, out.size());
        for (int i = 0; i < 4; i++) assertEquals(work.get(i), out.get(i).obligation());
    }
}
