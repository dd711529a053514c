package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13 item 1, the acceptance script: Ctrl-C during {@code check --record} crashed the JVM inside Z3's SIGINT
 * handler (exit 134, an hs_err file), or was swallowed by it (exit 0, an {@code unknown} "interrupted from
 * keyboard" recorded for a proved obligation). Here 20 SIGINTs (and 2 SIGTERMs) land at random points of a
 * {@code --record} run of a separate JVM over specs/riscv64 (three specs and records, about a second of solving
 * on two cores): each run must exit with 130 (143) within 2 s, leave every record either as it was or exactly as
 * a complete run writes it, and leave no temporary file and no hs_err file.
 *
 * <p>The child is started through {@code env --default-signal=INT} because a JVM that inherits an ignored SIGINT
 * (a background job of a script, Maven under some CI runners) rightly keeps ignoring it.
 */
class SignalTest {
    private static final int SIGNALS = 20;
    @TempDir Path tmp;

    @Test
    @Tag("slow") // about 35 s: 22 JVMs
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void everySignalStopsTheRunCleanlyWithinTwoSeconds() throws Exception {
        Files.createDirectories(tmp.resolve("specs"));
        for (String f : List.of("geometry.ptl", "hotremove.ptl", "layout.ptl")) {
            Files.createDirectories(tmp.resolve("specs/riscv64"));
            Files.copy(Path.of("specs/riscv64", f), tmp.resolve("specs/riscv64").resolve(f));
        }
        long start = System.nanoTime();
        Process full = child().start();
        assertEquals(0, full.waitFor(), "an uninterrupted --record run");
        long fullMillis = (System.nanoTime() - start) / 1_000_000;
        Map<Path, byte[]> fresh = records();
        assertEquals(3, fresh.size());
        Map<Path, byte[]> stale = stale(fresh);

        Random random = new Random(13);
        int interrupted = 0;
        List<String> log = new ArrayList<>();
        for (int attempt = 0; interrupted < SIGNALS + 2 && attempt < 60; attempt++) {
            String signal = interrupted < SIGNALS ? "INT" : "TERM";
            restore(stale);
            // compiling, solving, recording: from JVM_START_MILLIS on. Before the JVM has started ptprove a
            // signal meets the JVM's own start-up (seen once on a loaded CI machine: exit 1 at 59 ms), which
            // no Java code can handle; docs/cli.md (Guarantees) says so.
            long delay = JVM_START_MILLIS + (long) (random.nextDouble() * (fullMillis * 0.7 - JVM_START_MILLIS));
            Outcome o = interruptAfter(delay, signal);
            log.add(signal + " after " + delay + " ms: " + o);
            if (o.exitedFirst) continue; // finished before the signal was sent: nothing to test
            assertTrue(o.stoppedIn < 2000, "stopped within 2 s: " + log);
            assertEquals(signal.equals("INT") ? 130 : 143, o.exit, "exit status: " + log);
            assertRecordsOldOrNew(stale, fresh, log);
            assertNoLeftovers(log);
            interrupted++;
        }
        assertEquals(SIGNALS + 2, interrupted, "signals that reached a running check: " + log);
    }

    /** Ample time for a JVM to reach ptprove's main on a loaded 2-core machine. */
    private static final long JVM_START_MILLIS = 400;

    private record Outcome(boolean exitedFirst, int exit, long stoppedIn) {
        @Override public String toString() {
            return exitedFirst ? "finished first" : "exit " + exit + " after " + stoppedIn + " ms";
        }
    }

    private Outcome interruptAfter(long delayMillis, String signal) throws Exception {
        Process p = child().start();
        if (p.waitFor(delayMillis, TimeUnit.MILLISECONDS)) return new Outcome(true, p.exitValue(), 0);
        long sent = System.nanoTime();
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor());
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("still running 10 s after SIG" + signal);
        }
        return new Outcome(false, p.exitValue(), (System.nanoTime() - sent) / 1_000_000);
    }

    /** {@code check --record} in a JVM of its own, in the workspace, with SIGINT at its default. */
    private ProcessBuilder child() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder("env", "--default-signal=INT", java, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xss8m", "-cp", System.getProperty("java.class.path"),
                "ptprove.cli.Main", "check", "--record", "--jobs", "2", "--cache", "cache", "--no-timing", "specs")
                .directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.txt").toFile());
    }

    private Map<Path, byte[]> records() throws IOException {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(tmp.resolve("proofs"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".proof")).sorted().toList()) {
                out.put(p, Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** Each record with one verdict flipped: a complete run rewrites every one of them. */
    private static Map<Path, byte[]> stale(Map<Path, byte[]> fresh) {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        fresh.forEach((p, bytes) -> {
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            out.put(p, text.replaceFirst(" proved ", " refuted ").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        return out;
    }

    private static void restore(Map<Path, byte[]> records) throws IOException {
        for (Map.Entry<Path, byte[]> e : records.entrySet()) Files.write(e.getKey(), e.getValue());
    }

    private void assertRecordsOldOrNew(Map<Path, byte[]> stale, Map<Path, byte[]> fresh, List<String> log)
            throws IOException {
        Map<Path, byte[]> now = records();
        assertEquals(fresh.keySet(), now.keySet(), log.toString());
        for (Path p : fresh.keySet()) {
            boolean old = java.util.Arrays.equals(now.get(p), stale.get(p));
            boolean complete = java.util.Arrays.equals(now.get(p), fresh.get(p));
            assertTrue(old || complete, p + " is neither the old record nor a complete one: " + log);
        }
    }

    private void assertNoLeftovers(List<String> log) throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            List<Path> left = s.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".tmp") || name.startsWith("hs_err") || name.startsWith("ptprove-");
            }).toList();
            assertEquals(List.of(), left, "temporary or crash files: " + log);
        }
    }
}
