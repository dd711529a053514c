package ptprove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ptprove.bind.KernelTree;
import ptprove.cache.CacheLocation;
import ptprove.crosscheck.CrossCheckReport;
import ptprove.crosscheck.Cvc5;
import ptprove.pipeline.CheckRun;
import ptprove.pipeline.CheckSettings;
import ptprove.pipeline.Dependents;
import ptprove.pipeline.LetOverrides;
import ptprove.pipeline.Shard;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;
import ptprove.pipeline.TheoremFilter;
import ptprove.report.CrossCheckRenderer;
import ptprove.report.ExitStatus;
import ptprove.report.ReportRenderer;
import ptprove.report.SlowestRenderer;
import ptprove.report.Style;
import ptprove.report.TextReportRenderer;
import ptprove.solve.Budget;
import ptprove.solve.ConfigMode;

/** {@code ptprove check}: compile specs, solve every obligation, compare with proofs/, report. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check specs: prove every theorem and witness every example, in every configuration."
                + " Each verdict is compared with the spec's record in proofs/ when it has one, and then only"
                + " differences fail; without a record, anything but proved or witnessed fails.",
        footer = {"", ExitCodes.HELP_TO_INTERNAL,
                "      and with --cross-check: the second solver disagrees or rejects a query", ExitCodes.IO_HELP,
                "", "Example: ptprove check --cross-check cvc5 specs"})
final class CheckCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Spec files, or folders searched for *.ptl.")
    List<String> paths;

    @Option(names = "--config", paramLabel = "NAME=VALUE",
            description = "Check only configurations with this param value (repeatable).")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--theorem", paramLabel = "GLOB",
            description = "Check only theorems and examples whose name matches (repeatable; * ? [..] as in a"
                    + " shell), e.g. --theorem 'memory_rst_*'. Records are compared for those only.")
    List<String> theorems = new ArrayList<>();

    @Option(names = "--set", paramLabel = "NAME=EXPR",
            description = "What if: redefine the spec's let NAME as EXPR for this run (repeatable), e.g."
                    + " --set 'VMEMMAP_END=-SZ_1G + SZ_2M'. Shown in every report; never recorded.")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--affected-by", paramLabel = "FILE", description = "Check only the specs among PATH that are,"
            + " or import (directly or not), this file (repeatable); see 'ptprove deps'.")
    List<Path> affectedBy = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Renderers.Format format;

    @Mixin JobsOption jobs;

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "0",
            description = "Wall-clock budget per obligation; 0 = none (default). Exceeding it gives 'unknown'.")
    long timeoutMs;

    @Option(names = "--rlimit", paramLabel = "UNITS", defaultValue = "0",
            description = "Deterministic Z3 resource budget per obligation; 0 = none (default).")
    long rlimit;

    @Option(names = "--symbolic-config", description = "Solve a property's configurations together: the params"
            + " become variables, one query per claim part covers every configuration. Same verdicts and models.")
    boolean symbolicConfig;

    @Option(names = "--per-config", description = "Solve each configuration on its own (the default).")
    boolean perConfig;

    @Option(names = "--record", description = "Rewrite the proof records in proofs/ with this run's verdicts.")
    boolean record;

    @Option(names = "--proofs", paramLabel = "DIR", defaultValue = "proofs",
            description = "Folder of proof records (default: ${DEFAULT-VALUE}).")
    Path proofs;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Spec root: imports may not leave it; records mirror paths below it"
                    + " (default: ./specs for specs inside it, else the working directory).")
    Path root;

    @Option(names = "--no-color", description = "Never colour the text output (NO_COLOR is honoured too).")
    boolean noColor;

    @Option(names = "--no-timing", description = "Leave out durations, so output is identical across runs.")
    boolean noTiming;

    @Option(names = "--all", description = "For a refuted theorem, one counterexample per distinct class"
            + " (level, region of other_address), not just the first (the highest level).")
    boolean allCounterexamples;

    @Option(names = "--cross-check", paramLabel = "SOLVER",
            description = "After Z3, re-solve every obligation with a second solver and compare verdicts:"
                    + " 'cvc5' (looked up on PATH) or the path to a cvc5 executable. A disagreement exits 70;"
                    + " 'unknown' on either side is only reported (not compared).")
    String crossCheck;

    @Option(names = "--cross-check-timeout-ms", paramLabel = "MS", defaultValue = "60000",
            description = "The second solver's budget per query; 0 = none (default: ${DEFAULT-VALUE}).")
    long crossCheckTimeoutMs;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Result cache: a spec whose files (and imports), selection, options and ptprove build"
                    + " are unchanged is answered without elaborating it, and an obligation whose query, solver and"
                    + " options were solved before is not solved again; counterexamples are still replayed."
                    + " Default: ~/.cache/ptprove"
                    + " ($XDG_CACHE_HOME/ptprove when set; macOS and Windows: see the docs).")
    Path cache;

    @Option(names = "--no-cache", description = "Solve everything; neither read nor write the result cache.")
    boolean noCache;

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = "Check only the I-th of N parts of the obligations (dealt round-robin, the same on"
                    + " every machine), e.g. one CI job each for 1/3, 2/3 and 3/3; join the JSON reports with"
                    + " 'ptprove merge'. Records are compared for this part only.")
    Shard shard = Shard.ALL;

    @Option(names = {"-v", "--verbose"}, description = "Text: every verdict as it is found with its model, every"
            + " theorem's verdict grid, each changed fingerprint and each warning in full.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Text: only the changes from the proof records, what needs"
            + " attention (unknown, vacuous, error, failures without a record) and the summary.")
    boolean quiet;

    @Option(names = "--changes-only", description = "Only what differs from the proof records and what needs"
            + " attention: text as --quiet; json lists results only for those obligations (every other field,"
            + " the summary included, is the full run's).")
    boolean changesOnly;

    @Option(names = "--slowest", paramLabel = "N", defaultValue = "0",
            description = "Text: after the report, the N theorems and examples that took longest to solve, each"
                    + " with its configurations' times summed and its slowest configuration (results read from"
                    + " the cache are left out; the json report has every result's millis). Default 0: none.")
    int slowest;

    @Option(names = "--watch", description = "Check, then check again whenever a spec, a file it imports or a"
            + " proof record changes, in the same process (about half the time of a new run per save), until"
            + " Ctrl-C. Text only;"
            + " not with --record, --shard or --cross-check.")
    boolean watch;

    @Option(names = "--kernel", paramLabel = "DIR",
            description = "Take the lets and fns a spec binds to kernel macros and functions from this Linux tree"
                    + " (its Makefile's release picks the configurations), instead of the spec's text.")
    Path kernel;

    /** Turns {@code i/n} into a {@link Shard}; a bad one is a usage error naming the option. */
    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    int run(Io io) throws IOException {
        String usage = usageProblem();
        if (usage != null) return io.usage(usage);
        if (!watch) return checkOnce(io);
        return new WatchLoop(io, () -> checkOnce(io)).run(new FileChanges(() -> FileChanges.foldersOf(paths, root, proofs)));
    }

    /** One check with these options: the report, then its exit status. */
    private int checkOnce(Io io) throws IOException {
        CheckRun.Result result;
        StreamingListener listener = new StreamingListener(io, style(), format == Renderers.Format.text && verbose,
                !verbose && !config.isEmpty());
        try {
            CheckSettings settings = settings();
            List<SpecInput> inputs = SpecFinder.find(paths, root);
            if (!affectedBy.isEmpty()) inputs = affected(io, inputs);
            if (inputs.isEmpty()) return ExitCodes.OK;
            result = new CheckRun(settings, listener).run(inputs, r -> render(io, r));
        } catch (SpecFinder.NoSuchSpec | CheckRun.Refused | Cvc5.Unavailable | KernelTree.NotATree e) {
            return io.usage(e.getMessage());
        }
        if (result.interrupted()) return ExitCodes.INTERRUPTED; // the JVM exits with the signal's own status
        CrossCheckReport cross = result.crossCheck();
        if (cross != null && cross.failed()) {
            io.err().print(new CrossCheckRenderer(cross).failureMessage());
            return ExitCodes.INTERNAL;
        }
        if (result.replayRejected()) {
            io.err().println("ptprove: internal error: the reference evaluator rejected a counterexample or witness"
                    + " the solver produced (see 'replay: REJECTED' above); one of the two semantics is wrong."
                    + " Please report it with the spec.");
        }
        ExitStatus status = ExitStatus.of(result.report());
        for (CheckRun.Unwritten u : result.unwritten()) {
            io.err().println("ptprove: not recording " + u.spec() + " (" + u.record() + " left as it was): "
                    + u.reason());
            status = status.max(ExitStatus.UNKNOWN); // an error verdict already made it 70
        }
        return status.code();
    }

    /** {@code --affected-by}: the specs that are or import one of the files; says so when there are none. */
    private List<SpecInput> affected(Io io, List<SpecInput> inputs) throws SpecFinder.NoSuchSpec {
        for (Path f : affectedBy) {
            if (!java.nio.file.Files.isRegularFile(f)) throw new SpecFinder.NoSuchSpec("no such file: " + f);
        }
        List<SpecInput> mine = Dependents.affected(inputs, affectedBy);
        if (mine.isEmpty()) {
            io.err().println("ptprove: no spec among " + String.join(" ", paths) + " is or imports "
                    + String.join(", ", affectedBy.stream().map(Path::toString).toList()) + "; nothing to check");
        }
        return mine;
    }

    /** The first contradiction among the options, or null. */
    private String usageProblem() {
        if (record && !config.isEmpty()) return "--record rewrites whole records; it cannot be combined with --config";
        if (record && !shard.isAll()) return "--record rewrites whole records; it cannot be combined with --shard";
        if (record && !set.isEmpty()) return "--record writes the spec's verdicts; it cannot be combined with --set";
        if (record && !theorems.isEmpty()) {
            return "--record rewrites whole records; it cannot be combined with --theorem";
        }
        if (noCache && cache != null) return "--cache and --no-cache contradict each other; give one";
        if (jobs.problem() != null) return jobs.problem();
        if (symbolicConfig && perConfig) return "--symbolic-config and --per-config exclude each other";
        if (timeoutMs < 0 || rlimit < 0) return "--timeout-ms and --rlimit must not be negative";
        if (crossCheckTimeoutMs < 0) return "--cross-check-timeout-ms must not be negative";
        if (verbose && (quiet || changesOnly)) return "--verbose and --quiet (or --changes-only) contradict each other";
        if (changesOnly && format != Renderers.Format.text && format != Renderers.Format.json) {
            return "--changes-only applies to the text and json formats";
        }
        if (watch && record) return "--watch checks again on every change; it cannot be combined with --record";
        if (watch && !shard.isAll()) return "--watch checks every obligation; it cannot be combined with --shard";
        if (watch && crossCheck != null) return "--watch cannot be combined with --cross-check";
        if (watch && format != Renderers.Format.text) return "--watch applies to the text format";
        if (slowest < 0) return "--slowest must not be negative";
        if (slowest > 0 && format != Renderers.Format.text) {
            return "--slowest applies to the text format (the json report has every result's millis)";
        }
        if (slowest > 0 && noTiming) return "--slowest lists durations, which --no-timing leaves out; give one";
        return null;
    }

    private CheckSettings settings() throws Cvc5.Unavailable, KernelTree.NotATree {
        // --no-cache (or no default folder) keeps answers in memory: identical queries of this run solved once
        Path cacheDir = noCache ? null : cache != null ? cache : CacheLocation.defaultDir().orElse(null);
        return CheckSettings.builder(Version.PTPROVE)
                .config(config).shard(shard).theorems(new TheoremFilter(theorems)).overrides(new LetOverrides(set))
                .proofs(proofs).record(record)
                .jobs(jobs.count()).budget(new Budget(timeoutMs, rlimit))
                .mode(symbolicConfig ? ConfigMode.SYMBOLIC : ConfigMode.PER_CONFIG)
                .allCounterexamples(allCounterexamples).cacheDir(cacheDir)
                .secondSolver(crossCheck == null ? null : Cvc5.locate(crossCheck), crossCheckTimeoutMs)
                .kernel(kernel == null ? null : KernelTree.open(kernel))
                .build();
    }

    private Style style() {
        boolean text = format == Renderers.Format.text;
        Style colour = Style.of(text && !noColor && System.getenv("NO_COLOR") == null && System.console() != null);
        return noTiming ? colour.withoutTimings() : colour;
    }

    /** The renderer of each format; verbose text streams its verdicts while solving, so renders the rest here. */
    private Map<Renderers.Format, ReportRenderer> renderers() {
        Renderers.Text text = verbose ? Renderers.Text.VERBOSE
                : quiet || changesOnly ? Renderers.Text.QUIET : Renderers.Text.DEFAULT;
        return Renderers.of(style(), text, TextReportRenderer.Detail.NONE, !noTiming, allCounterexamples, changesOnly);
    }

    /** The report on stdout; the second solver's summary after it (text), inside it (json) or on stderr. */
    private void render(Io io, CheckRun.Result result) {
        String report = renderers().get(format).render(result.report());
        CrossCheckReport cross = result.crossCheck();
        if (format == Renderers.Format.text) {
            io.out().print(report);
            if (slowest > 0) io.out().print(SlowestRenderer.render(result.report(), slowest));
            if (result.skippedSpecs() > 0) {
                io.out().println(result.skippedSpecs() + " spec(s) without the --config params were skipped.");
            }
            if (cross != null) io.out().print(new CrossCheckRenderer(cross).renderText(!noTiming));
            return;
        }
        io.out().print(format == Renderers.Format.json && cross != null
                ? new CrossCheckRenderer(cross).addToJson(report, !noTiming) : report);
        if (cross != null) io.err().print(new CrossCheckRenderer(cross).renderText(!noTiming));
    }
}
