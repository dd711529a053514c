package ptprove.crosscheck;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of a cross-check: one {@link CrossCheck.Result} per obligation, in the run's order, as data
 * ({@code report.CrossCheckRenderer} shows it). The run fails (exit 70) on any disagreement or error;
 * {@code not compared} alone does not fail it.
 *
 * @param solver      {@code cvc5 1.0.3}
 * @param queries     distinct scripts asked
 * @param keptScripts the work folder, when scripts were kept for inspection; else null
 */
public record CrossCheckReport(String solver, long timeoutMs, int queries, List<CrossCheck.Result> results,
                               Path keptScripts, double millis) {
    public CrossCheckReport {
        results = List.copyOf(results);
    }

    public int count(CrossCheck.Status s) {
        return (int) results.stream().filter(r -> r.status() == s).count();
    }

    /** A disagreement or an error: the run must fail. */
    public boolean failed() {
        return count(CrossCheck.Status.DISAGREE) > 0 || count(CrossCheck.Status.ERROR) > 0;
    }
}
