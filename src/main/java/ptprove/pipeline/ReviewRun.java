package ptprove.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.bind.Canonical;
import ptprove.bind.KernelTree;
import ptprove.bind.TreeBinding;
import ptprove.cache.ResultCache;
import ptprove.check.Checker;
import ptprove.check.Program;
import ptprove.elaborate.Configurations;
import ptprove.elaborate.Elaborator;
import ptprove.eval.Layouts;
import ptprove.eval.SharedTables;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.replay.Replayer;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Review;
import ptprove.solve.Budget;
import ptprove.solve.Prover;
import ptprove.solve.SolverOptions;
import ptprove.source.Diagnostic;
import ptprove.source.Diagnostics;

/**
 * {@code ptprove review PATCH --kernel DIR}: the same specs against the tree and against the tree with the patch
 * applied (in memory; the tree is never written). A spec whose bound values and functions the patch leaves
 * alone cannot change verdict and is not solved again; for the others both sides are compiled with the tree's
 * values, solved in one prover (a query both sides share is solved once) and compared obligation by obligation.
 * Layout values and shared table pages are compared per configuration with the reference evaluator.
 */
public final class ReviewRun {
    private final KernelTree base;
    private final KernelTree patched;
    private final String patchName;
    private final int jobs;
    private final Budget budget;
    private final String toolVersion;

    public ReviewRun(KernelTree base, KernelTree patched, String patchName, int jobs, Budget budget, String toolVersion) {
        this.base = base;
        this.patched = patched;
        this.patchName = patchName;
        this.jobs = jobs;
        this.budget = budget;
        this.toolVersion = toolVersion;
    }

    /** One spec's two sides, compiled. */
    private record Sides(SpecInput in, Program before, Program after, List<Obligation> beforeObligations,
                         List<Obligation> afterObligations, List<Config> configs, String selection) {}

    private final Map<String, Review.LayoutChange> layout = new LinkedHashMap<>();
    private final Map<String, Review.SharingChange> sharing = new LinkedHashMap<>();
    private final Map<String, Review.FnChange> fns = new LinkedHashMap<>();
    private final List<String> unaffected = new ArrayList<>();
    private int untouched;
    private final List<String> unbound = new ArrayList<>();
    private final Diagnostics diags = new Diagnostics();
    private final Set<Config> configs = new LinkedHashSet<>();
    private String selection = "";

    public Review.Report run(List<SpecInput> inputs) {
        List<Sides> changed = new ArrayList<>();
        for (SpecInput in : inputs) {
            Sides s = sides(in);
            if (s != null) changed.add(s);
        }
        List<Review.Flip> flips = new ArrayList<>();
        List<Review.SpecSummary> checked = new ArrayList<>();
        if (!diags.hasErrors()) solve(changed, flips, checked);
        flips.sort((x, y) -> Boolean.compare(x.after().verdict().isSuccess(), y.after().verdict().isSuccess()));
        return new Review.Report(patchName, base.display(), base.version(), List.copyOf(patched.patchedFiles()),
                selection, configs.size(), fixed(), List.copyOf(layout.values()), List.copyOf(sharing.values()),
                List.copyOf(fns.values()), flips, checked, unaffected, untouched, unbound, shown(diags));
    }

