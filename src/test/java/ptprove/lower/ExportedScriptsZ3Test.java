package ptprove.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.cli.Main;

/**
 * What {@code export-smt} writes parses back in Z3 (through its SMT-LIB front end, not the API lowering) and
 * gives the answer {@code check}'s verdict implies: the query sat exactly for refuted and witnessed, the
 * assumptions unsat exactly for vacuous.
 */
class ExportedScriptsZ3Test {
    @TempDir Path out;

    private static String run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        if (code != 0 && code != 1) throw new AssertionError("exit " + code + " for " + String.join(" ", args));
        return o.toString(StandardCharsets.UTF_8);
    }

    private static Status solve(Context ctx, Path file) throws IOException {
        BoolExpr[] assertions = ctx.parseSMTLIB2String(Files.readString(file), null, null, null, null);
        Solver s = ctx.mkSolver();
        s.add(assertions);
        return s.check();
    }

    @Test
    void everyExportedFileGivesTheVerdictsAnswer() throws IOException {
        int checked = 0;
        try (Context ctx = new Context()) {
            for (String root : List.of("src/test/resources/golden/ok", "src/test/resources/golden/refuted")) {
                JsonNode report = new ObjectMapper().readTree(run("check", "--format", "json", "--no-timing",
                        "--root", root, "--proofs", "target/no-proofs", root));
                try (Stream<Path> specs = Files.list(Path.of(root))) {
                    for (Path spec : specs.filter(p -> p.toString().endsWith(".ptl")).toList()) {
                        run("export-smt", "--vacuity", "--root", root, "--out", out.toString(), spec.toString());
                    }
                }
                for (JsonNode r : report.get("results")) {
                    StringBuilder config = new StringBuilder();
                    r.get("config").fields().forEachRemaining(e -> config.append(config.length() == 0 ? "__" : "_")
                            .append(e.getKey()).append('=').append(e.getValue().asText()));
                    String stem = Path.of(r.get("spec").asText()).getFileName().toString().replace(".ptl", "");
                    String base = stem + "/" + r.get("name").asText() + config;
                    String verdict = r.get("verdict").asText();
                    boolean sat = verdict.equals("refuted") || verdict.equals("witnessed");
                    assertEquals(sat ? Status.SATISFIABLE : Status.UNSATISFIABLE,
                            solve(ctx, out.resolve(base + ".smt2")), base + " is " + verdict);
                    assertEquals(verdict.equals("vacuous") ? Status.UNSATISFIABLE : Status.SATISFIABLE,
                            solve(ctx, out.resolve(base + ".assumptions.smt2")), base + " is " + verdict);
                    checked++;
                }
            }
        }
        assertEquals(24, checked);
    }
}
