package ptprove.solve;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Global;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Statistics;
import com.microsoft.z3.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import ptprove.ir.Obligation;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.ir.Deadline;
import ptprove.lower.Fingerprint;
import ptprove.lower.Z3Lowering;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/**
 * A worker's solver: obligations are solved one at a time, each in a Z3 context of its own that is closed as
 * soon as its verdict and model are read. A context per obligation (about 2 ms) buys determinism: a model
 * never depends on what the worker solved before, so reports are byte-identical across runs and across
 * {@code --jobs}; and nothing accumulates across thousands of obligations. Nothing made in the context is
 * released before it closes ({@link Held}), so a model does not depend on when the JVM collected garbage either.
 * Use it from one thread; only {@link #interrupt()} may be called from others.
 *
 * <p>{@link #solve} first asks the query: {@code assumptions ∧ ¬claim} for a theorem, {@code assumptions ∧ claim}
 * for an example. Only when that is unsatisfiable does it ask whether the assumptions alone can hold (else
 * {@link Verdict#VACUOUS}); a satisfiable query already shows they can. Each question goes to fresh one-shot
 * solvers with a fixed seed: Z3's SMT core within a resource limit, then if need be a bit-blasting solver
 * ({@link Z3Solvers}). Z3's incremental solver (push/pop) was 10x slower on the arm64 lemmas, and fresh solvers
 * keep earlier obligations from steering later models. A refuted theorem's model is then made simpler
 * on the solver that found it ({@link Minimiser}); with {@code all}, the remaining parts are asked too, one
 * counterexample per failing part.
 */
public final class SolverSession implements Engine {
    static {
        // sat.random_seed is a global-only parameter in Z3; 0 is its default, set here so it is a decision.
        try {
            Global.setParameter("sat.random_seed", Integer.toString(SolverOptions.SEED));
        } catch (LinkageError | RuntimeException e) {
            // Z3 cannot load: the constructor will fail and say why.
        }
    }


    private final Object lock = new Object();
    private Context current; // guarded by lock
    private volatile boolean interrupted;
    private boolean closed;

    private final VacuityCache vacuity;
    /** Satisfiability checks asked of Z3 so far, for tests and measurements. */
    private int checks;
    /** Questions the SMT core left to the bit-blaster, for tests and measurements. */
    private int fallbacks;
    private final long smtCoreRlimit;
    private final boolean all;

    /** Checks that Z3 loads (throws if its native library cannot be loaded). */
    public SolverSession() {
        this(new VacuityCache());
    }

    SolverSession(VacuityCache vacuity) {
        this(vacuity, false);
    }

    /** @param all for a refuted theorem, go on after the first counterexample: one per failing part of the claim */
    SolverSession(VacuityCache vacuity, boolean all) {
        this(vacuity, all, Z3Solvers.SMT_CORE_RLIMIT);
    }

    /** @param smtCoreRlimit the SMT core's resource units per question before the bit-blaster is asked */
    SolverSession(VacuityCache vacuity, boolean all, long smtCoreRlimit) {
        new Context().close();
        this.vacuity = vacuity;
        this.all = all;
        this.smtCoreRlimit = smtCoreRlimit;
    }

    /**
     * Solves {@code o} within {@code budget}. Never throws: a failure inside ptprove or Z3 gives verdict
     * {@link Verdict#ERROR} with a reason starting {@code internal:}.
     */
    @Override
    public Outcome solve(Obligation o, Budget budget) {
        long start = Deadline.startedAt(System.nanoTime()); // the worker's clock, when it runs: lookup included
        String fingerprint = "";
        if (closed) throw new IllegalStateException("session closed");
        try {
            fingerprint = Fingerprint.of(o);
            String f = fingerprint;
            return inContext((ctx, held) -> new Attempt(ctx, held, o, budget, start, f).run());
        } catch (Deadline.Expired e) { // rendering or lowering the query used up --timeout-ms
            return new Outcome(o, Verdict.UNKNOWN, millisSince(start), fingerprint, List.of(),
                    Reasons.timeout(budget) + " while lowering the query");
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return new Outcome(o, Verdict.ERROR, millisSince(start), fingerprint, List.of(), Reasons.internal(e));
        }
    }

