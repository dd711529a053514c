package ptprove.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ptprove.lower.Samples.*;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.ir.Obligation;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.lower.SmtLib;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/** The exported script must ask Z3 exactly what the session asked. */
class SmtLibRoundTripTest {

    @Test
    void scriptsParseBackAndGiveTheSameAnswer() {
        List<Obligation> all = new ArrayList<>(suite());
        all.add(alignedAdd());
        all.add(successorGrows());
        all.add(sharedAndQuoted());
        try (SolverSession session = new SolverSession(); Context ctx = new Context()) {
            for (Obligation o : all) {
                Outcome outcome = session.solve(o, Budget.NONE);
                BoolExpr[] assertions = ctx.parseSMTLIB2String(SmtLib.script(o, true), null, null, null, null);
                Solver s = ctx.mkSolver();
                s.add(assertions);
                Status status = s.check();
                Verdict v = outcome.verdict();
                boolean sat = v == Verdict.REFUTED || v == Verdict.WITNESSED;
                boolean unsat = v == Verdict.PROVED || v == Verdict.UNWITNESSED || v == Verdict.VACUOUS;
                assertEquals(sat ? Status.SATISFIABLE : unsat ? Status.UNSATISFIABLE : Status.UNKNOWN, status,
                        o.name() + " was " + v);
            }
        }
    }

    /** Sharing, a boolean, a quoted name, an ite and a non-nibble width all in one. */
    private static Obligation sharedAndQuoted() {
        Term.Var x = var("walk addr", 12);
        Term.Var b = Terms.var("let", 0, S);
        Term s = bin(Op.SHL, x, bv(3, 12));
        Term pick = Terms.ite(b, s, bin(Op.LSHR, s, bv(1, 12)), S);
        Term.Var z = var("z", 7);
        return example("mixed", ult(bv(4, 12), x),
                and(eq(bin(Op.BVAND, pick, pick), bv(0x40, 12)), eq(z, bv(5, 7)), not(b)), x, b, z);
    }
}
