package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.crosscheck.Answer;
import ptprove.crosscheck.Cvc5;
import ptprove.crosscheck.Cvc5Available;

/** {@code ptprove export-smt}: which files, what is in them, and the errors. */
class ExportSmtCommandTest {
    static final String OK = "src/test/resources/golden/ok";
    static final String REFUTED = "src/test/resources/golden/refuted";
    static final String MERGED = OK + "/merged-policy.ptl";

    @TempDir Path out;

    static List<String> files(Path root) throws IOException {
        if (!Files.exists(root)) return List.of();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    static CliRun export(Path out, String root, String spec, String... more) {
        List<String> args = new ArrayList<>(List.of("export-smt", "--root", root, "--out", out.toString()));
        args.addAll(List.of(more));
        args.add(spec);
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void writesOneNamedFilePerObligationAndNothingElse() throws IOException {
        CliRun r = export(out, OK, MERGED, "--vacuity");
        assertEquals(0, r.code(), r.toString());
        assertEquals("wrote 12 SMT-LIB files for 6 obligations of " + MERGED + " to " + out.resolve("merged-policy")
                + "\n", r.out());
        assertEquals("", r.err());
        List<String> expected = new ArrayList<>();
        for (String name : List.of("layout_is_sane", "merged_policy_frees_something", "vmemmap_free_spares_vmalloc")) {
            for (String shift : List.of("10", "8")) {
                expected.add("merged-policy/" + name + "__MID_SHIFT=" + shift + ".assumptions.smt2");
                expected.add("merged-policy/" + name + "__MID_SHIFT=" + shift + ".smt2");
            }
        }
        assertEquals(expected, files(out), "no temporaries, nothing extra");

        String text = Files.readString(out.resolve("merged-policy/vmemmap_free_spares_vmalloc__MID_SHIFT=8.smt2"));
        for (String line : List.of("; spec: " + MERGED + "\n", "; theorem: vmemmap_free_spares_vmalloc\n",
                "; config: MID_SHIFT=8\n", "; sat   = refuted", "; unsat = proved", "Vacuity is a separate question",
                "(set-logic QF_BV)\n", "(check-sat)\n")) {
            assertTrue(text.contains(line), "missing " + line + " in\n" + text);
        }

        // again: same bytes, files replaced in place
        CliRun again = export(out, OK, MERGED, "--vacuity");
        assertEquals(0, again.code());
        assertEquals(text, Files.readString(out.resolve("merged-policy/vmemmap_free_spares_vmalloc__MID_SHIFT=8.smt2")));
        assertEquals(expected, files(out));
    }

    @Test
    void theoremAndConfigSelectWhatIsWritten() throws IOException {
        CliRun r = export(out, OK, MERGED, "--theorem", "layout_is_sane", "--config", "MID_SHIFT=8");
        assertEquals(0, r.code(), r.toString());
        assertEquals(List.of("merged-policy/layout_is_sane__MID_SHIFT=8.smt2"), files(out));
    }

    @Test
    void usageErrorsExit2AndWriteNothing() throws IOException {
        CliRun noTheorem = export(out, OK, MERGED, "--theorem", "nope");
        assertEquals(2, noTheorem.code(), noTheorem.toString());
        assertTrue(noTheorem.err().startsWith("ptprove: --theorem nope: no such theorem or example in " + MERGED
                + " (it has: "), noTheorem.err());
        assertEquals(2, export(out, OK, MERGED, "--config", "NOPE=1").code());
        assertEquals(2, export(out, OK, OK).code(), "a folder");
        assertEquals(2, export(out, OK, OK + "/missing.ptl").code());
        assertEquals(2, CliRun.of("export-smt", MERGED).code(), "--out is required");
        Path file = Files.writeString(out.resolve("a-file"), "");
        CliRun notFolder = export(file, OK, MERGED);
        assertEquals(2, notFolder.code());
        assertEquals("ptprove: --out " + file + ": not a folder\n", notFolder.err());
        assertEquals(List.of("a-file"), files(out));
    }

    @Test
    void specErrorsExit3WithTheDiagnostic() throws IOException {
        String errors = "src/test/resources/golden/errors";
        CliRun r = export(out, errors, errors + "/ptl0202-unknown-name.ptl");
        assertEquals(3, r.code(), r.toString());
        assertTrue(r.err().contains("error[PTL0202]"), r.err());
        assertEquals(List.of(), files(out));
    }

    @Test
    void helpShowsExamples() {
        CliRun r = CliRun.of("export-smt", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Examples:\n  ptprove export-smt specs/arm64/layout.ptl --out smt\n"), r.out());
        String words = r.out().replaceAll("\\s+", " ");
        assertTrue(words.contains("For a theorem, sat means refuted and unsat means proved; for an example, sat"
                + " means witnessed and unsat means unwitnessed. Vacuity"), words);
        for (String line : r.out().split("\n")) assertTrue(line.length() <= 80, "too wide: " + line);
    }

    /** Every exported query, and every assumptions query, answered by cvc5 as check's verdict implies. */
    @Test
    void cvc5AnswersEachExportedFileAsTheVerdictSays() throws IOException {
        Cvc5 cvc5 = Cvc5Available.require();
        int checked = 0;
        for (String root : List.of(OK, REFUTED)) {
            CliRun check = CliRun.of("check", "--format", "json", "--no-timing", "--root", root, "--proofs",
                    "target/no-proofs", root);
            JsonNode report = new ObjectMapper().readTree(check.out());
            Path dir = Files.createDirectories(out.resolve(Path.of(root).getFileName().toString()));
            try (Stream<Path> specs = Files.list(Path.of(root))) {
                for (Path spec : specs.filter(p -> p.toString().endsWith(".ptl")).toList()) {
                    assertEquals(0, export(dir, root, spec.toString(), "--vacuity").code());
                }
            }
            for (JsonNode result : report.get("results")) {
                String spec = result.get("spec").asText();
                String stem = Path.of(spec).getFileName().toString().replace(".ptl", "");
                StringBuilder config = new StringBuilder();
                result.get("config").fields().forEachRemaining(e ->
                        config.append(config.length() == 0 ? "__" : "_").append(e.getKey()).append('=').append(e.getValue().asText()));
                String base = stem + "/" + result.get("name").asText() + config;
                String verdict = result.get("verdict").asText();
                Answer.Kind query = cvc5.solve(dir.resolve(base + ".smt2"), 60_000).kind();
                Answer.Kind assumptions = cvc5.solve(dir.resolve(base + ".assumptions.smt2"), 60_000).kind();
                boolean sat = verdict.equals("refuted") || verdict.equals("witnessed");
                assertEquals(sat ? Answer.Kind.SAT : Answer.Kind.UNSAT, query, base + " is " + verdict);
                assertEquals(verdict.equals("vacuous") ? Answer.Kind.UNSAT : Answer.Kind.SAT, assumptions,
                        base + " is " + verdict);
                checked++;
            }
        }
        assertEquals(24, checked, "12 ok and 12 refuted obligations");
        assertFalse(files(out).stream().anyMatch(f -> f.contains(".tmp")));
    }
}
