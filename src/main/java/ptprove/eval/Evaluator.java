package ptprove.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import ptprove.check.MemberKind;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.ir.Config;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * Concrete semantics of a checked spec in one configuration, for given values of its {@code var}s.
 *
 * <p>A value is a {@link Long} (a w-bit unsigned number), a {@link Boolean}, or a {@link LevelValue},
 * {@link RegionValue}, {@link PolicyValue} or {@link WalkValue}. Lets and regions are evaluated lazily and
 * memoised; fns are called with concrete arguments and statement bodies run imperatively; quantifiers over levels
 * and finite sets are enumerated (see {@link Quantifiers} for value binders); walk members run the kernel's loops
 * ({@link WalkQueries}).
 *
 * <p>A var without a value is not an error until it is read: then an {@link EvalException} with reason
 * {@link EvalException.Reason#UNBOUND} is thrown, which {@link Exhaustive} uses to prune partial assignments.
 * Not thread-safe.
 */
public final class Evaluator {
    private final ConfigState state;
    final Program program;
    final Bits bits;
    final Ranges ranges;
    final Limits limits;
    private final Map<String, Long> vars = new HashMap<>();
    /** Values that read a var (directly or through another let or region); dropped when a var changes. */
    private final Map<Decl.Let, Object> varLets = new IdentityHashMap<>();
    private final Map<Decl.Region, RegionValue> varRegions = new IdentityHashMap<>();
    private List<RegionValue> permanent;
    /** Grows whenever a var-dependent value is read; a let whose evaluation left it unchanged is var-free. */
    private long taint;
    private Map<String, Object> hints = Map.of();
    private Consumer<WalkRecord> walkListener;
    private final Quantifiers quantifiers = new Quantifiers(this);
    private final Builtins builtins = new Builtins(this);
    private final FnInterpreter fns = new FnInterpreter(this);
    private final Histories histories = new Histories(this);
    /** Records fn steps while a trace is being taken ({@link #traceGuard}); null otherwise. */
    Tracer tracer;

    /** @param varValues a value for each {@code var} that will be read (by name); others stay unbound */
    public Evaluator(Program program, Config config, Map<String, Long> varValues) {
        this(program, config, varValues, Limits.DEFAULT);
    }

    public Evaluator(Program program, Config config, Map<String, Long> varValues, Limits limits) {
        this(new ConfigState(program, config), varValues, limits);
    }

    Evaluator(ConfigState state, Map<String, Long> varValues, Limits limits) {
        this.state = state;
        this.program = state.program;
        this.bits = state.bits;
        this.ranges = state.ranges;
        this.limits = limits;
        for (Map.Entry<String, Long> e : varValues.entrySet()) vars.put(e.getKey(), bits.of(e.getValue()));
    }

    public Program program() { return program; }
    public Config config() { return state.config; }
    public int width() { return bits.w; }

    // ------------------------------------------------------------------ vars (used by Exhaustive)

    void bindVar(String name, long value) {
        vars.put(name, bits.of(value));
        varsChanged();
    }

    void unbindVar(String name) {
        vars.remove(name);
        varsChanged();
    }

    private void varsChanged() {
        histories.clear();
        varLets.clear();
        varRegions.clear();
        permanent = null;
    }

    /** Values for nested value quantifiers that cannot be enumerated (by binder name); see {@link Quantifiers}. */
    void hints(Map<String, ?> byName) { this.hints = Map.copyOf(byName); }
    Map<String, Object> hints() { return hints; }

    /** Receives a record of every walk member evaluated (the last one per site is what a report shows). */
    void onWalk(Consumer<WalkRecord> listener) { this.walkListener = listener; }

    /** Receives a record of every history read evaluated, {@code after(...).FIELD(addr)}. */
    void onHistory(Consumer<HistoryRecord> listener) { histories.listener(listener); }

    /** The state after a history, run literally (memoised for this evaluator's var values). */
    public History history(HistoryValue h) { return histories.run(h); }

    // ------------------------------------------------------------------ public entry points

    /** The value of {@code e}; locals it mentions are looked up by source name in {@code bound}. */
    public Object value(Expr e, Map<String, Long> bound) { return eval(e, Env.named(bound)); }

    public long number(Expr e, Map<String, Long> bound) { return num(e, Env.named(bound)); }

    /** C truthiness: a number means != 0. */
    public boolean truth(Expr e, Map<String, Long> bound) { return truth(e, Env.named(bound)); }

    /** Every require holds in this configuration. */
    public boolean requiresHold() {
        for (Decl.Require r : program.requires()) if (!truth(r.condition(), Env.empty())) return false;
        return true;
    }

    public Object let(String name) {
        for (Decl.Let l : program.lets()) if (l.name().text().equals(name)) return let(l);
        throw new IllegalArgumentException("no let named " + name);
    }

    public RegionValue region(String name) {
        for (Decl.Region r : program.regions()) if (r.name().text().equals(name)) return region(r);
        throw new IllegalArgumentException("no region named " + name);
    }

    public Geometry geometry(String pagetable) {
        for (Decl.Pagetable p : program.pagetables()) if (p.name().text().equals(pagetable)) return geometry(p);
        throw new IllegalArgumentException("no pagetable named " + pagetable);
    }

    /** Calls a fn with concrete arguments ({@code Long} or {@code Boolean}). */
    public Object call(String fn, Object... args) {
        for (Decl.Fn f : program.fns()) if (f.name().text().equals(fn)) return fns.call(f, values(args));
        throw new IllegalArgumentException("no fn named " + fn);
    }

    /** A teardown applied to arguments ({@code Long} or {@code Boolean}). */
    public PolicyValue policy(String teardown, Object... args) {
        for (Decl.Teardown t : program.teardowns()) {
            if (t.name().text().equals(teardown)) return new PolicyValue(t, values(args), geometry(program.pagetableOf(t)));
        }
        throw new IllegalArgumentException("no teardown named " + teardown);
    }

    /** Concrete arguments as the evaluator's values: a number cut to its width ({@link Bits}). */
    private List<Object> values(Object... args) {
        List<Object> list = new ArrayList<>();
        for (Object a : args) list.add(a instanceof Number n ? bits.of(n.longValue()) : a);
        return list;
    }

    /** The walk of a policy over [start, end), ready for queries. */
    public WalkQueries walk(PolicyValue policy, long start, long end) {
        return new WalkQueries(this, new WalkValue(policy, bits.of(start), bits.of(end)));
    }

    /** The walk a {@link WalkRecord} or a report names, in this evaluator (e.g. to check a solver's witness). */
    public WalkQueries walk(WalkValue walk) { return new WalkQueries(this, walk); }

    /** Whether a region exists in this configuration: it has no condition, or its condition holds. */
    public boolean exists(Decl.Region r) {
        return r.condition() == null || truth(r.condition(), Env.empty());
    }

    /** Regions declared permanent whose condition holds here, with their bounds (absent regions are not). */
    public List<RegionValue> permanentRegions() {
        if (permanent == null) {
            List<RegionValue> out = new ArrayList<>();
            for (Decl.Region r : program.regions()) {
                if (r.permanent() != null && exists(r) && truth(r.permanent(), Env.empty())) out.add(region(r));
            }
            permanent = List.copyOf(out);
        }
        return permanent;
    }

    // ------------------------------------------------------------------ globals

    Object param(Decl.Param p) {
        String name = p.name().text();
        for (Config.Entry e : state.config.entries()) {
            if (e.name().equals(name)) return e.isBool() ? (Object) (e.value() != 0) : (Object) bits.of(e.value());
        }
        throw new EvalException(EvalException.Reason.ILL_FORMED, p.name().span(),
                "the configuration gives no value for param '" + name + "'");
    }

    Object let(Decl.Let l) {
        return memo(l, state.constLets, varLets, () -> eval(l.value(), Env.empty()));
    }

    RegionValue region(Decl.Region r) {
        return memo(r, state.constRegions, varRegions,
                () -> new RegionValue(r.name().text(), num(r.start(), Env.empty()), num(r.end(), Env.empty())));
    }

    /**
     * A global's value, computed once: kept for the configuration ({@code constant}) when computing it read no var,
     * else for this evaluator's var values ({@code varying}), and then reading it counts as reading a var.
     */
    private <D, V> V memo(D decl, Map<D, V> constant, Map<D, V> varying, Supplier<V> compute) {
        V v = constant.get(decl);
        if (v != null) return v;
        v = varying.get(decl);
        if (v != null) {
            taint++;
            return v;
        }
        long before = taint;
        v = compute.get();
        if (taint == before) constant.put(decl, v);
        else varying.put(decl, v);
        return v;
    }

    long var(Decl.Var v) {
        Long value = vars.get(v.name().text());
        if (value == null) {
            throw new EvalException(EvalException.Reason.UNBOUND, v.name().span(),
                    "no value for var '" + v.name().text() + "'");
        }
        taint++;
        return value;
    }

    Geometry geometry(Decl.Pagetable pt) {
        Geometry g = state.geometries.get(pt);
        if (g == null) {
            g = GeometryBuilder.build(this, pt);
            state.geometries.put(pt, g);
        }
        return g;
    }

    // ------------------------------------------------------------------ expressions

    long num(Expr e, Env env) {
        Object v = eval(e, env);
        if (v instanceof Long l) return l;
        throw internal(e, "a number", v);
    }

    boolean truth(Expr e, Env env) {
        Object v = eval(e, env);
        if (v instanceof Boolean b) return b;
        if (v instanceof Long l) return l != 0;
        throw internal(e, "a condition", v);
    }

    <T> T as(Class<T> type, Expr e, Env env) {
        Object v = eval(e, env);
        if (type.isInstance(v)) return type.cast(v);
        throw internal(e, type.getSimpleName(), v);
    }

    static EvalException internal(Expr e, String wanted, Object got) {
        return new EvalException(EvalException.Reason.INTERNAL, e.span(), "internal error: expected " + wanted
                + ", found " + (got == null ? "nothing" : got.getClass().getSimpleName()) + " (please report this bug)");
    }

    Object eval(Expr e, Env env) {
        if (e instanceof Expr.IntLit lit) return bits.of(lit.value().longValue());
        if (e instanceof Expr.BoolLit b) return b.value();
        if (e instanceof Expr.NameRef ref) return name(ref, env);
        if (e instanceof Expr.Unary u) return unary(u, env);
        if (e instanceof Expr.Binary b) return binary(b, env);
        if (e instanceof Expr.Cond c) return truth(c.condition(), env) ? eval(c.then(), env) : eval(c.otherwise(), env);
        if (e instanceof Expr.Call call) return call(call, env);
        if (e instanceof Expr.Member m) return member(m, env);
        if (e instanceof Expr.In in) return in(in, env);
        if (e instanceof Expr.Within w) {
            RegionValue a = as(RegionValue.class, w.inner(), env);
            RegionValue b = as(RegionValue.class, w.outer(), env);
            return ranges.within(a.start(), a.end(), b.start(), b.end());
        }
        if (e instanceof Expr.Quant q) return quantifiers.eval(q, env);
        throw internal(e, "an expression", e);
    }

    private Object name(Expr.NameRef ref, Env env) {
        Symbol s = program.symbol(ref);
        if (s instanceof Symbol.LocalSym l) {
            Object v = env.get(l);
            if (v == null) {
                throw new EvalException(EvalException.Reason.UNBOUND, ref.span(), "no value for '" + l.name() + "'");
            }
            return v;
        }
        if (s instanceof Symbol.ParamSym p) return param(p.decl());
        if (s instanceof Symbol.LetSym l) return let(l.decl());
        if (s instanceof Symbol.VarSym v) return var(v.decl());
        if (s instanceof Symbol.SizeConstSym sz) return bits.of(sz.value());
        if (s instanceof Symbol.RegionSym r) return region(r.decl());
        if (s instanceof Symbol.LevelSym l) return new LevelValue(geometry(l.pagetable()), l.ordinal());
        if (s instanceof Symbol.StateSym || s instanceof Symbol.ViewSym) return histories.state(s, env, ref);
        throw new EvalException(EvalException.Reason.INTERNAL, ref.span(), "internal error: '" + ref.name()
                + "' (" + s.getClass().getSimpleName() + ") is not a value (please report this bug)");
    }

    private Object unary(Expr.Unary u, Env env) {
        return switch (u.op()) {
            case NOT -> !truth(u.operand(), env);
            case COMPL -> bits.not(num(u.operand(), env));
            case NEG -> bits.neg(num(u.operand(), env));
        };
    }

    private Object binary(Expr.Binary b, Env env) {
        switch (b.op()) {
            case AND: return truth(b.left(), env) && truth(b.right(), env);
            case OR: return truth(b.left(), env) || truth(b.right(), env);
            case IMPLIES: return !truth(b.left(), env) || truth(b.right(), env);
            case EQ: return same(eval(b.left(), env), eval(b.right(), env));
            case NE: return !same(eval(b.left(), env), eval(b.right(), env));
            default: break;
        }
        long l = num(b.left(), env);
        long r = num(b.right(), env);
        return switch (b.op()) {
            case LT -> bits.ult(l, r);
            case LE -> bits.ule(l, r);
            case GT -> bits.ult(r, l);
            case GE -> bits.ule(r, l);
            default -> arith(b.op(), l, r);
        };
    }

    /** The arithmetic operators, also used by compound assignment. */
    long arith(Expr.BinOp op, long l, long r) {
        return switch (op) {
            case MUL -> bits.mul(l, r);
            case DIV -> bits.div(l, r);
            case MOD -> bits.rem(l, r);
            case ADD -> bits.add(l, r);
            case SUB -> bits.sub(l, r);
            case SHL -> bits.shl(l, r);
            case SHR -> bits.shr(l, r);
            case BITAND -> l & r;
            case BITOR -> l | r;
            case BITXOR -> l ^ r;
            default -> throw new EvalException(EvalException.Reason.INTERNAL, null,
                    "internal error: '" + op.symbol() + "' is not arithmetic");
        };
    }

    /** Equality of numbers, booleans, or levels (same level of the same pagetable). */
    static boolean same(Object a, Object b) { return a.equals(b); }

    private Object in(Expr.In in, Env env) {
        if (in.set() instanceof Expr.EnumSet set) {
            List<Object> element = tupleOrSingle(in.element(), env);
            for (Expr member : set.items()) {
                List<Object> m = tupleOrSingle(member, env);
                boolean all = m.size() == element.size();
                for (int i = 0; all && i < m.size(); i++) all = same(element.get(i), m.get(i));
                if (all) return true;
            }
            return false;
        }
        long a = num(in.element(), env);
        if (in.set() instanceof Expr.RangeSet r) return ranges.member(a, num(r.start(), env), num(r.end(), env));
        RegionValue reg = region(((Symbol.RegionSym) program.symbol(in.set())).decl());
        return ranges.member(a, reg.start(), reg.end());
    }

    /** Membership of a value in a binder's range or region domain (a value binder without domain: always). */
    boolean inDomain(Expr.SetExpr domain, long a, Env env) {
        if (domain == null) return true;
        if (domain instanceof Expr.RangeSet r) return ranges.member(a, num(r.start(), env), num(r.end(), env));
        if (domain instanceof Expr.NamedSet ns && program.symbol(ns) instanceof Symbol.RegionSym rs) {
            RegionValue reg = region(rs.decl());
            return ranges.member(a, reg.start(), reg.end());
        }
        throw new EvalException(EvalException.Reason.INTERNAL, domain.span(), "internal error: not a value domain");
    }

    private List<Object> tupleOrSingle(Expr e, Env env) {
        if (!(e instanceof Expr.Tuple t)) return List.of(eval(e, env));
        List<Object> out = new ArrayList<>();
        for (Expr i : t.items()) out.add(eval(i, env));
        return out;
    }

    private Object call(Expr.Call call, Env env) {
        Symbol s = program.symbol(call);
        if (s instanceof Symbol.BuiltinSym b) return builtins.apply(b.builtin(), call, env);
        if (s instanceof Symbol.FormSym f) return histories.form(f.form(), call, env);
        List<Object> args = new ArrayList<>();
        for (Expr a : call.args()) args.add(eval(a, env));
        if (s instanceof Symbol.TeardownSym t) {
            return new PolicyValue(t.decl(), args, geometry(program.pagetableOf(t.decl())));
        }
        if (s instanceof Symbol.EventSym e) return new HistoryValue.EventCall(e.decl(), args);
        return fns.call(((Symbol.FnSym) s).decl(), args);
    }

    // ------------------------------------------------------------------ members and walks

    /** One case per member kind and no default: a new walk member does not compile until it has a meaning here. */
    private Object member(Expr.Member m, Env env) {
        MemberKind k = program.member(m);
        return switch (k) {
            case WALK_START -> walkBound(env.walkStart, m);
            case WALK_END -> walkBound(env.walkEnd, m);
            case REGION_START -> as(RegionValue.class, m.target(), env).start();
            case REGION_END -> as(RegionValue.class, m.target(), env).end();
            case REGION_SIZE -> regionSize(as(RegionValue.class, m.target(), env));
            case OVER -> new WalkValue(as(PolicyValue.class, m.target(), env), num(m.args().get(0), env),
                    num(m.args().get(1), env));
            case MAY_FREE, CLEARS_LEAF, FREES_ANY, FREES_TABLE_OF -> untraced(m, k, env);
            case HISTORY_READ -> histories.read(m, as(HistoryValue.class, m.target(), env), num(m.args().get(0), env));
        };
    }

    private long regionSize(RegionValue r) {
        return ranges.size(r.start(), r.end());
    }

    private Object untraced(Expr.Member m, MemberKind k, Env env) {
        WalkValue wv = as(WalkValue.class, m.target(), env);
        Tracer suspended = tracer; // a walk calls its guard once per entry: that is for traceGuard, not a trace
        tracer = null;
        try {
            return walkMember(m, k, wv, env);
        } finally {
            tracer = suspended;
        }
    }

    private Object walkMember(Expr.Member m, MemberKind k, WalkValue wv, Env env) {
        WalkQueries walk = new WalkQueries(this, wv);
        WalkRecord record = switch (k) {
            case MAY_FREE -> WalkRecord.mayFree(m, walk, as(LevelValue.class, m.args().get(0), env),
                    num(m.args().get(1), env));
            case CLEARS_LEAF -> WalkRecord.clearsLeaf(m, walk, as(LevelValue.class, m.args().get(0), env),
                    num(m.args().get(1), env));
            case FREES_ANY -> WalkRecord.search(m, k, walk, null, walk.freesAny());
            case FREES_TABLE_OF -> freesTableOf(m, k, walk, as(RegionValue.class, m.args().get(0), env));
            case WALK_START, WALK_END, REGION_START, REGION_END, REGION_SIZE, OVER, HISTORY_READ ->
                    throw new IllegalStateException("not a walk member: " + k);
        };
        if (walkListener != null) walkListener.accept(record);
        return record.value();
    }

    private static WalkRecord freesTableOf(Expr.Member m, MemberKind k, WalkQueries walk, RegionValue r) {
        return WalkRecord.search(m, k, walk, r, walk.freesTableOf(r));
    }

    private static Object walkBound(Long v, Expr.Member m) {
        if (v == null) throw internal(m, "walk.start/end inside a free clause", null);
        return v;
    }

    /** The clause deciding the table below a level: the one naming it, else the generic one, else none. */
    Decl.FreeClause clauseFor(Decl.Teardown td, Geometry.Level level) {
        Decl.FreeClause generic = null;
        for (Decl.FreeClause c : td.clauses()) {
            Symbol s = program.clauseLevel(c);
            if (s instanceof Symbol.LevelSym ls) {
                if (ls.ordinal() == level.ordinal()) return c;
            } else {
                generic = c;
            }
        }
        return generic;
    }

    /** A free clause's guard for the sub-range [ws, we) of a visit at {@code level}. */
    boolean guard(Decl.FreeClause clause, PolicyValue policy, LevelValue level, long ws, long we) {
        return truth(clause.guard(), guardEnv(clause, policy, level, ws, we));
    }

    private Env guardEnv(Decl.FreeClause clause, PolicyValue policy, LevelValue level, long ws, long we) {
        Env env = Env.frame();
        Decl.Teardown td = policy.teardown();
        for (int i = 0; i < td.params().size(); i++) {
            env.set((Symbol.LocalSym) program.symbol(td.params().get(i).name()), policy.args().get(i));
        }
        if (program.clauseLevel(clause) instanceof Symbol.LocalSym binder) env.set(binder, level);
        return env.walk(ws, we);
    }

    /**
     * The guard that decided {@code visit} of {@code walk}, re-run step by step: first the clause
     * ({@code free below L when ...}, depth 0, with the values its guard reads and its truth), then every statement of the fns it calls. At most
     * {@code limit} steps; empty when no free clause covers the visit's level (such a table is never freed).
     */
    public List<TraceStep> traceGuard(WalkValue walk, Visit visit, int limit) {
        Decl.FreeClause clause = clauseFor(walk.policy().teardown(), visit.level().info());
        if (clause == null) return List.of();
        Env env = guardEnv(clause, walk.policy(), visit.level(), visit.start(), visit.end());
        String source = clause.span().text().strip();
        if (source.endsWith(";")) source = source.substring(0, source.length() - 1);
        return traced(clause.guard(), source, env, limit);
    }

    /** {@code e} evaluated in {@code env}, traced: its own step, then every statement of the fns it calls. */
    List<TraceStep> trace(Expr e, Env env, int limit) {
        return traced(e, Tracer.oneLine(e.span().text()), env, limit);
    }

    /**
     * Evaluates {@code e} with a {@link Tracer} attached: its own step first, then the fns' statements.
     * Nothing is memoised differently, so the value is the one an untraced evaluation gives.
     */
    private List<TraceStep> traced(Expr e, String source, Env env, int limit) {
        Tracer t = new Tracer(Math.max(1, limit));
        Map<String, String> read = Tracer.reads(this, e, env);
        int slot = t.reserve();
        tracer = t;
        try {
            Object v = eval(e, env);
            t.fill(slot, e, source, read, Tracer.show(v));
        } finally {
            tracer = null;
            t.compact();
        }
        List<TraceStep> steps = new ArrayList<>(t.steps());
        if (t.dropped() > 0) {
            steps.add(new TraceStep(e.span(), 0, "... " + t.dropped() + " more steps not shown", Map.of(), ""));
        }
        return steps;
    }

    /** Names of vars, in declaration order. */
    List<String> varNames() {
        List<String> out = new ArrayList<>();
        for (Decl.Var v : program.vars()) out.add(v.name().text());
        return out;
    }
}
