package ptprove.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import ptprove.cache.ResultCache;
import ptprove.crosscheck.CrossCheck;
import ptprove.crosscheck.CrossCheckReport;
import ptprove.elaborate.Configurations;
import ptprove.ir.Obligation;
import ptprove.proofs.ProofRecord;
import ptprove.proofs.ProofRecordException;
import ptprove.proofs.ProofRecordFiles;
import ptprove.proofs.RecordComparison;
import ptprove.proofs.RecordKey;
import ptprove.replay.Replayer;
import ptprove.report.RunReport;
import ptprove.report.SpecReport;
import ptprove.report.ToolInfo;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.solve.KnownOutcomes;
import ptprove.solve.Prover;
import ptprove.syntax.ParsedFiles;

/**
 * One {@code check} run, from spec inputs to a {@link RunReport}: compile every spec; read the proof records
 * (before any solving, so a malformed one stops the run early); solve this shard's obligations in one pool and
 * replay every counterexample and witness with the reference evaluator; compare with (or rewrite) the records;
 * optionally re-solve everything with a second solver. The command line only parses options, listens and renders.
 */
public final class CheckRun {
    private final CheckSettings settings;
    private final Listener listener;

    /** What a run tells its caller while it goes; every method is called on the thread that called {@link #run}. */
    public interface Listener {
        /** A spec was compiled: its diagnostics (warnings, or the errors that stopped it) are ready to show. */
        default void compiled(CompiledSpec spec) {}

        /** Solving starts: the obligations of this run (this shard), in order. */
        default void solving(List<Obligation> obligations) {}

        /** One outcome, in obligation order, with its replay (null when there was nothing to replay). */
        default void solved(Outcome outcome, Replay replay, List<Replay> others) {}

        /** Solving is over (the progress display can go). */
        default void solvedAll() {}

        /** Something the user should know that does not change the results (e.g. a cache that was not written). */
        default void warning(String message) {}

        /** A line of the second solver's progress. */
        default void crossCheckProgress(String line) {}
    }

    /** A run that cannot start or go on for a reason in the user's hands (the command line's usage error). */
    public static final class Refused extends Exception {
        public Refused(String message) { super(message); }
    }

    /**
     * @param report         the run's results, one report per spec that has the selected params
     * @param skippedSpecs   specs left out because they lack a {@code --config} param (only in multi-spec runs)
     * @param replayRejected the reference evaluator rejected a counterexample or witness (a semantics bug)
     * @param crossCheck     the second solver's comparison, or null when none was asked for
     * @param unwritten      with {@code --record}: the specs whose records were left as they were, and why
     * @param interrupted    a signal stopped the run: nothing was recorded or published after it
     */
    public record Result(RunReport report, int skippedSpecs, boolean replayRejected, CrossCheckReport crossCheck,
                         List<Unwritten> unwritten, boolean interrupted) {}

    /** A spec whose proof record {@code --record} did not write, and why. */
    public record Unwritten(String spec, Path record, String reason) {}

    /** Shows the finished run (prints the report); it runs whole, or not at all once a signal has come. */
    public interface Publisher {
        void publish(Result result) throws IOException;
    }

    public CheckRun(CheckSettings settings, Listener listener) {
        this.settings = settings;
        this.listener = listener;
    }

    /**
     * Runs the check and hands the result to {@code publish}, unless SIGINT or SIGTERM stops it first
     * ({@link Interruption}): then no record is written and nothing is published.
     */
    public Result run(List<SpecInput> inputs, Publisher publish) throws Refused, IOException {
        try (Interruption interruption = Interruption.onSignals()) {
            return run(inputs, publish, interruption);
        }
    }

