package ptprove.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ptprove}: prints help when run without a command. */
@Command(name = "ptprove", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Proves or refutes page-table invariants (address-space layouts and page-table teardown"
                + " policies, written as .ptl specs) in every configuration, with Z3.",
        footer = {"", ExitCodes.HELP, "", "Docs: README.md, docs/cli.md and docs/language.md."},
        subcommands = {CheckCommand.class, MergeCommand.class, LayoutCommand.class, ExportSmtCommand.class,
                ExplainCommand.class, ReproduceCommand.class, DepsCommand.class, DiffCommand.class,
                RenderCommand.class, DriftCommand.class, ReviewCommand.class})
final class TopCommand implements Callable<Integer> {
    private final Io io;
    @Spec CommandSpec spec;

    TopCommand(Io io) { this.io = io; }

    Io io() { return io; }

    @Override
    public Integer call() {
        spec.commandLine().usage(io.err());
        return ExitCodes.USAGE;
    }
}
