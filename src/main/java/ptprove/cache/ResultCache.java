package ptprove.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import ptprove.files.AtomicFiles;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.solve.KnownOutcomes;
import ptprove.solve.SolverOptions;

/**
 * Outcomes on disk, one small file per query under {@code DIR/v1/ab/<key>.json}. A hit rebuilds the outcome the
 * solver gave (verdict and model, in the obligation's variable order); the caller replays a counterexample with
 * the reference evaluator exactly as for a fresh one. Anything unreadable, foreign or inconsistent is a miss, and
 * the fresh answer overwrites it. Entries are written to a temporary file and renamed into place, so concurrent
 * runs (parallel CI shards sharing a directory) never read half an entry. Thread-safe; never throws from
 * {@link #lookup} or {@link #remember}: a cache that cannot be read or written is only slower.
 */
public final class ResultCache implements KnownOutcomes {
    private final Path dir;
    private final String context;
    /** Keys computed at lookup, reused when the solved outcome comes back (rendering the query costs time). */
    private final Map<Obligation, CacheKey> pending = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Answers solved in this run, by key: a later identical query takes them without a solver or the disk. */
    private final Map<String, CacheEntry> thisRun = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    /** Entries on disk not trusted, by key: one entry read by two obligations of one query counts once. */
    private final Set<String> ignored = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> writeProblem = new AtomicReference<>();
    /** Whether answers on disk are used (else only written). */
    private final boolean readDisk;

    /**
     * @param root        the cache folder ({@code --cache DIR})
     * @param toolVersion ptprove's version: a new release never trusts an older one's answers
     */
    public ResultCache(Path root, String toolVersion, SolverOptions options) {
        this(root, toolVersion, options, true);
    }

    /**
     * A cache that stores this run's answers in {@code root} but reads none back: for {@code check --record},
     * whose records must come from this run's solver, never from a file anyone could have written.
     */
    public static ResultCache writeOnly(Path root, String toolVersion, SolverOptions options) {
        return new ResultCache(root, toolVersion, options, false);
    }

    private ResultCache(Path root, String toolVersion, SolverOptions options, boolean readDisk) {
        this.readDisk = readDisk;
        boolean usable = root == null || !Files.exists(root) || Files.isDirectory(root);
        if (!usable) writeProblem.set("cannot use the cache " + root + ": not a folder; answers are shared within"
                + " this run only");
        this.dir = root == null || !usable ? null : root.resolve("v1");
        this.context = "ptprove " + toolVersion + " solver-code " + SolverCode.digest() + "\n" + options.solver() + " " + options.version()
                + "\nseed " + options.seed() + "\ntimeout-ms " + options.timeoutMs() + "\nrlimit " + options.rlimit();
    }

    /**
     * No folder: only identical queries of this run share one solve ({@code --no-cache}). Nothing is read from or
     * written to disk, and nothing counts as a cache hit.
     */
    public static ResultCache inMemory(String toolVersion, SolverOptions options) {
        return new ResultCache(null, toolVersion, options);
    }

    /** Whether answers are read from and written to a folder (else only shared within this run). */
    public boolean onDisk() {
        return dir != null;
    }

    /** What every key of this cache is computed with besides the obligation (for tests). */
    String context() {
        return context;
    }

