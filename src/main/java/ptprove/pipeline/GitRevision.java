package ptprove.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A spec as it was at a git revision ({@code layout --diff REV}): the spec root's {@code .ptl} files at that
 * revision copied into a temporary folder, so the spec compiles with its imports as they were then. Needs
 * {@code git} on the PATH and the spec inside a work tree; reads the repository only ({@code git ls-tree},
 * {@code git show}), never touches the index or the work tree.
 */
public final class GitRevision {
    private GitRevision() {}

    /** The revision could not be read (not a repository, unknown revision, no git); the message says which. */
    public static final class Unavailable extends Exception {
        Unavailable(String message) { super(message); }
    }

    /** {@code input} as of {@code rev}, in a fresh temporary folder (deleted when the JVM exits). */
    public static SpecInput materialize(SpecInput input, String rev) throws Unavailable, IOException {
        Path root = input.root().toRealPath();
        Path top = Path.of(git(root, "rev-parse", "--show-toplevel").strip()).toRealPath();
        if (!root.startsWith(top)) throw new Unavailable(input.root() + " is not inside the git work tree " + top);
        String rootRel = top.relativize(root).toString().replace('\\', '/');
        String listing = git(top, "ls-tree", "-r", "--name-only", rev, "--", rootRel.isEmpty() ? "." : rootRel);
        Path tmp = Files.createTempDirectory("ptprove-rev-");
        List<Path> written = new ArrayList<>();
        for (String file : listing.split("\n")) {
            if (!file.endsWith(".ptl")) continue;
            Path out = tmp.resolve(file).normalize();
            if (!out.startsWith(tmp)) continue; // a path git would never print; never write outside the folder
            Files.createDirectories(out.getParent());
            Files.writeString(out, git(top, "show", rev + ":" + file));
            written.add(out);
        }
        Path newRoot = tmp.resolve(rootRel).normalize();
        Path spec = newRoot.resolve(input.relative().toString());
        deleteOnExit(tmp, written);
        if (!Files.isRegularFile(spec)) {
            throw new Unavailable(input.display() + " does not exist at revision " + rev);
        }
        return new SpecInput(spec, input.display() + "@" + rev, newRoot, input.relative());
    }

    /** Registered folders first, shallow to deep, then files: the JVM deletes in reverse order of registration. */
    private static void deleteOnExit(Path tmp, List<Path> files) {
        java.util.TreeSet<Path> dirs = new java.util.TreeSet<>(
                java.util.Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString));
        for (Path f : files) {
            for (Path p = f.getParent(); p != null && p.startsWith(tmp); p = p.getParent()) dirs.add(p);
        }
        dirs.add(tmp);
        for (Path d : dirs) d.toFile().deleteOnExit();
        for (Path f : files) f.toFile().deleteOnExit();
    }

    private static String git(Path dir, String... args) throws Unavailable, IOException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new Unavailable("cannot run git (" + e.getMessage() + ")");
        }
        byte[] out = readAll(p.getInputStream());
        byte[] err = readAll(p.getErrorStream());
        try {
            if (p.waitFor() != 0) {
                throw new Unavailable("git " + String.join(" ", args) + ": "
                        + new String(err, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while running git");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }
}
