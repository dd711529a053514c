package ptprove.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ptprove.source.Printable;

/**
 * Expands command-line paths into spec files: a file is taken as is, a folder contributes every {@code *.ptl}
 * below it (sorted, so runs are deterministic). Paths are displayed as typed, with control characters escaped
 * ({@link Printable}): a file name cannot move the cursor of the terminal that shows the report. Also decides
 * each spec's root: {@code --root} when given (a folder that must exist), else {@code ./specs} for specs inside
 * it, else the working directory for specs inside it, else the spec's folder.
 */
public final class SpecFinder {
    private SpecFinder() {}

    /** A command-line path that does not exist or holds no specs: a usage error. */
    public static final class NoSuchSpec extends Exception {
        public NoSuchSpec(String message) { super(message); }
    }

    /** The single spec file a command such as {@code layout} takes; a folder is a usage error. */
    public static SpecInput findOne(String arg, Path explicitRoot, String command) throws NoSuchSpec, IOException {
        List<SpecInput> inputs = find(List.of(arg), explicitRoot);
        if (inputs.size() != 1 || java.nio.file.Files.isDirectory(Path.of(arg))) {
            throw new NoSuchSpec(command + " takes one spec file, not a folder");
        }
        return inputs.get(0);
    }

    public static List<SpecInput> find(List<String> args, Path explicitRoot) throws NoSuchSpec, IOException {
        if (explicitRoot != null && !Files.isDirectory(explicitRoot)) {
            throw new NoSuchSpec("--root " + Printable.of(explicitRoot.toString()) + ": "
                    + (Files.exists(explicitRoot) ? "not a folder" : "no such folder"));
        }
        Path cwd = Path.of("").toAbsolutePath();
        List<SpecInput> out = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (!Files.exists(p)) throw new NoSuchSpec("no such file or folder: " + Printable.of(arg));
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(p)) {
                    found = s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".ptl"))
                            .sorted().toList();
                }
                if (found.isEmpty()) throw new NoSuchSpec("no *.ptl specs under " + arg);
                for (Path f : found) out.add(input(f, Printable.of(display(arg, p, f)), explicitRoot, cwd));
            } else {
                out.add(input(p, Printable.of(arg), explicitRoot, cwd));
            }
        }
        return out;
    }

    private static String display(String arg, Path folder, Path file) {
        String rel = folder.relativize(file).toString().replace('\\', '/');
        return arg.endsWith("/") ? arg + rel : arg + "/" + rel;
    }

    private static SpecInput input(Path file, String display, Path explicitRoot, Path cwd) {
        Path abs = file.toAbsolutePath().normalize();
        Path root;
        if (explicitRoot != null) {
            root = explicitRoot.toAbsolutePath().normalize();
        } else if (abs.startsWith(cwd.resolve("specs"))) {
            root = cwd.resolve("specs");
        } else if (abs.startsWith(cwd)) {
            root = cwd;
        } else {
            root = abs.getParent();
        }
        Path relative = abs.startsWith(root) ? root.relativize(abs) : abs.getFileName();
        return new SpecInput(abs, display, root, relative);
    }
}
