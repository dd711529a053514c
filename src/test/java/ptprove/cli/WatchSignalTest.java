package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C ends {@code check --watch} as it ends a check: a separate JVM watching specs/riscv64 gets SIGINT while it
 * waits for changes and exits with 130 within two seconds. (Started through {@code env --default-signal=INT}, as
 * in {@link SignalTest}: a JVM that inherits an ignored SIGINT keeps ignoring it.)
 */
class WatchSignalTest {
    @TempDir Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void ctrlCWhileWaitingExitsWith130() throws Exception {
        Files.createDirectories(tmp.resolve("specs/riscv64"));
        for (String f : new String[] {"geometry.ptl", "layout.ptl"}) {
            Files.copy(Path.of("specs/riscv64", f), tmp.resolve("specs/riscv64").resolve(f));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = tmp.resolve("out.txt");
        Process child = new ProcessBuilder("env", "--default-signal=INT", java, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xss8m", "-cp", System.getProperty("java.class.path"), "ptprove.cli.Main",
                "check", "--watch", "--jobs", "2", "--cache", "cache", "--no-timing", "specs")
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            long until = System.nanoTime() + 90_000_000_000L;
            while (!Files.readString(out, StandardCharsets.UTF_8).contains("watching for changes")) {
                assertTrue(child.isAlive() && System.nanoTime() < until, Files.readString(out));
                Thread.sleep(50);
            }
            long sent = System.nanoTime();
            new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
            assertTrue(child.waitFor(2, TimeUnit.SECONDS), "still running 2 s after SIGINT");
            assertEquals(130, child.exitValue(), Files.readString(out));
            assertTrue((System.nanoTime() - sent) / 1_000_000 < 2000);
        } finally {
            child.destroyForcibly();
        }
    }
}
