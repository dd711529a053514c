package ptprove.elaborate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.MemberKind;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.check.Type;
import ptprove.ir.Deadline;
import ptprove.ir.Obligation;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Stmt;

/**
 * Checked AST to IR terms in one configuration: fns are inlined (statement bodies in SSA form), quantifiers over
 * levels and finite sets are expanded, quantified values and the choices hidden in walk members become fresh
 * variables (the checker guaranteed they sit where that is sound), and the teardown walk is expressed in closed
 * form: the entry of an address at level L is visited iff its span meets [start, end), with the sub-range
 * clipped by max/min exactly as pXd_addr_end does. The reference evaluator implements the same semantics with the
 * kernel's loops instead; the two share no code below the AST.
 */
final class Translator {
    private final Program program;
    private final ConfigContext ctx;
    private final int w;
    /** Fresh variables of the obligation under construction, with their meaning; null while evaluating globals. */
    private final Variables variables;
    /** Selectors for {@code ptprove explain}; null when elaborating ordinary obligations (no change to them). */
    private final Tracking tracking;
    private final BuiltinTerms builtins;
    private final WalkClosedForm walks;
    private final CallMemo calls = new CallMemo();
    private final HistoryTerms histories;

    /** Free variables, named uniquely within one obligation. */
    static final class Variables {
        final List<Obligation.Variable> list = new ArrayList<>();
        private final Map<String, Integer> used = new HashMap<>();

        Term.Var fresh(String label, Obligation.Origin origin, int width, Span span) {
            int n = used.merge(label, 1, Integer::sum);
            String unique = n == 1 ? label : label + "#" + n;
            Term.Var v = Terms.var(unique, width, span);
            list.add(new Obligation.Variable(v, unique, origin));
            return v;
        }

        void add(Term.Var v, Obligation.Origin origin) {
            used.merge(v.name(), 1, Integer::sum);
            list.add(new Obligation.Variable(v, v.name(), origin));
        }
    }

    Translator(Program program, ConfigContext ctx, Variables variables) {
        this(program, ctx, variables, null);
    }

    Translator(Program program, ConfigContext ctx, Variables variables, Tracking tracking) {
        this.program = program;
        this.ctx = ctx;
        this.w = ctx.width;
        this.variables = variables;
        this.tracking = tracking;
        this.builtins = new BuiltinTerms(this, ctx);
        this.walks = new WalkClosedForm(ctx.width);
        this.histories = new HistoryTerms(this, program, ctx.width);
    }

    private Term track(ptprove.syntax.ast.Node node, Span span, String role, String dropped, Term t, Term dropValue) {
        return tracking == null ? t : tracking.wrap(node, span, role, dropped, t, dropValue);
    }

    /**
     * The facts of a where clause. When explaining, each conjunct is tracked on its own, looking through
     * expression-bodied boolean fns (a caller's {@code vmemmap_free_args(start, end)}) to their conjuncts.
     */
    void whereFacts(Expr e, Map<Symbol.LocalSym, Value> env, List<Term> out) {
        if (tracking == null) {
            out.add(cond(e, env));
        } else if (e instanceof Expr.Binary b && b.op() == Expr.BinOp.AND) {
            whereFacts(b.left(), env, out);
            whereFacts(b.right(), env, out);
        } else if (e instanceof Expr.Call call && program.symbol(call) instanceof Symbol.FnSym f
                && f.decl().body() instanceof Expr body && program.type(call) == Type.BOOL) {
            whereFacts(body, fnArgs(f.decl(), call, env), out);
        } else {
            out.add(track(e, e.span(), "where", "assumed true", cond(e, env), Terms.TRUE));
        }
    }

    // ------------------------------------------------------------------ entry points

    Term term(Expr e, Map<Symbol.LocalSym, Value> env) {
        Value v = value(e, env);
        if (v instanceof Value.Of of) return of.term();
        throw new IllegalStateException("not a value at " + e.span());
    }

