package ptprove.cache;

import java.util.List;
import ptprove.ir.Obligation;
import ptprove.result.Verdict;

/**
 * What a cached outcome may look like, checked when a spec is stored and again when its entry is read: a verdict
 * of the obligation's kind (a theorem is proved, refuted or vacuous; an example witnessed, unwitnessed or vacuous;
 * never unknown or error), and a model exactly where one belongs (refuted or witnessed, with variables), one value
 * per variable within its width. Refutations and witnesses are then replayed by the reference evaluator, as those
 * of a fresh solve are; a proof cannot be checked without solving, which is why entries are checksummed and
 * named by the code that wrote them.
 */
final class OutcomeShape {
    private OutcomeShape() {}

    static boolean fitsKind(Obligation.Kind kind, Verdict v) {
        return switch (v) {
            case PROVED, REFUTED -> kind == Obligation.Kind.THEOREM;
            case WITNESSED, UNWITNESSED -> kind == Obligation.Kind.EXAMPLE;
            case VACUOUS -> true;
            case UNKNOWN, ERROR -> false;
        };
    }

    static void check(Obligation.Kind kind, Verdict verdict, List<Obligation.Variable> variables, List<Long> model)
            throws SpecEntryInvalid {
        if (!fitsKind(kind, verdict)) throw new SpecEntryInvalid("a verdict of the wrong kind");
        boolean hasModel = (verdict == Verdict.REFUTED || verdict == Verdict.WITNESSED) && !variables.isEmpty();
        if (!hasModel) {
            if (!model.isEmpty()) throw new SpecEntryInvalid("a model where none belongs");
            return;
        }
        if (model.size() != variables.size()) throw new SpecEntryInvalid("a model of another shape");
        for (int i = 0; i < model.size(); i++) {
            int width = variables.get(i).var().width();
            long value = model.get(i);
            boolean fits = width == 0 ? Long.compareUnsigned(value, 1) <= 0 : width >= 64 || value >>> width == 0;
            if (!fits) throw new SpecEntryInvalid("a value out of range for " + variables.get(i).var().name());
        }
    }
}
