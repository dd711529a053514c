package ptprove.result;

import java.util.List;
import ptprove.ir.Config;
import ptprove.source.Diagnostic;

/**
 * What {@code ptprove review PATCH} found: the tree before and after the patch, side by side for every spec
 * bound to it. Layout values and shared table pages are compared per configuration; verdicts are compared per
 * obligation, the patched side's counterexamples replayed by the reference evaluator.
 */
public final class Review {
    private Review() {}

    /**
     * @param patch       the patch as named on the command line
     * @param files       the tree-relative files it changes
     * @param selection   the configurations compared ({@code ERA=517}), empty when all
     * @param fixed       params with one value in every compared configuration (left out of per-line labels)
     * @param checked     specs whose verdicts were compared (their bound values or functions changed)
     * @param unaffected  specs that read a patched file but whose bound values and functions do not change
     * @param untouched   how many bound specs read none of the patched files
     * @param unbound     specs that bind nothing to the kernel: the patch cannot be compared against them
     */
    public record Report(String patch, String tree, String version, List<String> files, String selection,
                         int configurations, List<String> fixed, List<LayoutChange> layout, List<SharingChange> sharing,
                         List<FnChange> fns, List<Flip> flips, List<SpecSummary> checked, List<String> unaffected,
                         int untouched, List<String> unbound, List<Diagnostic> diagnostics) {
        public Report {
            unbound = List.copyOf(unbound);
            files = List.copyOf(files);
            fixed = List.copyOf(fixed);
            layout = List.copyOf(layout);
            sharing = List.copyOf(sharing);
            fns = List.copyOf(fns);
            flips = List.copyOf(flips);
            checked = List.copyOf(checked);
            unaffected = List.copyOf(unaffected);
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }

        public boolean verdictChanged() { return !flips.isEmpty(); }

        public boolean layoutChanged() { return !layout.isEmpty() || !sharing.isEmpty() || !fns.isEmpty(); }
    }

    /** A let (or region bound, {@code vmalloc.end}) whose value the patch changes in one configuration. */
    public record LayoutChange(String name, Config config, long before, long after) {}

    /**
     * Two regions' deepest shared table level changes: {@code before}/{@code after} name the level and entry
     * (e.g. {@code pgd[507]}) or are null when they share no table page on that side.
     */
    public record SharingChange(Config config, String a, String b, String before, String after, String span) {
        public boolean newlyShared() { return before == null; }
        public boolean noLongerShared() { return after == null; }
    }

    /** A bound fn whose kernel function the patch changes (where, and in how many configurations). */
    public record FnChange(String fn, String kernelAt, int configurations) {}

    /** An obligation whose verdict differs; {@code after} carries the new counterexample, {@code replay} its replay. */
    public record Flip(String spec, Outcome before, Outcome after, Replay replay) {
        public Config config() { return after.obligation().config(); }
    }

    /** A compared spec: how many obligations on each side, how many kept their verdict. */
    public record SpecSummary(String spec, int obligations, int unchanged) {}
}