    /** A boolean, with C truthiness for numbers (used in conditions, !, && and ||). */
    Term cond(Expr e, Map<Symbol.LocalSym, Value> env) {
        Term t = term(e, env);
        return t.isBool() ? t : Terms.not(Terms.eq(t, Terms.bv(0, w, e.span()), e.span()), e.span());
    }

    // ------------------------------------------------------------------ expressions

    Value value(Expr e, Map<Symbol.LocalSym, Value> env) {
        Deadline.tick(); // every expression elaborated, fn bodies inlined included: --timeout-ms bounds them
        Span sp = e.span();
        if (e instanceof Expr.IntLit lit) return of(Terms.bv(lit.value().longValue(), w, sp));
        if (e instanceof Expr.BoolLit b) return of(Terms.bool(b.value(), sp));
        if (e instanceof Expr.NameRef ref) return name(ref, env);
        if (e instanceof Expr.Unary u) {
            if (u.op() == Expr.UnOp.NOT) return of(Terms.not(cond(u.operand(), env), sp));
            Term a = term(u.operand(), env);
            return of(Terms.un(u.op() == Expr.UnOp.COMPL ? Op.BVNOT : Op.BVNEG, a, sp));
        }
        if (e instanceof Expr.Binary b) return of(binary(b, env));
        if (e instanceof Expr.Cond c) {
            Term k = cond(c.condition(), env);
            if (Terms.isConst(k)) return Terms.boolValue(k) ? value(c.then(), env) : value(c.otherwise(), env);
            return of(Terms.ite(k, term(c.then(), env), term(c.otherwise(), env), sp));
        }
        if (e instanceof Expr.Call call) return call(call, env);
        if (e instanceof Expr.Member m) return member(m, env);
        if (e instanceof Expr.In in) return of(in(in, env));
        if (e instanceof Expr.Within wi) {
            Value.Region a = (Value.Region) value(wi.inner(), env);
            Value.Region b = (Value.Region) value(wi.outer(), env);
            return of(Regions.within(a.start(), a.end(), b.start(), b.end(), w, sp));
        }
        if (e instanceof Expr.Quant q) return of(quant(q, env));
        throw new IllegalStateException("cannot elaborate " + e.getClass().getSimpleName() + " at " + sp);
    }

    private static Value of(Term t) { return new Value.Of(t); }

    private Value name(Expr.NameRef ref, Map<Symbol.LocalSym, Value> env) {
        Symbol s = program.symbol(ref);
        if (s instanceof Symbol.LocalSym l) {
            Value v = env.get(l);
            if (v == null) throw new IllegalStateException("unbound local " + l.name() + " at " + ref.span());
            return v;
        }
        if (s instanceof Symbol.ParamSym p) return of(retag(ctx.param(p.decl()), ref.span()));
        if (s instanceof Symbol.LetSym l) return of(ctx.let(l.decl()));
        if (s instanceof Symbol.VarSym v) return of(ctx.var(v.decl()));
        if (s instanceof Symbol.SizeConstSym sz) return of(Terms.bv(sz.value(), w, ref.span()));
        if (s instanceof Symbol.RegionSym r) return ctx.region(r.decl());
        if (s instanceof Symbol.StateSym f) return of(reader(env, ref.span()).read(f.decl(), ref.span()));
        if (s instanceof Symbol.ViewSym v) {
            return of(term(v.decl().value(), HistoryTerms.stateEnv(reader(env, ref.span()))));
        }
        if (s instanceof Symbol.LevelSym l) return new Value.Level(ctx.geometry(l.pagetable()), l.ordinal());
        if (s instanceof Symbol.PagetableSym) throw new IllegalStateException("pagetable as value at " + ref.span());
        throw new IllegalStateException("unexpected symbol " + s + " at " + ref.span());
    }

    /** Constants of params carry the reference's span, so cores and reports point at the use. */
    private static Term retag(Term t, Span span) {
        if (t instanceof Term.Const c) return new Term.Const(c.value(), c.width(), span);
        if (t instanceof Term.BoolConst b) return new Term.BoolConst(b.value(), span);
        return t;
    }

