package ptprove.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.bind.Equivalence;
import ptprove.bind.KernelTree;
import ptprove.bind.TreeBinding;
import ptprove.cache.ResultCache;
import ptprove.check.Checker;
import ptprove.check.Program;
import ptprove.elaborate.Configurations;
import ptprove.elaborate.Elaborator;
import ptprove.eval.Evaluator;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.result.Drift;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.solve.Budget;
import ptprove.solve.Prover;
import ptprove.solve.SolverOptions;
import ptprove.source.Diagnostics;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.TypeName;

/**
 * {@code ptprove drift}: for each spec, its bound lets beside the tree's macros in every configuration the tree's
 * release stands for, and each bound fn proved equivalent to the tree's C function (or a distinguishing input).
 * The values come from the reference evaluator (the spec) and the kernel stage (the tree); the equivalence is an
 * ordinary obligation, elaborated and proved like any theorem.
 */
public final class DriftRun {
    private final KernelTree tree;
    private final int jobs;
    private final Budget budget;
    private final String toolVersion;

    public DriftRun(KernelTree tree, int jobs, Budget budget, String toolVersion) {
        this.tree = tree;
        this.jobs = jobs;
        this.budget = budget;
        this.toolVersion = toolVersion;
    }

    public Drift.Report run(List<SpecInput> inputs) {
        List<Drift.Spec> specs = new ArrayList<>();
        for (SpecInput in : inputs) specs.add(one(in));
        return new Drift.Report(tree.display(), tree.version(), specs);
    }

    private Drift.Spec one(SpecInput in) {
        Diagnostics diags = new Diagnostics();
        Program program = Compiler.check(in.file(), in.display(), in.root(), diags);
        if (program == null || diags.hasErrors()) return failed(in, diags);
        if (!TreeBinding.bindsAnything(program)) {
            return new Drift.Spec(in.display(), "", 0, List.of(), List.of(), diags.sorted());
        }
        TreeBinding binding = TreeBinding.read(program, tree, diags);
        if (binding == null || diags.hasErrors()) return failed(in, diags);
        String selection = binding.versionParam() == null ? "" : binding.versionParam() + "=" + binding.versionValue();
        List<Drift.Value> values = values(program, binding);
        List<Drift.Fn> fns = functions(in, program, binding, diags);
        if (diags.hasErrors()) return failed(in, diags);
        return new Drift.Spec(in.display(), selection, binding.configurations().size(), values, fns, diags.sorted());
    }

    private static Drift.Spec failed(SpecInput in, Diagnostics diags) {
        return new Drift.Spec(in.display(), "", 0, List.of(), List.of(), diags.sorted());
    }

    /** Every bound let in every configuration, the spec's value by the reference evaluator. */
    static List<Drift.Value> values(Program program, TreeBinding binding) {
        Map<String, Decl.Let> lets = new LinkedHashMap<>();
        for (Decl.Let l : program.lets()) lets.put(l.name().text(), l);
        List<Drift.Value> out = new ArrayList<>();
        for (TreeBinding.Configuration c : binding.configurations()) {
            Evaluator ev = new Evaluator(program, c.config(), Map.of());
            for (TreeBinding.Bound b : c.lets().values()) {
                Decl.Let l = lets.get(b.let());
                long spec = ((Number) ev.let(b.let())).longValue();
                String specAt = l.name().span().file().displayPath() + ":" + l.name().span().line();
                out.add(new Drift.Value(b.let(), b.macro(), c.config(), spec, specAt, b.value(), b.location()));
            }
        }
        return out;
    }

    private List<Drift.Fn> functions(SpecInput in, Program program, TreeBinding binding, Diagnostics diags) {
        Equivalence.Problem problem = Equivalence.of(program, binding, diags);
        if (problem == null || diags.hasErrors()) return List.of();
        Program joint = Checker.check(problem.files(), diags);
        if (joint == null || diags.hasErrors()) return List.of();
        Map<String, String> narrowed = new LinkedHashMap<>();
        if (binding.versionParam() != null) narrowed.put(binding.versionParam(), Long.toString(binding.versionValue()));
        List<Obligation> obligations;
        try {
            obligations = Elaborator.obligations(joint, in.display(), new Configurations.Selection(narrowed), diags,
                    budget.timeoutMs());
        } catch (Configurations.BadSelection e) {
            throw new IllegalStateException("the tree's own selection is invalid: " + e.getMessage(), e);
        }
        if (diags.hasErrors()) return List.of();
        ResultCache cache = new ResultCache(null, toolVersion, SolverOptions.of(budget));
        List<Outcome> outcomes = new Prover(Prover.Settings.of(jobs, budget).withKnown(cache)).prove(obligations);
        List<Drift.Fn> out = new ArrayList<>();
        for (Outcome o : outcomes) out.add(row(joint, problem, o));
        return out;
    }

    private static Drift.Fn row(Program joint, Equivalence.Problem problem, Outcome o) {
        Equivalence.Pair pair = problem.pairs().stream().filter(p -> p.theorem().equals(o.obligation().name()))
                .findFirst().orElseThrow();
        String specAt = at(pair.spec());
        String kernelAt = at(pair.kernel());
        Config config = o.obligation().config();
        if (o.verdict() != Verdict.REFUTED) {
            return new Drift.Fn(pair.fn(), config, o.verdict(), specAt, kernelAt, Map.of(), null, null, o.reason());
        }
        Map<String, Long> input = new LinkedHashMap<>();
        for (Decl.FnParam p : pair.spec().params()) {
            for (Outcome.Value v : o.model()) if (v.variable().label().equals(p.name().text())) input.put(p.name().text(), v.value());
        }
        Object[] args = new Object[pair.spec().params().size()];
        for (int i = 0; i < args.length; i++) {
            Decl.FnParam p = pair.spec().params().get(i);
            long v = input.getOrDefault(p.name().text(), 0L);
            args[i] = p.type() == TypeName.BOOL ? (Object) (v != 0) : (Object) v;
        }
        Evaluator ev = new Evaluator(joint, config, Map.of());
        return new Drift.Fn(pair.fn(), config, Verdict.REFUTED, specAt, kernelAt, input,
                show(ev.call(pair.fn(), args)), show(ev.call(pair.kernelFn(), args)), null);
    }

    private static String at(Decl.Fn fn) {
        return fn.name().span().file().displayPath() + ":" + fn.name().span().line();
    }

    private static String show(Object v) {
        return v instanceof Long n ? "0x" + Long.toHexString(n) : String.valueOf(v);
    }
}
