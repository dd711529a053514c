package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec-level cache, end to end: which specs an edit invalidates (exactly those whose import chain holds the
 * edited file), that answers from it are the answers of a full run, and which runs never read it. A spec answered
 * from its entry needs no per-query entry, so deleting the per-query folder ({@code v1}) before a run makes the
 * summary's "from cache" count exactly the obligations of the specs answered at spec level.
 */
class SpecCacheCliTest {
    private static final String MID = """
            import "base.ptl";

            fn in_vmemmap(start, end): bool = vmemmap_range(start, end);
            """;
    private static final String A = """
            import "lib/mid.ptl";

            teardown merged(floor, ceiling) on toy {
              free below L when pgtable_range_aligned(walk.start, walk.end, floor, ceiling, mask(L));
            }
            teardown naive() on toy {
              free below L when true;
            }
            theorem merged_spares_vmalloc:
              forall start, end where in_vmemmap(start, end):
              !merged(VMEMMAP_START, VMEMMAP_END).over(start, end).frees_table_of(vmalloc);
            theorem naive_spares_vmalloc:
              forall start, end where in_vmemmap(start, end):
              !naive().over(start, end).frees_table_of(vmalloc);
            """;
    private static final String B = """
            import "lib/base.ptl";

            theorem layout_is_sane: !overlaps(vmalloc, vmemmap) && VMALLOC_START < VMEMMAP_START;
            """;
    private static final String C = "theorem arithmetic: 1 + 1 == 2;\n";

    /** Obligations per spec: a has two theorems in two configurations, b one in two, c one. */
    private static final int NA = 4, NB = 2, NC = 1;

    @TempDir Path tmp;
    Path root, proofs, cache;

    @BeforeEach
    void writeSpecs() throws IOException {
        root = tmp.resolve("specs");
        Files.createDirectories(root.resolve("lib"));
        Files.copy(Path.of("src/test/resources/golden/refuted/lib/toy.ptl"), root.resolve("lib/base.ptl"));
        Files.writeString(root.resolve("lib/mid.ptl"), MID);
        Files.writeString(root.resolve("a.ptl"), A);
        Files.writeString(root.resolve("b.ptl"), B);
        Files.writeString(root.resolve("c.ptl"), C);
        proofs = tmp.resolve("proofs");
        cache = tmp.resolve("cache");
    }

