package ptprove.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.MemberKind;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.eval.EvalException;
import ptprove.eval.Evaluator;
import ptprove.eval.Geometry;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * What a refuted leaf theorem's counterexample says happened, read off the theorem's own shape: the memory units
 * (every pair of bound variables that the where-clause passes as the first two arguments of a call, e.g.
 * {@code memmap_chunk(ks, ke)}: a unit's vmemmap slice {@code [start, end)}), the one the walk removes (its
 * {@code .over(start, end)}), and the survivor holding the address whose leaf the walk clears
 * ({@code .clears_leaf(L, a)}). Nothing is matched by variable name: a spec may call its units anything.
 */
public record LeafScenario(List<Unit> units, int removed, int survivor, long address, String level, long leafSize) {

    /** A unit's names in the theorem ({@code ks}, {@code ke}) and its vmemmap slice in the counterexample. */
    public record Unit(String startName, String endName, long start, long end) {
        public String name() { return startName + ".." + endName; }
    }

    public LeafScenario {
        units = List.copyOf(units);
    }

    /**
     * How vmemmap slices count struct pages: {@code origin} (VMEMMAP_START) is index 0, a struct page is
     * {@code structPage} bytes, a sub-section's memmap {@code subsection} bytes. A unit call's further arguments
     * that are its first index or its number of struct pages in the model follow its slice when it is shrunk.
     */
    public record Slices(long origin, long structPage, long subsection) {
        long index(long address) { return Long.divideUnsigned(address - origin, structPage); }

        long subsectionOf(long address) {
            return origin + Long.divideUnsigned(address - origin, subsection) * subsection;
        }
    }

    /** A call in the where-clause that names a unit: its slice's names and its other bound-variable arguments. */
    private record UnitCall(String start, String end, List<String> extras) {}

    /**
     * Reads the scenario of {@code outcome} (refuted, its replay confirmed) of a theorem of {@code program}, with
     * its units shrunk (see {@link #shrink}) to one sub-section where the reference evaluator confirms that the
     * smaller units are still a counterexample.
     */
    public static LeafScenario of(Program program, Evaluator eval, Decl.Property theorem, Outcome outcome,
                                  Slices slices) throws CannotReproduce {
        Expr.Quant q = shape(program, theorem);
        List<Expr.Member> all = new ArrayList<>();
        collectClearsLeaf(program, q.body(), all);
        Map<String, Long> bound = new LinkedHashMap<>();
        for (Outcome.Value v : outcome.model()) {
            if (v.variable().origin() == Obligation.Origin.BOUND) bound.put(v.variable().label(), v.value());
        }
        try {
            LeafScenario first = read(program, eval, q, failing(program, eval, q, bound, all), bound);
            Map<String, Long> small = shrink(eval, q, first, bound, slices);
            if (small.equals(bound)) return first;
            return read(program, eval, q, failing(program, eval, q, small, all), small);
        } catch (EvalException e) {
            throw new CannotReproduce(Span.SYNTHETIC, e.getMessage());
        }
    }

    /** The clears_leaf members of the conjuncts of the claim that fail (where the leaf is cleared), else all. */
    private static List<Expr.Member> failing(Program program, Evaluator eval, Expr.Quant q, Map<String, Long> bound,
                                             List<Expr.Member> all) {
        List<Expr.Member> clears = new ArrayList<>();
        for (Expr conjunct : conjuncts(q.body())) {
            if (!eval.truth(conjunct, bound)) collectClearsLeaf(program, conjunct, clears);
        }
        return clears.isEmpty() ? all : clears;
    }

    /** The theorem's quantifier, if the theorem has the shape a kernel test is made from. */
    public static Expr.Quant shape(Program program, Decl.Property theorem) throws CannotReproduce {
        Span at = theorem.name().span();
        if (!(theorem.body() instanceof Expr.Quant q) || q.quantifier() != Expr.Quantifier.FORALL
                || q.where() == null) {
            throw new CannotReproduce(at, "--kernel-test takes a theorem 'forall ... where UNITS: ...' whose"
                    + " where-clause names the memory units; '" + theorem.name().text() + "' is not one");
        }
        List<Expr.Member> all = new ArrayList<>();
        collectClearsLeaf(program, q.body(), all);
        if (all.isEmpty()) {
            throw new CannotReproduce(at, "--kernel-test takes a theorem about '.clears_leaf(L, a)' of a teardown"
                    + " walk; '" + theorem.name().text() + "' has none");
        }
        for (Expr.Member m : all) {
            Expr level = m.args().get(0);
            if (!(level instanceof Expr.NameRef) || !(program.symbol(level) instanceof Symbol.LevelSym)) {
                throw new CannotReproduce(level.span(), "--kernel-test needs the leaf's level named (pmd, pte),"
                        + " not a level variable: a kernel test clears one kind of leaf");
            }
        }
        return q;
    }

