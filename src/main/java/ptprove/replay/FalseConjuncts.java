package ptprove.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.eval.EvalException;
import ptprove.eval.Evaluator;
import ptprove.result.Replay;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * Which conjuncts of a refuted theorem's claim fail, and why in numbers: the claim (the body of a {@code forall},
 * or the whole formula of a closed theorem) is split at its top-level {@code &&}s, each conjunct evaluated by the
 * reference evaluator under the counterexample's values, and for a false comparison both sides are evaluated too.
 * So {@code memory_rst_v6_9_4k_48} refuted says {@code vmemmap.end - 1 == 0xffff_ffff_bfff_ffff} is false with
 * the left side {@code 0xffffffffc01fffff}.
 */
final class FalseConjuncts {
    private FalseConjuncts() {}

    static List<Replay.Conjunct> of(Evaluator ev, Decl.Property p, Map<String, Long> bound) {
        Expr claim = p.body();
        if (claim instanceof Expr.Quant q && q.quantifier() == Expr.Quantifier.FORALL) claim = q.body();
        List<Expr> conjuncts = new ArrayList<>();
        split(claim, conjuncts);
        List<Replay.Conjunct> out = new ArrayList<>();
        for (Expr c : conjuncts) {
            try {
                if (ev.truth(c, bound)) continue;
                Replay.Conjunct conjunct = conjunct(ev, c, bound);
                // a claim of one conjunct that is no comparison: naming it says no more than "refuted"
                if (conjuncts.size() == 1 && !conjunct.isComparison()) continue;
                out.add(conjunct);
            } catch (EvalException e) {
                // a conjunct the evaluator cannot decide (a walk too large, say) is left out, not guessed
            }
        }
        return out;
    }

    private static void split(Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op() == Expr.BinOp.AND) {
            split(b.left(), out);
            split(b.right(), out);
        } else {
            out.add(e);
        }
    }

    private static Replay.Conjunct conjunct(Evaluator ev, Expr c, Map<String, Long> bound) {
        String source = c.span().text().replaceAll("\\s+", " ").strip();
        if (c instanceof Expr.Binary b && comparison(b.op())) {
            return new Replay.Conjunct(c.span().line(), c.span().column(), source, b.op().symbol(),
                    text(b.left()), value(ev, b.left(), bound), text(b.right()), value(ev, b.right(), bound));
        }
        return new Replay.Conjunct(c.span().line(), c.span().column(), source, null, null, null, null, null);
    }

    private static boolean comparison(Expr.BinOp op) {
        return switch (op) {
            case LT, LE, GT, GE, EQ, NE -> true;
            default -> false;
        };
    }

    private static String text(Expr e) {
        return e.span().text().replaceAll("\\s+", " ").strip();
    }

    /** A number in hex; a boolean as true/false; anything else as the evaluator prints it. */
    private static String value(Evaluator ev, Expr e, Map<String, Long> bound) {
        Object v = ev.value(e, bound);
        if (v instanceof Long n) return "0x" + Long.toUnsignedString(n, 16);
        return String.valueOf(v);
    }
}
