package ptprove.elaborate;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Stmt;

/**
 * Runs events symbolically at one address p, logging their writes ({@link StateLog}). A loop contributes one case
 * split: whether it visits p's chunk (by the loop's rule: {@code for (addr = lo; addr < hi; ...)} with
 * pXd_addr_end clipping, or a step), and with which {@code addr}/{@code next}. Both branches of an {@code if} are
 * run in turn under complementary guards, and every assignment is guarded, so no merge is needed. The rules the
 * checker and {@link GranuleRules} enforce make this exact: inside a loop only p's chunk matters.
 */
final class EventExec {
    private final Translator tr;
    private final Program program;
    private final int w;
    private final Term p;
    private final StateLog log;
    private final HistoryTerms histories;
    /** State fields each all()/any() reads (through views), computed once. */
    private final Map<Expr, Set<Decl.State>> aggregateReads = new IdentityHashMap<>();

    EventExec(Translator tr, Program program, int w, Term p, StateLog log, HistoryTerms histories) {
        this.tr = tr;
        this.program = program;
        this.w = w;
        this.p = p;
        this.log = log;
        this.histories = histories;
    }

    /**
     * The loop chunk holding p: [cs, cs + granule) with the sub-range's start and last address (null: to its end).
     * For a {@code by} loop also the range [lo, hi) it walks (addr and next are it clipped to the chunk) and the
     * tests on p that say it visits p's chunk; null for a {@code step} loop.
     */
    private record Chunk(Term cs, Term ce, long shift, Term addr, Term lastOfSub, Chunk outer,
                         Symbol.LocalSym addrSym, Symbol.LocalSym nextSym, Term lo, Term hi, List<Term> tests) {}

    void run(Value.EventApp e, Span sp) {
        Map<Symbol.LocalSym, Value> env = new HashMap<>();
        for (int i = 0; i < e.event().params().size(); i++) {
            env.put((Symbol.LocalSym) program.symbol(e.event().params().get(i).name()), new Value.Of(e.args().get(i)));
        }
        exec(e.event().body(), env, Terms.TRUE, null);
    }

    private void exec(Stmt s, Map<Symbol.LocalSym, Value> env, Term guard, Chunk c) {
        if (Terms.isFalse(guard)) return;
        Span sp = s.span();
        if (s instanceof Stmt.Block b) {
            for (Stmt st : b.stmts()) exec(st, env, guard, c);
        } else if (s instanceof Stmt.Local l) {
            env.put((Symbol.LocalSym) program.symbol(l), new Value.Of(tr.term(l.init(), with(env, c))));
        } else if (s instanceof Stmt.Assign a) {
            assign(a, env, guard, c);
        } else if (s instanceof Stmt.Fill f) {
            fill(f, env, guard, c);
        } else if (s instanceof Stmt.If i) {
            Term cond = tr.cond(i.condition(), with(env, c));
            exec(i.then(), env, Terms.and(guard, cond, sp), c);
            if (i.otherwise() != null) exec(i.otherwise(), env, Terms.and(guard, Terms.not(cond, sp), sp), c);
        } else if (s instanceof Stmt.Loop l) {
            loop(l, env, guard, c);
        } else {
            throw new IllegalStateException("statement " + s.getClass().getSimpleName() + " in an event at " + sp);
        }
    }

    private void assign(Stmt.Assign a, Map<Symbol.LocalSym, Value> env, Term guard, Chunk c) {
        Span sp = a.span();
        Symbol target = program.symbol(a);
        Term v = tr.term(a.value(), with(env, c));
        if (target instanceof Symbol.LocalSym local) {
            Term old = ((Value.Of) env.get(local)).term();
            if (a.op() != null) v = Translator.arith(a.op(), old, v, sp);
            env.put(local, new Value.Of(Terms.ite(guard, v, old, sp)));
            return;
        }
        Decl.State field = ((Symbol.StateSym) target).decl();
        if (a.op() != null) v = Translator.arith(a.op(), log.at(field, p, sp), v, sp);
        long shift = shiftOf(field.granule(), sp);
        log.add(field, new StateLog.Entry(guard, c.addr(), c.lastOfSub(), shift, v, shift == c.shift(), c.shift()));
    }

