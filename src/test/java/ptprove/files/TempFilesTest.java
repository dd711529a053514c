package ptprove.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an exiting process leaves: SIGINT during a run left a cache entry's {@code .tmp} file behind when a worker
 * named it before the hook removed what was open and created it after (cli/SignalTest, seen in CI). Each test
 * exits a registry of its own, not the process's.
 */
class TempFilesTest {
    @TempDir Path tmp;

    @Test
    void exitingWaitsForAWriteInProgress() throws Exception {
        TempFiles.Registry registry = new TempFiles.Registry();
        Path file = tmp.resolve(".entry.json.1.tmp");
        Path target = tmp.resolve("entry.json");
        CountDownLatch named = new CountDownLatch(1);
        CountDownLatch exitStarted = new CountDownLatch(1);
        AtomicLong writtenAt = new AtomicLong();
        Thread writer = new Thread(() -> {
            try {
                registry.startWriting(file);
                named.countDown();
                exitStarted.await();
                Thread.sleep(100); // an exiting JVM would halt while this thread creates the file
                Files.writeString(file, "whole");
                Files.move(file, target);
                Files.deleteIfExists(file);
                writtenAt.set(System.nanoTime());
                registry.doneWriting(file);
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        writer.start();
        named.await();
        exitStarted.countDown();
        registry.removeAllBeforeExit(5_000);
        long removedAt = System.nanoTime();
        writer.join();

        assertTrue(writtenAt.get() != 0 && writtenAt.get() < removedAt, "waited for the write in progress");
        assertEquals("whole", Files.readString(target));
        assertFalse(Files.exists(file));
    }

    @Test
    void nothingNewIsWrittenOrTrackedOnceExiting() throws Exception {
        TempFiles.Registry registry = new TempFiles.Registry();
        Path made = Files.createFile(tmp.resolve("ptprove-cvc5-1.out"));
        registry.removeAllBeforeExit(0);

        assertThrows(IOException.class, () -> registry.startWriting(tmp.resolve(".x.tmp")));
        assertThrows(IOException.class, () -> registry.track(made));
        assertFalse(Files.exists(made), "a file tracked too late is removed by track itself");
    }

    @Test
    void aWriteThatOutlastsTheWaitIsRemovedAnyway() throws Exception {
        TempFiles.Registry registry = new TempFiles.Registry();
        Path file = tmp.resolve(".slow.tmp");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(registry.startWriting(file), "slow");
                written.countDown();
                release.await();
                registry.doneWriting(file);
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        writer.start();
        written.await();
        long start = System.nanoTime();
        registry.removeAllBeforeExit(50);
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        release.countDown();
        writer.join();

        assertFalse(Files.exists(file));
        assertTrue(waited >= 50, "waited for the write first: " + waited + " ms");
    }

    /** A write asked for while the exit waits for another (over its time) refuses instead of starting late. */
    @Test
    void aWriteAskedForWhileTheExitWaitsRefuses() throws Exception {
        TempFiles.Registry registry = new TempFiles.Registry();
        Path slow = registry.startWriting(tmp.resolve(".slow.tmp"));
        Thread exit = new Thread(() -> registry.removeAllBeforeExit(2_000));
        exit.start();
        long until = System.nanoTime() + 5_000_000_000L;
        while (exit.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < until) Thread.sleep(5);
        java.util.concurrent.CompletableFuture<Throwable> late = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                registry.doneWriting(registry.startWriting(tmp.resolve(".late.tmp")));
                return null;
            } catch (IOException e) {
                return e;
            }
        });
        registry.doneWriting(slow); // the exit may go on; the late write must not have started
        exit.join();
        assertTrue(late.get(5, TimeUnit.SECONDS) instanceof IOException, "refused");
    }

    @Test
    void removeAllInAProcessThatGoesOnLeavesItOpen() throws Exception {
        TempFiles.Registry registry = new TempFiles.Registry();
        Path dir = registry.track(Files.createDirectories(tmp.resolve("ptprove-cross-check-1/queries")).getParent());
        Files.writeString(dir.resolve("queries/0.smt2"), "(check-sat)");
        registry.removeAll();

        assertFalse(Files.exists(dir), "a folder goes with everything in it");
        Path next = registry.startWriting(tmp.resolve(".next.tmp"));
        registry.doneWriting(next);
        assertEquals(next, registry.track(next));
    }
}
