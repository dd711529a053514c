package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --cache/--no-cache/--shard} and {@code merge}, end to end on a small spec with a record. */
class CacheAndShardCliTest {
    /** A toy spec with a merged and a naive teardown; ReviewCliTest checks it too. */
    static final String SPEC = """
            import "lib/toy.ptl";

            teardown merged(floor, ceiling) on toy {
              free below L when pgtable_range_aligned(walk.start, walk.end, floor, ceiling, mask(L));
            }
            teardown naive() on toy {
              free below L when true;
            }

            theorem merged_spares_vmalloc:
              forall start, end where vmemmap_range(start, end):
              !merged(VMEMMAP_START, VMEMMAP_END).over(start, end).frees_table_of(vmalloc);
            theorem naive_spares_vmalloc:
              forall start, end where vmemmap_range(start, end):
              !naive().over(start, end).frees_table_of(vmalloc);
            example merged_frees_something:
              exists start, end where vmemmap_range(start, end):
              merged(VMEMMAP_START, VMEMMAP_END).over(start, end).frees_any;
            theorem layout_is_sane: !overlaps(vmalloc, vmemmap) && VMALLOC_START < VMEMMAP_START;
            """;

    @TempDir Path tmp;
    Path root, spec, proofs, cache;

    @BeforeEach
    void writeSpec() throws IOException {
        root = tmp.resolve("specs");
        Files.createDirectories(root.resolve("lib"));
        Files.copy(Path.of("src/test/resources/golden/refuted/lib/toy.ptl"), root.resolve("lib/toy.ptl"));
        spec = root.resolve("toy.ptl");
        Files.writeString(spec, SPEC);
        proofs = tmp.resolve("proofs");
        cache = tmp.resolve("cache");
    }