    /** Both sides of a spec, or null when it is not bound, unaffected by the patch, or has errors. */
    private Sides sides(SpecInput in) {
        Program program = Compiler.check(in.file(), in.display(), in.root(), diags);
        if (program == null || diags.hasErrors()) return null;
        if (!TreeBinding.bindsAnything(program)) { // said in the reply: no all-clear from a spec that reads nothing
            unbound.add(in.display());
            return null;
        }
        TreeBinding before = TreeBinding.read(program, base, diags);
        TreeBinding after = TreeBinding.read(program, patched, diags);
        if (before == null || after == null || diags.hasErrors()) return null;
        if (java.util.Collections.disjoint(before.filesRead(), patched.patchedFiles())
                && java.util.Collections.disjoint(after.filesRead(), patched.patchedFiles())) {
            untouched++;
            return null;
        }
        before.configurations().forEach(c -> configs.add(c.config()));
        if (before.versionParam() != null) selection = before.versionParam() + "=" + before.versionValue();
        if (same(before, after)) {
            unaffected.add(in.display());
            return null;
        }
        Configurations.Selection all = Configurations.Selection.ALL;
        KernelSubstitution.Result b = KernelSubstitution.apply(program, before, all, diags);
        KernelSubstitution.Result a = KernelSubstitution.apply(program, after, all, diags);
        if (b == null || a == null) return null;
        try {
            List<Obligation> bo = Elaborator.obligations(b.program(), in.display(), b.selection(), diags,
                    budget.timeoutMs());
            List<Obligation> ao = Elaborator.obligations(a.program(), in.display(), a.selection(), diags,
                    budget.timeoutMs());
            if (diags.hasErrors()) return null;
            List<Config> cs = before.configurations().stream().map(TreeBinding.Configuration::config).toList();
            compareLayouts(b.program(), a.program(), cs);
            compareFns(before, after);
            return new Sides(in, b.program(), a.program(), bo, ao, cs, selection);
        } catch (Configurations.BadSelection e) {
            throw new IllegalStateException("the tree's own selection is invalid: " + e.getMessage(), e);
        }
    }

    private static boolean same(TreeBinding x, TreeBinding y) {
        if (x.configurations().size() != y.configurations().size()) return false;
        for (int i = 0; i < x.configurations().size(); i++) {
            TreeBinding.Configuration a = x.configurations().get(i);
            TreeBinding.Configuration b = y.configurations().get(i);
            if (!a.config().equals(b.config())) return false;
            for (TreeBinding.Bound v : a.lets().values()) {
                TreeBinding.Bound w = b.lets().get(v.let());
                if (w == null || w.value() != v.value()) return false;
            }
            if (!Canonical.of(List.copyOf(a.fns().values())).equals(Canonical.of(List.copyOf(b.fns().values())))) return false;
        }
        return true;
    }

    private void compareLayouts(Program before, Program after, List<Config> cs) {
        for (Config c : cs) {
            Layouts.Layout lb = Layouts.of(before, c);
            Map<String, Long> valuesAfter = new LinkedHashMap<>();
            for (Layouts.Constant k : Layouts.of(after, c).constants()) valuesAfter.put(k.name(), k.value());
            for (Layouts.Constant k : lb.constants()) {
                Long v = valuesAfter.get(k.name());
                if (v != null && v != k.value()) {
                    layout.putIfAbsent(k.name() + "|" + c, new Review.LayoutChange(k.name(), c, k.value(), v));
                }
            }
            Map<String, SharedTables.Shared> sb = shared(before, c);
            Map<String, SharedTables.Shared> sa = shared(after, c);
            Set<String> pairs = new LinkedHashSet<>(sb.keySet());
            pairs.addAll(sa.keySet());
            for (String p : pairs) {
                String x = entry(sb.get(p));
                String y = entry(sa.get(p));
                if (x != null && x.equals(y)) continue;
                SharedTables.Shared any = sa.get(p) != null ? sa.get(p) : sb.get(p);
                long end = any.spanStart() + any.span() * any.count();
                String span = sa.get(p) == null ? null : "[0x" + Long.toHexString(any.spanStart()) + ", "
                        + (end == 0 ? "top" : "0x" + Long.toHexString(end)) + ")";
                sharing.putIfAbsent(p + "|" + c, new Review.SharingChange(c, any.a(), any.b(), x, y, span));
            }
        }
    }

