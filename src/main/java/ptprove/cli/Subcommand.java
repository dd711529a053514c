package ptprove.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A command under {@code ptprove}: runs with the top command's streams and returns its exit status. */
abstract class Subcommand implements Callable<Integer> {
    @ParentCommand TopCommand parent;

    @Override
    public final Integer call() throws IOException {
        return run(parent.io());
    }

    /** The command's work, writing to {@code io}; its exit status ({@link ExitCodes}). */
    abstract int run(Io io) throws IOException;
}
