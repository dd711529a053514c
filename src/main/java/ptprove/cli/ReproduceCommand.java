package ptprove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ptprove.files.AtomicFiles;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.replay.Replayer;
import ptprove.reproduce.CannotReproduce;
import ptprove.reproduce.KernelTest;
import ptprove.reproduce.Reproducer;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.solve.Budget;
import ptprove.solve.Prover;
import ptprove.source.DiagnosticFormatter;
import ptprove.syntax.ast.Decl;

/** {@code ptprove reproduce}: a refuted theorem's counterexample as a C test, user-space or in a kernel. */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a refuted theorem's counterexample as a C test.",
                "", "Default: a self-contained C file (a KUnit test body, with a user-space main() under"
                + " #ifndef __KERNEL__) that replays a refuted '.frees_table_of(REGION)' theorem: the"
                + " configuration's geometry and the counterexample as #defines, the teardown's guard and fns"
                + " transcribed from the spec, and a free_empty_tables()-shaped walk over a simulated page"
                + " table. It asserts the theorem (--expect safe): it fails (not ok 1) while the"
                + " use-after-free reproduces, and passes once the teardown is fixed.",
                "", "--kernel-test: an arm64 boot-time kernel test for a refuted '.clears_leaf(L, a)' theorem"
                + " over vmemmap units (specs/arm64/vmemmap-leaves.ptl): the counterexample's units are added"
                + " with memremap_pages(), the removed one is taken away, and every struct page of the others is"
                + " read back. A fault is the bug; docs/qemu.md runs it under QEMU.",
                "", "--config must select exactly one configuration."},
        footer = {"", "Exit status:",
                "  0   file written (the theorem is refuted), or the theorem is proved and there",
                "      is nothing to reproduce (said on stderr, nothing on stdout)",
                "  1   vacuous, or the counterexample could not be confirmed",
                "  2   usage error (unknown spec or theorem, not exactly one theorem or configuration,",
                "      a theorem or construct reproduce cannot express in C)",
                "  3   error in the spec",
                "  4   the solver gave up (unknown)",
                "  70  internal error (a bug in ptprove)", ExitCodes.IO_HELP,
                "", "Examples:",
                "  ptprove reproduce specs/arm64/hotremove-naive.ptl vmemmap_free_spares_vmalloc \\",
                "      --config ERA=504 --config PAGE_SHIFT=12 --config VA_BITS=48 --out repro.c",
                "  gcc -Wall -Werror -std=gnu11 repro.c -o repro && ./repro     # not ok 1: the bug",
                "  ptprove reproduce specs/arm64/vmemmap-leaves.ptl leaf_containment_subsection --kernel-test \\",
                "      --config ERA=517 --config PAGE_SHIFT=16 --config VA_BITS=48 \\",
                "      --config SIZEOF_STRUCT_PAGE=64 --out ptprove_ktest.c"})
