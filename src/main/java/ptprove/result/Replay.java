package ptprove.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference evaluator's re-run of a counterexample or witness (ptprove.eval: concrete values, the kernel's
 * loops), independent of the SMT lowering. {@code findings} explain walk members in kernel terms.
 *
 * @param explanation why it was rejected or skipped; empty when confirmed
 * @param trace       for a counterexample with no freed table to explain (no {@code findings}): the claim and the
 *                    statements of every fn it calls, under the model's values; empty otherwise
 * @param falseConjuncts for a refuted theorem with no freed table to explain: the conjuncts of its claim that are
 *                    false under the counterexample, in source order, with both sides of each comparison
 */
public record Replay(Status status, String explanation, List<Finding> findings, List<Step> trace,
                     List<Conjunct> falseConjuncts) {

    /** Without a trace of the claim (a replay whose findings carry their guards' traces, or none at all). */
    public Replay(Status status, String explanation, List<Finding> findings) {
        this(status, explanation, findings, List.of());
    }

    /** Without false conjuncts (a replay that explains the refutation by a freed table, or no refutation). */
    public Replay(Status status, String explanation, List<Finding> findings, List<Step> trace) {
        this(status, explanation, findings, trace, List.of());
    }

    /**
     * A conjunct of a refuted theorem's claim that is false under the counterexample, as the reference evaluator
     * finds it: its source, and for a comparison ({@code ==}, {@code <}, ...) each side's source and value
     * ({@code left}, {@code right} and their values are null for another kind of conjunct).
     */
    public record Conjunct(int line, int column, String source, String op, String left, String leftValue,
                           String right, String rightValue) {
        public boolean isComparison() { return op != null; }
    }

    public enum Status {
        /** The evaluator agrees: a theorem's assumptions hold and its claim fails (an example's claim holds). */
        CONFIRMED("confirmed"),
        /** The evaluator disagrees: a bug in one of the two semantics. */
        REJECTED("rejected"),
        /** Not replayed (e.g. a walk too large to simulate); says why. */
        SKIPPED("skipped");

        private final String word;
        Status(String word) { this.word = word; }
        public String word() { return word; }
    }

    /**
     * A walk member, in the terms of the kernel's page tables: the table page below the {@code level} entry that
     * maps {@code address} (reached by {@code indexPath}, e.g. {@code pgd[507] -> pud[255]}) maps
     * [{@code tableStart}, {@code tableEnd}); the walk visited that entry with the sub-range
     * [{@code walkStart}, {@code walkEnd}); {@code otherAddress} in {@code region} uses the same table page.
     * {@code otherAddress} and {@code region} are null for {@code frees_any}.
     */
    public record Finding(String member, String level, long address, String indexPath, long tableStart,
                          long tableEnd, long walkStart, long walkEnd, Long otherAddress, String region,
                          List<Step> trace) {
        public Finding {
            trace = List.copyOf(trace);
        }

        /** The class of this finding for {@code check --all}: the level, and the region if there is one. */
        public String classKey() { return classKey(level, region); }

        public static String classKey(String level, String region) {
            return region == null ? level : level + " " + region;
        }

        /** Without a trace of the guard. */
        public Finding(String member, String level, long address, String indexPath, long tableStart, long tableEnd,
                       long walkStart, long walkEnd, Long otherAddress, String region) {
            this(member, level, address, indexPath, tableStart, tableEnd, walkStart, walkEnd, otherAddress, region,
                    List.of());
        }
    }

    /**
     * One step of the guard that let the table be freed, as a debugger shows it: the guard expression itself
     * ({@code depth} 0), then each statement executed in the fns it calls (depth 1, 2 for a nested call, ...),
     * with the values the step read (numbers in hex, booleans, levels by name) and what it gave ({@code true},
     * {@code 0x...}, or {@code name=value} for an assignment). {@code line} 0 means no position. {@code file}
     * is the spec file the step's line is in, as the user named it, when that is not the property's own file (a
     * fn or event of an imported spec); null otherwise.
     */
    public record Step(String file, int line, int column, int depth, String source, Map<String, String> values,
                       String result) {
        public Step {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    public Replay {
        findings = List.copyOf(findings);
        trace = List.copyOf(trace);
        falseConjuncts = List.copyOf(falseConjuncts);
    }

    public static Replay skipped(String why) {
        return new Replay(Status.SKIPPED, why, List.of());
    }
}
