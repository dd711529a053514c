package ptprove.solve;

import java.util.ArrayList;
import java.util.List;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.Span;

/**
 * Facts an assumption implies that Z3's preamble cannot see: {@code x < y} (unsigned) implies {@code y != 0}.
 * The walk's closed form tests {@code end == 0} (a range to the top of the address space) in every level's
 * comparisons; with {@code start < end} assumed that case is dead, and stated as {@code end != 0} the preamble's
 * propagation removes it before solving. Adding implied facts keeps the query equivalent.
 */
final class ImpliedFacts {
    private ImpliedFacts() {}

    static Term with(Term assumptions) {
        List<Term> facts = new ArrayList<>();
        collect(assumptions, facts);
        if (facts.isEmpty()) return assumptions;
        List<Term> all = new ArrayList<>();
        all.add(assumptions);
        all.addAll(facts);
        return new Term.App(Op.AND, all, 0, Span.SYNTHETIC);
    }

    private static void collect(Term t, List<Term> out) {
        if (!(t instanceof Term.App app)) return;
        if (app.op() == Op.AND) {
            for (Term c : app.args()) collect(c, out);
        } else if (app.op() == Op.ULT) {
            Term y = app.args().get(1);
            if (!(y instanceof Term.Const)) {
                out.add(Terms.not(Terms.eq(y, Terms.bv(0, y.width(), Span.SYNTHETIC), Span.SYNTHETIC),
                        Span.SYNTHETIC));
            }
        }
    }
}
