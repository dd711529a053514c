package ptprove.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command under {@code ptprove}: runs with the top command's streams and returns its exit status. */
abstract class Subcommand implements Callable<Integer> {
    @ParentCommand TopCommand parent;
    @Spec CommandSpec spec;

    @Override
    public final Integer call() throws IOException {
        String repeated = RepeatedNames.find(spec.commandLine().getParseResult());
        if (repeated != null) return parent.io().usage(repeated);
        return run(parent.io());
    }

    /** The command's work, writing to {@code io}; its exit status ({@link ExitCodes}). */
    abstract int run(Io io) throws IOException;
}
