package ptprove.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.check.Program;
import ptprove.ir.Config;
import ptprove.syntax.ast.Decl;

/**
 * Concrete layouts per configuration, to cross-check {@code ptprove layout}: every numeric let and region whose
 * value reads no {@code var}; those that do are listed by name as symbolic (lets first, then regions, each in
 * program order). Boolean lets are not part of a layout.
 */
public final class Layouts {
    private Layouts() {}

    public record Constant(String name, long value) {}
    public record Region(String name, long start, long end, boolean permanent) {}
    public record Layout(Config config, List<Constant> constants, List<Region> regions, List<String> symbolic) {
        public Layout {
            constants = List.copyOf(constants);
            regions = List.copyOf(regions);
            symbolic = List.copyOf(symbolic);
        }
    }

    /** One layout per configuration of {@link ConfigSpace#enumerate}. */
    public static List<Layout> all(Program program) {
        List<Layout> out = new ArrayList<>();
        for (Config c : ConfigSpace.enumerate(program)) out.add(of(program, c));
        return out;
    }

    public static Layout of(Program program, Config config) {
        Evaluator ev = new Evaluator(program, config, Map.of());
        List<Constant> constants = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        List<String> symbolic = new ArrayList<>();
        for (Decl.Let l : program.lets()) {
            try {
                Object v = ev.let(l);
                if (v instanceof Long n) constants.add(new Constant(l.name().text(), n));
            } catch (EvalException e) {
                if (e.reason() != EvalException.Reason.UNBOUND) throw e;
                if (!isBool(program, l)) symbolic.add(l.name().text());
            }
        }
        for (Decl.Region r : program.regions()) {
            if (!ev.exists(r)) continue; // absent from this configuration
            boolean permanent = r.permanent() != null && ev.truth(r.permanent(), Env.empty());
            try {
                RegionValue v = ev.region(r);
                regions.add(new Region(v.name(), v.start(), v.end(), permanent));
            } catch (EvalException e) {
                if (e.reason() != EvalException.Reason.UNBOUND) throw e;
                symbolic.add(r.name().text());
            }
        }
        return new Layout(config, constants, regions, symbolic);
    }

    private static boolean isBool(Program program, Decl.Let l) {
        return program.type(l.value()) == ptprove.check.Type.BOOL;
    }
}
