package ptprove.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ptprove.pipeline.Dependents;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;

/** {@code ptprove deps}: the specs a change to some files affects, one per line. */
@Command(name = "deps", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the specs that a change to FILE affects: every spec under --in that is FILE or"
                + " imports it, directly or through other imports, one per line (as check names them), so the"
                + " output can be passed to check. Nothing is checked or solved."},
        footer = {"", "Exit status:",
                "  0   the list was printed (it may be empty)",
                "  2   usage error (no such file or folder)",
                "", "Examples:",
                "  ptprove deps specs/arm64/layout.ptl",
                "  ptprove check $(ptprove deps specs/arm64/layout.ptl)",
                "  ptprove check --affected-by specs/arm64/layout.ptl specs   # the same in one step"})
final class DepsCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Changed files (specs or files they import).")
    List<Path> files;

    @Option(names = "--in", paramLabel = "PATH", description = "Spec files or folders to search (repeatable;"
            + " default: specs).")
    List<String> in = new ArrayList<>();

    @Option(names = "--root", paramLabel = "DIR", description = "Spec root (see 'ptprove check --help').")
    Path root;

    @Override
    int run(Io io) throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) return io.usage("deps: no such file: " + f);
        }
        List<SpecInput> specs;
        try {
            specs = SpecFinder.find(in.isEmpty() ? List.of("specs") : in, root);
        } catch (SpecFinder.NoSuchSpec e) {
            return io.usage("deps: " + e.getMessage());
        }
        for (SpecInput s : Dependents.affected(specs, files)) io.out().println(s.display());
        return ExitCodes.OK;
    }
}
