package ptprove.elaborate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.Program;
import ptprove.ir.Config;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.syntax.ast.Decl;

/**
 * Everything global, evaluated in one configuration, each on first use: params, lets, vars, regions and
 * pagetable geometries. Lets and regions may refer to each other in any order the checker accepted.
 */
final class ConfigContext {
    final Program program;
    final Config config;
    final int width;
    private final PerConfigProblems problems;
    private final Map<Decl.Param, Term> params = new IdentityHashMap<>();
    private final Map<Decl.Let, Term> lets = new IdentityHashMap<>();
    private final Map<Decl.Var, Term.Var> vars = new IdentityHashMap<>();
    private final Map<Decl.Region, Value.Region> regions = new IdentityHashMap<>();
    private final Map<Decl.Pagetable, ConfigGeometry> geometries = new IdentityHashMap<>();
    private List<Value.Region> permanent;
    private final Translator translator;

    /** @param problems where geometry problems go; null when only probing requires */
    ConfigContext(Program program, Config config, PerConfigProblems problems) {
        this.program = program;
        this.config = config;
        this.width = program.width();
        this.problems = problems;
        for (int i = 0; i < program.params().size() && i < config.entries().size(); i++) {
            Config.Entry e = config.entries().get(i);
            params.put(program.params().get(i), e.isBool() ? Terms.bool(e.value() != 0, program.params().get(i).name().span())
                    : Terms.bv(e.value(), width, program.params().get(i).name().span()));
        }
        for (Decl.Var v : program.vars()) vars.put(v, Terms.var(v.name().text(), width, v.name().span()));
        this.translator = new Translator(program, this, null);
    }

    Term param(Decl.Param p) {
        Term t = params.get(p);
        if (t == null) throw new IllegalStateException("param " + p.name().text() + " has no value");
        return t;
    }

    Term let(Decl.Let l) {
        Term t = lets.get(l);
        if (t == null) {
            t = translator.term(l.value(), Map.of());
            lets.put(l, t);
        }
        return t;
    }

    Term.Var var(Decl.Var v) { return vars.get(v); }

    /** An expression the checker made per-configuration (a granule), as a term of this configuration. */
    Term constantTerm(ptprove.syntax.ast.Expr e) { return translator.term(e, Map.of()); }

    Map<Decl.Var, Term.Var> vars() { return vars; }

    Value.Region region(Decl.Region r) {
        Value.Region v = regions.get(r);
        if (v == null) {
            v = new Value.Region(r.name().text(), translator.term(r.start(), Map.of()), translator.term(r.end(), Map.of()));
            regions.put(r, v);
        }
        return v;
    }

    /** Whether the region exists in this configuration ({@code region R = [a, b) if C;}). */
    boolean exists(Decl.Region r) {
        return r.condition() == null || Terms.isTrue(translator.cond(r.condition(), Map.of()));
    }

    /** Regions whose addresses stay mapped in this configuration (tables covering them are never empty). */
    List<Value.Region> permanent() {
        if (permanent == null) {
            List<Value.Region> out = new ArrayList<>();
            for (Decl.Region r : program.regions()) {
                if (r.permanent() != null && exists(r) && Terms.isTrue(translator.cond(r.permanent(), Map.of()))) {
                    out.add(region(r));
                }
            }
            permanent = out;
        }
        return permanent;
    }

    ConfigGeometry geometry(Decl.Pagetable pt) {
        ConfigGeometry g = geometries.get(pt);
        if (g == null) {
            g = buildGeometry(pt);
            geometries.put(pt, g);
        }
        return g;
    }

    private ConfigGeometry buildGeometry(Decl.Pagetable pt) {
        long vaBits = constant(translator.term(pt.vaBits(), Map.of()));
        List<ConfigGeometry.LevelInfo> levels = new ArrayList<>();
        long above = -1;
        boolean broken = false; // after the first problem, later levels are not judged (no cascades)
        for (int i = 0; i < pt.levels().size(); i++) {
            Decl.Level lv = pt.levels().get(i);
            boolean present = lv.condition() == null || Terms.isTrue(translator.cond(lv.condition(), Map.of()));
            long shift = constant(translator.term(lv.shift(), Map.of()));
            if (present) {
                if (!broken) {
                    if (Long.compareUnsigned(shift, width) >= 0) {
                        broken = report(lv.shift(), "level '" + lv.name().text() + "': shift "
                                + Long.toUnsignedString(shift) + " is not below the address width " + width);
                    } else if (above >= 0 && shift >= above) {
                        broken = report(lv.shift(), "level '" + lv.name().text() + "': shift " + shift
                                + " is not below the shift " + above + " of the level above");
                    } else if (i == 0 && (Long.compareUnsigned(vaBits, width) > 0 || Long.compareUnsigned(vaBits, shift) <= 0)) {
                        broken = report(pt.vaBits(), "va_bits " + Long.toUnsignedString(vaBits)
                                + " must be above the top level's shift " + shift + " and at most " + width);
                    }
                }
                if (broken) shift = above >= 0 ? Math.max(0, above - 1) : Math.min(shift, width - 1);
                above = shift;
            } else {
                shift = above;
            }
            levels.add(new ConfigGeometry.LevelInfo(lv.name().text(), i, present, shift));
        }
        return new ConfigGeometry(pt.name().text(), vaBits, levels);
    }

    private boolean report(ptprove.syntax.ast.Node at, String problem) {
        if (problems != null) problems.add(at, problem, config);
        return true;
    }

    private static long constant(Term t) {
        if (!(t instanceof Term.Const c)) throw new IllegalStateException("geometry is not constant: " + t);
        return c.value();
    }
}
