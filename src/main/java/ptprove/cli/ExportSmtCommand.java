package ptprove.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ptprove.crosscheck.SmtScripts;
import ptprove.files.AtomicFiles;
import ptprove.files.FileProblem;
import ptprove.ir.Obligation;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.TheoremFilter;

/** {@code ptprove export-smt}: every obligation of a spec as a standalone SMT-LIB 2 file. No solving. */
@Command(name = "export-smt", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write each obligation of a spec (one theorem or example in one configuration) as a"
                + " standalone SMT-LIB 2 script in QF_BV, for any SMT solver or a reviewer to replay:",
                "  DIR/<spec-stem>/<name>__<PARAM=VALUE_...>.smt2",
                "A header in each file names the spec, the property and the configuration. For a theorem,"
                + " sat means refuted and unsat means proved; for an example, sat means witnessed and unsat"
                + " means unwitnessed. Vacuity (no case meets the assumptions) is a separate query, not in"
                + " these files: --vacuity writes it beside each, as <name>__<...>.assumptions.smt2, where"
                + " unsat means vacuous.",
                "Files are written whole or not at all. Existing files of the same name are replaced; other"
                + " files are left alone."},
        footer = {"", "Examples:",
                "  ptprove export-smt specs/arm64/layout.ptl --out smt",
                "  ptprove export-smt specs/arm64/hotremove.ptl --out smt --vacuity \\",
                "      --theorem merged_frees_wholly_inside --config PAGE_SHIFT=12",
                "  for f in smt/layout/*.smt2; do echo \"$f: $(cvc5 --lang smt2 $f)\"; done",
                "", """
                Exit status:
                  0   files written
                  2   usage error (no such spec, theorem or configuration)
                  3   error in the spec
                  70  internal error (a bug in ptprove)
                """ + ExitCodes.IO_HELP})
final class ExportSmtCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The spec file.")
    String spec;

    @Option(names = "--theorem", paramLabel = "GLOB",
            description = "Export only theorems and examples whose name matches (repeatable; * ? [..] as in a"
                    + " shell; default: all).")
    List<String> theorems = new ArrayList<>();

    @Option(names = "--config", paramLabel = "NAME=VALUE",
            description = "Export only configurations with this param value (repeatable).")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into; files go to DIR/<spec-stem>/.")
    Path out;

    @Option(names = "--vacuity",
            description = "Also write each obligation's assumptions-only query (<name>__<config>.assumptions.smt2).")
    boolean vacuity;

    @Option(names = "--root", paramLabel = "DIR", description = "Spec root (see 'ptprove check --help').")
    Path root;

    @Override
    int run(Io io) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) return io.usage("--out " + out + ": not a folder");
        OneSpec.Compiled compiled =
                OneSpec.compile(io, "export-smt", spec, root, config, Compiler.Want.OBLIGATIONS, d -> true);
        if (compiled.exit() != null) return compiled.exit();
        CompiledSpec c = compiled.spec();

        Set<String> known = new LinkedHashSet<>();
        for (Obligation o : c.obligations()) known.add(o.name());
        TheoremFilter filter = new TheoremFilter(theorems);
        List<String> unknown = filter.unmatched(known);
        if (!unknown.isEmpty()) {
            return io.usage("--theorem " + String.join(", ", unknown) + ": no such theorem or example in "
                    + c.input().display() + (known.isEmpty() ? "" : " (it has: " + String.join(", ", known) + ")"));
        }
        List<Obligation> chosen = c.obligations().stream().filter(o -> filter.matches(o.name())).toList();

        Set<Path> written = new HashSet<>();
        int files = 0;
        for (Obligation o : chosen) {
            write(o, SmtScripts.QUERY_SUFFIX, SmtScripts.query(o), written);
            files++;
            if (vacuity) {
                write(o, SmtScripts.ASSUMPTIONS_SUFFIX, SmtScripts.assumptions(o), written);
                files++;
            }
        }
        Path folder = out.resolve(SmtScripts.stem(c.input().display()));
        io.out().println("wrote " + files + " SMT-LIB file" + (files == 1 ? "" : "s") + " for " + chosen.size()
                + " obligation" + (chosen.size() == 1 ? "" : "s") + " of " + c.input().display() + " to " + folder);
        return ExitCodes.OK;
    }

    /** Writes one file; a failure is an I/O error naming the file and the system's reason. */
    private void write(Obligation o, String suffix, String text, Set<Path> written) throws FileProblem {
        Path file = out.resolve(SmtScripts.relativePath(o, suffix));
        if (!written.add(file)) throw new IllegalStateException("two obligations map to " + file);
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw FileProblem.writing(file, e);
        }
    }
}
