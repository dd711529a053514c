package ptprove.cli;

import picocli.CommandLine.Option;
import ptprove.solve.Prover;

/** {@code -j/--jobs}, as check, drift and review take it: solver threads, one per core unless given. */
final class JobsOption {
    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Solver threads (default: number of cores).")
    Integer jobs;

    /** The usage error for a count below 1; null when the option is fine. */
    String problem() {
        return jobs != null && jobs < 1 ? "--jobs must be at least 1" : null;
    }

    /** The threads to use. */
    int count() {
        return jobs == null ? Prover.defaultJobs() : jobs;
    }
}
