package ptprove.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import ptprove.bind.KernelTree;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;

/** The options {@code drift} and {@code review} share: the tree, the spec root, solver threads, the format. */
final class KernelOptions {
    @Option(names = "--kernel", paramLabel = "DIR", required = true, description = "The Linux source tree.")
    Path kernel;

    @Option(names = "--root", paramLabel = "DIR", description = "Spec root (see 'ptprove check --help').")
    Path root;

    @Mixin JobsOption jobs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { text, json, markdown }

    /** Throws a usage error when these options contradict themselves. */
    void validate() throws SpecFinder.NoSuchSpec {
        if (jobs.problem() != null) throw new SpecFinder.NoSuchSpec(jobs.problem());
    }

    int jobs() { return jobs.count(); }

    /** The tree and the specs, or a usage error (an exception whose message is the line to print). */
    Inputs open(List<String> paths) throws SpecFinder.NoSuchSpec, KernelTree.NotATree, java.io.IOException {
        return new Inputs(KernelTree.open(kernel), SpecFinder.find(paths, root));
    }

    record Inputs(KernelTree tree, List<SpecInput> specs) {}

    /** The report in the chosen {@code --format}, by the renderer given for it. */
    <R> String render(R report, Function<R, String> text, Function<R, String> json, Function<R, String> markdown) {
        return switch (format) {
            case text -> text.apply(report);
            case json -> json.apply(report);
            case markdown -> markdown.apply(report);
        };
    }
}
