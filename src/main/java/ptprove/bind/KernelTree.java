package ptprove.bind;

import java.nio.file.Path;
import java.util.Map;
import ptprove.kernel.KernelReader;

/**
 * A Linux source tree as the commands name it ({@code --kernel DIR}), or such a tree with some files patched in
 * memory (a review's "after" side; the tree is never written). One instance per tree per run: it keeps each
 * configuration's preprocessed macro table, so several specs and both sides of a review share the work.
 */
public final class KernelTree {
    final KernelReader reader;
    private final String display;

    private KernelTree(KernelReader reader, String display) {
        this.reader = reader;
        this.display = display;
    }

    /** Not a readable kernel tree: an environment problem (exit 2), never a spec error. */
    public static final class NotATree extends Exception {
        public NotATree(String message) { super(message); }
    }

    public static KernelTree open(Path dir) throws NotATree {
        try {
            return new KernelTree(KernelReader.open(dir), dir.toString());
        } catch (KernelReader.NotATree e) {
            throw new NotATree(e.getMessage());
        }
    }

    /** The same tree with files replaced (tree-relative path to new text), named {@code display} in reports. */
    public KernelTree patched(Map<String, String> replaced, String display) {
        return new KernelTree(reader.patched(replaced), display);
    }

    /** A patch that does not fit the tree (the message names the file and hunk): the user's input, exit 2. */
    public static final class PatchDoesNotApply extends Exception {
        public PatchDoesNotApply(String message) { super(message); }
    }

    /** This tree with a unified diff applied to in-memory copies of the files it touches. */
    public KernelTree withPatch(String diff, String display) throws PatchDoesNotApply {
        try {
            return new KernelTree(reader.withPatch(diff), display);
        } catch (KernelReader.PatchDoesNotApply e) {
            throw new PatchDoesNotApply(e.getMessage());
        }
    }

    /** The tree-relative files a patched tree replaces (empty for a tree as it is on disk). */
    public java.util.Set<String> patchedFiles() { return reader.patchedFiles(); }

    /** The tree as the user named it. */
    public String display() { return display; }

    /** The Makefile's release, e.g. {@code 6.1.192}. */
    public String version() { return reader.version().toString(); }

    /** The text of a tree-relative file (patched where replaced), or null when it does not exist. */
    public String text(String relative) {
        var f = reader.source(relative);
        return f == null ? null : f.text();
    }
}