    private CliRun check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--root", root.toString(), "--proofs",
                proofs.toString(), "--jobs", "2"));
        args.addAll(List.of(extra));
        args.add(spec.toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    private long cacheEntries() throws IOException {
        if (!Files.exists(cache)) return 0;
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @Test
    void aWarmRunPrintsTheColdRunsReportAndCountsItsHits() throws IOException {
        CliRun cold = check("--cache", cache.toString(), "--format", "json", "--no-timing");
        // one entry per distinct query: layout_is_sane asks the same in both configurations
        assertEquals(7, cacheEntries(), cold.toString());
        CliRun warm = check("--cache", cache.toString(), "--format", "json", "--no-timing");
        assertEquals(cold.code(), warm.code());
        assertEquals(1, warm.code(), "naive is refuted and there is no record");
        assertEquals(cold.out(), warm.out(), "byte-identical, counterexamples and replays included");
        assertTrue(warm.out().contains("\"replay\": \"confirmed\""), warm.out());

        CliRun text = check("--cache", cache.toString());
        assertTrue(text.out().contains("; 8 from cache;"), text.out());
        CliRun json = check("--cache", cache.toString(), "--format", "json");
        assertTrue(json.out().contains("\"fromCache\": 8"), json.out());
    }

    @Test
    void afterAnEditOnlyTheChangedQueriesAreSolved() throws IOException {
        check("--cache", cache.toString());
        // a new comment (moving every line) changes no query; a changed example changes its two
        Files.writeString(spec, "// edited\n" + SPEC.replace("exists start, end where vmemmap_range(start, end)",
                "exists start, end where vmemmap_range(start, end) && start < 0xd000"));
        CliRun edited = check("--cache", cache.toString());
        assertEquals(1, edited.code(), edited.toString());
        assertTrue(edited.out().replaceAll("\\s+", " ").contains("; 6 from cache;"), edited.out());
    }

    @Test
    void aDamagedEntryIsSolvedAgainWithAWarningAndTheSameReport() throws IOException {
        CliRun cold = check("--cache", cache.toString(), "--format", "json", "--no-timing");
        int damaged = 0; // every refuted entry now claims "proved" (its checksum no longer matches)
        try (Stream<Path> s = Files.walk(cache)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).toList()) {
                String text = Files.readString(p);
                if (!text.contains("\"verdict\":\"refuted\"")) continue;
                Files.writeString(p, text.replace("\"verdict\":\"refuted\"", "\"verdict\":\"proved\""));
                damaged++;
            }
        }
        assertTrue(damaged > 0);
        forgetSpecEntries(); // else the spec-level entry answers the spec without reading a per-query entry
        CliRun warm = check("--cache", cache.toString(), "--format", "json", "--no-timing");
        assertEquals(cold.out(), warm.out());
        assertTrue(warm.err().contains("ptprove: warning: " + damaged
                + " cache entries were unreadable, corrupt or foreign"), warm.err());
        forgetSpecEntries();
        assertEquals("", check("--cache", cache.toString(), "--format", "json", "--no-timing").err());
    }

    private void forgetSpecEntries() throws IOException {
        Path specs = cache.resolve("spec-v1");
        if (!Files.exists(specs)) return;
        try (Stream<Path> s = Files.walk(specs)) {
            for (Path f : s.sorted((x, y) -> y.compareTo(x)).toList()) Files.delete(f);
        }
    }

    @Test
    void noCacheSolvesEverythingAndWritesNothing() throws IOException {
        CliRun run = check("--no-cache");
        assertEquals(1, run.code(), run.toString());
        assertFalse(run.out().contains("from cache"), run.out());
        assertEquals(0, cacheEntries());
        CliRun both = check("--no-cache", "--cache", cache.toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--cache and --no-cache"), both.err());
    }

    /** A record with one flipped, one missing (new) and one extra (gone) entry: every kind of change. */
    private void recordWithChanges() throws IOException {
        assertEquals(0, check("--record", "--no-cache").code());
        Path file = proofs.resolve("toy.proof");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int section = lines.indexOf(ptprove.proofs.ProofRecordFormat.FINGERPRINTS);
        int flipped = -1, dropped = -1;
        for (int i = 0; i < section; i++) {
            if (lines.get(i).startsWith("theorem layout_is_sane") && dropped < 0) dropped = i;
            if (lines.get(i).startsWith("theorem naive_spares_vmalloc") && flipped < 0) flipped = i;
        }
        lines.set(flipped, lines.get(flipped).replace(" refuted", " proved"));
        String droppedKey = lines.get(dropped).substring(0, lines.get(dropped).lastIndexOf(' '));
        lines.removeIf(l -> l.startsWith(droppedKey + " "));
        lines.add(section - 2, "theorem retired_theorem [MID_SHIFT=8] proved");
        Files.write(file, lines);
    }

    @Test
    void mergedShardsGiveTheUnshardedReportAndExitStatus() throws IOException {
        recordWithChanges();
        CliRun whole = check("--cache", cache.toString(), "--format", "json", "--no-timing");
        assertEquals(1, whole.code());
        assertTrue(whole.out().contains("\"change\": \"gone\"") && whole.out().contains("\"change\": \"new\"")
                && whole.out().contains("\"change\": \"flipped\""), whole.out());
        List<String> files = new ArrayList<>();
        for (int i = 3; i >= 1; i--) { // any order
            CliRun part = check("--cache", cache.toString(), "--format", "json", "--no-timing", "--shard", i + "/3");
            assertTrue(part.out().contains("\"shard\": \"" + i + "/3\""), part.out());
            Path f = tmp.resolve("shard" + i + ".json");
            Files.writeString(f, part.out());
            files.add(f.toString());
        }
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(files);
        CliRun merged = CliRun.of(args.toArray(String[]::new));
        assertEquals(whole.out(), merged.out(), merged.err());
        assertEquals(whole.code(), merged.code());
    }

    @Test
    void aSpecErrorIsInEveryShardAndOnceInTheMergedReport() throws IOException {
        Files.writeString(root.resolve("broken.ptl"), "theorem t: nosuch == 1;\n");
        String[] common = {"check", "--root", root.toString(), "--proofs", proofs.toString(), "--cache",
                cache.toString(), "--format", "json", "--no-timing"};
        CliRun whole = CliRun.of(concat(common, root.toString()));
        assertEquals(3, whole.code(), whole.toString());
        Path a = tmp.resolve("a.json"), b = tmp.resolve("b.json");
        CliRun first = CliRun.of(concat(common, "--shard", "1/2", root.toString()));
        assertEquals(3, first.code());
        Files.writeString(a, first.out());
        Files.writeString(b, CliRun.of(concat(common, "--shard", "2/2", root.toString())).out());
        CliRun merged = CliRun.of("merge", a.toString(), b.toString());
        assertEquals(3, merged.code(), merged.err());
        assertEquals(whole.out(), merged.out());
    }

    @Test
    void aShardComparesOnlyItsOwnPartOfTheRecord() throws IOException {
        assertEquals(0, check("--record", "--no-cache").code());
        for (String s : List.of("1/3", "2/3", "3/3")) {
            CliRun part = check("--cache", cache.toString(), "--shard", s);
            assertEquals(0, part.code(), part.toString());
            String summary = part.out().replaceAll("\\s+", " ");
            assertTrue(summary.contains("0 differences from proof records; shard " + s + ";"), part.out());
        }
    }

    @Test
    void badShardsAreUsageErrors() {
        for (String bad : List.of("0/3", "4/3", "1/0", "x", "1/2/3", "-1/2", "")) {
            CliRun run = check("--no-cache", "--shard", bad);
            assertEquals(2, run.code(), bad + ": " + run);
            assertTrue(run.err().startsWith("ptprove: Invalid value for option '--shard'"), run.err());
        }
        CliRun record = check("--record", "--shard", "1/2");
        assertEquals(2, record.code());
        assertTrue(record.err().contains("cannot be combined with --shard"), record.err());
    }

    @Test
    void mergeRefusesShardsThatDoNotMakeOneRun() throws IOException {
        Path a = tmp.resolve("a.json"), b = tmp.resolve("b.json"), c = tmp.resolve("c.json"),
                whole = tmp.resolve("whole.json"), junk = tmp.resolve("junk.json");
        String[] common = {"--cache", cache.toString(), "--format", "json", "--no-timing"};
        Files.writeString(a, check(concat(common, "--shard", "1/2")).out());
        Files.writeString(b, check(concat(common, "--shard", "2/2")).out());
        Files.writeString(c, check(concat(common, "--shard", "2/2", "--rlimit", "100000000")).out());
        Files.writeString(whole, check(common).out());
        Files.writeString(junk, "{not json");
        assertMergeError("both shard 1/2", a.toString(), a.toString(), b.toString());
        assertMergeError("shard 2/2 is missing", a.toString());
        assertMergeError("different tools, solvers or options", a.toString(), c.toString());
        assertMergeError("not a shard (made without --shard i/n)", a.toString(), whole.toString());
        assertMergeError("not JSON", junk.toString());
        assertMergeError("no such file", tmp.resolve("nope.json").toString());
        assertEquals(0, CliRun.of("merge", "--help").code());
    }

    private static void assertMergeError(String message, String... files) {
        String[] args = concat(new String[] {"merge"}, files);
        CliRun run = CliRun.of(args);
        assertEquals(2, run.code(), run.toString());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("ptprove: merge: ") && run.err().contains(message), run.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
