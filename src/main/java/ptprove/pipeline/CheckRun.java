package ptprove.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
     */
    public record Result(RunReport report, int skippedSpecs, boolean replayRejected, CrossCheckReport crossCheck) {}

    public CheckRun(CheckSettings settings, Listener listener) {
        this.settings = settings;
        this.listener = listener;
    }

    public Result run(List<SpecInput> inputs) throws Refused, IOException {
        Compiled compiled = compileAll(inputs);
        Map<CompiledSpec, ProofRecord> records = readRecords(compiled.specs);
        Solved solved = solve(compiled.specs);
        List<SpecReport> reports = specReports(compiled.specs, records, solved);
        ToolInfo tool = ToolInfo.of(settings.toolVersion(), "z3 " + Prover.solverVersion(),
                solved.prover.options().describe());
        RunReport run = new RunReport(tool, reports, solved.elapsedMillis,
                settings.shard().isAll() ? null : settings.shard().toString(), solved.cacheOnDisk);
        CrossCheckReport cross = settings.secondSolver() == null ? null
                : new CrossCheck(settings.secondSolver(), solved.prover.jobs(), settings.crossCheckTimeoutMs(),
                        Path.of(System.getProperty("java.io.tmpdir")))
                        .run(solved.outcomes, listener::crossCheckProgress);
        return new Result(run, compiled.skipped, solved.rejected, cross);
    }

    private record Compiled(List<CompiledSpec> specs, int skipped) {}

    /** Compiles every spec (cheap), reporting diagnostics as they come. */
    private Compiled compileAll(List<SpecInput> inputs) throws Refused {
        Configurations.Selection selection = new Configurations.Selection(settings.config());
        List<CompiledSpec> compiled = new ArrayList<>();
        int skipped = 0;
        for (SpecInput in : inputs) {
            try {
                CompiledSpec c = Compiler.compile(in, selection, Compiler.Want.OBLIGATIONS);
                listener.compiled(c);
                compiled.add(c);
            } catch (Configurations.BadSelection e) {
                if (e.unknownParam() && inputs.size() > 1) {
                    skipped++;
                    continue;
                }
                throw new Refused(e.getMessage());
            }
        }
        if (compiled.isEmpty()) throw new Refused("no spec has the params named by --config");
        return new Compiled(compiled, skipped);
    }

    /** The records to compare with (none when the run rewrites them). */
    private Map<CompiledSpec, ProofRecord> readRecords(List<CompiledSpec> compiled) throws Refused {
        Map<CompiledSpec, ProofRecord> records = new LinkedHashMap<>();
        if (settings.record()) return records;
        for (CompiledSpec c : compiled) {
            if (c.hasErrors()) continue;
            try {
                ProofRecordFiles.readIfPresent(recordPath(c)).ifPresent(r -> records.put(c, r));
            } catch (ProofRecordException e) {
                throw new Refused(e.getMessage());
            }
        }
        return records;
    }

    private Path recordPath(CompiledSpec c) {
        return ProofRecordFiles.recordPath(settings.proofs(), c.input().relative());
    }

    /** Everything the solving step produced. */
    private static final class Solved {
        Prover prover;
        List<Outcome> outcomes;
        double elapsedMillis;
        boolean cacheOnDisk;
        boolean rejected;
        final Map<String, Map<Integer, Replay>> replays = new LinkedHashMap<>();
        final Map<String, Map<Integer, List<Replay>>> otherReplays = new LinkedHashMap<>();
    }

    /** Solves every obligation of every spec (of this shard) in one pool, streaming replayed outcomes in order. */
    private Solved solve(List<CompiledSpec> compiled) {
        List<Obligation> every = new ArrayList<>();
        for (CompiledSpec c : compiled) every.addAll(c.obligations());
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
        List<Outcome> outcomes = s.prover.prove(mine, o -> replayed(o, replayers, s, distinct));
        s.outcomes = outcomes.stream().map(x -> distinct.getOrDefault(x.obligation(), x)).toList();
        listener.solvedAll();
        s.elapsedMillis = (System.nanoTime() - start) / 1e6;
        s.cacheOnDisk = cache != null && cache.onDisk();
        if (cache != null) cacheWarnings(cache, listener::warning);
        return s;
    }

    /** Re-runs a counterexample or witness with the reference evaluator, independent of the SMT side. */
    private void replayed(Outcome o, Map<String, Replayer> replayers, Solved s, Map<Obligation, Outcome> distinct) {
        Replay replay = null;
        List<Replay> others = List.of();
        if (!o.model().isEmpty()) {
            String spec = o.obligation().spec();
            int index = o.obligation().index();
            Replayer.Replayed r = replayers.get(spec).replayAll(o);
            replay = r.replay();
            others = r.others();
            s.replays.computeIfAbsent(spec, k -> new LinkedHashMap<>()).put(index, replay);
            if (!others.isEmpty()) s.otherReplays.computeIfAbsent(spec, k -> new LinkedHashMap<>()).put(index, others);
            if (!o.others().isEmpty()) distinct.put(o.obligation(), r.outcome());
            o = r.outcome();
            if (replay.status() == Replay.Status.REJECTED) s.rejected = true;
            for (Replay x : others) if (x.status() == Replay.Status.REJECTED) s.rejected = true;
        }
        listener.solved(o, replay, others);
    }

    private static void cacheWarnings(ResultCache cache, Consumer<String> warn) {
        if (cache.writeProblem() != null) warn.accept(cache.writeProblem() + " (the run is not affected)");
        if (cache.ignored() > 0) {
            warn.accept(cache.ignored() + " cache entries were unreadable, corrupt or foreign; those obligations"
                    + " were solved again and the entries rewritten");
        }
    }

    /** Per-spec reports: this shard's outcomes held against (or written to) each spec's record. */
    private List<SpecReport> specReports(List<CompiledSpec> compiled, Map<CompiledSpec, ProofRecord> records,
                                         Solved solved) throws IOException {
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
            RecordComparison comparison = compare(c, records.get(c), mine, elsewhere);
            String spec = c.input().display();
            reports.add(new SpecReport(spec, c.diagnostics(), mine, comparison,
                    solved.replays.getOrDefault(spec, Map.of()), solved.otherReplays.getOrDefault(spec, Map.of())));
        }
        return reports;
    }

    private RecordComparison compare(CompiledSpec c, ProofRecord rec, List<Outcome> mine, Set<RecordKey> elsewhere)
            throws IOException {
        if (settings.record()) {
            ProofRecord written = ProofRecord.of(c.input().display(), mine);
            ProofRecordFiles.write(recordPath(c), written);
            return RecordComparison.compare(written, mine); // the run now matches its record
        }
        if (rec == null) return null;
        // gone entries are reported once: by the first shard, and only when no --config narrows the run
        boolean complete = settings.config().isEmpty() && settings.shard().index() == 1;
        return RecordComparison.compare(rec, mine,
                complete ? RecordComparison.Coverage.COMPLETE : RecordComparison.Coverage.PARTIAL, elsewhere);
    }
}