    private Term binary(Expr.Binary b, Map<Symbol.LocalSym, Value> env) {
        Span sp = b.span();
        switch (b.op()) {
            case AND: {
                Term l = cond(b.left(), env);
                if (Terms.isFalse(l)) return l;
                return Terms.and(l, cond(b.right(), env), sp);
            }
            case OR: {
                Term l = cond(b.left(), env);
                if (Terms.isTrue(l)) return l;
                return Terms.or(l, cond(b.right(), env), sp);
            }
            case IMPLIES: {
                Term l = term(b.left(), env);
                if (Terms.isFalse(l)) return Terms.bool(true, sp);
                return Terms.implies(l, term(b.right(), env), sp);
            }
            case EQ:
            case NE: {
                Value l = value(b.left(), env);
                Value r = value(b.right(), env);
                Term eq;
                if (l instanceof Value.Level ll && r instanceof Value.Level rl) {
                    eq = Terms.bool(ll.ordinal() == rl.ordinal() && ll.geometry() == rl.geometry(), sp);
                } else {
                    eq = Terms.eq(((Value.Of) l).term(), ((Value.Of) r).term(), sp);
                }
                return b.op() == Expr.BinOp.EQ ? eq : Terms.not(eq, sp);
            }
            default:
                break;
        }
        Term l = term(b.left(), env);
        Term r = term(b.right(), env);
        return switch (b.op()) {
            case LT -> Terms.ult(l, r, sp);
            case LE -> Terms.ule(l, r, sp);
            case GT -> Terms.ult(r, l, sp);
            case GE -> Terms.ule(r, l, sp);
            default -> arith(b.op(), l, r, sp);
        };
    }

    private Term in(Expr.In in, Map<Symbol.LocalSym, Value> env) {
        Span sp = in.span();
        if (in.set() instanceof Expr.EnumSet set) {
            List<Term> element = tupleOrSingle(in.element(), env);
            List<Term> alternatives = new ArrayList<>();
            for (Expr member : set.items()) {
                List<Term> m = tupleOrSingle(member, env);
                List<Term> eqs = new ArrayList<>();
                for (int i = 0; i < m.size(); i++) eqs.add(Terms.eq(element.get(i), m.get(i), member.span()));
                alternatives.add(Terms.and(eqs, member.span()));
            }
            return Terms.or(alternatives, sp);
        }
        Term a = term(in.element(), env);
        if (in.set() instanceof Expr.RangeSet r) {
            return Regions.member(a, term(r.start(), env), term(r.end(), env), sp);
        }
        Value.Region reg = ctx.region(((Symbol.RegionSym) program.symbol(in.set())).decl());
        return Regions.member(a, reg.start(), reg.end(), sp);
    }

    private List<Term> tupleOrSingle(Expr e, Map<Symbol.LocalSym, Value> env) {
        if (e instanceof Expr.Tuple t) {
            List<Term> out = new ArrayList<>();
            for (Expr i : t.items()) out.add(term(i, env));
            return out;
        }
        return List.of(term(e, env));
    }

    // ------------------------------------------------------------------ quantifiers

    /**
     * Finite binders (levels, explicit sets) expand; value binders become fresh variables. The checker's polarity
     * rules guarantee that a variable here means "for all" exactly where the negated query reads it as "some".
     */
    private Term quant(Expr.Quant q, Map<Symbol.LocalSym, Value> env) {
        return bind(q, 0, new HashMap<>(env), new ArrayList<>());
    }

