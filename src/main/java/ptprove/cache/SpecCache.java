package ptprove.cache;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import ptprove.files.AtomicFiles;

/**
 * The spec-level cache: one entry per spec and run identity ({@link SpecKey}) under {@code DIR/spec-v1/ab/<key>.entry},
 * holding the spec's outcomes and the digests of the inputs they came from. It sits above the per-query
 * {@link ResultCache} (which stays underneath for edited specs): a spec whose inputs all hold is answered without
 * elaboration, lowering or a single query lookup. What a run may read or write here is the caller's decision
 * ({@code pipeline.SpecAnswers}); this class only stores, and never throws: an entry that cannot be read, is not
 * a regular file, is larger than {@link #MAX_ENTRY_BYTES}, or does not check out is a miss (counted in
 * {@link #ignored}), and one that cannot be written only makes a later run slower.
 */
public final class SpecCache {
    /** The library's largest spec needs about 200 kB; anything near this is not an entry this code wrote. */
    static final long MAX_ENTRY_BYTES = 16L << 20;

    private final Path dir;
    private final AtomicInteger ignored = new AtomicInteger();
    private final AtomicReference<String> writeProblem = new AtomicReference<>();

    /** @param root the cache folder ({@code --cache DIR}), shared with the per-query entries */
    public SpecCache(Path root) {
        this.dir = root.resolve("spec-v1");
    }

    /** The stored results for {@code key}, or null. Their inputs still have to be checked ({@link StoredSpec#inputsHold}). */
    public StoredSpec lookup(SpecKey key) {
        Path file = fileOf(key);
        try {
            return SpecEntry.decode(EntryFile.read(file, MAX_ENTRY_BYTES), key);
        } catch (NoSuchFileException | SpecEntry.Stale e) {
            return null;
        } catch (IOException | SpecEntryInvalid | RuntimeException e) { // a decoding error is an IOException too
            ignored.incrementAndGet();
            return null;
        }
    }

    /** Writes (or replaces) the entry for {@code key}. */
    public void store(SpecKey key, StoredSpec spec) {
        try {
            AtomicFiles.writeOwn(fileOf(key), SpecEntry.encode(key, spec));
        } catch (IOException | RuntimeException e) {
            writeProblem.compareAndSet(null, "cannot write to the cache " + dir + ": " + ResultCache.reason(e));
        }
    }

    /** Counts an entry that was found and read but did not fit the spec it names (a damaged position, say). */
    public void ignore() {
        ignored.incrementAndGet();
    }

    private Path fileOf(SpecKey key) {
        return dir.resolve(key.hash().substring(0, 2)).resolve(key.hash() + ".entry");
    }

    /** Entries found but not trusted (damaged, foreign, inconsistent); each spec was compiled and checked again. */
    public int ignored() { return ignored.get(); }

    /** The first failure to write an entry, or null. */
    public String writeProblem() { return writeProblem.get(); }
}
