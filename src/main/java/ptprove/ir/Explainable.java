package ptprove.ir;

import java.util.List;

/**
 * An obligation elaborated for {@code ptprove explain}: its terms carry one boolean selector per
 * {@link Tracked} spec element (ids 0..n-1, in order of first use). The selectors are free boolean variables
 * that are not among {@link Obligation#variables()}; with all of them true the obligation is the ordinary one.
 */
public record Explainable(Obligation obligation, List<Tracked> tracked) {
    public Explainable { tracked = List.copyOf(tracked); }
}