    Result run(List<SpecInput> inputs, Publisher publish, Interruption interruption) throws Refused, IOException {
        SpecAnswers answers = SpecAnswers.of(settings);
        Compiled compiled = compileAll(inputs, answers);
        RecordPaths.requireDistinct(settings.proofs(), compiled.specs);
        Map<CompiledSpec, ProofRecord> records = readRecords(compiled.specs);
        Solved solved = solve(compiled.specs, answers, interruption);
        RecordWriter writer = new RecordWriter(interruption);
        List<SpecReport> reports = specReports(compiled.specs, records, solved, writer);
        Map<String, String> options = new LinkedHashMap<>(solved.prover.options().describe());
        // a what-if run says so in every report: its verdicts are not the spec's
        if (!settings.overrides().isEmpty()) options.put("set", settings.overrides().toString());
        ToolInfo tool = ToolInfo.of(settings.toolVersion(), "z3 " + Prover.solverVersion(), options);
        RunReport run = new RunReport(tool, reports, solved.elapsedMillis,
                settings.shard().isAll() ? null : settings.shard().toString(), solved.cacheOnDisk,
                settings.shard().isAll() ? null : ShardIdentities.of(settings, compiled.specs, records));
        CrossCheckReport cross = settings.secondSolver() == null || interruption.interrupted() ? null
                : new CrossCheck(settings.secondSolver(), solved.prover.jobs(), settings.crossCheckTimeoutMs(),
                        Path.of(System.getProperty("java.io.tmpdir")))
                        .run(solved.outcomes, listener::crossCheckProgress);
        List<Unwritten> unwritten = writer.unwritten();
        if (!interruption.interrupted() && (cross == null || !cross.failed())) {
            answers.store(compiled.specs, solved.outcomes, solved.rejectedSpecs);
        }
        answers.warnings(listener::warning);
        Result result = new Result(run, compiled.skipped, solved.rejected, cross, unwritten, false);
        boolean published = interruption.commit(() -> publish.publish(result));
        return published ? result : new Result(run, compiled.skipped, solved.rejected, cross, unwritten, true);
    }

    private record Compiled(List<CompiledSpec> specs, int skipped) {}

    /** Compiles every spec ({@code --jobs} at once), reporting diagnostics in spec order as they come. */
    private Compiled compileAll(List<SpecInput> inputs, SpecAnswers answers) throws Refused {
        Configurations.Selection selection = new Configurations.Selection(settings.config());
        List<CompiledSpec> compiled = new ArrayList<>();
        ParsedFiles parsed = new ParsedFiles(); // a layout imported by every spec of an architecture: parsed once
        int skipped = 0;
        LetOverrides overrides = settings.overrides(); // a name no spec defines is refused below
        Compiler.Extras extras = Compiler.Extras.NONE.with(overrides).with(settings.kernel()).with(parsed, answers)
                .withTimeout(settings.budget().timeoutMs());
        int threads = Math.min(settings.jobs(), inputs.size());
        try (SpecCompilations all = new SpecCompilations(inputs, threads, in -> {
            CompiledSpec c = Compiler.compile(in, selection, Compiler.Want.OBLIGATIONS, extras);
            // obligations to look up or solve: load Z3 on the other core while the remaining specs compile
            if (answers.answered(in) == null && !c.obligations().isEmpty()) Prover.loadSolverSoon();
            return c;
        })) {
            for (int i = 0; i < inputs.size(); i++) {
                try {
                    CompiledSpec c = all.get(i);
                    listener.compiled(c);
                    compiled.add(c);
                } catch (Configurations.BadSelection e) {
                    if (!e.unknownParam() || inputs.size() == 1) throw new Refused(e.getMessage());
                    skipped++;
                }
            }
        }
        if (compiled.isEmpty()) throw new Refused("no spec has the params named by --config");
        requireOverriddenLets(compiled);
        return new Compiled(selectTheorems(compiled), skipped);
    }

    /**
     * {@code --set}: each name must be a let of at least one spec (or a file it imports): a typo is refused.
     * A spec with errors has no lets to look at, and may be the one that defines it: then its diagnostics are
     * shown (and fail the run) instead of this refusal.
     */
    private void requireOverriddenLets(List<CompiledSpec> compiled) throws Refused {
        if (compiled.stream().anyMatch(c -> c.program() == null)) return;
        for (String name : settings.overrides().values().keySet()) {
            boolean defined = compiled.stream()
                    .anyMatch(c -> c.program().lets().stream().anyMatch(l -> l.name().text().equals(name)));
            if (defined) continue;
            throw new Refused("--set " + name + ": " + (compiled.size() == 1
                    ? compiled.get(0).input().display() + " defines no let '" + name + "' (nor does a file it imports)"
                    : "none of these specs defines a let '" + name + "'"));
        }
    }