    private Term bind(Expr.Quant q, int i, Map<Symbol.LocalSym, Value> env, List<Term> domainFacts) {
        boolean universal = q.quantifier() == Expr.Quantifier.FORALL;
        Span sp = q.span();
        if (i == q.binders().size()) {
            Term where = q.where() == null ? Terms.TRUE : term(q.where(), env);
            List<Term> premises = new ArrayList<>(domainFacts);
            premises.add(where);
            Term pre = Terms.and(premises, sp);
            Term body = term(q.body(), env);
            return universal ? Terms.implies(pre, body, sp) : Terms.and(pre, body, sp);
        }
        Expr.Binder b = q.binders().get(i);
        Symbol.LocalSym sym = (Symbol.LocalSym) program.symbol(b);
        List<Term> cases = new ArrayList<>();
        if (b.domain() instanceof Expr.NamedSet ns && program.symbol(ns) instanceof Symbol.PagetableSym pt) {
            ConfigGeometry g = ctx.geometry(pt.decl());
            for (ConfigGeometry.LevelInfo l : g.present()) {
                Map<Symbol.LocalSym, Value> inner = new HashMap<>(env);
                inner.put(sym, new Value.Level(g, l.ordinal()));
                cases.add(bind(q, i + 1, inner, domainFacts));
            }
            return universal ? Terms.and(cases, sp) : Terms.or(cases, sp);
        }
        if (b.domain() instanceof Expr.EnumSet set) {
            for (Expr item : set.items()) {
                Map<Symbol.LocalSym, Value> inner = new HashMap<>(env);
                inner.put(sym, of(term(item, env)));
                cases.add(bind(q, i + 1, inner, domainFacts));
            }
            return universal ? Terms.and(cases, sp) : Terms.or(cases, sp);
        }
        List<Term> facts = new ArrayList<>(domainFacts);
        bindValue(b, env, facts);
        return bind(q, i + 1, env, facts);
    }

    /**
     * A value binder becomes a fresh variable bound in {@code env}; its domain ({@code in [lo, hi)} or
     * {@code in REGION}) is added to {@code facts}. Domain bounds are evaluated outside the binder's own scope.
     */
    Term.Var bindValue(Expr.Binder b, Map<Symbol.LocalSym, Value> env, List<Term> facts) {
        Term.Var v = variables.fresh(b.name().text(), Obligation.Origin.BOUND, w, b.name().span());
        if (b.domain() instanceof Expr.RangeSet r) {
            facts.add(track(b, b.span(), "domain", "assumed true",
                    Regions.member(v, term(r.start(), env), term(r.end(), env), b.span()), Terms.TRUE));
        } else if (b.domain() instanceof Expr.NamedSet ns) {
            Value.Region reg = ctx.region(((Symbol.RegionSym) program.symbol(ns)).decl());
            facts.add(track(b, b.span(), "domain", "assumed true",
                    Regions.member(v, reg.start(), reg.end(), b.span()), Terms.TRUE));
        }
        env.put((Symbol.LocalSym) program.symbol(b), of(v));
        return v;
    }

    // ------------------------------------------------------------------ calls

    private Value call(Expr.Call call, Map<Symbol.LocalSym, Value> env) {
        Symbol s = program.symbol(call);
        Span sp = call.span();
        if (s instanceof Symbol.BuiltinSym b) return builtins.apply(b.builtin(), call, env);
        if (s instanceof Symbol.FormSym f) return form(f.form(), call, env);
        if (s instanceof Symbol.EventSym e) {
            List<Term> args = new ArrayList<>();
            for (Expr a : call.args()) args.add(term(a, env));
            return new Value.EventApp(e.decl(), args);
        }
        if (s instanceof Symbol.TeardownSym t) {
            List<Term> args = new ArrayList<>();
            for (Expr a : call.args()) args.add(term(a, env));
            return new Value.Policy(t.decl(), args, ctx.geometry(program.pagetableOf(t.decl())));
        }
        Decl.Fn fn = ((Symbol.FnSym) s).decl();
        List<Term> args = new ArrayList<>();
        for (Expr a : call.args()) args.add(term(a, env));
        Value known = calls.get(fn, args); // the same pure call again: the same (shared) term
        if (known != null) return known;
        Map<Symbol.LocalSym, Value> inner = bind(fn, args);
        Value v = fn.body() instanceof Expr body ? of(term(body, inner))
                : of(new Ssa(inner).run((Stmt.Block) fn.body(), sp));
        calls.put(fn, args, v);
        return v;
    }

    private Map<Symbol.LocalSym, Value> fnArgs(Decl.Fn fn, Expr.Call call, Map<Symbol.LocalSym, Value> env) {
        List<Term> args = new ArrayList<>();
        for (Expr a : call.args()) args.add(term(a, env));
        return bind(fn, args);
    }

