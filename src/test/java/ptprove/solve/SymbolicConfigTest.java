package ptprove.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ptprove.TestSpecs;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/** {@code --symbolic-config} gives exactly the per-configuration outcomes, from fewer queries. */
class SymbolicConfigTest {
    private static List<Obligation> mixed() throws IOException {
        return TestSpecs.obligations(Files.readString(Path.of("src/test/resources/symbolic/mixed-verdicts.ptl")));
    }

    private static void assertSameOutcomes(List<Outcome> expected, List<Outcome> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Outcome e = expected.get(i), a = actual.get(i);
            String id = e.obligation().id();
            assertEquals(e.obligation(), a.obligation(), id);
            assertEquals(e.verdict(), a.verdict(), id);
            assertEquals(e.model(), a.model(), id);
            assertEquals(e.fingerprint(), a.fingerprint(), id);
            assertEquals(e.reason(), a.reason(), id);
        }
    }

    @Test
    void symbolicAndPerConfigurationSolvingAgreeOnEveryVerdictModelAndFingerprint() throws IOException {
        List<Obligation> work = mixed();
        List<Outcome> perConfig = new Prover(Prover.Settings.of(1, Budget.NONE).withMode(ConfigMode.PER_CONFIG)).prove(work);
        List<Outcome> symbolic = new Prover(Prover.Settings.of(2, Budget.NONE).withMode(ConfigMode.SYMBOLIC)).prove(work);
        assertSameOutcomes(perConfig, symbolic);
        Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
        for (Outcome o : symbolic) seen.add(o.verdict());
        assertEquals(EnumSet.of(Verdict.PROVED, Verdict.REFUTED, Verdict.VACUOUS, Verdict.WITNESSED,
                Verdict.UNWITNESSED), seen, "the spec exercises every way a group can end");
    }

    @Test
    void theProverHandsAPropertysConfigurationsToTheEngineTogetherOnlyInSymbolicMode() throws IOException {
        List<Obligation> work = mixed();
        for (ConfigMode mode : ConfigMode.values()) {
            List<Integer> groups = java.util.Collections.synchronizedList(new ArrayList<>());
            Engine engine = new Engine() {
                @Override public Outcome solve(Obligation o, Budget b) {
                    return new Outcome(o, Verdict.PROVED, 0, "", List.of(), null);
                }
                @Override public List<Outcome> solveGroup(List<Obligation> group, Budget b) {
                    groups.add(group.size());
                    assertEquals(1, group.stream().map(Obligation::name).distinct().count(), "one property");
                    return Engine.super.solveGroup(group, b);
                }
                @Override public void interrupt() {}
                @Override public void close() {}
            };
            List<Outcome> out = new Prover(Prover.Settings.of(2, Budget.NONE).withMode(mode), () -> engine).prove(work);
            assertEquals(work.size(), out.size());
            for (int i = 0; i < work.size(); i++) assertEquals(work.get(i), out.get(i).obligation(), "input order");
            List<Integer> expected = mode == ConfigMode.SYMBOLIC ? List.of(6, 6, 6, 6) : List.of();
            assertEquals(expected, List.copyOf(groups), mode.name());
        }
    }

    @Test
    void aPropertyProvedInEveryConfigurationTakesOneSharedQueryPerClaimPart() throws IOException {
        List<Obligation> merged = new ArrayList<>();
        for (Obligation o : mixed()) if (o.name().equals("merged_spares_b")) merged.add(o);
        assertEquals(6, merged.size());
        int perConfig;
        try (SolverSession s = new SolverSession()) {
            for (Obligation o : merged) assertEquals(Verdict.PROVED, s.solve(o, Budget.NONE).verdict());
            perConfig = s.checks();
        }
        try (SolverSession s = new SolverSession()) {
            for (Outcome o : s.solveGroup(merged, Budget.NONE)) assertEquals(Verdict.PROVED, o.verdict());
            int parts = Goals.parts(merged.get(0).claim(), true).size();
            // one query per part, plus the vacuity question of each distinct set of assumptions
            assertTrue(s.checks() <= parts + merged.size(), s.checks() + " checks for " + parts + " parts");
            assertTrue(s.checks() < perConfig, s.checks() + " symbolic vs " + perConfig + " per configuration");
        }
    }

    @Test
    void aSharedQueryThatRunsOutOfBudgetFallsBackToEachConfigurationWithItsOwnBudget() throws IOException {
        List<Obligation> work = mixed();
        Budget tight = Budget.rlimit(3_000);
        List<Outcome> perConfig = new Prover(Prover.Settings.of(1, tight).withMode(ConfigMode.PER_CONFIG)).prove(work);
        List<Outcome> symbolic = new Prover(Prover.Settings.of(1, tight).withMode(ConfigMode.SYMBOLIC)).prove(work);
        assertTrue(perConfig.stream().anyMatch(o -> o.verdict() == Verdict.UNKNOWN), "the budget bites");
        assertSameOutcomes(perConfig, symbolic);
    }
}