    /**
     * A property's configurations together ({@link ConfigGroup}): the same outcomes as {@link #solve} on each,
     * usually from fewer queries. Never throws.
     */
    @Override
    public List<Outcome> solveGroup(List<Obligation> group, Budget budget) {
        if (closed) throw new IllegalStateException("session closed");
        long start = System.nanoTime();
        try {
            return new ConfigGroup(this, group, budget).run();
        } catch (Deadline.Expired e) {
            List<Outcome> out = new ArrayList<>();
            for (Obligation o : group) {
                out.add(new Outcome(o, Verdict.UNKNOWN, millisSince(start), "", List.of(),
                        Reasons.timeout(budget) + " while lowering the query"));
            }
            return out;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            List<Outcome> out = new ArrayList<>();
            for (Obligation o : group) {
                out.add(new Outcome(o, Verdict.ERROR, millisSince(start), "", List.of(), Reasons.internal(e)));
            }
            return out;
        }
    }

    /**
     * The outcome of {@code o} when no part of its query is satisfiable (a shared query showed it): proved or
     * unwitnessed, or vacuous if its assumptions cannot hold, or unknown if that cannot be decided.
     */
    Outcome settle(Obligation o, Budget budget) {
        long start = System.nanoTime();
        String fingerprint = Fingerprint.of(o);
        Term a = o.assumptions();
        Boolean holds = Terms.isTrue(a) ? Boolean.TRUE : Terms.isFalse(a) ? Boolean.FALSE
                : vacuity.get(VacuityCache.key(o));
        if (holds != null) { // no context needed (2 ms each)
            Verdict v = !holds ? Verdict.VACUOUS
                    : o.kind() == Obligation.Kind.THEOREM ? Verdict.PROVED : Verdict.UNWITNESSED;
            return new Outcome(o, v, millisSince(start), fingerprint, List.of(), null);
        }
        return inContext((ctx, held) -> new Attempt(ctx, held, o, budget, start, fingerprint).settle());
    }

    int checks() { return checks; }

    int fallbacks() { return fallbacks; }

    /**
     * Runs {@code body} with a fresh context that {@link #interrupt()} reaches, and the {@link Held} that keeps
     * everything {@code body} makes in it until the context dies after. Publishing and closing the context hold
     * the same lock as {@link #interrupt()}, so an interrupt from another thread never reaches a context that is
     * being or has been closed (Z3 would use freed memory).
     */
    <T> T inContext(BiFunction<Context, Held, T> body) {
        Context ctx = new Context();
        Held held = new Held();
        synchronized (lock) {
            current = ctx;
            if (interrupted) ctx.interrupt();
        }
        try {
            return body.apply(ctx, held);
        } finally {
            synchronized (lock) {
                current = null;
                ctx.close();
            }
            held.release();
        }
    }

