package ptprove.elaborate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.ir.Config;
import ptprove.ir.Deadline;
import ptprove.ir.Explainable;
import ptprove.ir.Obligation;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * The elaboration stage: a checked {@link Program} to one {@link Obligation} per (property × configuration), or
 * to concrete {@link Layout}s. Problems that only show in some configuration (a region ending below its start,
 * ill-formed geometry) are reported with that configuration.
 */
public final class Elaborator {
    private Elaborator() {}

    /** Obligations in property order, then configuration order. {@code spec} is the path shown to users. */
    public static List<Obligation> obligations(Program program, String spec, Configurations.Selection selection,
                                               Diagnostics diags) throws Configurations.BadSelection {
        return obligations(program, spec, selection, diags, 0);
    }

    /**
     * As {@link #obligations(Program, String, Configurations.Selection, Diagnostics)}, each obligation elaborated
     * within {@code timeoutMs} of wall clock (0: unbounded): one that runs out is listed
     * {@linkplain Obligation#unelaborated unelaborated}, and its outcome will be unknown (timeout).
     */
    public static List<Obligation> obligations(Program program, String spec, Configurations.Selection selection,
                                               Diagnostics diags, long timeoutMs)
            throws Configurations.BadSelection {
        List<ConfigContext> contexts = contexts(program, selection, diags);
        List<Obligation> out = new ArrayList<>();
        for (Decl.Property p : program.properties()) {
            int before = out.size();
            for (ConfigContext ctx : contexts) {
                Obligation o = withinBudget(program, spec, p, ctx, out.size(), timeoutMs);
                if (o != null) out.add(o);
            }
            if (out.size() == before && !contexts.isEmpty()) {
                diags.warning(DiagnosticCode.NO_SUCH_CONFIGURATION, p.name().span(), p.kind().keyword() + " '"
                        + p.name().text() + "' applies to no configuration" + (selection.values().isEmpty()
                        ? " (" + excludedBy(program, p) + " excludes them all)" : " selected by --config")
                        + "; nothing is checked");
            }
        }
        return out;
    }

    /** What restricts a property: its own 'if', the conditions of the regions it uses, or both. */
    private static String excludedBy(Program program, Decl.Property p) {
        List<String> regions = program.conditionalRegions(p).stream().map(r -> "'" + r.name().text() + "'").toList();
        String byRegions = (regions.size() == 1 ? "the condition of region " : "the conditions of regions ")
                + String.join(", ", regions);
        if (regions.isEmpty()) return "its 'if' condition";
        return p.condition() == null ? byRegions : "its 'if' condition with " + byRegions;
    }

    /**
     * The property {@code p} in every selected configuration it applies to, elaborated with a selector for each
     * spec element its proof may rest on (see {@link Explainable}). The ordinary obligation is unchanged.
     */
    public static List<Explainable> explainables(Program program, String spec, Decl.Property p,
                                                 Configurations.Selection selection, Diagnostics diags)
            throws Configurations.BadSelection {
        List<ConfigContext> contexts = contexts(program, selection, diags);
        List<Explainable> out = new ArrayList<>();
        int index = program.properties().indexOf(p);
        for (ConfigContext ctx : contexts) {
            Tracking tracking = new Tracking();
            Obligation o = obligation(program, spec, p, ctx, index, tracking);
            if (o != null) out.add(new Explainable(o, tracking.tracked()));
        }
        return out;
    }

