package ptprove.crosscheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing scripts so that a reader never sees half a file: write a temporary sibling, then rename it. */
public final class ScriptFiles {
    private ScriptFiles() {}

    /**
     * Writes {@code text} to {@code target}, replacing it if present, creating parent folders. The file appears
     * whole or not at all: a crash or a full disk leaves at most a hidden {@code .*.tmp} sibling, which this
     * method removes when it fails itself.
     */
    public static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING); // same folder: still a rename
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
