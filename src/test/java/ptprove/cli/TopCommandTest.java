package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line is built with only the command the arguments name (start-up time); every command must look
 * and behave the same as on the command line that has them all.
 */
class TopCommandTest {
    private static final Io IO = new Io(java.io.InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(new ByteArrayOutputStream()));

    @Test
    void aCommandAloneHasTheUsageItHasAmongAll() {
        CommandLine all = TopCommand.commandLine(IO, new String[0]);
        assertEquals(List.copyOf(TopCommand.COMMANDS.keySet()), List.copyOf(all.getSubcommands().keySet()));
        for (String name : TopCommand.COMMANDS.keySet()) {
            CommandLine alone = TopCommand.commandLine(IO, new String[] {name, "--help"});
            assertEquals(List.of(name), List.copyOf(alone.getSubcommands().keySet()));
            assertEquals(all.getSubcommands().get(name).getUsageMessage(),
                    alone.getSubcommands().get(name).getUsageMessage(), name);
            assertEquals(all.getSubcommands().get(name).getCommandSpec().qualifiedName(),
                    alone.getSubcommands().get(name).getCommandSpec().qualifiedName(), name);
        }
    }

    @Test
    void anythingElseGetsEveryCommand() {
        for (String[] args : new String[][] {{"--help"}, {"chek"}, {"help", "check"}, {"-V"}}) {
            assertEquals(TopCommand.COMMANDS.keySet(), TopCommand.commandLine(IO, args).getSubcommands().keySet());
        }
    }
}
