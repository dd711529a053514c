package ptprove.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ptprove.files.BoundedRead;
import java.util.Map;
import ptprove.source.SourceFile;

/**
 * One input a spec's results depend on, by content: a spec-level entry holds one per input and is used only while
 * every one still holds. Two kinds:
 * <ul>
 *   <li>{@link Kind#SOURCE}: a spec file the front end read (the spec and every file of its import chain), named
 *       by its display path; checked against the text the front end just read, so no file is read twice and an
 *       edit racing with the run cannot pair old results with new text.</li>
 *   <li>{@link Kind#FILE}: any other file an input stage read, named by its absolute path and checked by reading
 *       it again: the seam for kernel-tree inputs (a spec bound to a tree lists the headers and C files it was
 *       evaluated from), so that an edit in the tree invalidates exactly the specs that read the edited file.</li>
 * </ul>
 */
public record InputDigest(Kind kind, String name, String sha256) {
    /** Files larger than this are never inputs of a cached spec (a spec file's limit is 4 MiB). */
    static final long MAX_FILE_BYTES = 64L << 20;

    public enum Kind {
        SOURCE("source"), FILE("file");

        private final String word;
        Kind(String word) { this.word = word; }
        public String word() { return word; }

        static Kind ofWord(String w) throws SpecEntryInvalid {
            for (Kind k : values()) if (k.word.equals(w)) return k;
            throw new SpecEntryInvalid("unknown input kind");
        }
    }

    /** A spec file as the front end read it. */
    public static InputDigest source(SourceFile file) {
        return new InputDigest(Kind.SOURCE, file.displayPath(), CacheKey.sha256(file.text()));
    }

    /** A file another input stage read (e.g. a kernel header), by its content now; null if it cannot be read. */
    public static InputDigest file(Path path) {
        String digest = digestOf(path);
        return digest == null ? null : new InputDigest(Kind.FILE, path.toAbsolutePath().normalize().toString(), digest);
    }

    /**
     * Whether this input is unchanged: a source against the text the front end read for it ({@code sources}, by
     * display path), a file against its content on disk now.
     */
    public boolean holds(Map<String, SourceFile> sources) {
        if (kind == Kind.SOURCE) {
            SourceFile f = sources.get(name);
            return f != null && sha256.equals(CacheKey.sha256(f.text()));
        }
        return sha256.equals(digestOf(Path.of(name)));
    }

    /** SHA-256 of a regular file's bytes (not a link to a device or a FIFO: those are never read), or null. */
    private static String digestOf(Path path) {
        try {
            return CacheKey.sha256(BoundedRead.read(path, MAX_FILE_BYTES, BoundedRead.Links.FOLLOW));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
