package ptprove.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.lower.Samples.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.ir.Obligation;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.solve.Budget;
import ptprove.solve.Prover;
import ptprove.solve.SolverOptions;

class ResultCacheTest {
    @TempDir Path dir;

    private ResultCache cache(Budget budget) {
        return new ResultCache(dir, "test", SolverOptions.of(budget));
    }

    private static List<Outcome> prove(List<Obligation> work, ResultCache cache, Budget budget) {
        return new Prover(Prover.Settings.of(2, budget).withKnown(cache)).prove(work);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void aWarmRunAnswersEverythingFromTheCacheWithTheSameVerdictsAndModels() {
        List<Obligation> work = suite();
        ResultCache cold = cache(Budget.NONE);
        List<Outcome> solved = prove(work, cold, Budget.NONE);
        assertEquals(0, cold.hits());
        assertTrue(solved.stream().anyMatch(o -> o.verdict() == Verdict.REFUTED && !o.model().isEmpty()));
        ResultCache warm = cache(Budget.NONE);
        List<Outcome> again = prove(work, warm, Budget.NONE);
        assertEquals(work.size(), warm.hits());
        for (int i = 0; i < work.size(); i++) {
            Outcome a = solved.get(i), b = again.get(i);
            assertFalse(a.cached());
            assertTrue(b.cached(), b.obligation().name());
            assertEquals(a.verdict(), b.verdict(), a.obligation().name());
            assertEquals(a.model(), b.model(), a.obligation().name());
            assertEquals(a.fingerprint(), b.fingerprint());
            assertEquals(a.reason(), b.reason());
        }
    }

    @Test
    void withoutAFolderIdenticalQueriesOfOneRunAreSolvedOnceAndNothingIsWritten() throws IOException {
        List<Obligation> once = suite();
        List<Obligation> twice = new ArrayList<>(once);
        twice.addAll(once);
        ResultCache memo = ResultCache.inMemory("test", SolverOptions.of(Budget.NONE));
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        ptprove.solve.KnownOutcomes counting = new ptprove.solve.KnownOutcomes() {
            @Override public Outcome lookup(Obligation o) {
                Outcome known = memo.lookup(o);
                if (known != null) answered.incrementAndGet();
                return known;
            }
            @Override public void remember(Outcome solved) { memo.remember(solved); }
        };
        List<Outcome> out = new Prover(Prover.Settings.of(1, Budget.NONE).withKnown(counting)).prove(twice);
        List<Outcome> alone = new Prover(1, Budget.NONE).prove(once);
        for (int i = 0; i < once.size(); i++) {
            Outcome second = out.get(once.size() + i);
            assertEquals(alone.get(i).verdict(), second.verdict(), second.obligation().name());
            assertEquals(alone.get(i).model(), second.model(), second.obligation().name());
            assertFalse(second.cached(), "an answer shared within a run is not a cache hit");
        }
        assertTrue(answered.get() >= once.size(), answered + " of " + once.size());
        assertEquals(0, memo.hits());
        assertFalse(memo.onDisk());
        assertEquals(List.of(), entries());
    }

    @Test
    void otherOptionsOrAnotherToolVersionMiss() {
        List<Obligation> work = suite().subList(0, 5);
        prove(work, cache(Budget.NONE), Budget.NONE);
        ResultCache otherBudget = cache(Budget.rlimit(10_000_000));
        prove(work, otherBudget, Budget.rlimit(10_000_000));
        assertEquals(0, otherBudget.hits());
        ResultCache otherVersion = new ResultCache(dir, "test2", SolverOptions.of(Budget.NONE));
        prove(work, otherVersion, Budget.NONE);
        assertEquals(0, otherVersion.hits());
    }

    @Test
    void unknownIsNeverStoredSoItIsSolvedAgain() throws IOException {
        Term.Var x = var("x", 64), y = var("y", 64);
        List<Obligation> work = List.of(example("factor", Terms.TRUE, factoring(x, y), x, y));
        Budget tiny = Budget.rlimit(20_000);
        assertEquals(Verdict.UNKNOWN, prove(work, cache(tiny), tiny).get(0).verdict());
        assertEquals(List.of(), entries());
        ResultCache again = cache(tiny);
        prove(work, again, tiny);
        assertEquals(0, again.hits());
    }

    @Test
    void corruptTruncatedEditedOrForeignEntriesAreIgnoredAndOverwritten() throws IOException {
        List<Obligation> work = suite();
        List<Outcome> solved = prove(work, cache(Budget.NONE), Budget.NONE);
        List<Path> files = entries();
        assertEquals(work.size(), files.size());
        // four kinds of damage, on four different entries
        Path truncated = files.get(0), edited = files.get(1), foreign = files.get(2), garbage = files.get(3);
        Files.writeString(truncated, Files.readString(truncated).substring(0, 40));
        String e = Files.readString(edited);
        String flipped = e.contains("\"proved\"") ? e.replace("\"proved\"", "\"refuted\"")
                : e.replaceFirst("\"verdict\":\"[a-z]+\"", "\"verdict\":\"proved\"");
        assertNotEquals(e, flipped);
        Files.writeString(edited, flipped);
        Files.copy(files.get(4), foreign, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // valid, other key
        Files.write(garbage, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        ResultCache warm = cache(Budget.NONE);
        List<Outcome> again = prove(work, warm, Budget.NONE);
        assertEquals(work.size() - 4, warm.hits());
        assertEquals(4, warm.ignored());
        for (int i = 0; i < work.size(); i++) {
            assertEquals(solved.get(i).verdict(), again.get(i).verdict(), work.get(i).name());
            assertEquals(solved.get(i).model(), again.get(i).model(), work.get(i).name());
        }
        ResultCache repaired = cache(Budget.NONE);
        prove(work, repaired, Budget.NONE);
        assertEquals(work.size(), repaired.hits(), "the re-solved answers overwrote the damaged entries");
    }

    @Test
    void anEntryWhoseModelDoesNotFitTheObligationIsNotTrusted() throws IOException {
        List<Obligation> work = new ArrayList<>(suite());
        List<Outcome> solved = prove(work, cache(Budget.NONE), Budget.NONE);
        int refuted = -1;
        for (int i = 0; i < solved.size(); i++) {
            if (solved.get(i).verdict() == Verdict.REFUTED && !solved.get(i).model().isEmpty()) refuted = i;
        }
        assertTrue(refuted >= 0);
        Obligation o = work.get(refuted);
        CacheKey key = CacheKey.of(o, cache(Budget.NONE).context());
        Path file = dir.resolve("v1").resolve(key.hash().substring(0, 2)).resolve(key.hash() + ".json");
        assertTrue(Files.exists(file), "the key layout is the one the cache writes");
        // a well-formed entry with a correct checksum whose values name another variable
        Files.writeString(file, new CacheEntry(key.hash(), Verdict.REFUTED, java.util.Map.of("nobody", 1L)).toJson());
        ResultCache warm = cache(Budget.NONE);
        assertNull(warm.lookup(o));
        assertEquals(1, warm.ignored());
    }

    @Test
    void anUnwritableCacheIsOnlySlower() throws IOException {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        ResultCache broken = new ResultCache(file, "test", SolverOptions.of(Budget.NONE));
        List<Outcome> out = new Prover(Prover.Settings.of(1, Budget.NONE).withKnown(broken)).prove(suite().subList(0, 3));
        assertEquals(3, out.size());
        assertTrue(broken.writeProblem() != null && broken.writeProblem().startsWith("cannot write to the cache"));
    }
}
