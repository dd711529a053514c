package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import ptprove.cache.Forgery;
import ptprove.result.Verdict;

/** Issue #13: what the result cache may and may not do to a run's verdicts, end to end. */
class CacheTrustTest {
    @TempDir Path tmp;

    /** The per-query entries (not the spec-level ones under spec-v1/). */
    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.startsWith(cache.resolve("spec-v1")))
                    .sorted().toList();
        }
    }

    /** Spec-level entries answer a whole spec before any per-query entry is read: these tests forge the latter. */
    private static void forgetSpecEntries(Path cache) throws IOException {
        Path specs = cache.resolve("spec-v1");
        if (!Files.exists(specs)) return;
        try (Stream<Path> s = Files.walk(specs)) {
            for (Path f : s.sorted((x, y) -> y.compareTo(x)).toList()) Files.delete(f);
        }
    }

    private static List<Path> entriesSaying(Path cache, String verdict) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : entries(cache)) if (Forgery.verdict(p).equals(verdict)) out.add(p);
        return out;
    }

    /** Item 14: a cache path that is a file warned "6 cache entries were unreadable ... rewritten". */
    @Test
    void aCachePathThatIsAFileIsOneWarning() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        CliRun run = w.check("--cache", file.toString(), w.spec("tiny.ptl"));
        assertEquals(1, run.code(), run.toString());
        assertEquals("ptprove: warning: cannot use the cache " + file + ": not a folder; answers are shared within"
                + " this run only (the run is not affected)\n", run.err());
        assertFalse(run.out().contains("from cache"), run.out());
        assertEquals("x", Files.readString(file));
    }

    /**
     * Item 6: an entry forged to "proved" (checksum recomputed) turned a refuted theorem into proved and --record
     * wrote it. A record now comes from the solver only; a plain check still takes the forgery (the documented
     * trust model: the cache is as trusted as its folder), and the record then shows the difference.
     */
    @Test
    void aForgedProvedNeverReachesARecord() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        String cache = w.cache.toString();
        assertEquals(1, w.check("--cache", cache, w.spec("tiny.ptl")).code());
        List<Path> refuted = entriesSaying(w.cache, "refuted");
        assertEquals(1, refuted.size(), "both configurations ask the same query");
        Forgery.forge(refuted.get(0), Verdict.PROVED);

        CliRun record = w.check("--record", "--cache", cache, w.spec("tiny.ptl"));
        assertEquals(0, record.code(), record.toString());
        assertTrue(Files.readString(w.record("tiny.proof")).contains("theorem fails [K=1] refuted"),
                Files.readString(w.record("tiny.proof")));
        assertEquals("refuted", Forgery.verdict(refuted.get(0)), "the solved answer replaced the forgery");

        Forgery.forge(refuted.get(0), Verdict.PROVED);
        forgetSpecEntries(w.cache);
        CliRun check = w.check("--cache", cache, w.spec("tiny.ptl"));
        assertEquals(1, check.code(), "the record says refuted: the forged proved is a difference");
        assertTrue(check.out().contains("flipped  theorem fails (line 4): REFUTED -> proved"), check.out());
    }

    /** Item 6: an entry with a verdict of the wrong kind ("proved" for an example) was accepted. */
    @Test
    void anEntryWithAVerdictOfTheOtherKindIsIgnored() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        String cache = w.cache.toString();
        CliRun cold = w.check("--cache", cache, "--format", "json", w.spec("tiny.ptl"));
        List<Path> witnessed = entriesSaying(w.cache, "witnessed");
        assertEquals(2, witnessed.size());
        for (Path p : witnessed) Forgery.forge(p, Verdict.PROVED);
        forgetSpecEntries(w.cache);
        CliRun warm = w.check("--cache", cache, "--format", "json", w.spec("tiny.ptl"));
        assertEquals(cold.out(), warm.out());
        assertTrue(warm.err().contains("ptprove: warning: 2 cache entries were unreadable, corrupt or foreign"),
                warm.err());
    }

    /**
     * Item 5: a 3 GiB entry (or a link to /dev/zero) gave an OutOfMemoryError and hung; a FIFO entry hung. Each is
     * now refused unopened or after 1 MiB, the obligation solved again.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hugeLinkedAndSpecialEntriesAreRefusedWithoutHanging() throws Exception {
        TinySpecs w = new TinySpecs(tmp);
        String cache = w.cache.toString();
        CliRun cold = w.check("--cache", cache, "--format", "json", w.spec("tiny.ptl"));
        List<Path> all = entries(w.cache);
        assertTrue(all.size() >= 4, all.toString());
        Files.delete(all.get(0));
        try (RandomAccessFile huge = new RandomAccessFile(all.get(0).toFile(), "rw")) {
            huge.setLength(3L << 30); // sparse: no disk used
        }
        Files.delete(all.get(1));
        Files.createSymbolicLink(all.get(1), Path.of("/dev/zero"));
        Files.delete(all.get(2));
        Process mkfifo = new ProcessBuilder("mkfifo", all.get(2).toString()).start();
        assertEquals(0, mkfifo.waitFor());
        forgetSpecEntries(w.cache);
        CliRun warm = w.check("--cache", cache, "--format", "json", w.spec("tiny.ptl"));
        assertEquals(cold.out(), warm.out());
        assertTrue(warm.err().contains("ptprove: warning: 3 cache entries were unreadable, corrupt or foreign"),
                warm.err());
        assertEquals(all.size(), entries(w.cache).size());
        for (Path p : all) assertTrue(Files.isRegularFile(p) && Files.size(p) < 4096, p + " was rewritten");
    }

    /** The spec-level entries are read as warily as the per-query ones: a FIFO in their place is refused unopened. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSpecialFileInPlaceOfASpecEntryIsRefusedWithoutHanging() throws Exception {
        TinySpecs w = new TinySpecs(tmp);
        String cache = w.cache.toString();
        CliRun cold = w.check("--cache", cache, "--format", "json", w.spec("tiny.ptl"));
        List<Path> specEntries;
        try (Stream<Path> s = Files.walk(w.cache.resolve("spec-v1"))) {
            specEntries = s.filter(Files::isRegularFile).toList();
        }
        assertEquals(1, specEntries.size(), specEntries.toString());
        Files.delete(specEntries.get(0));
        Process mkfifo = new ProcessBuilder("mkfifo", specEntries.get(0).toString()).start();
        assertEquals(0, mkfifo.waitFor());
        CliRun warm = w.check("--cache", cache, "--format", "json", w.spec("tiny.ptl"));
        assertEquals(cold.out(), warm.out());
        assertTrue(warm.err().contains("1 spec-level cache entries were unreadable"), warm.err());
    }
}
