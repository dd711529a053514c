package ptprove.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writing files so that a reader never sees half of one: write a temporary sibling, then rename it over the
 * target (same folder, so the rename stays on one file system). Used for exported scripts, cache entries and
 * proof records.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes {@code text} to {@code target}, replacing it if present, creating parent folders. The file appears
     * whole or not at all: a crash or a full disk leaves at most a hidden {@code .*.tmp} sibling, which this
     * method removes when it fails itself.
     */
    public static void write(Path target, String text) throws IOException {
        replace(target, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * As {@link #write}, and the contents reach the disk before the rename becomes visible: for files a user
     * keeps (proof records), not for ones that are checked on reading anyway (cache entries).
     */
    public static void writeDurably(Path target, byte[] bytes) throws IOException {
        replace(target, bytes, true);
    }

    private static void replace(Path target, byte[] bytes, boolean sync) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                if (sync) ch.force(true);
            }
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