    /** FIELD[lo, hi) = v: nothing unless lo < hi; inside a loop, clipped to its chunk. */
    private void fill(Stmt.Fill f, Map<Symbol.LocalSym, Value> env, Term guard, Chunk c) {
        Span sp = f.span();
        Map<Symbol.LocalSym, Value> e = with(env, c);
        Term lo = tr.term(f.lo(), e), hi = tr.term(f.hi(), e), v = tr.term(f.value(), e);
        Term nonEmpty = Terms.ult(lo, hi, sp);
        if (c != null) {
            // from the loop's own addr, the range starts inside the chunk already
            if (!(f.lo() instanceof Expr.NameRef r && program.symbol(r) == c.addrSym())) lo = max(lo, c.cs(), sp);
            hi = clipEnd(hi, c.ce(), sp);
            nonEmpty = Terms.and(nonEmpty, Terms.ult(lo, hi, sp), sp);
        }
        Decl.State field = ((Symbol.StateSym) program.symbol(f)).decl();
        log.add(field, new StateLog.Entry(Terms.and(guard, nonEmpty, sp), lo, minus1(hi, sp),
                shiftOf(field.granule(), sp), v, false, c == null ? -1 : c.shift()));
    }

    private void loop(Stmt.Loop l, Map<Symbol.LocalSym, Value> env, Term guard, Chunk outer) {
        Span sp = l.span();
        Map<Symbol.LocalSym, Value> e = with(env, outer);
        Term lo = tr.term(l.lo(), e), hi = tr.term(l.hi(), e);
        long shift = shiftOf(l.granule(), sp);
        Term visited = Terms.ult(lo, hi, sp);
        if (outer != null) { // a nested loop walks its range inside the enclosing chunk
            // [addr, next) of the enclosing loop already lies in its chunk: clipping it again changes nothing
            boolean fromAddr = l.lo() instanceof Expr.NameRef r && program.symbol(r) == outer.addrSym();
            boolean toNext = l.hi() instanceof Expr.NameRef r && program.symbol(r) == outer.nextSym();
            if (fromAddr && toNext && outer.lo() != null && l.form() == Stmt.LoopForm.CHUNKS) {
                // by within by over the enclosing [addr, next): p's chunk here lies in p's chunk there, so this
                // loop visits it, with the same addr and next, exactly when a walk of the enclosing loop's whole
                // range [lo, hi) by this granule would. Stated so, its tests imply the enclosing loop's, which
                // leave the guard: one clipping of lo and hi, not one per level.
                lo = outer.lo();
                hi = outer.hi();
                guard = without(guard, outer.tests(), sp);
                visited = Terms.TRUE;
            } else {
                if (!fromAddr) lo = max(lo, outer.cs(), sp);
                if (!toNext) hi = clipEnd(hi, outer.ce(), sp);
                if (!fromAddr || !toNext) visited = Terms.and(visited, Terms.ult(lo, hi, sp), sp);
            }
        }
        Term sh = Terms.bv(shift, w, sp);
        Term cs = Terms.bin(Op.SHL, Terms.bin(Op.LSHR, p, sh, sp), sh, sp);
        Term ce = Terms.bin(Op.ADD, cs, Terms.bv(1L << shift, w, sp), sp);
        Map<Symbol.LocalSym, Value> body = new HashMap<>(env);
        Chunk here;
        if (l.form() == Stmt.LoopForm.CHUNKS) {
            Term n = Terms.bin(Op.LSHR, p, sh, sp);
            List<Term> tests = List.of(Terms.ule(Terms.bin(Op.LSHR, lo, sh, sp), n, sp),
                    Terms.ule(n, Terms.bin(Op.LSHR, minus1(hi, sp), sh, sp), sp));
            visited = Terms.and(visited, Terms.and(tests, sp), sp);
            Term addr = max(lo, cs, sp);
            Term next = clipEnd(hi, ce, sp);
            Symbol.LocalSym nextSym = (Symbol.LocalSym) program.symbol(l.next());
            body.put(nextSym, new Value.Of(next));
            here = new Chunk(cs, ce, shift, addr, minus1(next, sp), outer,
                    (Symbol.LocalSym) program.symbol(l.addr()), nextSym, lo, hi, tests);
        } else {
            Term loBase = Terms.bin(Op.SHL, Terms.bin(Op.LSHR, lo, sh, sp), sh, sp);
            Term addr = Terms.bin(Op.ADD, lo, Terms.bin(Op.SUB, cs, loBase, sp), sp);  // lo + k * step
            visited = Terms.and(visited, Terms.and(List.of(Terms.ule(loBase, cs, sp), Terms.ult(addr, hi, sp),
                    Terms.ule(lo, addr, sp)), sp), sp);
            here = new Chunk(cs, ce, shift, addr, null, outer, (Symbol.LocalSym) program.symbol(l.addr()), null,
                    null, null, null);
        }
        body.put((Symbol.LocalSym) program.symbol(l.addr()), new Value.Of(here.addr()));
        exec(l.body(), body, Terms.and(guard, visited, sp), here);
    }

