package ptprove.files;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import ptprove.source.Printable;

/**
 * A file that could not be read or written for a reason outside ptprove: a read-only folder, a full disk, a
 * record that is a folder or not UTF-8, a special file. Not a bug (the CLI exits with its I/O status, not as an
 * internal error) and not a usage error; the message names the file and the operating system's reason, e.g.
 * {@code cannot write proofs/arm64/hotremove.proof: permission denied}.
 */
public final class FileProblem extends IOException {
    private static final long serialVersionUID = 1L;

    private final Path path;
    private final String reason;

    public FileProblem(String action, Path path, String reason, Throwable cause) {
        super(action + " " + Printable.of(path.toString()) + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** Reading {@code path} failed with {@code e}. */
    public static FileProblem reading(Path path, IOException e) {
        return e instanceof FileProblem p ? p : new FileProblem("cannot read", path, reason(e), e);
    }

    /** Writing {@code path} failed with {@code e}. */
    public static FileProblem writing(Path path, IOException e) {
        return e instanceof FileProblem p ? p : new FileProblem("cannot write", path, reason(e), e);
    }

    public Path path() {
        return path;
    }

    /** Why, without the action and the path ({@code permission denied}). */
    public String reason() {
        return reason;
    }

    /**
     * The operating system's reason in a few words ({@code permission denied}, {@code No space left on device}),
     * without Java's exception class names or the path again.
     */
    public static String reason(IOException e) {
        if (e instanceof FileProblem p) return p.reason();
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof DirectoryNotEmptyException) return "a folder that is not empty is in the way";
        if (e instanceof FileAlreadyExistsException) return "already exists";
        if (e instanceof CharacterCodingException) return "not valid UTF-8 text";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
