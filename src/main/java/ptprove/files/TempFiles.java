package ptprove.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The temporary files and folders this process has open right now (a record or cache entry being written beside
 * its target, the second solver's scripts), so that a run stopped by a signal can remove them before the JVM
 * exits: normally each is removed by the code that made it, in a {@code finally} that an exiting JVM never runs.
 * Process-wide because signals are.
 */
public final class TempFiles {
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private TempFiles() {}

    /** {@code path} (a file, or a folder removed with everything in it) is temporary until {@link #done}. */
    public static Path track(Path path) {
        OPEN.add(path);
        return path;
    }

    /** {@code path} was renamed into place or removed by its owner. */
    public static void done(Path path) {
        OPEN.remove(path);
    }

    /** Removes every temporary file and folder still open; best effort (the process is about to exit). */
    public static void removeAll() {
        for (Path p : OPEN.toArray(Path[]::new)) {
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
            OPEN.remove(p);
        }
    }

    /** How many are open (for tests). */
    static int open() {
        return OPEN.size();
    }
}
