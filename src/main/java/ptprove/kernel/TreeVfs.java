package ptprove.kernel;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.anarres.cpp.LexerSource;
import org.anarres.cpp.Source;
import org.anarres.cpp.VirtualFile;
import org.anarres.cpp.VirtualFileSystem;

/**
 * jcpp's view of a {@link TreeFiles}: paths are the tree's real paths (so {@code #include "x.h"} resolves next to
 * the including file and positions name real files), contents come from the tree's text cache (patched text
 * where a review replaced a file).
 */
final class TreeVfs implements VirtualFileSystem {
    private final TreeFiles files;

    TreeVfs(TreeFiles files) {
        this.files = files;
    }

    @Override public VirtualFile getFile(String path) { return new TreeFile(Path.of(path).toAbsolutePath().normalize()); }

    @Override public VirtualFile getFile(String dir, String name) { return getFile(Path.of(dir).resolve(name).toString()); }

    private final class TreeFile implements VirtualFile {
        private final Path path;

        TreeFile(Path path) { this.path = path; }

        @Override public boolean isFile() { return files.exists(path); }
        @Override public String getPath() { return path.toString(); }
        @Override public String getName() { return path.getFileName() == null ? "" : path.getFileName().toString(); }

        @Override public VirtualFile getParentFile() {
            return path.getParent() == null ? null : new TreeFile(path.getParent());
        }

        @Override public VirtualFile getChildFile(String name) { return new TreeFile(path.resolve(name).normalize()); }

        @Override public Source getSource() throws IOException {
            String text = files.text(path).orElseThrow(() -> new IOException("cannot read " + path));
            return new NamedSource(text, path.toString());
        }
    }

    /** Lexer input that reports a file path, which jcpp uses for relative includes and positions. */
    static final class NamedSource extends LexerSource {
        private final String path;

        NamedSource(String text, String path) {
            super(new StringReader(text), true);
            this.path = path;
        }

        @Override public String getPath() { return path; }
        @Override public String getName() { return path; }
    }
}
