package ptprove.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import ptprove.proofs.RecordChange;
import ptprove.result.Outcome;
import ptprove.result.Verdict;

/**
 * The totals both the text and the JSON summary print, computed once from a {@link RunReport}.
 *
 * @param counts             obligations per verdict, every verdict present (zero if none)
 * @param specsWithErrors    specs that could not be checked
 * @param differences        new, gone and flipped obligations against proof records
 * @param fingerprintChanges same verdict, different query (informational)
 * @param millis             the run's wall-clock time, or the sum of solver times when that is unknown
 * @param fromCache          outcomes read from the result cache, or null when the run used no cache
 * @param shard              {@code i/n} for a sharded run, else null
 */
public record RunSummary(Map<Verdict, Integer> counts, int specs, int specsWithErrors, int specsWithRecord,
                         int differences, int fingerprintChanges, double millis, ExitStatus exitStatus,
                         Integer fromCache, String shard) {

    public RunSummary {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public static RunSummary of(RunReport run) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) counts.put(v, 0);
        int errors = 0, recorded = 0, differences = 0, fingerprints = 0;
        double solverMillis = 0;
        int cached = 0;
        for (SpecReport spec : run.specs()) {
            if (spec.hasErrors()) errors++;
            for (Outcome o : spec.outcomes()) {
                counts.merge(o.verdict(), 1, Integer::sum);
                solverMillis += o.millis();
                if (o.cached()) cached++;
            }
            if (spec.hasRecord()) {
                recorded++;
                for (RecordChange c : spec.comparison().changes()) {
                    if (c.isDifference()) differences++; else fingerprints++;
                }
            }
        }
        double millis = Double.isNaN(run.elapsedMillis()) ? solverMillis : run.elapsedMillis();
        return new RunSummary(counts, run.specs().size(), errors, recorded, differences, fingerprints, millis,
                ExitStatus.of(run), run.cacheUsed() ? cached : null, run.shard());
    }

    public int obligations() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Verdict v) { return counts.get(v); }
}
