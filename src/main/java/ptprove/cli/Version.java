package ptprove.cli;

import picocli.CommandLine.IVersionProvider;
import ptprove.solve.Prover;

/** {@code --version}: ptprove's and the solver's. */
final class Version implements IVersionProvider {
    static final String PTPROVE = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"ptprove " + PTPROVE, "solver: z3 " + Prover.solverVersion()};
    }
}
