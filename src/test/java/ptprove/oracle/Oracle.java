package ptprove.oracle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import ptprove.check.Checker;
import ptprove.check.MemberKind;
import ptprove.check.Program;
import ptprove.elaborate.Configurations;
import ptprove.elaborate.Elaborator;
import ptprove.eval.ConfigSpace;
import ptprove.eval.Evaluator;
import ptprove.eval.Exhaustive;
import ptprove.eval.PropertyEval;
import ptprove.eval.WalkRecord;
import ptprove.eval.WitnessCheck;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.solve.Budget;
import ptprove.solve.Prover;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;
import ptprove.source.Diagnostics;
import ptprove.source.SourceFile;
import ptprove.syntax.PtlFrontEnd;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.SpecFile;

/**
 * The small-geometry oracle: checks one spec text both ways and compares, obligation by obligation.
 *
 * <ul>
 * <li>the solver side: {@code check → elaborate → solve} ({@link Elaborator}, {@link Prover} with real Z3
 *     sessions);</li>
 * <li>the reference side: {@link Exhaustive} over the evaluator's own configurations ({@link ConfigSpace}), which
 *     runs the kernel's loops and shares no code with elaborate/lower/solve.</li>
 * </ul>
 *
 * Per (property, configuration) the two verdicts must be equal, so a proof never hides an enumerated violation
 * and a refutation is never made up; every model the solver reports (a counterexample or a witness) must replay
 * under {@link PropertyEval} as a violation or a witness, and the hidden choices of a walk member
 * ({@code address}, {@code other_address}) must be a witness the evaluator's {@link WitnessCheck} accepts. Any
 * difference is an {@link AssertionError} whose message holds the spec text, the configuration, both verdicts,
 * the solver's model and the enumerated counterexample or witness.
 */
final class Oracle {
    private Oracle() {}

    /** Generous: these are 8- to 12-bit queries that Z3 answers in milliseconds; only a hang would reach it. */
    static final Budget BUDGET = Budget.timeout(120_000);

    /** Solver models replayed under PropertyEval, and hidden walk choices checked with WitnessCheck. */
    static final AtomicLong MODELS_REPLAYED = new AtomicLong();
    static final AtomicLong CHOICES_CHECKED = new AtomicLong();

    /** {@code -Doracle.timing=true} prints the time each side took, to tune the generator's sizes. */
    private static final boolean TIMING = Boolean.getBoolean("oracle.timing");