    private Map<Symbol.LocalSym, Value> bind(Decl.Fn fn, List<Term> args) {
        Map<Symbol.LocalSym, Value> inner = new HashMap<>();
        for (int i = 0; i < fn.params().size(); i++) {
            inner.put((Symbol.LocalSym) program.symbol(fn.params().get(i).name()), of(args.get(i)));
        }
        return inner;
    }

    /**
     * Statement bodies in SSA: locals are rebound, branches merge with ite, and the first return that is reached
     * wins: {@code result = ite(live, value, earlierResult)} where {@code live} says no return has happened on
     * this path yet. Linear in the body's size (no path enumeration).
     */
    private final class Ssa {
        private Map<Symbol.LocalSym, Value> env;
        private Term live = Terms.TRUE;
        private Term result;

        Ssa(Map<Symbol.LocalSym, Value> env) { this.env = env; }

        Term run(Stmt.Block body, Span span) {
            exec(body);
            if (result == null) throw new IllegalStateException("fn without return at " + span);
            return result;
        }

        private void exec(Stmt s) {
            if (Terms.isFalse(live)) return;
            if (s instanceof Stmt.Block b) {
                for (Stmt st : b.stmts()) exec(st);
            } else if (s instanceof Stmt.Local l) {
                env.put((Symbol.LocalSym) program.symbol(l), of(term(l.init(), env)));
            } else if (s instanceof Stmt.Assign a) {
                Symbol.LocalSym target = (Symbol.LocalSym) program.symbol(a);
                Term value = term(a.value(), env);
                Term old = ((Value.Of) env.get(target)).term();
                if (a.op() != null) value = arith(a.op(), old, value, a.span());
                env.put(target, of(track(a, a.span(), "statement", "value unchanged", value, old)));
            } else if (s instanceof Stmt.Return r) {
                Term v = term(r.value(), env);
                result = result == null ? v : Terms.ite(live, v, result, r.span());
                live = Terms.FALSE;
            } else if (s instanceof Stmt.If i) {
                Term c = cond(i.condition(), env);
                // deleting an if without else skips its body: as if its condition were false
                if (i.otherwise() == null) c = track(i, i.span(), "if", "never taken", c, Terms.FALSE);
                Map<Symbol.LocalSym, Value> before = env;
                Term liveBefore = live;
                live = Terms.and(liveBefore, c, i.span());
                env = new HashMap<>(before);
                exec(i.then());
                Map<Symbol.LocalSym, Value> thenEnv = env;
                Term thenLive = live;
                live = Terms.and(liveBefore, Terms.not(c, i.span()), i.span());
                env = new HashMap<>(before);
                if (i.otherwise() != null) exec(i.otherwise());
                Map<Symbol.LocalSym, Value> elseEnv = env;
                live = Terms.or(thenLive, live, i.span());
                env = merge(c, before, thenEnv, elseEnv, i.span());
            }
        }

        private Map<Symbol.LocalSym, Value> merge(Term c, Map<Symbol.LocalSym, Value> before,
                                                  Map<Symbol.LocalSym, Value> t, Map<Symbol.LocalSym, Value> e, Span sp) {
            Map<Symbol.LocalSym, Value> out = new HashMap<>(before);
            for (Symbol.LocalSym k : before.keySet()) {
                Value tv = t.get(k), ev = e.get(k);
                if (tv == ev) { out.put(k, tv); continue; }
                out.put(k, of(Terms.ite(c, ((Value.Of) tv).term(), ((Value.Of) ev).term(), sp)));
            }
            return out;
        }
    }

    /** after(...) gives a history; all()/any() go to the event loop's reader. */
    private Value form(ptprove.check.StateForm form, Expr.Call call, Map<Symbol.LocalSym, Value> env) {
        return switch (form) {
            case AFTER -> {
                List<Value.EventApp> events = new ArrayList<>();
                for (Expr a : call.args()) events.add((Value.EventApp) value(a, env));
                yield new Value.History(events);
            }
            case ALL -> of(reader(env, call.span()).aggregate(true, call.args().get(0), env));
            case ANY -> of(reader(env, call.span()).aggregate(false, call.args().get(0), env));
        };
    }

