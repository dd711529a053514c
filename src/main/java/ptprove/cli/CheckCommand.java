package ptprove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ptprove.cache.CacheLocation;
import ptprove.cache.ResultCache;
import ptprove.crosscheck.CrossCheck;
import ptprove.crosscheck.CrossCheckReport;
import ptprove.crosscheck.Cvc5;
import ptprove.elaborate.Configurations;
import ptprove.ir.Obligation;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.Shard;
import ptprove.pipeline.SpecInput;
import ptprove.proofs.ProofRecord;
import ptprove.proofs.ProofRecordException;
import ptprove.proofs.ProofRecordFiles;
import ptprove.proofs.RecordComparison;
import ptprove.proofs.RecordKey;
import ptprove.report.ExitStatus;
import ptprove.report.HtmlReportRenderer;
import ptprove.report.JsonReportRenderer;
import ptprove.report.JunitReportRenderer;
import ptprove.report.MarkdownReportRenderer;
import ptprove.report.OutcomeLineFormatter;
import ptprove.report.RunReport;
import ptprove.report.SarifReportRenderer;
import ptprove.report.SpecReport;
import ptprove.report.Style;
import ptprove.report.TextReportRenderer;
import ptprove.report.ToolInfo;
import ptprove.replay.Replayer;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.solve.Budget;
import ptprove.solve.ConfigMode;
import ptprove.solve.KnownOutcomes;
import ptprove.solve.SolverOptions;
import ptprove.solve.Prover;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;