    /** Concrete layouts, one per selected configuration. */
    public static List<Layout> layouts(Program program, Configurations.Selection selection, Diagnostics diags)
            throws Configurations.BadSelection {
        List<Config> configs = Configurations.enumerate(program, selection, diags);
        List<ConfigContext> contexts = contexts(program, configs, diags);
        List<Layout> out = new ArrayList<>();
        for (ConfigContext ctx : contexts) {
            Config c = ctx.config;
            List<Layout.Constant> constants = new ArrayList<>();
            List<Layout.Symbolic> symbolic = new ArrayList<>();
            for (Decl.Let l : program.lets()) {
                Term t = ctx.let(l);
                if (t instanceof Term.Const k) constants.add(new Layout.Constant(l.name().text(), k.value()));
                else if (!t.isBool()) symbolic.add(new Layout.Symbolic(l.name().text(), t, null));
            }
            List<Layout.Region> regions = new ArrayList<>();
            Set<Decl.Region> permanent = new HashSet<>();
            for (Decl.Region r : program.regions()) {
                if (r.permanent() != null && ctx.permanent().contains(ctx.region(r))) permanent.add(r);
            }
            for (Decl.Region r : program.regions()) {
                if (!ctx.exists(r)) continue; // absent from this configuration: not part of its layout
                Value.Region v = ctx.region(r);
                if (v.start() instanceof Term.Const s && v.end() instanceof Term.Const e) {
                    regions.add(new Layout.Region(r.name().text(), s.value(), e.value(), permanent.contains(r)));
                } else {
                    symbolic.add(new Layout.Symbolic(r.name().text(), v.start(), v.end()));
                }
            }
            out.add(new Layout(c, constants, regions, symbolic, varFacts(program, ctx), tables(program, ctx)));
        }
        return out;
    }

    /** Every var's where-clause in this configuration: what a symbolic let's values range over. */
    private static Term varFacts(Program program, ConfigContext ctx) {
        Translator tr = new Translator(program, ctx, new Translator.Variables(), null);
        List<Term> facts = new ArrayList<>();
        for (Decl.Var v : program.vars()) {
            if (v.where() != null) tr.whereFacts(v.where(), Map.of(), facts);
        }
        return Terms.and(facts, ptprove.source.Span.SYNTHETIC);
    }

    private static List<Layout.Table> tables(Program program, ConfigContext ctx) {
        List<Layout.Table> tables = new ArrayList<>();
        for (Decl.Pagetable pt : program.pagetables()) {
            ConfigGeometry g = ctx.geometry(pt);
            List<Layout.Level> levels = new ArrayList<>();
            for (ConfigGeometry.LevelInfo l : g.present()) {
                levels.add(new Layout.Level(l.name(), l.shift(), g.entries(l.ordinal())));
            }
            tables.add(new Layout.Table(g.name(), g.vaBits(), levels));
        }
        return tables;
    }

    /** The contexts of the selected configurations, or none when enumerating or checking them found errors. */
    private static List<ConfigContext> contexts(Program program, Configurations.Selection selection,
                                                Diagnostics diags) throws Configurations.BadSelection {
        List<Config> configs = Configurations.enumerate(program, selection, diags);
        if (diags.hasErrors()) return List.of();
        List<ConfigContext> contexts = contexts(program, configs, diags);
        return diags.hasErrors() ? List.of() : contexts;
    }

    /**
     * One context per configuration, checked for what only shows per configuration: geometry (built here, so
     * its problems surface) and inverted regions. Each problem is reported once, naming the first configuration
     * where it occurs and how many more there are.
     */
    private static List<ConfigContext> contexts(Program program, List<Config> configs, Diagnostics diags) {
        PerConfigProblems geometry = new PerConfigProblems(DiagnosticCode.BAD_GEOMETRY);
        PerConfigProblems inverted = new PerConfigProblems(DiagnosticCode.REGION_INVERTED);
        PerConfigProblems badGranule = new PerConfigProblems(DiagnosticCode.BAD_GRANULE);
        PerConfigProblems granules = new PerConfigProblems(DiagnosticCode.GRANULE_MISMATCH);
        List<ConfigContext> out = new ArrayList<>();
        for (Config c : configs) {
            ConfigContext ctx = new ConfigContext(program, c, geometry);
            for (Decl.Pagetable pt : program.pagetables()) ctx.geometry(pt);
            for (Decl.Region r : program.regions()) {
                if (!ctx.exists(r)) continue; // bounds of an absent region mean nothing
                Value.Region v = ctx.region(r);
                if (v.start() instanceof Term.Const s && v.end() instanceof Term.Const e
                        && e.value() != 0 && Long.compareUnsigned(e.value(), s.value()) < 0) {
                    inverted.add(r.name(), "region '" + r.name().text() + "' ends (0x"
                            + Long.toUnsignedString(e.value(), 16) + ") below its start (0x"
                            + Long.toUnsignedString(s.value(), 16) + ")", c);
                }
            }
            GranuleRules.check(program, ctx, badGranule, granules);
            out.add(ctx);
        }
        geometry.reportTo(diags);
        inverted.reportTo(diags);
        badGranule.reportTo(diags);
        granules.reportTo(diags);
        return out;
    }

