package ptprove.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @Test
    void atomicWritesReplaceWholeFilesAndLeaveNoTemporaries(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("a/b/x.smt2");
        AtomicFiles.write(f, "one\n");
        AtomicFiles.write(f, "two\n");
        assertEquals("two\n", Files.readString(f));
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(List.of(f), s.filter(Files::isRegularFile).toList());
        }
        Path dir = Files.createDirectories(tmp.resolve("occupied.smt2/inner"));
        // a folder where the file should go: the write fails and leaves no temporary behind
        Path target = dir.getParent();
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> AtomicFiles.write(target, "x"));
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(List.of(f), s.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void durableWritesReplaceTooAndLeaveNoTemporaries(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("proofs/x.proof");
        AtomicFiles.writeDurably(f, "one\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        AtomicFiles.writeDurably(f, "two\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("two\n", Files.readString(f));
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(List.of(f), s.filter(Files::isRegularFile).toList());
        }
    }
}
