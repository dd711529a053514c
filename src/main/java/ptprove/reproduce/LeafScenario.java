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
     * Reads the scenario of {@code outcome} (refuted, its replay confirmed) of a theorem of {@code program}, with
     * its units shrunk (see {@link #shrink}) to one sub-section ({@code subsection} bytes of vmemmap, counted from
     * {@code origin}) where the reference evaluator confirms that the smaller units are still a counterexample.
     */
    public static LeafScenario of(Program program, Evaluator eval, Decl.Property theorem, Outcome outcome,
                                  long origin, long subsection) throws CannotReproduce {
        Expr.Quant q = shape(program, theorem);
        List<Expr.Member> all = new ArrayList<>();
        collectClearsLeaf(program, q.body(), all);
        Map<String, Long> bound = new LinkedHashMap<>();
        for (Outcome.Value v : outcome.model()) {
            if (v.variable().origin() == Obligation.Origin.BOUND) bound.put(v.variable().label(), v.value());
        }
        try {
            LeafScenario first = read(program, eval, q, failing(program, eval, q, bound, all), bound);
            Map<String, Long> small = shrink(eval, q, first, bound, origin, subsection);
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
        Expr.Member over = (Expr.Member) cleared.target();
        long start = eval.number(over.args().get(0), bound), end = eval.number(over.args().get(1), bound);
        long address = eval.number(cleared.args().get(1), bound);
        String level = ((Expr.NameRef) cleared.args().get(0)).name();
        if (!(over.target() instanceof Expr.Call call) || !(program.symbol(call) instanceof Symbol.TeardownSym td)) {
            throw new CannotReproduce(over.span(), "--kernel-test needs the teardown called directly here");
        }
        Geometry g = eval.geometry(program.pagetableOf(td.decl()).name().text());
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
                                    long origin, long subsection) {
        Map<String, Long> best = new LinkedHashMap<>(bound);
        Unit survivor = sc.units().get(sc.survivor()), removed = sc.units().get(sc.removed());
        long a = sc.address();
        long[] k = {subsectionOf(a, origin, subsection), 0};
        k[1] = k[0] + subsection;
        best = tryValues(eval, q, best, survivor, k);
        long leaf = a & -sc.leafSize();
        long near = Long.compareUnsigned(a, removed.start()) < 0 ? removed.start() : removed.end() - 1;
        long[] r = {subsectionOf(near, origin, subsection), 0};
        r[1] = r[0] + subsection;
        if (Long.compareUnsigned(r[0], leaf + sc.leafSize()) < 0 && Long.compareUnsigned(leaf, r[1]) < 0) {
            best = tryValues(eval, q, best, removed, r);
        }
        for (int i = 0; i < sc.units().size(); i++) {
            if (i == sc.survivor() || i == sc.removed()) continue;
            Unit u = sc.units().get(i);
            Map<String, Long> next = tryValues(eval, q, best, u, new long[] {best.get(survivor.startName()),
                    best.get(survivor.endName())});
            if (next == best) {
                next = tryValues(eval, q, best, u, new long[] {best.get(removed.startName()),
                        best.get(removed.endName())});
            }
            best = next;
        }
        return best;
    }

    private static long subsectionOf(long address, long origin, long subsection) {
        return origin + Long.divideUnsigned(address - origin, subsection) * subsection;
    }

    /** {@code bound} with every pair of names that holds {@code unit}'s values set to {@code to}, if still refuting. */
    private static Map<String, Long> tryValues(Evaluator eval, Expr.Quant q, Map<String, Long> bound, Unit unit,
                                               long[] to) {
        Map<String, Long> next = new LinkedHashMap<>(bound);
        List<String[]> pairs = namePairs(q);
        for (String[] p : pairs) {
            Long s = bound.get(p[0]), e = bound.get(p[1]);
            if (s != null && e != null && s == unit.start() && e == unit.end()) {
                next.put(p[0], to[0]);
                next.put(p[1], to[1]);
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
        for (String[] p : namePairs(q)) {
            Unit u = new Unit(p[0], p[1], bound.get(p[0]), bound.get(p[1]));
            if (units.stream().noneMatch(o -> o.start() == u.start() && o.end() == u.end())) units.add(u);
        }
        return units;
    }

    /** Every pair of bound names the where-clause gives a call as its first two arguments, in order, once. */
    private static List<String[]> namePairs(Expr.Quant q) {
        List<String> binders = q.binders().stream().map(b -> b.name().text()).toList();
        List<Expr.Call> calls = new ArrayList<>();
        collectCalls(q.where(), calls);
        List<String[]> pairs = new ArrayList<>();
        for (Expr.Call c : calls) {
            if (c.args().size() < 2 || !(c.args().get(0) instanceof Expr.NameRef s)
                    || !(c.args().get(1) instanceof Expr.NameRef e)
                    || !binders.contains(s.name()) || !binders.contains(e.name())) {
                continue;
            }
            if (pairs.stream().noneMatch(p -> p[0].equals(s.name()) && p[1].equals(e.name()))) {
                pairs.add(new String[] {s.name(), e.name()});
            }
        }
        return pairs;
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