    private CliRun check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--root", root.toString(), "--proofs",
                proofs.toString(), "--jobs", "2", "--format", "json"));
        args.addAll(List.of(extra));
        args.add(root.resolve("a.ptl").toString());
        args.add(root.resolve("b.ptl").toString());
        args.add(root.resolve("c.ptl").toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    private CliRun cached(String... extra) {
        List<String> args = new ArrayList<>(List.of("--cache", cache.toString()));
        args.addAll(List.of(extra));
        return check(args.toArray(String[]::new));
    }

    /** The report's "fromCache" count (the summary has it whenever a cache folder is used). */
    private static int fromCache(CliRun run) {
        Matcher m = Pattern.compile("\"fromCache\": ([0-9]+)").matcher(run.out());
        assertTrue(m.find(), run.toString());
        return Integer.parseInt(m.group(1));
    }

    private void forgetQueries() throws IOException {
        deleteTree(cache.resolve("v1"));
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted((x, y) -> y.compareTo(x)).toList()) Files.delete(f);
        }
    }

    private static String noTiming(CliRun run) {
        return run.out().replaceAll("\"(millis|elapsedMillis|fromCache)\": [0-9.]+,?\\s*", "");
    }

    @Test
    void anUnchangedSpecIsAnsweredFromItsEntryWithTheFullRunsReport() throws IOException {
        CliRun cold = cached();
        assertEquals(1, cold.code(), "naive is refuted and there is no record: " + cold);
        forgetQueries();
        CliRun warm = cached();
        assertEquals(NA + NB + NC, fromCache(warm), "every spec answered without a query lookup");
        assertEquals(cold.code(), warm.code());
        assertEquals(noTiming(cold), noTiming(warm), "byte-identical apart from timings");
        CliRun full = check("--no-cache", "--no-timing");
        assertEquals(full.out(), cached("--no-timing").out(), "the same as a run that solves everything");
        assertTrue(warm.out().contains("\"replay\": \"confirmed\""), "cached refutations are replayed: " + warm.out());
    }

    @Test
    void anEditAnywhereInAnImportChainInvalidatesExactlyTheSpecsThatReadIt() throws IOException {
        cached();
        // base.ptl is read by a (through mid.ptl) and b, not by c: a comment is an edit too (by content)
        Files.writeString(root.resolve("lib/base.ptl"), "// edited\n" + Files.readString(root.resolve("lib/base.ptl")));
        forgetQueries();
        assertEquals(NC, fromCache(cached()));
        // mid.ptl is read by a only
        Files.writeString(root.resolve("lib/mid.ptl"), MID + "// edited\n");
        forgetQueries();
        assertEquals(NB + NC, fromCache(cached()));
        // a spec's own text
        Files.writeString(root.resolve("c.ptl"), C + "// edited\n");
        forgetQueries();
        assertEquals(NA + NB, fromCache(cached()));
        // nothing changed since: everything at spec level
        forgetQueries();
        assertEquals(NA + NB + NC, fromCache(cached()));
    }

    @Test
    void anEditThatChangesAVerdictInAnImportIsSeenAtOnce() throws IOException {
        CliRun before = cached("--no-timing");
        assertTrue(before.out().contains("\"refuted\": 2,"), "naive in both configurations: " + before.out());
        String base = Files.readString(root.resolve("lib/base.ptl"));
        // vmalloc now runs into vmemmap: b's layout theorem is refuted, and so is a's merged policy
        Files.writeString(root.resolve("lib/base.ptl"), base.replace("let VMALLOC_END   = 0xc400;",
                "let VMALLOC_END   = 0xd000;"));
        CliRun after = cached("--no-timing");
        CliRun truth = check("--no-cache", "--no-timing");
        assertEquals(truth.out(), after.out());
        assertTrue(after.out().contains("\"refuted\": 6,"), "every theorem of a and b: " + after.out());
    }

    @Test
    void recordAllAndCrossCheckFreeRunsNeverTakeASpecFromItsEntry() throws IOException {
        cached();
        forgetQueries();
        CliRun record = cached("--record");
        assertEquals(0, fromCache(record), "--record: verdicts this run's solver produced, no cached spec");
        forgetQueries();
        CliRun all = cached("--all");
        assertFalse(all.out().contains("\"fromCache\": " + (NA + NB + NC)), all.out());
        forgetQueries();
        CliRun shard = cached("--shard", "1/1");
        assertEquals(NA + NB + NC, fromCache(shard), "1/1 is the whole run");
        forgetQueries();
        CliRun part = cached("--shard", "1/2");
        assertEquals(0, fromCache(part), "a part of the run takes no spec entry");
    }

    @Test
    void noCacheNeitherReadsNorWritesSpecEntries() throws IOException {
        check("--no-cache");
        assertFalse(Files.exists(cache));
        cached();
        assertTrue(Files.isDirectory(cache.resolve("spec-v1")));
        CliRun run = check("--no-cache");
        assertFalse(run.out().contains("fromCache"), run.out());
    }

    @Test
    void aSelectionHasItsOwnEntries() throws IOException {
        cached("--config", "MID_SHIFT=8");
        forgetQueries();
        CliRun all = cached();
        assertEquals(0, fromCache(all), "c has no MID_SHIFT and was skipped; a and b have entries for one configuration");
        forgetQueries();
        CliRun narrowed = cached("--config", "MID_SHIFT=8");
        assertEquals((NA + NB) / 2, fromCache(narrowed), narrowed.toString());
    }

    @Test
    void aDamagedEntryIsCompiledAgainWithAWarningAndTheSameReport() throws IOException {
        CliRun cold = cached("--no-timing");
        List<Path> entries;
        try (Stream<Path> s = Files.walk(cache.resolve("spec-v1"))) {
            entries = s.filter(p -> p.toString().endsWith(".entry")).toList();
        }
        assertEquals(3, entries.size());
        for (Path p : entries) Files.writeString(p, Files.readString(p).replace("\tPROVED\t", "\tREFUTED\t"));
        CliRun warm = cached("--no-timing");
        assertEquals(cold.out(), warm.out());
        assertTrue(warm.err().contains("ptprove: warning: 3 spec-level cache entries were unreadable, corrupt or"
                + " foreign"), warm.err());
        assertEquals("", cached("--no-timing").err(), "rewritten");
    }

    @Test
    void aForgedCounterexampleIsCaughtByTheReplayAsForAFreshOne() throws Exception {
        cached();
        boolean forged = false; // a refuted outcome's values replaced by a range that is no counterexample
        try (Stream<Path> s = Files.walk(cache.resolve("spec-v1"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".entry")).toList()) {
                String text = Files.readString(p);
                if (!text.contains("\tREFUTED\t")) continue;
                String body = text.substring(0, text.lastIndexOf("checksum\t"));
                StringBuilder out = new StringBuilder();
                for (String line : body.split("\n")) {
                    if (line.startsWith("outcome\t") && line.contains("\tREFUTED\t")) {
                        // the last values are the model: start, end, ... ; make start = end (assumptions fail)
                        line = line.replaceAll("\t0x[0-9a-f]+\t0x[0-9a-f]+((?:\t0x[0-9a-f]+)*)$", "\t0xc800\t0xc800$1");
                        forged = true;
                    }
                    out.append(line).append('\n');
                }
                CRC32C crc = new CRC32C(); // the entry's checksum, recomputed as a forger would
                crc.update(out.toString().getBytes(StandardCharsets.UTF_8));
                String checksum = String.format("%08x", crc.getValue());
                Files.writeString(p, out + "checksum\t" + checksum + "\n");
            }
        }
        assertTrue(forged);
        forgetQueries();
        CliRun run = cached();
        assertEquals(70, run.code(), run.toString());
        assertTrue(run.out().contains("\"replay\": \"rejected\""), run.out());
    }
}
