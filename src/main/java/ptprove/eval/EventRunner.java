package ptprove.eval;

import ptprove.check.Symbol;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Stmt;

/**
 * Runs one event of a history literally, as the kernel function it transcribes runs: statements in order, each
 * {@code for} loop iteration by iteration ({@code next = pXd_addr_end(addr, hi)} or {@code addr += step}), each
 * write into the fields' interval maps, {@code all()}/{@code any()} by evaluating the condition at every distinct
 * piece of the current chunk. Nothing here knows the elaborator's pointwise closed form.
 */
final class EventRunner {
    private final Evaluator ev;
    private final History history;
    private final int index;
    private final HistoryValue.EventCall call;
    private final StepBudget budget;

    EventRunner(Evaluator ev, History history, int index, HistoryValue.EventCall call, StepBudget budget) {
        this.ev = ev;
        this.history = history;
        this.index = index;
        this.call = call;
        this.budget = budget;
    }

    void run() {
        Env frame = Env.frame().reading(new Top());
        Decl.Event e = call.event();
        for (int i = 0; i < e.params().size(); i++) {
            frame.set((Symbol.LocalSym) ev.program.symbol(e.params().get(i).name()), call.args().get(i));
        }
        exec(e.body(), frame, null);
    }

    private void exec(Stmt s, Env env, Loop loop) {
        if (s instanceof Stmt.Block b) {
            for (Stmt st : b.stmts()) exec(st, env, loop);
        } else if (s instanceof Stmt.Local l) {
            env.set((Symbol.LocalSym) ev.program.symbol(l), ev.eval(l.init(), env));
        } else if (s instanceof Stmt.Assign a) {
            assign(a, env, loop);
        } else if (s instanceof Stmt.Fill f) {
            fill(f, env, loop);
        } else if (s instanceof Stmt.If i) {
            if (ev.truth(i.condition(), env)) exec(i.then(), env, loop);
            else if (i.otherwise() != null) exec(i.otherwise(), env, loop);
        } else if (s instanceof Stmt.Loop l) {
            loop(l, env, loop);
        } else {
            throw new EvalException(EvalException.Reason.INTERNAL, s.span(), "internal error: '"
                    + s.getClass().getSimpleName() + "' in an event (please report this bug)");
        }
    }

    private void assign(Stmt.Assign a, Env env, Loop loop) {
        Symbol target = ev.program.symbol(a);
        Object value = ev.eval(a.value(), env);
        if (target instanceof Symbol.LocalSym local) {
            if (a.op() != null) value = ev.arith(a.op(), (Long) env.get(local), (Long) value);
            env.set(local, value);
            return;
        }
        Decl.State field = ((Symbol.StateSym) target).decl();
        if (a.op() != null) value = ev.arith(a.op(), (Long) loop.read(field), (Long) value);
        write(a, field, loop.addr, loop.subEnd(), value, loop);
    }

    /** {@code FIELD[lo, hi) = v}: empty unless lo < hi; inside a loop, clipped to its current chunk. */
    private void fill(Stmt.Fill f, Env env, Loop loop) {
        long lo = ev.num(f.lo(), env), hi = ev.num(f.hi(), env);
        Decl.State field = ((Symbol.StateSym) ev.program.symbol(f)).decl();
        Object value = ev.eval(f.value(), env);
        if (Long.compareUnsigned(lo, hi) >= 0) return;
        if (loop != null) {
            if (Long.compareUnsigned(lo, loop.chunk.start()) < 0) lo = loop.chunk.start();
            if (loop.chunk.end() != 0 && Long.compareUnsigned(hi, loop.chunk.end()) > 0) hi = loop.chunk.end();
            if (Long.compareUnsigned(lo, hi) >= 0) return;
        }
        write(f, field, lo, hi, value, loop);
    }

    /** The field's chunks that meet [lo, hi) ({@code hi == 0}: the top) get {@code value}. */
    private void write(Stmt at, Decl.State field, long lo, long hi, Object value, Loop loop) {
        long g = ev.num(field.granule(), Env.empty());
        long from = lo & -g;
        long to = hi == 0 ? 0 : ev.bits.of((hi + g - 1) & -g);
        history.record(new History.Write(index, call, at, field, from, to, value, loop == null ? null : loop.chunk));
    }

    private void loop(Stmt.Loop l, Env env, Loop outer) {
        long lo = ev.num(l.lo(), env), hi = ev.num(l.hi(), env), g = ev.num(l.granule(), env);
        if (Long.compareUnsigned(lo, hi) >= 0) return;
        if (outer != null) { // a nested loop walks its range inside the enclosing loop's chunk
            if (Long.compareUnsigned(lo, outer.chunk.start()) < 0) lo = outer.chunk.start();
            if (outer.chunk.end() != 0 && Long.compareUnsigned(hi, outer.chunk.end()) > 0) hi = outer.chunk.end();
        }
        long mask = ev.bits.of(-g);
        long addr = lo;
        while (Long.compareUnsigned(addr, hi) < 0) {
            budget.tick();
            long start = addr & mask;
            long end = ev.bits.add(start, g);
            long next;
            if (l.form() == Stmt.LoopForm.CHUNKS) {
                long boundary = ev.bits.add(addr, g) & mask;
                next = Long.compareUnsigned(ev.bits.sub(boundary, 1), ev.bits.sub(hi, 1)) < 0 ? boundary : hi;
            } else {
                next = end; // the chunk's end bounds the iteration's own sub-range
            }
            Loop here = new Loop(new History.Chunk(start, end, g), addr, l.form() == Stmt.LoopForm.CHUNKS ? next : end);
            Env body = env.copy().reading(here);
            body.set((Symbol.LocalSym) ev.program.symbol(l.addr()), addr);
            if (l.next() != null) body.set((Symbol.LocalSym) ev.program.symbol(l.next()), next);
            exec(l.body(), body, here);
            if (l.form() == Stmt.LoopForm.CHUNKS) {
                addr = next;
            } else {
                long stepped = ev.bits.add(addr, g);
                if (Long.compareUnsigned(stepped, addr) <= 0) break; // addr += step wrapped past the top
                addr = stepped;
            }
        }
    }

    /** One iteration's chunk, its position and the end of its own sub-range ({@code 0}: the top). */
    private final class Loop implements StateAccess {
        final History.Chunk chunk;
        final long addr;
        private final long subEnd;

        Loop(History.Chunk chunk, long addr, long subEnd) {
            this.chunk = chunk;
            this.addr = addr;
            this.subEnd = subEnd;
        }

        long subEnd() { return subEnd; }

        @Override public Object read(Decl.State field) { return history.read(field, addr); }

        @Override public boolean aggregate(boolean every, Expr e, Env env) {
            java.util.TreeSet<Long> points = new java.util.TreeSet<>(Long::compareUnsigned);
            for (IntervalMap m : history.maps()) points.addAll(m.breaks(chunk.start(), chunk.end()));
            for (long q : points) {
                budget.tick();
                boolean holds = ev.truth(e, env.copy().reading(history.at(q)));
                if (holds != every) return !every;
            }
            return every;
        }
    }

    /** The top of an event: no current chunk (the checker allows no reads there). */
    private static final class Top implements StateAccess {
        @Override public Object read(Decl.State field) {
            throw new EvalException(EvalException.Reason.INTERNAL, field.span(),
                    "internal error: a state read outside an event loop (please report this bug)");
        }

        @Override public boolean aggregate(boolean every, Expr e, Env env) {
            throw new EvalException(EvalException.Reason.INTERNAL, e.span(),
                    "internal error: all()/any() outside an event loop (please report this bug)");
        }
    }
}