    @Override
    public Outcome lookup(Obligation o) {
        long start = System.nanoTime();
        CacheKey key;
        try {
            key = CacheKey.of(o, context);
        } catch (RuntimeException | StackOverflowError e) {
            return null; // the solver reports whatever is wrong with this obligation
        }
        CacheEntry known = thisRun.get(key.hash());
        if (known != null) { // solved earlier in this run: the same query, so the same answer
            try {
                return new Outcome(o, known.verdict(), (System.nanoTime() - start) / 1e6, key.fingerprint(),
                        model(known, o), null, false);
            } catch (CacheEntry.Invalid | RuntimeException e) {
                pending.put(o, key);
                return null;
            }
        }
        if (dir == null || !readDisk) {
            pending.put(o, key);
            return null;
        }
        Path file = fileOf(key.hash());
        String text;
        try {
            text = EntryFile.read(file);
        } catch (NoSuchFileException e) {
            pending.put(o, key);
            return null;
        } catch (IOException | RuntimeException e) { // unreadable, special, too large, not UTF-8: as good as absent
            ignored.add(key.hash());
            pending.put(o, key);
            return null;
        }
        try {
            CacheEntry entry = CacheEntry.parse(text, key.hash());
            List<Outcome.Value> model = model(entry, o);
            hits.incrementAndGet();
            return new Outcome(o, entry.verdict(), (System.nanoTime() - start) / 1e6, key.fingerprint(), model,
                    null, true);
        } catch (CacheEntry.Invalid | RuntimeException e) { // a parser surprise is as untrusted as a bad entry
            ignored.add(key.hash());
            pending.put(o, key);
            return null;
        }
    }

    /**
     * The entry's values in the obligation's variable order; a verdict of the other kind (an example
     * {@code proved}) or a model that does not fit is invalid.
     */
    private static List<Outcome.Value> model(CacheEntry entry, Obligation o) throws CacheEntry.Invalid {
        if (!entry.verdict().belongsTo(o.kind())) throw new CacheEntry.Invalid("a verdict of another kind");
        boolean hasModel = entry.verdict() == Verdict.REFUTED || entry.verdict() == Verdict.WITNESSED;
        if (!hasModel || o.variables().isEmpty()) {
            if (!entry.model().isEmpty()) throw new CacheEntry.Invalid("a model where none belongs");
            return List.of();
        }
        List<Outcome.Value> values = new ArrayList<>();
        for (Obligation.Variable v : o.variables()) {
            Long value = entry.model().get(v.var().name());
            if (value == null) throw new CacheEntry.Invalid("no value for " + v.var().name());
            if (v.var().isBool() ? Long.compareUnsigned(value, 1) > 0 : v.var().width() < 64 && value >>> v.var().width() != 0) {
                throw new CacheEntry.Invalid("value out of range for " + v.var().name());
            }
            values.add(new Outcome.Value(v, value));
        }
        if (entry.model().size() != values.stream().map(x -> x.variable().var().name()).distinct().count()) {
            throw new CacheEntry.Invalid("values for other variables");
        }
        return values;
    }

    @Override
    public void remember(Outcome solved) {
        CacheKey key = pending.remove(solved.obligation());
        if (key == null || solved.cached() || !CacheEntry.storable(solved.verdict())) return;
        Map<String, Long> model = new java.util.TreeMap<>();
        for (Outcome.Value v : solved.model()) model.put(v.variable().var().name(), v.value());
        CacheEntry entry = new CacheEntry(key.hash(), solved.verdict(), model);
        thisRun.put(key.hash(), entry);
        if (dir == null) return;
        try {
            AtomicFiles.writeOwn(fileOf(key.hash()), entry.toJson()); // replaces an old, possibly corrupt, entry
        } catch (IOException | RuntimeException e) {
            writeProblem.compareAndSet(null, "cannot write to the cache " + dir + ": " + reason(e));
        }
    }

    /** The reason without the entry's path ({@code permission denied}); a bug's message as it is. */
    static String reason(Exception e) {
        return e instanceof IOException io ? ptprove.files.FileProblem.reason(io) : String.valueOf(e.getMessage());
    }

    private Path fileOf(String hash) {
        return dir.resolve(hash.substring(0, 2)).resolve(hash + ".json");
    }

    /** Obligations answered from the cache so far. */
    public int hits() { return hits.get(); }

    /** Entries found but not trusted (corrupt, foreign, inconsistent); each was re-solved. */
    public int ignored() { return ignored.size(); }

    /** The first failure to write an entry, or null: worth one warning, not a failed run. */
    public String writeProblem() { return writeProblem.get(); }
}