    /**
     * {@code --theorem}: only the matching obligations, and only the specs that have some (or errors to show).
     * A glob that matches nothing anywhere is refused, as a typo would otherwise check nothing quietly.
     */
    private List<CompiledSpec> selectTheorems(List<CompiledSpec> compiled) throws Refused {
        TheoremFilter filter = settings.theorems();
        if (filter.isAll()) return compiled;
        Set<String> names = new LinkedHashSet<>();
        List<CompiledSpec> kept = new ArrayList<>();
        for (CompiledSpec c : compiled) {
            if (c.program() != null) c.program().properties().forEach(p -> names.add(p.name().text()));
            List<Obligation> mine = c.obligations().stream().filter(o -> filter.matches(o.name())).toList();
            if (c.hasErrors() || !mine.isEmpty()) {
                kept.add(new CompiledSpec(c.input(), c.diagnostics(), c.program(), mine, c.layouts()));
            }
        }
        List<String> unmatched = filter.unmatched(names);
        if (!unmatched.isEmpty()) {
            throw new Refused("--theorem " + String.join(", ", unmatched) + " matches no theorem or example"
                    + (compiled.size() == 1 ? " of " + compiled.get(0).input().display() : " of these specs"));
        }
        if (kept.isEmpty()) throw new Refused("--theorem " + filter + " selects no obligation of the selected"
                + " configurations");
        return kept;
    }

    /** The records to compare with (none when the run rewrites them). */
    private Map<CompiledSpec, ProofRecord> readRecords(List<CompiledSpec> compiled) throws Refused, IOException {
        // by identity: one record per compiled spec object
        Map<CompiledSpec, ProofRecord> records = new IdentityHashMap<>();
        if (settings.record()) return records;
        for (CompiledSpec c : compiled) {
            if (c.hasErrors()) continue;
            try {
                ProofRecordFiles.readIfPresent(settings.proofs(), recordPath(c)).ifPresent(r -> records.put(c, r));
            } catch (ProofRecordException e) {
                throw new Refused(e.getMessage());
            }
        }
        return records;
    }

    private Path recordPath(CompiledSpec c) {
        return RecordPaths.of(settings.proofs(), c.input());
    }

    /** Everything the solving step produced. */
    private static final class Solved {
        Prover prover;
        List<Outcome> outcomes;
        double elapsedMillis;
        boolean cacheOnDisk;
        boolean rejected;
        final Set<String> rejectedSpecs = new HashSet<>();
        final Map<String, Map<Integer, Replay>> replays = new LinkedHashMap<>();
        final Map<String, Map<Integer, List<Replay>>> otherReplays = new LinkedHashMap<>();
    }

    /**
     * Solves every obligation of every spec (of this shard) in one pool, streaming replayed outcomes in order.
     * Specs answered from their spec-level entry bring their outcomes along; only the others reach the prover.
     */
    private Solved solve(List<CompiledSpec> compiled, SpecAnswers answers, Interruption interruption) {
        List<Obligation> every = new ArrayList<>();
        Map<Obligation, Outcome> known = new IdentityHashMap<>();
        for (CompiledSpec c : compiled) {
            every.addAll(c.obligations());
            List<Outcome> answered = answers.answered(c.input());
            if (answered != null) for (Outcome o : answered) known.put(o.obligation(), o);
        }
        List<Obligation> mine = settings.shard().select(every);
        // --all asks for models the cache does not keep (one per failing class), so it always solves
        ResultCache cache = settings.allCounterexamples() ? null : settings.openCache();
        Solved s = new Solved();
        s.prover = new Prover(Prover.Settings.of(settings.jobs(), settings.budget())
                .withKnown(cache == null ? KnownOutcomes.NONE : cache).withMode(settings.mode())
                .withAllCounterexamples(settings.allCounterexamples()));
        Map<String, Replayer> replayers = new LinkedHashMap<>();
        for (CompiledSpec c : compiled) {
            if (c.program() != null) replayers.put(c.input().display(), new Replayer(c.program()));
        }
        // outcomes whose others were deduplicated, per obligation object
        Map<Obligation, Outcome> distinct = new IdentityHashMap<>();
        listener.solving(mine);
        long start = System.nanoTime();
        interruption.onStop(s.prover::cancel);
        List<Outcome> outcomes = inOrder(s.prover, mine, known, o -> replayed(o, replayers, s, distinct, interruption));
        s.outcomes = outcomes.stream().map(x -> distinct.getOrDefault(x.obligation(), x)).toList();
        listener.solvedAll();
        s.elapsedMillis = (System.nanoTime() - start) / 1e6;
        s.cacheOnDisk = cache != null && cache.onDisk();
        if (cache != null) cacheWarnings(cache, listener::warning);
        return s;
    }