    private static Map<String, SharedTables.Shared> shared(Program p, Config c) {
        Map<String, SharedTables.Shared> out = new LinkedHashMap<>();
        for (SharedTables.Shared s : SharedTables.of(p, c)) out.put(s.pagetable() + ":" + s.a() + "+" + s.b(), s);
        return out;
    }

    /** {@code pgd[507]}, {@code pud[2..3]}, or null. */
    private static String entry(SharedTables.Shared s) {
        if (s == null) return null;
        return s.level() + "[" + s.firstIndex() + (s.count() > 1 ? ".." + (s.firstIndex() + s.count() - 1) : "") + "]";
    }

    private void compareFns(TreeBinding before, TreeBinding after) {
        Map<String, Integer> changedIn = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        for (int i = 0; i < before.configurations().size(); i++) {
            var b = before.configurations().get(i).fns();
            var a = after.configurations().get(i).fns();
            for (var e : a.entrySet()) {
                if (!Canonical.of(e.getValue()).equals(Canonical.of(b.get(e.getKey())))) {
                    changedIn.merge(e.getKey(), 1, Integer::sum);
                    where.put(e.getKey(), e.getValue().span().file().displayPath() + ":" + e.getValue().span().line());
                }
            }
        }
        changedIn.forEach((f, n) -> fns.putIfAbsent(f, new Review.FnChange(f, where.get(f), n)));
    }

    /** Solves both sides of every changed spec in one prover and compares verdicts obligation by obligation. */
    private void solve(List<Sides> changed, List<Review.Flip> flips, List<Review.SpecSummary> checked) {
        List<Obligation> all = new ArrayList<>();
        for (Sides s : changed) {
            all.addAll(s.beforeObligations());
            all.addAll(s.afterObligations());
        }
        Prover prover = new Prover(Prover.Settings.of(jobs, budget)
                .withKnown(new ResultCache(null, toolVersion, SolverOptions.of(budget))));
        List<Outcome> outcomes = prover.prove(all);
        int at = 0;
        for (Sides s : changed) {
            List<Outcome> before = outcomes.subList(at, at + s.beforeObligations().size());
            at += s.beforeObligations().size();
            List<Outcome> after = outcomes.subList(at, at + s.afterObligations().size());
            at += s.afterObligations().size();
            Map<String, Outcome> byKey = new LinkedHashMap<>();
            for (Outcome o : before) byKey.put(key(o), o);
            Replayer replayer = new Replayer(s.after());
            int unchanged = 0;
            for (Outcome o : after) {
                Outcome b = byKey.get(key(o));
                if (b != null && b.verdict() == o.verdict()) {
                    unchanged++;
                    continue;
                }
                Replay replay = null;
                Outcome shown = o;
                if (!o.model().isEmpty()) {
                    Replayer.Replayed r = replayer.replayAll(o);
                    replay = r.replay();
                    shown = r.outcome();
                }
                flips.add(new Review.Flip(s.in().display(), b, shown, replay));
            }
            if (!after.isEmpty()) checked.add(new Review.SpecSummary(s.in().display(), after.size(), unchanged));
        }
    }

    /**
     * The diagnostics worth showing: a property that applies to no configuration of the tree's era is expected
     * here (the review narrows to it), not something the user wrote.
     */
    private static List<Diagnostic> shown(Diagnostics diags) {
        return diags.sorted().stream()
                .filter(d -> d.code() != ptprove.source.DiagnosticCode.NO_SUCH_CONFIGURATION).toList();
    }

    private static String key(Outcome o) { return o.obligation().name() + "|" + o.obligation().config(); }

    /** Params with one value across every compared configuration. */
    private List<String> fixed() {
        List<String> out = new ArrayList<>();
        if (configs.isEmpty()) return out;
        Config first = configs.iterator().next();
        for (Config.Entry e : first.entries()) {
            boolean same = configs.stream().allMatch(c -> c.get(e.name()) != null && c.get(e.name()) == e.value());
            if (same) out.add(e.name());
        }
        return out;
    }

}
