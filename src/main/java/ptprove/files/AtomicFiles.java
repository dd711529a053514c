package ptprove.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
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
 * its mode (a tracked record does not change mode in git). What may be in the target's place:
 * <ul>
 * <li>a file the user named ({@link #write}: {@code reproduce --out}, {@code export-smt}): a symbolic link is
 *     written through (the file it leads to is replaced, the link stays);</li>
 * <li>a file the user keeps in the repository ({@link #writeDurably}: proof records): a link is replaced by the
 *     file, not followed, so a link planted in a checkout cannot make {@code check --record} write outside
 *     {@code proofs/};</li>
 * <li>for both, a folder, FIFO, socket or device is refused, never renamed over ({@code reproduce --out
 *     /dev/full} replaced the device node with a C file);</li>
 * <li>a file of ptprove's own ({@link #writeOwn}: a cache entry) replaces whatever is there: a damaged entry is
 *     repaired.</li>
 * </ul>
 * Every failure is a {@link FileProblem} naming the target.
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
        replace(target, text.getBytes(StandardCharsets.UTF_8), false, Place.FOLLOW_LINKS);
    }

    /** What {@link #replace} accepts in the target's place (see the class comment). */
    private enum Place { FOLLOW_LINKS, REPLACE_LINKS, ANYTHING }

    /**
     * As {@link #write}, for a file only ptprove writes and reads (a cache entry, a scratch script): a link, FIFO
     * or device in its place (a damaged cache) is replaced by the file, not written through or refused.
     */
    public static void writeOwn(Path target, String text) throws IOException {
        replace(target, text.getBytes(StandardCharsets.UTF_8), false, Place.ANYTHING);
    }

    /**
     * As {@link #write}, and the contents reach the disk before the rename becomes visible: for files a user
     * keeps (proof records), not for ones that are checked on reading anyway (cache entries). A link in the
     * target's place is replaced, not followed.
     */
    public static void writeDurably(Path target, byte[] bytes) throws IOException {
        replace(target, bytes, true, Place.REPLACE_LINKS);
    }

    private static void replace(Path target, byte[] bytes, boolean sync, Place place) throws IOException {
        try {
            Path at = switch (place) {
                case ANYTHING -> target.toAbsolutePath();
                case REPLACE_LINKS -> regular(target, target.toAbsolutePath());
                case FOLLOW_LINKS -> regular(target, throughLinks(target));
            };
            replaceRegular(at, bytes, sync);
        } catch (IOException e) {
            throw FileProblem.writing(target, e);
        }
    }

    /**
     * The end of {@code target}'s symbolic links, each resolved as the kernel does: relative to the real folder
     * of the link (its {@code ..} taken after the folder's own links), so the file written is the one a write
     * through the link would reach.
     */
    private static Path throughLinks(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links == MAX_LINKS) throw new FileSystemException(target.toString(), null, "too many symbolic links");
            p = p.getParent().toRealPath().resolve(Files.readSymbolicLink(p));
        }
        return p;
    }

    /** {@code p}, where {@code target}'s bytes go, unless a folder or special file is there (a link is replaced). */
    private static Path regular(Path target, Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null, "a folder is in the way");
        }
        boolean special = Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)
                && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
        if (special) {
            throw new FileSystemException(target.toString(), null, "not a regular file (a FIFO, socket or device)");
        }
        return p;
    }

    /** As the kernel's path walk ({@code ELOOP} after 40). */
    private static final int MAX_LINKS = 40;

    private static void replaceRegular(Path target, byte[] bytes, boolean sync) throws IOException {
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) { // a file where a folder of the path should be (--proofs FILE) says which
            Path in = dir;
            while (in != null && !Files.exists(in, LinkOption.NOFOLLOW_LINKS)) in = in.getParent();
            if (in == null || Files.isDirectory(in)) throw e;
            throw new FileSystemException(target.toString(), null, in + " is a file, not a folder");
        }
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