    private static HistoryTerms.Reader reader(Map<Symbol.LocalSym, Value> env, Span at) {
        Value v = env.get(STATE);
        if (v instanceof Value.StateCtx s) return s.reader();
        throw new IllegalStateException("state read outside an event or view at " + at);
    }

    /** C's arithmetic operators on terms, for expressions and for compound assignment ({@code x op= v}). */
    static Term arith(Expr.BinOp op, Term l, Term r, Span sp) {
        return switch (op) {
            case MUL -> Terms.bin(Op.MUL, l, r, sp);
            case DIV -> Terms.bin(Op.UDIV, l, r, sp);
            case MOD -> Terms.bin(Op.UREM, l, r, sp);
            case ADD -> Terms.bin(Op.ADD, l, r, sp);
            case SUB -> Terms.bin(Op.SUB, l, r, sp);
            case SHL -> Terms.bin(Op.SHL, l, r, sp);
            case SHR -> Terms.bin(Op.LSHR, l, r, sp);
            case BITAND -> Terms.bin(Op.BVAND, l, r, sp);
            case BITOR -> Terms.bin(Op.BVOR, l, r, sp);
            case BITXOR -> Terms.bin(Op.BVXOR, l, r, sp);
            default -> throw new IllegalStateException("not an arithmetic operator: " + op);
        };
    }

    // ------------------------------------------------------------------ members and the walk

    /** One case per member kind and no default: a new walk member does not compile until it has a closed form. */
    private Value member(Expr.Member m, Map<Symbol.LocalSym, Value> env) {
        Span sp = m.span();
        return switch (program.member(m)) {
            case WALK_START -> env.get(WALK_START);
            case WALK_END -> env.get(WALK_END);
            case REGION_START -> of(region(m, env).start());
            case REGION_END -> of(region(m, env).end());
            case REGION_SIZE -> regionSize(region(m, env), sp);
            case OVER -> new Value.Walk((Value.Policy) value(m.target(), env), term(m.args().get(0), env),
                    term(m.args().get(1), env));
            case MAY_FREE -> of(mayFree(walkOf(m, env), level(m, env).ordinal(), term(m.args().get(1), env), sp));
            case CLEARS_LEAF -> of(walks.clearsLeaf(walkOf(m, env), level(m, env).ordinal(),
                    term(m.args().get(1), env), sp));
            case FREES_ANY -> of(freesAny(walkOf(m, env), sp));
            case FREES_TABLE_OF -> of(freesTableOf(walkOf(m, env), (Value.Region) value(m.args().get(0), env), sp));
            case HISTORY_READ -> of(histories.read((Value.History) value(m.target(), env), program.symbol(m.member()),
                    term(m.args().get(0), env), sp));
        };
    }

    private Value.Region region(Expr.Member m, Map<Symbol.LocalSym, Value> env) {
        return (Value.Region) value(m.target(), env);
    }

    private static Value regionSize(Value.Region r, Span sp) {
        return of(Terms.bin(Op.SUB, r.end(), r.start(), sp));
    }

    private Value.Walk walkOf(Expr.Member m, Map<Symbol.LocalSym, Value> env) {
        return (Value.Walk) value(m.target(), env);
    }

    private Value.Level level(Expr.Member m, Map<Symbol.LocalSym, Value> env) {
        return (Value.Level) value(m.args().get(0), env);
    }

    /** Some level, some address whose table may be freed. */
    private Term freesAny(Value.Walk walk, Span sp) {
        Term.Var a = variables.fresh("address", Obligation.Origin.CHOICE, w, sp);
        List<Term> perLevel = new ArrayList<>();
        for (ConfigGeometry.LevelInfo l : walk.policy().geometry().nonLeafPresent()) {
            perLevel.add(mayFree(walk, l.ordinal(), a, sp));
        }
        return Terms.or(perLevel, sp);
    }

