package ptprove.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ptprove.cache.SpecKey;
import ptprove.solve.Budget;
import ptprove.solve.ConfigMode;

/** What names a spec's entry, and which runs read or write entries at all. */
class SpecAnswersTest {
    private static final SpecInput IN = new SpecInput(Path.of("/r/specs/a.ptl"), "specs/a.ptl", Path.of("/r/specs"),
            Path.of("a.ptl"));

    private static CheckSettings settings(Map<String, String> config, Shard shard, boolean record, Budget budget,
                                          ConfigMode mode, boolean all, Path cache, String version) {
        return CheckSettings.builder(version).config(config).shard(shard).record(record).jobs(2).budget(budget)
                .mode(mode).allCounterexamples(all).cacheDir(cache).build();
    }

    private static CheckSettings plain() {
        return settings(Map.of(), Shard.ALL, false, Budget.NONE, ConfigMode.PER_CONFIG, false, Path.of("/c"), "1");
    }

    private static SpecKey key(CheckSettings s, SpecInput in) {
        return SpecAnswers.of(s).key(in);
    }

    @Test
    void everyPartOfTheRunThatCanChangeResultsIsInTheKey() {
        Set<SpecKey> keys = new HashSet<>();
        keys.add(key(plain(), IN));
        List<CheckSettings> others = List.of(
                settings(Map.of("ERA", "517"), Shard.ALL, false, Budget.NONE, ConfigMode.PER_CONFIG, false, Path.of("/c"), "1"),
                settings(Map.of(), Shard.ALL, false, new Budget(1000, 0), ConfigMode.PER_CONFIG, false, Path.of("/c"), "1"),
                settings(Map.of(), Shard.ALL, false, Budget.rlimit(5), ConfigMode.PER_CONFIG, false, Path.of("/c"), "1"),
                settings(Map.of(), Shard.ALL, false, Budget.NONE, ConfigMode.SYMBOLIC, false, Path.of("/c"), "1"),
                settings(Map.of(), Shard.ALL, false, Budget.NONE, ConfigMode.PER_CONFIG, false, Path.of("/c"), "2"));
        for (CheckSettings s : others) assertTrue(keys.add(key(s, IN)), s.toString());
        assertTrue(keys.add(key(plain(), new SpecInput(IN.file(), "other/a.ptl", IN.root(), IN.relative()))));
        assertTrue(keys.add(key(plain(), new SpecInput(IN.file(), IN.display(), Path.of("/r"), Path.of("specs/a.ptl")))));
        assertEquals(key(plain(), IN), key(plain(), IN), "and nothing else: the same run finds its entry");
        // the proofs folder and --jobs decide nothing an entry holds
        CheckSettings p = plain();
        CheckSettings elsewhere = CheckSettings.builder(p.toolVersion()).config(p.config()).shard(p.shard())
                .proofs(Path.of("other")).jobs(1).budget(p.budget()).mode(p.mode()).cacheDir(Path.of("/other-cache"))
                .build();
        assertEquals(key(p, IN), key(elsewhere, IN));
        assertNotEquals(key(p, IN), key(plain(), new SpecInput(Path.of("/r/specs/b.ptl"), IN.display(), IN.root(),
                IN.relative())));
    }

    @Test
    void whichRunsReadAndWriteSpecEntries() {
        assertTrue(plain().readsSpecCache() && plain().writesSpecCache());
        CheckSettings record = settings(Map.of(), Shard.ALL, true, Budget.NONE, ConfigMode.PER_CONFIG, false,
                Path.of("/c"), "1");
        assertFalse(record.readsSpecCache(), "--record: verdicts this run's solver produced or confirmed");
        assertTrue(record.writesSpecCache());
        CheckSettings all = settings(Map.of(), Shard.ALL, false, Budget.NONE, ConfigMode.PER_CONFIG, true,
                Path.of("/c"), "1");
        assertFalse(all.readsSpecCache() || all.writesSpecCache());
        CheckSettings shard = settings(Map.of(), new Shard(1, 2), false, Budget.NONE, ConfigMode.PER_CONFIG, false,
                Path.of("/c"), "1");
        assertFalse(shard.readsSpecCache() || shard.writesSpecCache());
        CheckSettings none = settings(Map.of(), Shard.ALL, false, Budget.NONE, ConfigMode.PER_CONFIG, false, null, "1");
        assertFalse(none.readsSpecCache() || none.writesSpecCache(), "--no-cache");
    }
}
