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

    @Test
    void aSymbolicLinkIsWrittenThroughAndStays(@TempDir Path tmp) throws IOException {
        Path real = Files.writeString(Files.createDirectories(tmp.resolve("elsewhere")).resolve("x.proof"), "old\n");
        Path link = Files.createSymbolicLink(tmp.resolve("x.proof"), Path.of("elsewhere/x.proof"));
        AtomicFiles.write(link, "new\n");
        assertEquals("new\n", Files.readString(real));
        org.junit.jupiter.api.Assertions.assertTrue(Files.isSymbolicLink(link), "the link is kept");
        Path dangling = Files.createSymbolicLink(tmp.resolve("y.proof"), Path.of("elsewhere/y.proof"));
        AtomicFiles.write(dangling, "made\n");
        assertEquals("made\n", Files.readString(tmp.resolve("elsewhere/y.proof")));
    }

    @Test
    void aFifoOrFolderInTheWayIsRefusedNamingTheTarget(@TempDir Path tmp) throws Exception {
        Path fifo = tmp.resolve("out.c");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        FileProblem p = org.junit.jupiter.api.Assertions.assertThrows(FileProblem.class,
                () -> AtomicFiles.write(fifo, "int main(void) { return 0; }\n"));
        assertEquals("cannot write " + fifo + ": not a regular file (a FIFO, socket or device)", p.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(Files.isRegularFile(fifo), "still a FIFO, not renamed over");
        Path link = Files.createSymbolicLink(tmp.resolve("via-link.c"), fifo);
        org.junit.jupiter.api.Assertions.assertThrows(FileProblem.class, () -> AtomicFiles.write(link, "x"));
        Path folder = Files.createDirectories(tmp.resolve("dir.c"));
        assertEquals("cannot write " + folder + ": a folder is in the way", org.junit.jupiter.api.Assertions
                .assertThrows(FileProblem.class, () -> AtomicFiles.write(folder, "x")).getMessage());
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(List.of(), s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aFileWhereAFolderShouldBeIsNamed(@TempDir Path tmp) throws IOException {
        Path proofs = Files.writeString(tmp.resolve("proofs"), "not a folder\n");
        Path record = proofs.resolve("arm64/hotremove.proof");
        assertEquals("cannot write " + record + ": " + proofs + " is a file, not a folder",
                org.junit.jupiter.api.Assertions.assertThrows(FileProblem.class,
                        () -> AtomicFiles.writeDurably(record, new byte[0])).getMessage());
    }

    /** A relative link's .. is taken after the link folder's own links, as the kernel's path walk does. */
    @Test
    void aRelativeLinkIsResolvedFromItsRealFolder(@TempDir Path tmp) throws IOException {
        Path d = Files.createDirectories(tmp.resolve("real/d"));
        Path dl = Files.createSymbolicLink(tmp.resolve("dl"), d);
        Files.createSymbolicLink(d.resolve("out.c"), Path.of("../x.c"));
        AtomicFiles.write(dl.resolve("out.c"), "through\n");
        assertEquals("through\n", Files.readString(tmp.resolve("real/x.c")));
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(tmp.resolve("x.c")), "not the lexical ..");
    }

    /** A record's place holding a link (planted in a checkout): the link is replaced, its target left alone. */
    @Test
    void aDurableWriteReplacesALinkInsteadOfFollowingIt(@TempDir Path tmp) throws IOException {
        Path outside = Files.writeString(tmp.resolve("bashrc"), "export PS1=x\n");
        Path record = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("proofs")).resolve("x.proof"),
                outside);
        AtomicFiles.writeDurably(record, "theorem t proved\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("export PS1=x\n", Files.readString(outside));
        org.junit.jupiter.api.Assertions.assertFalse(Files.isSymbolicLink(record));
        assertEquals("theorem t proved\n", Files.readString(record));
    }
}