    /** Some level, some address whose table may be freed, some address of the region using the same table page. */
    private Term freesTableOf(Value.Walk walk, Value.Region r, Span sp) {
        Term.Var a = variables.fresh("address", Obligation.Origin.CHOICE, w, sp);
        Term.Var other = variables.fresh("other_address", Obligation.Origin.CHOICE, w, sp);
        Term inRegion = Regions.member(other, r.start(), r.end(), sp);
        List<Term> perLevel = new ArrayList<>();
        for (ConfigGeometry.LevelInfo l : walk.policy().geometry().nonLeafPresent()) {
            Term sh = Terms.bv(l.shift(), w, sp);
            Term same = Terms.eq(Terms.bin(Op.LSHR, a, sh, sp), Terms.bin(Op.LSHR, other, sh, sp), sp);
            // one disjunct per level, each complete, so a negated claim splits into per-level queries
            perLevel.add(Terms.and(List.of(inRegion, mayFree(walk, l.ordinal(), a, sp), same), sp));
        }
        return Terms.or(perLevel, sp);
    }

    /** Key for where state reads go inside an event or a view (never user-visible). */
    static final Symbol.LocalSym STATE = new Symbol.LocalSym("<state>", Type.ERROR, null);
    /** Keys for the clipped sub-range inside a guard (never user-visible). */
    private static final Symbol.LocalSym WALK_START = new Symbol.LocalSym("walk.start", Type.ULONG, null);
    private static final Symbol.LocalSym WALK_END = new Symbol.LocalSym("walk.end", Type.ULONG, null);

    /**
     * May the walk free the table below the level-L entry that maps {@code a}? Closed form of the kernel's
     * do-while walk: with E = (end == 0 ? 2^w : end), a range with start < E visits every entry meeting
     * [start, E), clipped to it; otherwise (start >= end, end != 0) the loop runs once with [start, end)
     * unchanged at every level.
     */
    private Term mayFree(Value.Walk walk, int ordinal, Term a, Span sp) {
        ConfigGeometry g = walk.policy().geometry();
        ConfigGeometry.LevelInfo l = g.level(ordinal);
        if (!l.present() || ordinal == g.leafOrdinal()) return Terms.bool(false, sp);
        Decl.FreeClause clause = clauseFor(walk.policy().teardown(), ordinal);
        if (clause == null) return Terms.bool(false, sp);
        WalkClosedForm.EntryVisit v = walks.entryVisit(walk, l, a, sp);
        Decl.Teardown td = walk.policy().teardown();
        Term visited = v.visited();
        Term ws = v.start(), we = v.end();

        Map<Symbol.LocalSym, Value> env = new HashMap<>();
        for (int i = 0; i < td.params().size(); i++) {
            env.put((Symbol.LocalSym) program.symbol(td.params().get(i).name()), of(walk.policy().args().get(i)));
        }
        if (program.clauseLevel(clause) instanceof Symbol.LocalSym binder) env.put(binder, new Value.Level(g, ordinal));
        env.put(WALK_START, of(ws));
        env.put(WALK_END, of(we));
        Term guard = track(clause, clause.span(), "guard", "frees whenever visited", cond(clause.guard(), env),
                Terms.TRUE);

        List<Term> kept = new ArrayList<>();
        for (Value.Region p : ctx.permanent()) {
            kept.add(Terms.not(Regions.hasAddressInEntry(p.start(), p.end(), a, l.shift(), w, sp), sp));
        }
        List<Term> all = new ArrayList<>();
        all.add(visited);
        all.add(guard);
        all.addAll(kept);
        return Terms.and(all, sp);
    }

    /** The clause naming this level, else the clause for every level, else none (never freed). */
    private Decl.FreeClause clauseFor(Decl.Teardown td, int ordinal) {
        Decl.FreeClause generic = null;
        for (Decl.FreeClause c : td.clauses()) {
            Symbol s = program.clauseLevel(c);
            if (s instanceof Symbol.LevelSym ls) {
                if (ls.ordinal() == ordinal) return c;
            } else {
                generic = c;
            }
        }
        return generic;
    }

}