final class ReproduceCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The spec file.")
    String spec;

    @Parameters(index = "1", paramLabel = "THEOREM", arity = "0..1",
            description = "The refuted theorem (or give --theorem).")
    String theorem;

    @Option(names = "--theorem", paramLabel = "GLOB",
            description = "The theorem by glob (as 'check --theorem'); it must name exactly one.")
    String theoremGlob;

    @Option(names = "--config", paramLabel = "NAME=VALUE",
            description = "Pin a param (repeatable); together they must select one configuration.")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--kernel-test", description = "Write an arm64 boot-time kernel test of a refuted leaf"
            + " theorem instead of the user-space test (see above and docs/qemu.md).")
    boolean kernelTest;

    @Option(names = "--expect", paramLabel = "safe|unsafe",
            description = "What the user-space test asserts: safe (default: it fails while the bug"
                    + " reproduces) or unsafe (it passes when the use-after-free reproduces: a demonstration).")
    String expect;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the C file here (default: stdout).")
    Path out;

    @Option(names = "--root", paramLabel = "DIR", description = "Spec root (see 'ptprove check --help').")
    Path root;

    @Override
    int run(Io io) throws IOException {
        Integer usage = usage(io);
        if (usage != null) return usage;
        String name = theorem != null ? theorem : theoremGlob;
        TheoremArgs.FoundAll found = TheoremArgs.findAll(io, "reproduce", spec, name, root, config);
        if (found.exit() != null) return found.exit();
        if (found.theorems().size() != 1) {
            return io.usage("reproduce takes one theorem; '" + name + "' names " + found.theorems().size() + ": "
                    + String.join(", ", found.theorems().stream().map(p -> p.name().text()).toList()));
        }
        Decl.Property property = found.theorems().get(0);
        String chosen = property.name().text();
        List<Obligation> mine = found.spec().obligations().stream().filter(o -> o.name().equals(chosen)).toList();
        if (mine.size() != 1) {
            return io.usage("reproduce needs exactly one configuration; '" + chosen + "' applies to "
                    + mine.size() + " selected (e.g. " + mine.get(0).config() + "): pin params with --config");
        }
        Obligation o = mine.get(0);
        Outcome outcome = new Prover(1, Budget.NONE).prove(List.of(o)).get(0);
        String where = o.name() + (o.config().toString().isEmpty() ? "" : " [" + o.config() + "]");
        Integer early = notRefuted(io, outcome, where);
        if (early != null) return early;
        Replay replay = new Replayer(found.spec().program()).replay(outcome);
        String c;
        try {
            c = kernelTest
                    ? new KernelTest(found.spec().program()).cFile(property, outcome, replay, commandLine(o),
                            "ptprove " + Version.PTPROVE)
                    : new Reproducer(found.spec().program()).cFile(outcome, replay, "ptprove " + Version.PTPROVE,
                            !"unsafe".equals(expect));
        } catch (CannotReproduce e) {
            io.err().println((e.span().isSynthetic() ? "ptprove" : e.span().location()) + ": error: "
                    + e.getMessage());
            io.err().print(DiagnosticFormatter.excerpt(e.span()));
            return replay.status() == Replay.Status.CONFIRMED ? ExitCodes.USAGE : ExitCodes.FAILED;
        }
        if (out == null) {
            io.out().print(c);
        } else {
            AtomicFiles.write(out, c);
            io.out().println("wrote " + out + ": " + where + (kernelTest ? " as a kernel test" : " as a C test"));
        }
        return ExitCodes.OK;
    }

    /** The option combinations that make no sense, as a usage error; null when fine. */
    private Integer usage(Io io) {
        String problem = null;
        if (theorem == null && theoremGlob == null) problem = "reproduce needs a THEOREM (or --theorem GLOB)";
        else if (theorem != null && theoremGlob != null) problem = "give the theorem once: THEOREM or --theorem";
        else if (expect != null && !expect.equals("safe") && !expect.equals("unsafe")) {
            problem = "--expect takes safe or unsafe, not '" + expect + "'";
        } else if (expect != null && kernelTest) {
            problem = "--expect is for the user-space test; a kernel test's verdict is the console's (a fault"
                    + " or its PASS line)";
        }
        return problem == null ? null : io.usage(problem);
    }

    /** The exit status when there is nothing to reproduce (said on stderr); null for a refutation. */
    private static Integer notRefuted(Io io, Outcome outcome, String where) {
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
            default -> {
                return null;
            }
        }
    }

    /** The command that regenerates the kernel test, for its header: the configuration spelled out in full. */
    private String commandLine(Obligation o) {
        StringBuilder sb = new StringBuilder("ptprove reproduce " + spec + " " + o.name() + " --kernel-test");
        for (Config.Entry e : o.config().entries()) {
            sb.append(" --config ").append(e.name()).append('=').append(e.valueText());
        }
        return sb.toString();
    }
}
