package ptprove.solve;

import java.util.ArrayList;
import java.util.List;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.Span;

/**
 * Cases of a query's assumptions, for a question the SMT core could not answer within its limit: the
 * disjunctions among the assumptions' top-level conjuncts ("the ranges are disjoint: one ends before the other
 * starts, or the other way round"), taken in order while the cases number at most {@link #MAX_CASES}. Case j of
 * {@code d1 || ... || dk} is {@code !d1 && ... && !d(j-1) && dj}, so the cases do not overlap and together are
 * the disjunction: the query is satisfiable exactly when it is in one case. Each case is a smaller search for the
 * bit-blaster (on the vmemmap history theorems about half the solver time of the whole), as splitting a
 * verification condition is in Boogie and Dafny.
 */
final class CaseSplit {
    private CaseSplit() {}

    /** Cases beyond this many cost more in fixed per-question work than they save. */
    static final int MAX_CASES = 4;

    /** The cases (each to be asserted beside the assumptions), or none when no conjunct is a disjunction. */
    static List<Term> of(Term assumptions) {
        List<Term> cases = List.of(Terms.TRUE);
        for (Term conjunct : conjuncts(assumptions)) {
            if (!(conjunct instanceof Term.App or && or.op() == Op.OR)) continue;
            if (cases.size() * or.args().size() > MAX_CASES) break;
            List<Term> next = new ArrayList<>();
            for (Term c : cases) next.addAll(withEach(c, or.args()));
            cases = next;
        }
        return cases.size() == 1 ? List.of() : cases;
    }

    private static List<Term> withEach(Term c, List<Term> disjuncts) {
        List<Term> out = new ArrayList<>();
        List<Term> before = new ArrayList<>();
        for (Term d : disjuncts) {
            List<Term> parts = new ArrayList<>();
            parts.add(c);
            for (Term b : before) parts.add(Terms.not(b, Span.SYNTHETIC));
            parts.add(d);
            out.add(Terms.and(parts, Span.SYNTHETIC));
            before.add(d);
        }
        return out;
    }

    private static List<Term> conjuncts(Term t) {
        return t instanceof Term.App a && a.op() == Op.AND ? a.args() : List.of(t);
    }
}