    /** {@code guard} without the conjuncts {@code tests} (the very terms, as the enclosing loop added them). */
    private static Term without(Term guard, List<Term> tests, Span sp) {
        if (!(guard instanceof Term.App a && a.op() == Op.AND)) return guard;
        List<Term> kept = new java.util.ArrayList<>();
        for (Term t : a.args()) if (tests.stream().noneMatch(x -> x == t)) kept.add(t);
        return kept.size() == a.args().size() ? guard : Terms.and(kept, sp);
    }

    /** The expression environment inside chunk {@code c} (or at the top of the event, where no state is read). */
    private Map<Symbol.LocalSym, Value> with(Map<Symbol.LocalSym, Value> env, Chunk c) {
        if (c == null) return env;
        Map<Symbol.LocalSym, Value> out = new HashMap<>(env);
        out.put(Translator.STATE, new Value.StateCtx(chunkReader(c)));
        return out;
    }

    /** Reads at p (the chunk has one value for every field read there); all()/any() over the whole chunk. */
    private HistoryTerms.Reader chunkReader(Chunk c) {
        HistoryTerms.Reader atP = histories.pointReader(log, p);
        return new HistoryTerms.Reader() {
            @Override public Term read(Decl.State field, Span sp) { return atP.read(field, sp); }

            @Override public Term aggregate(boolean every, Expr e, Map<Symbol.LocalSym, Value> env) {
                return EventExec.this.aggregate(every, e, env, c);
            }
        };
    }

    /**
     * all(e) / any(e) over the chunk: e at the chunk's start and at every breakpoint of the fields e reads that
     * lies in the chunk; between them those fields are constant.
     */
    private Term aggregate(boolean every, Expr e, Map<Symbol.LocalSym, Value> env, Chunk c) {
        Span sp = e.span();
        Set<Decl.State> reads = aggregateReads.computeIfAbsent(e, x -> StateReads.of(program, x));
        List<Term> points = new java.util.ArrayList<>();
        points.add(c.cs());
        points.addAll(log.breakpoints(reads, sp));
        List<Term> cases = new java.util.ArrayList<>();
        Term sh = Terms.bv(c.shift(), w, sp);
        StateLog.Window window = log.new Window(c.cs(), c.shift());
        for (Term q : points) {
            Map<Symbol.LocalSym, Value> at = new HashMap<>(env);
            at.put(Translator.STATE, new Value.StateCtx(histories.pointReader(log, q, window)));
            Term holds = tr.cond(e, at);
            Term inChunk = Terms.eq(Terms.bin(Op.LSHR, q, sh, sp), Terms.bin(Op.LSHR, p, sh, sp), sp);
            cases.add(every ? Terms.implies(inChunk, holds, sp) : Terms.and(inChunk, holds, sp));
        }
        return every ? Terms.and(cases, sp) : Terms.or(cases, sp);
    }

    /** log2 of a granule known per configuration (the rules checked it is a power of two). */
    private long shiftOf(Expr granule, Span sp) {
        long g = Terms.value(tr.term(granule, Map.of()));
        return Long.numberOfTrailingZeros(g);
    }

    private static Term max(Term a, Term b, Span sp) { return Terms.ite(Terms.ule(a, b, sp), b, a, sp); }

    /** The end of [.., hi) clipped to a chunk ending at ce (0: the top), as pXd_addr_end computes it. */
    private Term clipEnd(Term hi, Term ce, Span sp) {
        Term one = Terms.bv(1, w, sp);
        return Terms.ite(Terms.ult(Terms.bin(Op.SUB, ce, one, sp), Terms.bin(Op.SUB, hi, one, sp), sp), ce, hi, sp);
    }

    private Term minus1(Term x, Span sp) { return Terms.bin(Op.SUB, x, Terms.bv(1, w, sp), sp); }

}