/** {@code ptprove check}: compile specs, solve every obligation, compare with proofs/, report. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check specs: prove every theorem and witness every example, in every configuration."
                + " Each verdict is compared with the spec's record in proofs/ when it has one, and then only"
                + " differences fail; without a record, anything but proved or witnessed fails.",
        footer = {"", ExitCodes.HELP,
                "      and with --cross-check: the second solver disagrees or rejects a query",
                "", "Example: ptprove check --cross-check cvc5 specs"})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand TopCommand parent;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Spec files, or folders searched for *.ptl.")
    List<String> paths;

    @Option(names = "--config", paramLabel = "NAME=VALUE",
            description = "Check only configurations with this param value (repeatable).")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Solver threads (default: number of cores).")
    Integer jobs;

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
            description = "Result cache: an obligation whose query, solver and options were solved before is not"
                    + " solved again (its counterexample is still replayed). Default: ~/.cache/ptprove"
                    + " ($XDG_CACHE_HOME/ptprove when set; macOS and Windows: see the docs).")
    Path cache;

    @Option(names = "--no-cache", description = "Solve everything; neither read nor write the result cache.")
    boolean noCache;

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = "Check only the I-th of N parts of the obligations (dealt round-robin, the same on"
                    + " every machine), e.g. one CI job each for 1/3, 2/3 and 3/3; join the JSON reports with"
                    + " 'ptprove merge'. Records are compared for this part only.")
    Shard shard = Shard.ALL;

    enum Format { text, json, markdown, html, sarif, junit }

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
    public Integer call() throws IOException {
        Io io = parent.io();
        if (record && !config.isEmpty()) {
            io.err().println("ptprove: --record rewrites whole records; it cannot be combined with --config");
            return ExitCodes.USAGE;
        }
        if (record && !shard.isAll()) {
            io.err().println("ptprove: --record rewrites whole records; it cannot be combined with --shard");
            return ExitCodes.USAGE;
        }
        if (noCache && cache != null) {
            io.err().println("ptprove: --cache and --no-cache contradict each other; give one");
            return ExitCodes.USAGE;
        }
        if (jobs != null && jobs < 1) {
            io.err().println("ptprove: --jobs must be at least 1");
            return ExitCodes.USAGE;
        }
        if (symbolicConfig && perConfig) {
            io.err().println("ptprove: --symbolic-config and --per-config exclude each other");
            return ExitCodes.USAGE;
        }
        if (timeoutMs < 0 || rlimit < 0) {
            io.err().println("ptprove: --timeout-ms and --rlimit must not be negative");
            return ExitCodes.USAGE;
        }
        Cvc5 secondSolver = null;
        if (crossCheck != null) {
            if (crossCheckTimeoutMs < 0) {
                io.err().println("ptprove: --cross-check-timeout-ms must not be negative");
                return ExitCodes.USAGE;
            }
            try {
                secondSolver = Cvc5.locate(crossCheck);
            } catch (Cvc5.Unavailable e) {
                io.err().println("ptprove: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        List<SpecInput> inputs;
        try {
            inputs = SpecFinder.find(paths, root);
        } catch (SpecFinder.NoSuchSpec e) {
            io.err().println("ptprove: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Configurations.Selection selection = new Configurations.Selection(config);

        // 1. Compile everything (cheap), reporting diagnostics as they come.
        List<CompiledSpec> compiled = new ArrayList<>();
        int skipped = 0;
        for (SpecInput in : inputs) {
            try {
                CompiledSpec c = Compiler.compile(in, selection, Compiler.Want.OBLIGATIONS);
                for (Diagnostic d : c.diagnostics()) io.err().print(DiagnosticFormatter.format(d));
                compiled.add(c);
            } catch (Configurations.BadSelection e) {
                if (e.unknownParam() && inputs.size() > 1) {
                    skipped++;
                    continue;
                }
                io.err().println("ptprove: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        if (compiled.isEmpty()) {
            io.err().println("ptprove: no spec has the params named by --config");
            return ExitCodes.USAGE;
        }

        // 2. Records, read before solving so a malformed one is reported before any work.
        Map<CompiledSpec, ProofRecord> records = new LinkedHashMap<>();
        if (!record) {
            for (CompiledSpec c : compiled) {
                if (c.hasErrors()) continue;
                try {
                    ProofRecordFiles.readIfPresent(ProofRecordFiles.recordPath(proofs, c.input().relative()))
                            .ifPresent(r -> records.put(c, r));
                } catch (ProofRecordException e) {
                    io.err().println("ptprove: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
            }
        }

        // 3. Solve every obligation of every spec (of this shard) in one pool, streaming verdicts in order.
        List<Obligation> every = new ArrayList<>();
        for (CompiledSpec c : compiled) every.addAll(c.obligations());
        List<Obligation> all = shard.select(every);
        Budget budget = new Budget(timeoutMs, rlimit);
        // --all asks for models the cache does not keep (one per failing class), so it always solves
        ResultCache results = allCounterexamples ? null : openCache(budget);
        Prover prover = new Prover(jobs == null ? Prover.defaultJobs() : jobs, budget,
                results == null ? KnownOutcomes.NONE : results,
                symbolicConfig ? ConfigMode.SYMBOLIC : ConfigMode.PER_CONFIG, allCounterexamples);
        boolean text = format == Format.text;
        Style colour = Style.of(text && !noColor && System.getenv("NO_COLOR") == null && System.console() != null);
        Style style = noTiming ? colour.withoutTimings() : colour;
        OutcomeLineFormatter lines = OutcomeLineFormatter.forObligations(all, style);
        String[] lastSpec = {null};
        Map<String, Replayer> replayers = new LinkedHashMap<>();
        for (CompiledSpec c : compiled) if (c.program() != null) replayers.put(c.input().display(), new Replayer(c.program()));
        Map<String, Map<Integer, Replay>> replays = new LinkedHashMap<>();
        Map<String, Map<Integer, List<Replay>>> otherReplays = new LinkedHashMap<>();
        // outcomes whose others were deduplicated; by identity: an obligation's hashCode walks its whole term DAG
        Map<Obligation, Outcome> distinct = new java.util.IdentityHashMap<>();
        boolean[] rejected = {false};
        long start = System.nanoTime();
        Progress progress = Progress.onTerminal(io.err(), all.size());
        List<Outcome> outcomes = prover.prove(all, o -> {
            // every counterexample and witness is re-run by the reference evaluator, independent of the SMT side
            Replay replay = null;
            List<Replay> others = List.of();
            if (!o.model().isEmpty()) {
                Replayer.Replayed r = replayers.get(o.obligation().spec()).replayAll(o);
                replay = r.replay();
                others = r.others();
                replays.computeIfAbsent(o.obligation().spec(), k -> new LinkedHashMap<>()).put(o.obligation().index(), replay);
                if (!others.isEmpty()) {
                    otherReplays.computeIfAbsent(o.obligation().spec(), k -> new LinkedHashMap<>())
                            .put(o.obligation().index(), others);
                }
                if (!o.others().isEmpty()) distinct.put(o.obligation(), r.outcome());
                o = r.outcome();
                if (replay.status() == Replay.Status.REJECTED) rejected[0] = true;
                for (Replay x : others) if (x.status() == Replay.Status.REJECTED) rejected[0] = true;
            }
            if (!text) {
                progress.step();
                return;
            }
            progress.clear(); // the verdict line goes where the progress line was, which is redrawn below it
            if (!o.obligation().spec().equals(lastSpec[0])) {
                lastSpec[0] = o.obligation().spec();
                io.out().println(o.obligation().spec());
            }
            io.out().print(lines.format(o));
            if (replay != null) for (String l : lines.replayLines(replay)) io.out().println(l);
            for (String l : lines.otherLines(o, others)) io.out().println(l);
            progress.step();
        });
        outcomes = outcomes.stream().map(x -> distinct.getOrDefault(x.obligation(), x)).toList();
        progress.finish();
        double elapsed = (System.nanoTime() - start) / 1e6;

        if (results != null && results.writeProblem() != null) {
            io.err().println("ptprove: warning: " + results.writeProblem() + " (the run is not affected)");
        }
        if (results != null && results.ignored() > 0) {
            io.err().println("ptprove: warning: " + results.ignored() + " cache entries were unreadable, corrupt or"
                    + " foreign; those obligations were solved again and the entries rewritten");
        }

        // 4. Per-spec reports, records.
        List<SpecReport> reports = new ArrayList<>();
        int at = 0;
        int position = 0; // in the whole run's order, which decides the shard
        for (CompiledSpec c : compiled) {
            if (c.hasErrors()) {
                reports.add(SpecReport.failed(c.input().display(), c.diagnostics()));
                continue;
            }
            Set<RecordKey> elsewhere = new HashSet<>(); // checked by other shards: neither compared nor gone
            int inShard = 0;
            for (Obligation o : c.obligations()) {
                if (shard.contains(position++)) inShard++;
                else elsewhere.add(RecordKey.of(o));
            }
            List<Outcome> mine = outcomes.subList(at, at + inShard);
            at += inShard;
            RecordComparison comparison = null;
            ProofRecord rec = records.get(c);
            if (rec != null) {
                // gone entries are reported once: by the first shard, and only when no --config narrows the run
                comparison = RecordComparison.compare(rec, mine, config.isEmpty() && shard.index() == 1
                        ? RecordComparison.Coverage.COMPLETE : RecordComparison.Coverage.PARTIAL, elsewhere);
            }
            if (record) {
                ProofRecord written = ProofRecord.of(c.input().display(), mine);
                ProofRecordFiles.write(ProofRecordFiles.recordPath(proofs, c.input().relative()), written);
                comparison = RecordComparison.compare(written, mine); // the run now matches its record
            }
            reports.add(new SpecReport(c.input().display(), c.diagnostics(), mine, comparison,
                    replays.getOrDefault(c.input().display(), Map.of()),
                    otherReplays.getOrDefault(c.input().display(), Map.of())));
        }
        ToolInfo tool = ToolInfo.of(Version.PTPROVE, "z3 " + Prover.solverVersion(), prover.options().describe());
        RunReport run = new RunReport(tool, reports, elapsed, shard.isAll() ? null : shard.toString(),
                results != null && results.onDisk());
        // 5. The second solver, over the same outcomes (see ptprove.crosscheck.CrossCheck).
        CrossCheckReport cross = secondSolver == null ? null
                : new CrossCheck(secondSolver, prover.jobs(), crossCheckTimeoutMs,
                        Path.of(System.getProperty("java.io.tmpdir"))).run(outcomes, io.err()::println);
        if (text) {
            io.out().print(new TextReportRenderer(style, TextReportRenderer.Detail.NONE).render(run));
            if (skipped > 0) io.out().println(skipped + " spec(s) without the --config params were skipped.");
            if (cross != null) io.out().print(cross.renderText(!noTiming));
        } else if (format == Format.sarif || format == Format.junit) {
            io.out().print(format == Format.sarif ? new SarifReportRenderer().render(run)
                    : new JunitReportRenderer(!noTiming).render(run));
            if (cross != null) io.err().print(cross.renderText(!noTiming));
        } else if (format == Format.markdown || format == Format.html) {
            io.out().print(format == Format.markdown ? new MarkdownReportRenderer(!noTiming).render(run)
                    : new HtmlReportRenderer(!noTiming).render(run));
            if (cross != null) io.err().print(cross.renderText(!noTiming));
        } else {
            String json = new JsonReportRenderer(!noTiming, allCounterexamples).render(run);
            io.out().print(cross == null ? json : cross.addToJson(json, !noTiming));
            if (cross != null) io.err().print(cross.renderText(!noTiming));
        }
        if (cross != null && cross.failed()) {
            io.err().print(cross.failureMessage());
            return ExitCodes.INTERNAL;
        }
        if (rejected[0]) {
            io.err().println("ptprove: internal error: the reference evaluator rejected a counterexample or witness"
                    + " the solver produced (see 'replay: REJECTED' above); one of the two semantics is wrong."
                    + " Please report it with the spec.");
        }
        int code = ExitStatus.of(run).code();
        return code;
    }

    /**
     * The result cache of this run. With --no-cache (or when no default folder can be found) it keeps answers
     * in memory only, so identical queries of this run are solved once (the library's 2 754 obligations ask
     * 1 023 distinct queries) and nothing is read from or written to disk.
     */
    private ResultCache openCache(Budget budget) {
        Path dir = noCache ? null : cache != null ? cache : CacheLocation.defaultDir().orElse(null);
        return new ResultCache(dir, Version.PTPROVE, SolverOptions.of(budget));
    }
}
