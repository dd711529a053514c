package ptprove.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ptprove}: prints help when run without a command. */
@Command(name = "ptprove", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Proves or refutes page-table invariants (address-space layouts and page-table teardown"
                + " policies, written as .ptl specs) in every configuration, with Z3.",
        footer = {"", ExitCodes.HELP, "", "Docs: README.md, docs/cli.md and docs/language.md."})
final class TopCommand implements Callable<Integer> {
    /** The commands, by name, in the order {@code ptprove --help} lists them. */
    static final Map<String, Class<?>> COMMANDS = commands(CheckCommand.class, MergeCommand.class,
            LayoutCommand.class, ExportSmtCommand.class, ExplainCommand.class, ReproduceCommand.class,
            DepsCommand.class, DiffCommand.class, RenderCommand.class, DriftCommand.class, ReviewCommand.class);

    private final Io io;
    @Spec CommandSpec spec;

    TopCommand(Io io) { this.io = io; }

    Io io() { return io; }

    /**
     * The command line for {@code args}: with only the command {@code args} names when it names one, else with
     * all. Picocli builds the model of every command it is given, by reflection, before parsing anything (about
     * 80 ms for all eleven in a fresh JVM, most of a warm check's start-up); the usage, errors and help of the
     * command that runs are the same either way, since it is the same class under the same parent.
     */
    static CommandLine commandLine(Io io, String[] args) {
        CommandLine cl = new CommandLine(new TopCommand(io));
        Class<?> named = args.length == 0 ? null : COMMANDS.get(args[0]);
        if (named != null) cl.addSubcommand(args[0], named);
        else COMMANDS.forEach(cl::addSubcommand);
        return cl;
    }

    private static Map<String, Class<?>> commands(Class<?>... classes) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (Class<?> c : classes) m.put(c.getAnnotation(Command.class).name(), c);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(io.err());
        return ExitCodes.USAGE;
    }
}