    /** Stops a running {@link #solve} soon (its verdict becomes unknown); callable from any thread. */
    @Override
    public void interrupt() {
        synchronized (lock) {
            interrupted = true;
            if (current != null) current.interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * One question at a time in one context under one budget: the SMT core, then if need be the bit-blaster
     * ({@link #ask}), and the budget's bookkeeping across every check. An {@link Attempt} asks its obligation's
     * questions with it; {@link ConfigGroup} its shared queries.
     */
    class Question {
        final Context ctx;
        /** Everything made in {@link #ctx}: nothing is released before the context closes. */
        final Held held;
        final Budget budget;
        final long start;
        Solver solver;
        /** Z3's resource counter (per context, only growing) when the first ask began; -1 before it. */
        private long counterAtStart = -1;
        /** Set when {@link #check} answered unknown without asking Z3, because the budget was spent. */
        String spent;
        /** What the last {@link #ask} asserted, for the minimiser's incremental solver. */
        BoolExpr[] facts;
        /** Whether {@link #solver} is the incremental one (it takes other parameters). */
        boolean incremental;

        Question(Context ctx, Held held, Budget budget, long start) {
            this.ctx = ctx;
            this.held = held;
            this.budget = budget;
            this.start = start;
        }

        /** The solver whose answer the last check gave. */
        Solver solver() { return solver; }

        /**
         * Asks {@code facts} of Z3's SMT core within {@link #smtCoreRlimit}; if that runs out (and not
         * the budget, nor an interrupt), of the bit-blasting solver. Both limits count Z3's resource units, not
         * time, so which solver answers, and its model, depend on the query alone.
         */
        Status ask(BoolExpr... facts) {
            return ask(List::of, facts);
        }

        /**
         * {@link #ask(BoolExpr...)}, where the bit-blaster is asked case by case ({@link CaseSplit}: each case
         * beside the facts; satisfiable in the first case that is, with that case's model) when {@code cases}
         * gives any. Made only if the SMT core gives up.
         */
        Status ask(Supplier<List<BoolExpr>> cases, BoolExpr... facts) {
            checks++;
            this.facts = facts;
            incremental = false;
            solver = Z3Solvers.smtCore(ctx, held);
            if (counterAtStart < 0) counterAtStart = resourceCounter();
            solver.add(facts);
            Status status = check(smtCoreRlimit);
            if (status != Status.UNKNOWN || spent != null || interrupted || budgetSpent()) return status;
            fallbacks++;
            List<BoolExpr> split = cases.get();
            if (split.isEmpty()) return bitBlast(facts);
            for (BoolExpr c : split) {
                status = bitBlast(facts, c);
                if (status != Status.UNSATISFIABLE) return status;
            }
            return status;
        }

        private Status bitBlast(BoolExpr[] facts, BoolExpr... more) {
            solver = Z3Solvers.bitBlasting(ctx, held);
            solver.add(facts);
            solver.add(more);
            return check();
        }

        /** Whether the budget, rather than a cap below it, ran out. */
        private boolean budgetSpent() {
            return budget.hasRlimit() && used() >= budget.rlimit()
                    || budget.hasTimeout() && millisSince(start) >= budget.timeoutMs();
        }

        Status check() {
            return check(Long.MAX_VALUE);
        }

        /**
         * Checks with what is left of the budget, and at most {@code cap} resource units; answers unknown without
         * asking Z3 when nothing is left.
         */
        Status check(long cap) {
            Params p = Z3Solvers.params(ctx, incremental, held);
            if (budget.hasTimeout()) {
                long left = budget.timeoutMs() - (long) millisSince(start);
                if (left <= 0) {
                    spent = Reasons.timeout(budget);
                    return Status.UNKNOWN;
                }
                Z3Solvers.limit(p, "timeout", left);
            }
            if (budget.hasRlimit()) {
                long left = budget.rlimit() - used();
                if (left <= 0) {
                    spent = Reasons.rlimit(budget);
                    return Status.UNKNOWN;
                }
                Z3Solvers.limit(p, "rlimit", Math.min(left, cap));
            } else if (cap != Long.MAX_VALUE) {
                Z3Solvers.limit(p, "rlimit", cap);
            }
            solver.setParameters(p);
            return solver.check();
        }

        String unknownReason() {
            if (spent != null) return spent;
            return Reasons.unknown(solver.getReasonUnknown(), budget, used(), millisSince(start), interrupted);
        }

        /** Resource units used so far: Z3's counter is per context and only grows. */
        private long used() {
            return solver == null ? 0 : resourceCounter() - counterAtStart;
        }

        private long resourceCounter() {
            if (solver == null) return 0;
            Statistics.Entry e = held.keep(solver.getStatistics()).get("rlimit count");
            return e == null ? 0 : Long.parseLong(e.getValueString());
        }
    }

    /** One obligation's solve: the solver, the lowering and the budget bookkeeping live only this long. */
    private final class Attempt extends Question {
        private final Obligation o;
        private final String fingerprint;
        private final Z3Lowering lowering;
        private List<BoolExpr> cases;

        Attempt(Context ctx, Held held, Obligation o, Budget budget, long start, String fingerprint) {
            super(ctx, held, budget, start);
            this.lowering = held.keep(new Z3Lowering(ctx)); // its memo holds every term it made
            this.o = o;
            this.fingerprint = fingerprint;
        }

        Outcome run() {
            boolean theorem = o.kind() == Obligation.Kind.THEOREM;
            if (Terms.isFalse(o.assumptions())) return outcome(Verdict.VACUOUS, List.of(), null);
            boolean assume = !Terms.isTrue(o.assumptions());
            BoolExpr assumptions = assume ? lowering.lowerBool(ImpliedFacts.with(o.assumptions())) : null;
            // The query is a disjunction over the claim's parts (a theorem's conjuncts, negated; an example's
            // disjuncts); asking part by part is equivalent and far easier for the bit-blaster.
            List<List<Outcome.Value>> found = new ArrayList<>();
            for (Term part : Goals.parts(o.claim(), theorem)) {
                BoolExpr claim = lowering.lowerBool(part);
                BoolExpr query = theorem ? held.keep(ctx.mkNot(claim)) : claim;
                Status status = assume ? ask(this::cases, assumptions, query) : ask(query);
                if (status == Status.SATISFIABLE) {
                    // the assumptions can hold: another obligation with the same ones need not ask (the answer
                    // is a fact, so which worker learns it first changes the work, not the outcome)
                    if (assume && found.isEmpty()) vacuity.put(VacuityCache.key(o), true);
                    Model model = held.keep(solver.getModel());
                    Model simplest = theorem ? minimise(model) : model;
                    found.add(model(simplest));
                    // --all: every further failing part (a level, a region) is a counterexample of its own class
                    if (!(theorem && all)) break;
                } else if (status == Status.UNKNOWN) {
                    if (found.isEmpty()) return outcome(Verdict.UNKNOWN, List.of(), unknownReason());
                    break; // the verdict stands; the classes not yet asked about stay unreported
                }
            }
            if (!found.isEmpty()) {
                return new Outcome(o, theorem ? Verdict.REFUTED : Verdict.WITNESSED, millisSince(start), fingerprint,
                        found.get(0), null, found.subList(1, found.size()));
            }
            return settle();
        }

        /** The assumptions' cases ({@link CaseSplit}), lowered once, when a question first needs them. */
        private List<BoolExpr> cases() {
            if (cases == null) {
                cases = new ArrayList<>();
                for (Term c : CaseSplit.of(o.assumptions())) cases.add(lowering.lowerBool(c));
            }
            return cases;
        }

        /**
         * The simplest model near {@code first}, asked of an incremental solver holding the same facts (the
         * one-shot solver that found {@code first} re-solves from scratch on every check).
         */
        private Model minimise(Model first) {
            solver = Z3Solvers.incremental(ctx, held);
            incremental = true;
            solver.add(facts);
            return new Minimiser(ctx, held, solver, this::check).minimise(o, lowering, first);
        }

        /** After every part of the query was unsatisfiable: proved/unwitnessed unless the assumptions are vacuous. */
        Outcome settle() {
            boolean theorem = o.kind() == Obligation.Kind.THEOREM;
            if (Terms.isFalse(o.assumptions())) return outcome(Verdict.VACUOUS, List.of(), null);
            if (!Terms.isTrue(o.assumptions())) {
                String key = VacuityCache.key(o);
                Boolean known = vacuity.get(key);
                if (known == null) {
                    Status status = ask(lowering.lowerBool(o.assumptions()));
                    if (status == Status.UNKNOWN) {
                        return outcome(Verdict.UNKNOWN, List.of(), unknownReason() + " while checking the assumptions");
                    }
                    known = status == Status.SATISFIABLE;
                    vacuity.put(key, known);
                }
                if (!known) return outcome(Verdict.VACUOUS, List.of(), null);
            }
            return outcome(theorem ? Verdict.PROVED : Verdict.UNWITNESSED, List.of(), null);
        }

        private List<Outcome.Value> model(Model m) {
            List<Outcome.Value> values = new ArrayList<>();
            for (Obligation.Variable v : o.variables()) {
                // completion: unconstrained ones get a value
                Expr<?> e = held.keep(m.eval(lowering.variable(v.var()), true));
                long value;
                if (e instanceof BitVecNum n) value = n.getBigInteger().longValue(); // low 64 bits: the unsigned value
                else if (e.isTrue()) value = 1;
                else if (e.isFalse()) value = 0;
                else throw new IllegalStateException("no value for " + v.var().name() + ": " + e);
                values.add(new Outcome.Value(v, value));
            }
            return values;
        }

        private Outcome outcome(Verdict v, List<Outcome.Value> model, String reason) {
            return new Outcome(o, v, millisSince(start), fingerprint, model, reason);
        }
    }
}
