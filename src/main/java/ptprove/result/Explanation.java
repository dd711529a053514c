package ptprove.result;

import java.util.List;
import ptprove.ir.Obligation;
import ptprove.ir.Tracked;

/**
 * What {@code ptprove explain} found for one obligation. When {@code verdict} is {@link Verdict#PROVED},
 * {@code core} is a minimal set of spec elements the proof rests on (each needed: without it, the rest no
 * longer proves the theorem), in source order; otherwise {@code core} is empty, {@code model} holds a
 * counterexample for {@link Verdict#REFUTED} and {@code reason} explains unknown and error verdicts.
 *
 * @param tracked   how many spec elements were candidates
 * @param notNeeded the candidates outside the core, in source order (proved only)
 * @param goals   how many goals the theorem split into (the core is the union of each goal's core)
 */
public record Explanation(Obligation obligation, Verdict verdict, int tracked, int goals, List<Line> core,
                          List<Tracked> notNeeded, List<Outcome.Value> model, String reason) {

    /**
     * One element of the core. {@code whenDropped} is a counterexample to the theorem with only this element
     * deleted (every other element kept), or empty when the rest still proves it: then it is needed only
     * together with another element, and {@code coveredBy} names a single element (in or outside the core) whose
     * deletion together with this one refutes the theorem: the line that stands in for it. {@code coveredBy} is
     * null when deleting this element alone refutes, or when no single other element covers it (several do).
     */
    public record Line(Tracked element, List<Outcome.Value> whenDropped, Tracked coveredBy) {
        public Line { whenDropped = List.copyOf(whenDropped); }
        public Line(Tracked element, List<Outcome.Value> whenDropped) { this(element, whenDropped, null); }
        public boolean droppingRefutes() { return !whenDropped.isEmpty(); }
    }

    public Explanation {
        core = List.copyOf(core);
        notNeeded = List.copyOf(notNeeded);
        model = List.copyOf(model);
    }
}
