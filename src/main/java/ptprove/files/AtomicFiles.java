package ptprove.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writing files so that a reader never sees half of one: write a temporary sibling, then rename it over the
 * target (same folder, so the rename stays on one file system). Used for exported scripts, cache entries and
 * proof records. A new file gets the mode the umask gives (a shared cache stays shared); a replaced file keeps
 * its mode (a tracked record does not change mode in git).
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes {@code text} to {@code target}, replacing it if present, creating parent folders. The file appears
     * whole or not at all: a crash or a full disk leaves at most a hidden {@code .*.tmp} sibling, which this
     * method removes when it fails itself (and a run stopped by a signal removes through {@link TempFiles}, after
     * waiting for writes in progress).
     */
    public static void write(Path target, String text) throws IOException {
        replace(target, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * As {@link #write}, and the contents reach the disk before the rename becomes visible: for files a user
     * keeps (proof records), not for ones that are checked on reading anyway (cache entries).
     */
    public static void writeDurably(Path target, byte[] bytes) throws IOException {
        replace(target, bytes, true);
    }

    private static void replace(Path target, byte[] bytes, boolean sync) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = TempFiles.startWriting(dir.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp"));
        try {
            // CREATE_NEW without attributes: the mode is 0666 less the umask (createTempFile would force 0600)
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                if (sync) ch.force(true);
            }
            keepMode(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING); // same folder: still a rename
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } finally {
                TempFiles.doneWriting(tmp);
            }
        }
    }

    /** A file that is replaced keeps its permissions. */
    private static void keepMode(Path target, Path tmp) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) return;
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to keep
        }
    }
}
