package ptprove.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ptprove.ir.Obligation;
import ptprove.replay.Replayer;
import ptprove.reproduce.CannotReproduce;
import ptprove.reproduce.Reproducer;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.solve.Budget;
import ptprove.solve.Prover;
import ptprove.source.DiagnosticFormatter;

/** {@code ptprove reproduce}: a refuted teardown theorem as a C test a kernel developer can run. */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a refuted teardown theorem's counterexample as a C test.",
                "", "A self-contained C file (a KUnit test body, with a user-space main() under"
                + " #ifndef __KERNEL__) that replays a refuted '.frees_table_of(REGION)' theorem: the"
                + " configuration's geometry and the counterexample as #defines, the teardown's guard and fns"
                + " transcribed from the spec, and a free_empty_tables()-shaped walk over a simulated page"
                + " table. Run, it prints which table pages the walk frees and that the one the other region"
                + " uses was freed. --config must select exactly one configuration."},
        footer = {"", "Exit status:",
                "  0   file written (the theorem is refuted), or the theorem is proved and there",
                "      is nothing to reproduce (said on stderr, nothing on stdout)",
                "  1   vacuous, or the counterexample could not be confirmed",
                "  2   usage error (unknown spec or theorem, not exactly one configuration, a",
                "      theorem or construct reproduce cannot express in C)",
                "  3   error in the spec",
                "  4   the solver gave up (unknown)",
                "  70  internal error (a bug in ptprove)",
                "", "Example: ptprove reproduce specs/arm64/hotremove-naive.ptl \\",
                "           vmemmap_free_spares_vmalloc --config ERA=504 --config PAGE_SHIFT=12 \\",
                "           --config VA_BITS=48 --out repro.c",
                "         gcc -Wall -Werror -std=gnu11 repro.c -o repro && ./repro"})
final class ReproduceCommand implements Callable<Integer> {
    @ParentCommand TopCommand parent;

    @Parameters(index = "0", paramLabel = "SPEC", description = "The spec file.")
    String spec;

    @Parameters(index = "1", paramLabel = "THEOREM", description = "The refuted theorem.")
    String theorem;

    @Option(names = "--config", paramLabel = "NAME=VALUE",
            description = "Pin a param (repeatable); together they must select one configuration.")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the C file here (default: stdout).")
    Path out;

    @Option(names = "--root", paramLabel = "DIR", description = "Spec root (see 'ptprove check --help').")
    Path root;

    @Override
    public Integer call() throws IOException {
        Io io = parent.io();
        TheoremArgs.Found found = TheoremArgs.find(io, "reproduce", spec, theorem, root, config);
        if (found.exit() != null) return found.exit();
        List<Obligation> mine = found.spec().obligations().stream().filter(o -> o.name().equals(theorem)).toList();
        if (mine.size() != 1) {
            io.err().println("ptprove: reproduce needs exactly one configuration; '" + theorem + "' applies to "
                    + mine.size() + " selected (e.g. " + mine.get(0).config() + "): pin params with --config");
            return ExitCodes.USAGE;
        }
        Obligation o = mine.get(0);
        Outcome outcome = new Prover(1, Budget.NONE).prove(List.of(o)).get(0);
        String where = o.name() + (o.config().toString().isEmpty() ? "" : " [" + o.config() + "]");
        switch (outcome.verdict()) {
            case PROVED -> {
                io.err().println("ptprove: " + where + " is proved: there is no counterexample to reproduce"
                        + " (see 'ptprove explain')");
                return ExitCodes.OK;
            }
            case VACUOUS -> {
                io.err().println("ptprove: " + where + " is vacuous (its assumptions never hold): nothing to"
                        + " reproduce");
                return ExitCodes.FAILED;
            }
            case UNKNOWN -> {
                io.err().println("ptprove: " + where + ": the solver gave up: " + outcome.reason());
                return ExitCodes.UNKNOWN;
            }
            case ERROR -> {
                io.err().println("ptprove: internal error on " + where + ": " + outcome.reason());
                return ExitCodes.INTERNAL;
            }
            default -> { }
        }
        Replay replay = new Replayer(found.spec().program()).replay(outcome);
        String c;
        try {
            c = new Reproducer(found.spec().program()).cFile(outcome, replay, "ptprove " + Version.PTPROVE);
        } catch (CannotReproduce e) {
            io.err().println((e.span().isSynthetic() ? "ptprove" : e.span().location()) + ": error: "
                    + e.getMessage());
            io.err().print(DiagnosticFormatter.excerpt(e.span()));
            return replay.status() == Replay.Status.CONFIRMED ? ExitCodes.USAGE : ExitCodes.FAILED;
        }
        if (out == null) {
            io.out().print(c);
        } else {
            Files.writeString(out, c, StandardCharsets.UTF_8);
            io.out().println("wrote " + out + ": " + where + " as a C test");
        }
        return ExitCodes.OK;
    }
}
