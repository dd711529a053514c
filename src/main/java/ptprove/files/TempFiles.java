package ptprove.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The temporary files and folders this process has open right now (a record or cache entry being written beside
 * its target, the second solver's scripts), so that a run stopped by a signal can remove them before the JVM
 * exits: normally each is removed by the code that made it, in a {@code finally} that an exiting JVM never runs.
 * Process-wide because signals are.
 *
 * <p>A signal's hook runs while the workers still run, so removing what is open is not enough: a worker may be
 * between naming its temporary file and creating it. Short writes ({@link #startWriting}) therefore hold a shared
 * lock from naming to removal, which the exiting hook takes exclusively (waiting a little), and once the process
 * is exiting nothing new is tracked.
 */
public final class TempFiles {
    private static final Registry PROCESS = new Registry();

    private TempFiles() {}

    /**
     * {@code path} (a file, or a folder removed with everything in it) is temporary until {@link #done}.
     *
     * @throws IOException when the process is exiting ({@code path} is removed)
     */
    public static Path track(Path path) throws IOException {
        return PROCESS.track(path);
    }

    /** {@code path} was renamed into place or removed by its owner. */
    public static void done(Path path) {
        PROCESS.done(path);
    }

    /**
     * {@code path}, not created yet, is about to be written, renamed into place and removed if left, all by this
     * thread, which then calls {@link #doneWriting}: an exiting process waits for that.
     *
     * @throws IOException when the process is exiting (nothing is tracked; do not write)
     */
    public static Path startWriting(Path path) throws IOException {
        return PROCESS.startWriting(path);
    }

    /** The write {@link #startWriting} began is over: its file was renamed into place or removed. */
    public static void doneWriting(Path path) {
        PROCESS.doneWriting(path);
    }

    /** Removes every temporary file and folder still open; best effort. For a run stopped inside a process that goes on. */
    public static void removeAll() {
        PROCESS.removeAll();
    }

    /**
     * The process is exiting: waits at most {@code waitMillis} for writes in progress, removes every temporary
     * file and folder, and refuses new ones from then on.
     */
    public static void removeAllBeforeExit(long waitMillis) {
        PROCESS.removeAllBeforeExit(waitMillis);
    }

    /** The state itself, apart from the process's one so that tests can exit one of their own. */
    static final class Registry {
        private final Set<Path> open = ConcurrentHashMap.newKeySet();
        private final ReentrantReadWriteLock writes = new ReentrantReadWriteLock();
        private volatile boolean exiting;

        Path track(Path path) throws IOException {
            open.add(path);
            if (exiting) { // removeAllBeforeExit may have looked at open before the add: remove it here
                delete(path);
                open.remove(path);
                throw new IOException("the process is exiting");
            }
            return path;
        }

        void done(Path path) {
            open.remove(path);
        }

        Path startWriting(Path path) throws IOException {
            writes.readLock().lock();
            if (exiting) {
                writes.readLock().unlock();
                throw new IOException("the process is exiting");
            }
            open.add(path);
            return path;
        }

        void doneWriting(Path path) {
            open.remove(path);
            writes.readLock().unlock();
        }

        void removeAll() {
            for (Path p : open.toArray(Path[]::new)) {
                delete(p);
                open.remove(p);
            }
        }

        void removeAllBeforeExit(long waitMillis) {
            exiting = true; // first: a write that gets the shared lock while this waits refuses to start
            boolean locked = false;
            try {
                locked = writes.writeLock().tryLock(waitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                removeAll();
            } finally {
                if (locked) writes.writeLock().unlock();
            }
        }

        private static void delete(Path p) {
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p)) {
                        for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
                    }
                } else {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | RuntimeException e) {
                // nothing more to do on the way out
            }
        }
    }
}
