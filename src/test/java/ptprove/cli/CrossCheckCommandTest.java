package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.crosscheck.Cvc5Available;

/** {@code ptprove check --cross-check}: agreement on the goldens, a lying solver, a missing one. */
class CrossCheckCommandTest {
    static final String OK = ExportSmtCommandTest.OK;
    static final String REFUTED = ExportSmtCommandTest.REFUTED;
    private static final Pattern SUMMARY = Pattern.compile(
            "cross-check cvc5 \\S+: (\\d+) agree, 0 disagree, 0 not compared \\(\\d+ distinct quer(y|ies)\\)\n$");

    @TempDir Path tmp;

    private static CliRun check(String root, String... more) {
        return checkPath(root, root, more);
    }

    private static CliRun checkPath(String root, String path, String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--no-timing", "--jobs", "2", "--root", root,
                "--proofs", "target/no-proofs"));
        args.addAll(List.of(more));
        args.add(path);
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void cvc5AgreesOnTheGoldenSpecsAndTheReportIsUnchanged() {
        Cvc5Available.require();
        for (String root : List.of(OK, REFUTED)) {
            CliRun plain = check(root);
            CliRun crossed = check(root, "--cross-check", "cvc5");
            assertEquals(plain.code(), crossed.code(), crossed.toString()); // 0 for ok, 1 for refuted
            assertTrue(crossed.out().startsWith(plain.out()), "the report comes first, as before:\n" + crossed);
            String tail = crossed.out().substring(plain.out().length());
            Matcher m = SUMMARY.matcher(tail);
            assertTrue(m.find() && m.start() == 0, "only the summary line follows:\n" + tail);
            int obligations = 12; // golden/ok and golden/refuted hold 12 obligations each
            assertEquals(obligations, Integer.parseInt(m.group(1)), tail);
            assertTrue(crossed.err().startsWith("cross-checking " + obligations + " obligations with cvc5 "),
                    crossed.err());
        }
        assertEquals(1, check(REFUTED, "--cross-check", "cvc5").code(), "refutations still fail the run");
    }

    @Test
    void jsonGainsACrossCheckObjectAndKeepsEverythingElse() throws IOException {
        Cvc5Available.require();
        CliRun plain = check(REFUTED, "--format", "json");
        CliRun crossed = check(REFUTED, "--format", "json", "--cross-check", "cvc5");
        assertEquals(plain.code(), crossed.code());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode cc = mapper.readTree(crossed.out()).get("crossCheck");
        assertEquals(12, cc.get("agree").asInt(), crossed.out());
        assertEquals(0, cc.get("disagree").asInt());
        assertEquals(12, cc.get("results").size());
        List<String> others = new java.util.ArrayList<>();
        for (JsonNode r : cc.get("results")) others.add(r.get("other").asText());
        assertTrue(others.contains("vacuous"), others.toString()); // the vacuous golden, answered alike
        assertTrue(cc.get("solver").asText().startsWith("cvc5 "));
        // the rest, byte for byte: cut the crossCheck member out of the text
        String text = crossed.out();
        int from = text.indexOf("  \"crossCheck\": {");
        int to = text.indexOf("\n  },\n  \"summary\"", from) + "\n  },\n".length();
        assertEquals(plain.out(), text.substring(0, from) + text.substring(to));
        assertTrue(crossed.err().contains("cross-check cvc5 "), "summary on stderr in JSON mode: " + crossed.err());
    }

    @Test
    void aSolverThatAlwaysSaysSatFailsTheRunWithBothVerdicts() throws IOException {
        Path fake = tmp.resolve("cvc5");
        Files.writeString(fake, "#!/bin/sh\necho sat\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        CliRun r = checkPath(OK, ExportSmtCommandTest.MERGED, "--cross-check=" + fake);
        try {
            assertEquals(70, r.code(), r.toString());
            // theorems Z3 proved are refuted by the liar; examples it witnessed agree
            assertTrue(r.out().contains("cross-check DISAGREE: theorem " + OK + "/merged-policy.ptl layout_is_sane"
                    + " [MID_SHIFT=8]: z3 says proved, cvc5 says refuted: cvc5 answered sat to the query (proved"
                    + " needs unsat)\n"), r.out());
            assertTrue(r.out().contains("cross-check cvc5 (unknown version): 2 agree, 4 disagree, 0 not compared"),
                    r.out());
            assertTrue(r.err().contains("ptprove: cross-check failed: cvc5 and z3 disagree on 4 obligations: one of"
                    + " the solvers, or ptprove's SMT lowering, is wrong."), r.err());
            Matcher script = Pattern.compile("    query: (\\S+layout_is_sane__MID_SHIFT=8\\.smt2)\n").matcher(r.out());
            assertTrue(script.find(), r.out());
            String kept = Files.readString(Path.of(script.group(1)));
            assertTrue(kept.contains("; theorem: layout_is_sane\n; config: MID_SHIFT=8\n"), kept);
        } finally {
            Matcher dir = Pattern.compile("scripts kept in (\\S+)").matcher(r.err());
            if (dir.find()) deleteTree(Path.of(dir.group(1)));
        }
    }

    @Test
    void badValuesAreUsageErrors() {
        CliRun other = check(OK, "--cross-check", "z3");
        assertEquals(2, other.code());
        assertEquals("ptprove: --cross-check z3: unsupported solver; give 'cvc5' or the path to a cvc5 executable\n",
                other.err());
        assertEquals("", other.out(), "nothing solved");
        assertEquals(2, check(OK, "--cross-check", tmp.resolve("nope").toString()).code());
        assertEquals(2, check(OK, "--cross-check", "cvc5", "--cross-check-timeout-ms", "-1").code());
    }

    /** A separate JVM, so PATH can really lack cvc5. */
    @Test
    void withoutCvc5OnPathTheRunStopsBeforeSolvingWithExit2() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", classpath, "ptprove.cli.Main", "check", "--cross-check",
                "cvc5", OK).redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        pb.environment().put("PATH", tmp.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String err = Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), err);
        assertEquals("ptprove: --cross-check cvc5: 'cvc5' not found on PATH (Debian: apt-get install cvc5)\n", err);
        assertEquals("", Files.readString(tmp.resolve("out")));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