    private static final ExecutorService SOLVER_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "oracle-solver");
        t.setDaemon(true);
        return t;
    });

    /** What one spec produced, for statistics: the verdict of each obligation, in order. */
    record Result(List<Verdict> verdicts) {
        Map<Verdict, Integer> counts() {
            Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
            for (Verdict v : verdicts) m.merge(v, 1, Integer::sum);
            return m;
        }
    }

    static Program program(String text) {
        Diagnostics diags = new Diagnostics();
        SpecFile f = PtlFrontEnd.parse(new SourceFile(Path.of("gen.ptl"), "gen.ptl", text), diags);
        Program p = f == null ? null : Checker.check(List.of(f), diags);
        if (p == null || diags.hasErrors()) {
            StringBuilder sb = new StringBuilder("spec does not check (for a generated one, a generator bug):\n");
            for (Diagnostic d : diags.sorted()) sb.append(DiagnosticFormatter.format(d));
            throw new AssertionError(sb.append("\n--- spec ---\n").append(numbered(text)).toString());
        }
        return p;
    }

    static List<Obligation> obligations(Program p, String text) {
        Diagnostics diags = new Diagnostics();
        try {
            List<Obligation> obs = Elaborator.obligations(p, "gen.ptl", Configurations.Selection.ALL, diags);
            if (diags.hasErrors()) {
                StringBuilder sb = new StringBuilder("spec does not elaborate (for a generated one, a generator bug):\n");
                for (Diagnostic d : diags.sorted()) sb.append(DiagnosticFormatter.format(d));
                throw new AssertionError(sb.append("\n--- spec ---\n").append(numbered(text)).toString());
            }
            return obs;
        } catch (Configurations.BadSelection e) {
            throw new AssertionError(e);
        }
    }

    /** Checks every obligation of {@code text}; throws an {@link AssertionError} describing the first difference. */
    static Result check(String text) {
        Program program = program(text);
        List<Obligation> obligations = obligations(program, text);
        // Z3 works on its own thread while the evaluator enumerates on this one (2 cores).
        CompletableFuture<List<Outcome>> solving = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            List<Outcome> out = new Prover(1, BUDGET).prove(obligations);
            if (TIMING) System.out.printf("TIMING solver %.1f ms%n", (System.nanoTime() - t0) / 1e6);
            return out;
        }, SOLVER_THREAD);

        // The reference side enumerates configurations itself; both must list the same (property, config) pairs.
        Exhaustive exhaustive = new Exhaustive(program);
        PropertyEval pe = new PropertyEval(program);
        List<Config> configs = ConfigSpace.enumerate(program);
        List<Exhaustive.Outcome> reference = new ArrayList<>();
        for (Decl.Property p : program.properties()) {
            for (Config c : configs) {
                long t2 = System.nanoTime();
                Exhaustive.Outcome o = exhaustive.run(p, c);
                if (TIMING) {
                    System.out.printf("TIMING exhaustive %.1f ms %s %d%n", (System.nanoTime() - t2) / 1e6, o,
                            o == null ? 0 : o.assignments());
                }
                if (o != null) reference.add(o);
            }
        }
        List<Outcome> outcomes = solving.join();
        if (reference.size() != outcomes.size()) {
            throw new AssertionError("the solver has " + outcomes.size() + " obligations, the evaluator "
                    + reference.size() + "\nsolver: " + outcomes.stream().map(o -> o.obligation().id()).toList()
                    + "\nevaluator: " + reference + "\n--- spec ---\n" + numbered(text));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome s = outcomes.get(i);
            Exhaustive.Outcome e = reference.get(i);
            Obligation o = s.obligation();
            if (!o.name().equals(e.property().name().text()) || !o.config().equals(e.config())) {
                throw new AssertionError("obligation " + i + " is " + o.id() + " for the solver but " + e
                        + " for the evaluator\n--- spec ---\n" + numbered(text));
            }
            compare(text, pe, s, e);
            verdicts.add(s.verdict());
        }
        return new Result(verdicts);
    }

    private static void compare(String text, PropertyEval pe, Outcome s, Exhaustive.Outcome e) {
        Verdict sv = s.verdict(), ev = e.verdict();
        if (ev == Verdict.UNKNOWN || ev == Verdict.ERROR) {
            throw new AssertionError(describe("the evaluator could not decide (a generator bug, or an evaluator bug)",
                    text, pe, s, e, null));
        }
        if (sv == Verdict.UNKNOWN || sv == Verdict.ERROR) {
            throw new AssertionError(describe("the solver did not decide", text, pe, s, e, null));
        }
        String replay = null;
        if (sv == Verdict.REFUTED || sv == Verdict.WITNESSED) {
            replay = replay(pe, s, e);
        }
        if (sv != ev) {
            throw new AssertionError(describe("the solver says " + sv.word() + ", exhaustive enumeration says "
                    + ev.word(), text, pe, s, e, replay));
        }
        if (replay != null && !replay.startsWith("OK")) {
            throw new AssertionError(describe("the solver's model does not replay", text, pe, s, e, replay));
        }
    }

    /**
     * Replays the solver's model under {@link PropertyEval}: "OK ..." when it is a counterexample (theorem) or a
     * witness (example) and every walk member's hidden choice checks; otherwise a description of what failed.
     */
    private static String replay(PropertyEval pe, Outcome s, Exhaustive.Outcome e) {
        Map<String, Long> vars = new LinkedHashMap<>();
        Map<String, Long> bound = new LinkedHashMap<>();
        Map<String, Long> choices = new HashMap<>();
        for (Outcome.Value v : s.model()) {
            switch (v.variable().origin()) {
                case VAR -> vars.put(v.variable().label(), v.value());
                case BOUND -> bound.put(v.variable().label(), v.value());
                case CHOICE -> choices.put(v.variable().label(), v.value());
            }
        }
        PropertyEval.Result r;
        try {
            r = pe.evaluate(e.property(), e.config(), vars, bound);
        } catch (RuntimeException ex) {
            return "the replay failed: " + ex;
        }
        boolean theorem = r.isTheorem();
        if (!r.applicable()) return "the property does not apply in this configuration";
        if (!r.assumptionsHold()) return "the model violates the assumptions " + r.failedAssumptions();
        if (theorem ? !r.violates() : !r.witnesses()) {
            return "the claim is " + r.claim() + " at the solver's model, so it is no " + (theorem ? "counterexample"
                    : "witness") + walks(r);
        }
        // The walk members' hidden choices: a theorem's refutation of !W.frees_..., an example's W.frees_...
        // Only checked when the claim has exactly one search member, whose choices are then unambiguous.
        List<WalkRecord> searches = r.walks().stream()
                .filter(w -> w.kind() == MemberKind.FREES_TABLE_OF || w.kind() == MemberKind.FREES_ANY).toList();
        MODELS_REPLAYED.incrementAndGet();
        if (searches.size() == 1 && choices.containsKey("address") && searches.get(0).value()) {
            CHOICES_CHECKED.incrementAndGet();
            WalkRecord w = searches.get(0);
            Evaluator again = pe.evaluator(e.config(), vars);
            Long other = choices.get("other_address");
            WitnessCheck c = again.walk(w.walk()).check(null, choices.get("address"),
                    w.region() == null ? null : other, w.region());
            if (!c.holds()) {
                return "the solver's hidden choice address=" + hex(choices.get("address"))
                        + (other == null ? "" : " other_address=" + hex(other)) + " is no witness of "
                        + w.walk() + ": " + c.explanation() + walks(r);
            }
        }
        return "OK" + walks(r);
    }

    private static String walks(PropertyEval.Result r) {
        StringBuilder sb = new StringBuilder();
        for (WalkRecord w : r.walks()) sb.append("\n    ").append(w.describe().replace("\n", "\n    "));
        return sb.toString();
    }

    static String describe(String what, String text, PropertyEval pe, Outcome s, Exhaustive.Outcome e, String replay) {
        StringBuilder sb = new StringBuilder("ORACLE MISMATCH: ").append(what).append('\n');
        sb.append("obligation:    ").append(s.obligation().id()).append('\n');
        sb.append("configuration: ").append(s.obligation().config().toString().isEmpty() ? "(none)"
                : s.obligation().config()).append('\n');
        sb.append("solver:        ").append(s.verdict().word());
        if (s.reason() != null) sb.append(" (").append(s.reason()).append(')');
        if (!s.model().isEmpty()) {
            sb.append(" model");
            for (Outcome.Value v : s.model()) sb.append(' ').append(v.variable().label()).append('=').append(hex(v.value()));
        }
        sb.append('\n');
        sb.append("exhaustive:    ").append(e).append(" (").append(e.assumptionsHeld())
                .append(" assignments satisfied the assumptions)\n");
        if (replay != null) sb.append("replay of the solver's model: ").append(replay).append('\n');
        if (e.verdict() == Verdict.REFUTED || e.verdict() == Verdict.WITNESSED) {
            sb.append("replay of the enumerated ").append(e.verdict() == Verdict.REFUTED ? "counterexample" : "witness")
                    .append(":").append(replayEnumerated(pe, e)).append('\n');
        }
        sb.append("--- spec ---\n").append(numbered(text));
        return sb.toString();
    }

    /** The enumerated assignment (vars and bound variables together), replayed for its walk traces. */
    private static String replayEnumerated(PropertyEval pe, Exhaustive.Outcome e) {
        StringBuilder sb = new StringBuilder();
        e.assignment().forEach((k, v) -> sb.append(' ').append(k).append('=').append(hex(v)));
        try {
            PropertyEval.Result r = pe.evaluate(e.property(), e.config(), e.assignment(), e.assignment());
            sb.append(" -> assumptions ").append(r.assumptionsHold() ? "hold" : "fail " + r.failedAssumptions())
                    .append(", claim ").append(r.claim()).append(walks(r));
        } catch (RuntimeException ex) {
            sb.append(" (replay failed: ").append(ex).append(')');
        }
        return sb.toString();
    }

    static String hex(long v) { return "0x" + Long.toHexString(v); }

    static String numbered(String text) {
        StringBuilder sb = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) sb.append(String.format("%3d | %s%n", i + 1, lines[i]));
        return sb.toString();
    }
}