    /**
     * The outcomes of {@code mine} in order: {@code known} ones as they are, the rest from the prover; each reaches
     * {@code each} in order, as soon as it and everything before it are done.
     */
    private static List<Outcome> inOrder(Prover prover, List<Obligation> mine, Map<Obligation, Outcome> known,
                                         Consumer<Outcome> each) {
        List<Obligation> unknown = new ArrayList<>();
        for (Obligation o : mine) if (!known.containsKey(o)) unknown.add(o);
        List<Outcome> out = new ArrayList<>(mine.size());
        Runnable knownNext = () -> {
            while (out.size() < mine.size() && known.containsKey(mine.get(out.size()))) {
                Outcome k = known.get(mine.get(out.size()));
                out.add(k);
                each.accept(k);
            }
        };
        knownNext.run();
        prover.prove(unknown, o -> {
            out.add(o);
            each.accept(o);
            knownNext.run();
        });
        return out;
    }

    /** Re-runs a counterexample or witness with the reference evaluator, independent of the SMT side. */
    private void replayed(Outcome o, Map<String, Replayer> replayers, Solved s, Map<Obligation, Outcome> distinct,
                          Interruption interruption) {
        Replay replay = null;
        List<Replay> others = List.of();
        // a refuted theorem without variables has no model, but its false conjuncts are worth a replay
        if (!o.model().isEmpty() || o.verdict() == ptprove.result.Verdict.REFUTED) {
            String spec = o.obligation().spec();
            int index = o.obligation().index();
            Replayer.Replayed r = replayers.get(spec).replayAll(o);
            replay = r.replay();
            others = r.others();
            s.replays.computeIfAbsent(spec, k -> new LinkedHashMap<>()).put(index, replay);
            if (!others.isEmpty()) s.otherReplays.computeIfAbsent(spec, k -> new LinkedHashMap<>()).put(index, others);
            if (!o.others().isEmpty()) distinct.put(o.obligation(), r.outcome());
            o = r.outcome();
            boolean rejected = replay.status() == Replay.Status.REJECTED;
            for (Replay x : others) rejected |= x.status() == Replay.Status.REJECTED;
            if (rejected) {
                s.rejected = true;
                s.rejectedSpecs.add(spec);
            }
        }
        Outcome shown = o;
        Replay first = replay;
        List<Replay> rest = others;
        try {
            interruption.commit(() -> listener.solved(shown, first, rest)); // whole lines, none after a signal
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cacheWarnings(ResultCache cache, Consumer<String> warn) {
        if (cache.writeProblem() != null) warn.accept(cache.writeProblem() + " (the run is not affected)");
        if (cache.ignored() > 0) {
            warn.accept(cache.ignored() + " cache entries were unreadable, corrupt or foreign; those obligations"
                    + " were solved again" + (cache.writeProblem() == null ? " and the entries rewritten" : ""));
        }
    }

    /** Per-spec reports: this shard's outcomes held against (or written to) each spec's record. */
    private List<SpecReport> specReports(List<CompiledSpec> compiled, Map<CompiledSpec, ProofRecord> records,
                                         Solved solved, RecordWriter writer) throws IOException {
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
                if (settings.shard().contains(position++)) inShard++;
                else elsewhere.add(RecordKey.of(o));
            }
            List<Outcome> mine = solved.outcomes.subList(at, at + inShard);
            at += inShard;
            RecordComparison comparison = settings.record() ? writer.write(c.input().display(), recordPath(c), mine)
                    : compare(c, records.get(c), mine, elsewhere);
            String spec = c.input().display();
            reports.add(new SpecReport(spec, c.diagnostics(), mine, comparison,
                    solved.replays.getOrDefault(spec, Map.of()), solved.otherReplays.getOrDefault(spec, Map.of()),
                    c.kernel() == null ? null : KernelSubstitution.sources(settings.kernel(), c.kernel())));
        }
        return reports;
    }

    private RecordComparison compare(CompiledSpec c, ProofRecord rec, List<Outcome> mine, Set<RecordKey> elsewhere) {
        if (rec == null) return null;
        // gone entries are reported once: by the first shard, and only when no --config or --theorem narrows the run
        boolean complete = settings.checksWholeSpecs() && settings.shard().index() == 1;
        return RecordComparison.compare(rec, mine,
                complete ? RecordComparison.Coverage.COMPLETE : RecordComparison.Coverage.PARTIAL, elsewhere);
    }
}
