package ptprove.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import ptprove.bind.KernelTree;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;
import ptprove.solve.Prover;

/** The options {@code drift} and {@code review} share: the tree, the spec root, solver threads. */
final class KernelOptions {
    @Option(names = "--kernel", paramLabel = "DIR", required = true, description = "The Linux source tree.")
    Path kernel;

    @Option(names = "--root", paramLabel = "DIR", description = "Spec root (see 'ptprove check --help').")
    Path root;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Solver threads (default: number of cores).")
    Integer jobs;

    /** A usage problem with these options, or null. */
    String usageProblem() {
        return jobs != null && jobs < 1 ? "--jobs must be at least 1" : null;
    }

    int jobs() { return jobs == null ? Prover.defaultJobs() : jobs; }

    /** The tree and the specs, or a usage error (an exception whose message is the line to print). */
    Inputs open(List<String> paths) throws SpecFinder.NoSuchSpec, KernelTree.NotATree, java.io.IOException {
        return new Inputs(KernelTree.open(kernel), SpecFinder.find(paths, root));
    }

    record Inputs(KernelTree tree, List<SpecInput> specs) {}
}
