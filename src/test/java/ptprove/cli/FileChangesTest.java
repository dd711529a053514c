package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileChanges} on a real folder: which files start a batch, and that closing ends the wait. */
class FileChangesTest {
    @TempDir Path dir;

    @Test
    void aSpecChangeIsReportedAndOtherFilesAreNot() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (FileChanges changes = new FileChanges(() -> Set.of(specs))) {
            Future<List<Path>> next = pool.submit(changes::next); // the folder is watched since construction
            Files.writeString(specs.resolve(".a.ptl.swp"), "x");      // an editor's swap file
            Files.writeString(specs.resolve("notes.txt"), "x");
            Files.writeString(specs.resolve("a.ptl"), "theorem t: true;");
            assertEquals(List.of(specs.resolve("a.ptl")), next.get(30, TimeUnit.SECONDS));
            Future<List<Path>> after = pool.submit(changes::next);
            Thread.sleep(300);
            changes.close();
            assertNull(after.get(30, TimeUnit.SECONDS), "closing ends the wait");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewFolderIsAChangeAndIsWatchedFromThenOn() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (FileChanges changes = new FileChanges(() -> FileChanges.foldersBelow(List.of(specs)))) {
            Future<List<Path>> next = pool.submit(changes::next);
            Path riscv = Files.createDirectories(specs.resolve("riscv64"));
            assertEquals(List.of(riscv), next.get(30, TimeUnit.SECONDS));
            Future<List<Path>> then = pool.submit(changes::next);
            long until = System.nanoTime() + 30_000_000_000L;
            while (!then.isDone() && System.nanoTime() < until) { // written until the wait watches the folder
                Files.writeString(riscv.resolve("layout.ptl"), "theorem t: true;");
                Thread.sleep(200);
            }
            assertEquals(List.of(riscv.resolve("layout.ptl")), then.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    /** An import deleted (git stash) is watched for: its folder stays in the watch, so its return is a change. */
    @Test
    void theFolderOfADeletedImportIsStillWatched() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.createDirectories(specs.resolve("lib"));
        Path main = Files.writeString(specs.resolve("main.ptl"), "import \"lib/toy.ptl\";\ntheorem t: true;\n");
        Set<Path> folders = FileChanges.foldersOf(List.of(main.toString()), specs, dir.resolve("proofs"));
        assertTrue(folders.contains(specs.resolve("lib").toAbsolutePath().normalize()), folders.toString());
        Files.delete(specs.resolve("lib"));
        folders = FileChanges.foldersOf(List.of(main.toString()), specs, dir.resolve("proofs"));
        assertTrue(folders.contains(specs.toAbsolutePath().normalize()), "the nearest folder that exists");
    }

    @Test
    void relevantNames() {
        assertTrue(FileChanges.relevant(Path.of("specs/arm64/hotremove.ptl")));
        assertTrue(FileChanges.relevant(Path.of("proofs/arm64/hotremove.proof")));
        assertFalse(FileChanges.relevant(Path.of("specs/.hotremove.ptl.swp")));
        assertFalse(FileChanges.relevant(Path.of("specs/.#hotremove.ptl")));
        assertFalse(FileChanges.relevant(Path.of("specs/hotremove.ptl~")));
    }

    @Test
    void foldersBelowLeaveOutHiddenOnes() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.createDirectories(specs.resolve("arm64"));
        Files.createDirectories(specs.resolve(".git"));
        assertEquals(Set.of(specs, specs.resolve("arm64")), FileChanges.foldersBelow(List.of(specs, dir.resolve("no"))));
    }
}
