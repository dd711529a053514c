package ptprove.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ptprove.source.SourceFile;

/**
 * The files of one kernel tree as ptprove reads them: the tree on disk, optionally with some files replaced by
 * patched text held in memory (a review's "after" side), so the tree itself is never written. Texts are read once
 * per run and shared by every configuration's preprocessor.
 */
final class TreeFiles {
    private final Path root;
    private final Map<String, String> replaced;
    private final Map<Path, Optional<String>> texts = new ConcurrentHashMap<>();
    private final Map<String, SourceFile> sources = new ConcurrentHashMap<>();
    private final Map<Path, Optional<String>> guards = new ConcurrentHashMap<>();

    TreeFiles(Path root, Map<String, String> replaced) {
        this.root = root.toAbsolutePath().normalize();
        this.replaced = Map.copyOf(replaced);
    }

    Path root() { return root; }

    /** Tree-relative paths whose text is replaced (patched); empty for the tree as it is. */
    java.util.Set<String> replacedPaths() { return replaced.keySet(); }

    /** The absolute path a tree-relative one stands for. */
    Path resolve(String relative) { return root.resolve(relative).normalize(); }

    /** Tree-relative, with '/' separators, for an absolute path inside the tree; else the path as is. */
    String relative(Path absolute) {
        Path p = absolute.toAbsolutePath().normalize();
        return p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : p.toString();
    }

    boolean exists(Path absolute) {
        return text(absolute).isPresent();
    }

    /** The text of a file (patched if replaced), or empty when it does not exist or is a folder. */
    Optional<String> text(Path absolute) {
        Path p = absolute.toAbsolutePath().normalize();
        return texts.computeIfAbsent(p, this::load);
    }

    private Optional<String> load(Path p) {
        String rel = relative(p);
        if (replaced.containsKey(rel)) return Optional.of(replaced.get(rel));
        if (!Files.isRegularFile(p)) return Optional.empty();
        try {
            return Optional.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The include guard of a header, when the whole file is {@code #ifndef G / #define G ... #endif} (comments
     * around it allowed): once G is defined, including the file again yields nothing, so a preprocessor may skip
     * it unread, as gcc does. Empty for files of another shape.
     */
    Optional<String> includeGuard(Path absolute) {
        Path p = absolute.toAbsolutePath().normalize();
        return guards.computeIfAbsent(p, x -> text(x).flatMap(IncludeGuards::of));
    }

    /** A kernel file as a source file for spans and diagnostics, displayed tree-relative; null if unreadable. */
    SourceFile source(String relative) {
        SourceFile cached = sources.get(relative);
        if (cached != null) return cached;
        Optional<String> t = text(resolve(relative));
        if (t.isEmpty()) return null;
        return sources.computeIfAbsent(relative, r -> new SourceFile(resolve(r), r, t.get()));
    }
}
