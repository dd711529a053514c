package ptprove.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.bind.KernelTree;
import ptprove.bind.Substitution;
import ptprove.bind.TreeBinding;
import ptprove.check.Checker;
import ptprove.check.Program;
import ptprove.elaborate.Configurations;
import ptprove.report.KernelSources;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.syntax.ast.SpecFile;

/**
 * {@code --kernel}: a checked spec re-checked with the tree's values and functions in place of its bound lets
 * and fns, and the selection narrowed to the configurations the tree's release stands for. A spec that binds
 * nothing is left as it is.
 */
final class KernelSubstitution {
    record Result(Program program, Configurations.Selection selection, TreeBinding binding) {}

    private KernelSubstitution() {}

    /** The report's account of where the bound names came from, in binding order. */
    static KernelSources sources(KernelTree tree, TreeBinding binding) {
        Map<String, java.util.Set<String>> lets = new LinkedHashMap<>();
        Map<String, String> fns = new LinkedHashMap<>();
        for (TreeBinding.Configuration c : binding.configurations()) {
            for (TreeBinding.Bound b : c.lets().values()) {
                lets.computeIfAbsent(b.let(), k -> new java.util.LinkedHashSet<>()).add(b.location());
            }
            for (var f : c.fns().entrySet()) {
                fns.putIfAbsent(f.getKey(), f.getValue().span().file().displayPath() + ":" + f.getValue().span().line());
            }
        }
        List<KernelSources.Item> items = new java.util.ArrayList<>();
        lets.forEach((name, locs) -> items.add(new KernelSources.Item(name, false, List.copyOf(locs))));
        fns.forEach((name, loc) -> items.add(new KernelSources.Item(name, true, List.of(loc))));
        String selection = binding.versionParam() == null ? "" : binding.versionParam() + "=" + binding.versionValue();
        return new KernelSources(tree.display(), binding.version(), selection, items);
    }

    /** Null when diagnostics stopped it. */
    static Result apply(Program program, KernelTree tree, Configurations.Selection selection, Diagnostics diags) {
        if (!TreeBinding.bindsAnything(program)) return new Result(program, selection, null);
        TreeBinding binding = TreeBinding.read(program, tree, diags);
        if (binding == null || diags.hasErrors()) return null;
        return apply(program, binding, selection, diags);
    }

    /** As above, with the tree already read. */
    static Result apply(Program program, TreeBinding binding, Configurations.Selection selection, Diagnostics diags) {
        Map<String, String> narrowed = new LinkedHashMap<>(selection.values());
        if (binding.versionParam() != null) {
            String era = Long.toString(binding.versionValue());
            String asked = narrowed.get(binding.versionParam());
            if (asked != null && !asked.strip().equals(era)) {
                diags.error(DiagnosticCode.KERNEL_NO_CONFIGURATION, program.root().source().span(0, 0), "--config "
                        + binding.versionParam() + "=" + asked + " selects configurations the tree (Linux "
                        + binding.version() + ", " + binding.versionParam() + " " + era + ") does not stand for");
                return null;
            }
            narrowed.put(binding.versionParam(), era);
        }
        List<SpecFile> files = Substitution.apply(program, binding);
        Program bound = Checker.check(files, diags);
        if (bound == null || diags.hasErrors()) return null;
        return new Result(bound, new Configurations.Selection(narrowed), binding);
    }
}