    /**
     * One obligation elaborated on this thread's {@link Deadline}: inlining fns whose arguments differ at every call
     * builds exponentially many terms, so elaboration alone can outlast {@code --timeout-ms} (issue #13, item 12).
     */
    private static Obligation withinBudget(Program program, String spec, Decl.Property p, ConfigContext ctx,
                                           int index, long timeoutMs) {
        if (timeoutMs <= 0) return obligation(program, spec, p, ctx, index, null);
        Deadline.start(timeoutMs);
        try {
            return obligation(program, spec, p, ctx, index, null);
        } catch (Deadline.Expired e) {
            return Obligation.unelaborated(spec, index, p.name().text(), kind(p), p.name().span(), ctx.config,
                    ctx.width);
        } finally {
            Deadline.clear();
        }
    }

    private static Obligation.Kind kind(Decl.Property p) {
        return p.kind() == Decl.PropertyKind.THEOREM ? Obligation.Kind.THEOREM : Obligation.Kind.EXAMPLE;
    }

    private static Obligation obligation(Program program, String spec, Decl.Property p, ConfigContext ctx, int index,
                                         Tracking tracking) {
        Translator.Variables vars = new Translator.Variables();
        Translator tr = new Translator(program, ctx, vars, tracking);
        if (p.condition() != null && !Terms.isTrue(tr.cond(p.condition(), Map.of()))) return null;
        // a property that uses a region absent from this configuration does not apply here
        for (Decl.Region r : program.conditionalRegions(p)) if (!ctx.exists(r)) return null;
        List<Term> assumptions = new ArrayList<>();
        for (Decl.Var v : program.vars()) {
            vars.add(ctx.var(v), Obligation.Origin.VAR);
            if (v.where() != null) tr.whereFacts(v.where(), Map.of(), assumptions);
        }
        boolean theorem = p.kind() == Decl.PropertyKind.THEOREM;
        Expr body = p.body();
        Term claim;
        if (body instanceof Expr.Quant q && strippable(program, q, theorem)) {
            java.util.Map<Symbol.LocalSym, Value> env = new java.util.HashMap<>();
            for (Expr.Binder b : q.binders()) tr.bindValue(b, env, assumptions);
            if (q.where() != null) tr.whereFacts(q.where(), env, assumptions);
            claim = tr.cond(q.body(), env);
        } else {
            claim = tr.cond(body, Map.of());
        }
        return new Obligation(spec, index, p.name().text(), kind(p), p.name().span(), ctx.config, ctx.width,
                vars.list, Terms.and(assumptions, p.span()), claim);
    }

    /** The outermost quantifier of a theorem (forall) or example (exists) over values only. */
    private static boolean strippable(Program program, Expr.Quant q, boolean theorem) {
        if ((q.quantifier() == Expr.Quantifier.FORALL) != theorem) return false;
        for (Expr.Binder b : q.binders()) {
            if (b.domain() instanceof Expr.EnumSet) return false;
            if (b.domain() instanceof Expr.NamedSet ns && program.symbol(ns) instanceof Symbol.PagetableSym) return false;
        }
        return true;
    }
}
