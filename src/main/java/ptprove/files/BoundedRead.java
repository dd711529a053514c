package ptprove.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading a whole file only when it is safe to: the file must be a regular file (a FIFO would block for ever,
 * {@code /dev/zero} never ends; both are refused before they are opened), and at most {@code limit} bytes are
 * read, whatever the file system says its size is ({@code /proc} files say 0, a file can grow while it is read),
 * so a 3 GiB file costs {@code limit} bytes of memory, not an {@code OutOfMemoryError}. Links are followed or
 * refused as the caller says; where the file may live is the caller's rule ({@link #requireInside}).
 */
public final class BoundedRead {
    private BoundedRead() {}

    /** Whether a link is followed to its target, or refused. */
    public enum Links { FOLLOW, REFUSE }

    /**
     * The bytes of {@code file}.
     *
     * @throws NoSuchFileException when there is no such file (callers often treat that as "none")
     * @throws FileProblem         for a special file, a folder, a refused link, or more than {@code limit} bytes
     */
    public static byte[] read(Path file, long limit, Links links) throws IOException {
        BasicFileAttributes a = links == Links.FOLLOW
                ? Files.readAttributes(file, BasicFileAttributes.class)
                : Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile()) throw new FileProblem("cannot read", file, "not a regular file (" + kind(a) + ")", null);
        if (a.size() > limit) throw tooLarge(file, limit);
        try (InputStream in = links == Links.FOLLOW ? Files.newInputStream(file)
                : Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return upTo(in, file, limit);
        }
    }

    /** {@code in} to its end, refused once it passes {@code limit} bytes, whatever the file said its size was. */
    private static byte[] upTo(InputStream in, Path file, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) throw tooLarge(file, limit);
        return bytes;
    }

    /**
     * As {@link #read} with links followed, for a file the user named on the command line, which may also be a
     * pipe ({@code ptprove diff <(git show HEAD:proofs/x.proof) proofs/x.proof}): read to its end or {@code limit}.
     * A folder, socket or device is still refused.
     */
    public static byte[] readNamed(Path file, long limit) throws IOException {
        if (!isFifo(file)) return read(file, limit, Links.FOLLOW);
        try (InputStream in = Files.newInputStream(file)) {
            return upTo(in, file, limit);
        }
    }

    /** Whether {@code file} (links followed) is a named pipe: the POSIX file type bits of its mode. */
    private static boolean isFifo(Path file) {
        try {
            return (((Integer) Files.getAttribute(file, "unix:mode")) & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no such file (read says so), or no unix view: treated as not a pipe
        }
    }

    /**
     * Refuses {@code file} unless, links followed, it lies inside {@code folder} (links followed too): a link
     * in a spec folder must not make ptprove read {@code /proc/self/environ}.
     */
    public static void requireInside(Path file, Path folder, String what) throws FileProblem {
        Path real;
        Path inside;
        try {
            real = file.toRealPath();
            inside = folder.toRealPath();
        } catch (IOException e) {
            return; // a missing file or folder is reported by whoever reads it
        }
        if (!real.startsWith(inside)) {
            throw new FileProblem("cannot read", file, "a link to a file outside " + what, null);
        }
    }

    /** What a non-regular file is, in words a user recognises. */
    static String kind(BasicFileAttributes a) {
        if (a.isDirectory()) return "a folder";
        if (a.isSymbolicLink()) return "a symbolic link";
        return "a FIFO, socket or device";
    }

    private static FileProblem tooLarge(Path file, long limit) {
        return new FileProblem("cannot read", file, "larger than the limit of " + limit + " bytes", null);
    }
}
