package ptprove.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.check.Program;
import ptprove.elaborate.Configurations;
import ptprove.eval.Evaluator;
import ptprove.eval.RegionValue;
import ptprove.ir.Config;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.LayoutReports;
import ptprove.pipeline.SpecFinder;
import ptprove.report.LayoutReport;
import ptprove.syntax.ast.Decl;

/**
 * {@code layout --ranges} against the reference evaluator, exhaustively: on 8-bit addresses every pair of var
 * values is tried, the pairs the vars' where-clauses allow are kept, and each symbolic let and region bound is
 * evaluated under them; the least and greatest values seen must be the solver's, in every configuration.
 * The spec mixes what KASLR layouts do: a draw bounded by the room left, a round-up, a wrapping sum, a mask and a
 * var-dependent choice.
 */
class LayoutRangesOracleTest {
    private static final String SPEC = """
            address_bits 8;
            param ROOM in {0x40, 0x90};
            param PAD in {0x10, 0x18};
            var e0 where aligned(e0, 8) && e0 <= ROOM / 3;
            var e1 where aligned(e1, 8) && e1 <= ROOM && e0 + e1 * 2 <= ROOM;
            let base0 = 0x20 + e0;
            let next  = round_up(base0 + PAD + 1, 0x10);
            let base1 = next + e1;
            let wraps = base1 + 0xc0;
            let low   = (base1 ^ e0) & 0x3c;
            let pick  = e1 > e0 ? base0 : base1;
            region first  = [base0, base0 + PAD);
            region second = [base1, base1 + PAD);
            """;

    @TempDir Path dir;

    @Test
    void theSolversRangesAreTheLeastAndGreatestValuesTheEvaluatorFinds() throws Exception {
        Path spec = Files.writeString(dir.resolve("ranges.ptl"), SPEC);
        CompiledSpec c = Compiler.compile(SpecFinder.findOne(spec.toString(), dir, "test"),
                Configurations.Selection.ALL, Compiler.Want.LAYOUTS);
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        LayoutReport report = LayoutReports.of(c, true);
        assertEquals(4, report.layouts().size());
        for (LayoutReport.Layout l : report.layouts()) {
            assertNull(l.rangeProblem(), l.config().toString());
            assertEquals(exhaustive(c.program(), l.config()), asText(l.ranged()), l.config().toString());
        }
    }

    /** name -> "min..max" (a region: its start's and end's), over every pair of var values the vars allow. */
    private static Map<String, String> exhaustive(Program program, Config config) {
        Map<String, long[]> seen = new LinkedHashMap<>();
        for (long e0 = 0; e0 < 256; e0++) {
            for (long e1 = 0; e1 < 256; e1++) {
                Evaluator ev = new Evaluator(program, config, Map.of("e0", e0, "e1", e1));
                boolean allowed = true;
                for (Decl.Var v : program.vars()) allowed &= ev.truth(v.where(), Map.of());
                if (!allowed) continue;
                for (String let : List.of("base0", "next", "base1", "wraps", "low", "pick")) {
                    see(seen, let, (Long) ev.let(let));
                }
                for (String region : List.of("first", "second")) {
                    RegionValue r = ev.region(region);
                    see(seen, region + " start", r.start());
                    see(seen, region + " end", r.end());
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        seen.forEach((k, v) -> out.put(k, Long.toHexString(v[0]) + ".." + Long.toHexString(v[1])));
        return out;
    }

    private static void see(Map<String, long[]> seen, String name, long value) {
        long[] b = seen.computeIfAbsent(name, k -> new long[] {value, value});
        b[0] = Math.min(b[0], value);
        b[1] = Math.max(b[1], value);
    }

    private static Map<String, String> asText(List<LayoutReport.Ranged> ranged) {
        Map<String, String> out = new LinkedHashMap<>();
        for (LayoutReport.Ranged r : ranged) {
            if (r.isRegion()) {
                out.put(r.name() + " start", text(r.value()));
                out.put(r.name() + " end", text(r.end()));
            } else {
                out.put(r.name(), text(r.value()));
            }
        }
        return out;
    }

    private static String text(LayoutReport.Bounds b) {
        return Long.toHexString(b.min()) + ".." + Long.toHexString(b.max());
    }
}