    private static LeafScenario read(Program program, Evaluator eval, Expr.Quant q, List<Expr.Member> clears,
                                     Map<String, Long> bound) throws CannotReproduce {
        // the clears_leaf that holds in the counterexample: the leaf the walk clears
        Expr.Member cleared = null;
        for (Expr.Member m : clears) if (cleared == null && eval.truth(m, bound)) cleared = m;
        if (cleared == null) {
            throw new CannotReproduce(clears.get(0).span(), "in this counterexample the walk clears no leaf the"
                    + " theorem asks about; --kernel-test reproduces a cleared leaf");
        }
        if (!(cleared.target() instanceof Expr.Member over) || over.args().size() != 2
                || !(over.target() instanceof Expr.Call call) || !(program.symbol(call) instanceof Symbol.TeardownSym td)) {
            throw new CannotReproduce(cleared.span(), "--kernel-test needs the walk written out here, as"
                    + " TEARDOWN(args).over(start, end).clears_leaf(L, a)");
        }
        long start = eval.number(over.args().get(0), bound), end = eval.number(over.args().get(1), bound);
        long address = eval.number(cleared.args().get(1), bound);
        Geometry g = eval.geometry(program.pagetableOf(td.decl()).name().text());
        String level = ((Expr.NameRef) cleared.args().get(0)).name(); // a level name: shape() checked
        long leafSize = g.span(g.level(level));

        List<Unit> units = units(q, bound);
        int removed = -1, survivor = -1;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.start() == start && u.end() == end) removed = i;
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (i != removed && survivor < 0 && Long.compareUnsigned(u.start(), address) <= 0
                    && Long.compareUnsigned(address, u.end()) < 0) {
                survivor = i;
            }
        }
        if (removed < 0 || survivor < 0) {
            throw new CannotReproduce(q.where().span(), "--kernel-test needs the removed range ("
                    + over.span().text() + ") and the unit holding the cleared address among the units the"
                    + " where-clause names (pairs of bound variables given to a call as its first two arguments);"
                    + " found " + units.stream().map(Unit::name).toList());
        }
        return new LeafScenario(units, removed, survivor, address, level, leafSize);
    }

    /**
     * Smaller units that are still a counterexample, so that a kernel test adds and removes as little as it can
     * and no unit's memmap crosses more page boundaries than it must: the survivor becomes the one sub-section
     * holding the witness address, the removed unit the one sub-section of it nearest the witness inside the
     * cleared leaf, and any other unit the survivor's or the removed unit's slice. Each step is kept only if the
     * reference evaluator finds the where-clause true and the claim false with it; a unit's names that share its
     * values change together (p may equal r).
     */
    static Map<String, Long> shrink(Evaluator eval, Expr.Quant q, LeafScenario sc, Map<String, Long> bound,
                                    Slices slices) {
        Map<String, Long> best = new LinkedHashMap<>(bound);
        Unit survivor = sc.units().get(sc.survivor()), removed = sc.units().get(sc.removed());
        long a = sc.address();
        long[] k = {slices.subsectionOf(a), 0};
        k[1] = k[0] + slices.subsection();
        best = tryValues(eval, q, best, survivor, k, slices);
        long leaf = a & -sc.leafSize();
        long near = Long.compareUnsigned(a, removed.start()) < 0 ? removed.start() : removed.end() - 1;
        long[] r = {slices.subsectionOf(near), 0};
        r[1] = r[0] + slices.subsection();
        if (Long.compareUnsigned(r[0], leaf + sc.leafSize()) < 0 && Long.compareUnsigned(leaf, r[1]) < 0) {
            best = tryValues(eval, q, best, removed, r, slices);
        }
        for (int i = 0; i < sc.units().size(); i++) {
            if (i == sc.survivor() || i == sc.removed()) continue;
            Unit u = sc.units().get(i);
            Map<String, Long> next = tryValues(eval, q, best, u, new long[] {best.get(survivor.startName()),
                    best.get(survivor.endName())}, slices);
            if (next == best) {
                next = tryValues(eval, q, best, u, new long[] {best.get(removed.startName()),
                        best.get(removed.endName())}, slices);
            }
            best = next;
        }
        return best;
    }

    /**
     * {@code bound} with every call naming {@code unit} given the slice {@code to} (and its index and size
     * arguments moved with it), if that is still a counterexample; otherwise {@code bound} itself.
     */
    private static Map<String, Long> tryValues(Evaluator eval, Expr.Quant q, Map<String, Long> bound, Unit unit,
                                               long[] to, Slices slices) {
        Map<String, Long> next = new LinkedHashMap<>(bound);
        long oldIndex = slices.index(unit.start()), oldCount = slices.index(unit.end()) - oldIndex;
        long newIndex = slices.index(to[0]), newCount = slices.index(to[1]) - newIndex;
        for (UnitCall c : unitCalls(q)) {
            Long s = bound.get(c.start()), e = bound.get(c.end());
            if (s == null || e == null || s != unit.start() || e != unit.end()) continue;
            next.put(c.start(), to[0]);
            next.put(c.end(), to[1]);
            for (String x : c.extras()) {
                Long v = bound.get(x);
                if (v != null && v == oldIndex) next.put(x, newIndex);
                else if (v != null && v == oldCount) next.put(x, newCount);
            }
        }
        try {
            return eval.truth(q.where(), next) && !eval.truth(q.body(), next) ? next : bound;
        } catch (EvalException e) {
            return bound; // a candidate the evaluator cannot take is no counterexample
        }
    }

    /** The units in the order the where-clause first names them, each once (by value: p may equal r). */
    private static List<Unit> units(Expr.Quant q, Map<String, Long> bound) {
        List<Unit> units = new ArrayList<>();
        for (UnitCall c : unitCalls(q)) {
            Unit u = new Unit(c.start(), c.end(), bound.get(c.start()), bound.get(c.end()));
            if (units.stream().noneMatch(o -> o.start() == u.start() && o.end() == u.end())) units.add(u);
        }
        return units;
    }

    /** Every call of the where-clause whose first two arguments are bound names, in order, once per names. */
    private static List<UnitCall> unitCalls(Expr.Quant q) {
        List<String> binders = q.binders().stream().map(b -> b.name().text()).toList();
        List<Expr.Call> calls = new ArrayList<>();
        collectCalls(q.where(), calls);
        List<UnitCall> out = new ArrayList<>();
        for (Expr.Call c : calls) {
            if (c.args().size() < 2 || !(c.args().get(0) instanceof Expr.NameRef s)
                    || !(c.args().get(1) instanceof Expr.NameRef e)
                    || !binders.contains(s.name()) || !binders.contains(e.name())) {
                continue;
            }
            List<String> extras = new ArrayList<>();
            for (Expr arg : c.args().subList(2, c.args().size())) {
                if (arg instanceof Expr.NameRef n && binders.contains(n.name())) extras.add(n.name());
            }
            UnitCall u = new UnitCall(s.name(), e.name(), extras);
            if (!out.contains(u)) out.add(u);
        }
        return out;
    }

    private static List<Expr> conjuncts(Expr e) {
        if (e instanceof Expr.Binary b && b.op() == Expr.BinOp.AND) {
            List<Expr> out = new ArrayList<>(conjuncts(b.left()));
            out.addAll(conjuncts(b.right()));
            return out;
        }
        return List.of(e);
    }

    private static void collectClearsLeaf(Program program, Expr e, List<Expr.Member> out) {
        if (e instanceof Expr.Member m && program.member(m) == MemberKind.CLEARS_LEAF) out.add(m);
        for (Expr k : children(e)) collectClearsLeaf(program, k, out);
    }

    private static void collectCalls(Expr e, List<Expr.Call> out) {
        if (e instanceof Expr.Call c) out.add(c);
        for (Expr k : children(e)) collectCalls(k, out);
    }

    private static List<Expr> children(Expr e) {
        if (e instanceof Expr.Quant q) return q.where() == null ? List.of(q.body()) : List.of(q.where(), q.body());
        if (e instanceof Expr.Unary u) return List.of(u.operand());
        if (e instanceof Expr.Binary b) return List.of(b.left(), b.right());
        if (e instanceof Expr.Cond c) return List.of(c.condition(), c.then(), c.otherwise());
        if (e instanceof Expr.Call c) return c.args();
        if (e instanceof Expr.Member m) {
            List<Expr> kids = new ArrayList<>(m.args());
            kids.add(0, m.target());
            return kids;
        }
        return List.of();
    }
}
