package ptprove.oracle;

import net.jqwik.api.Tag;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import ptprove.result.Verdict;

/**
 * The solver's verdicts equal exhaustive enumeration, in both directions, on random small specs: no enumerated
 * violation behind a "proved", every "refuted" backed by an enumerated violation and by a replay of the solver's
 * own model; the same for examples (witnessed / unwitnessed) and vacuity. See {@link Oracle} for what is compared
 * and {@link SpecGen} for what is generated. Five families, 3 000 specs in all:
 * <ul>
 * <li>walk theorems {@code !T(..).over(start, end).frees_table_of(R)} / {@code !...frees_any}, and</li>
 * <li>walk examples {@code T(..).over(start, end).frees_any} / {@code ...frees_table_of(R)}, over random
 *     geometries, layouts, teardowns (the kernel's floor/ceiling guard, off-by-one and wraparound-prone variants,
 *     per-level clauses, the three loop forms) and where-clauses that allow start >= end and end == 0;</li>
 * <li>{@code may_free(L, a)} theorems and examples, under {@code forall L in t}, compared across teardowns;</li>
 * <li>the same questions about {@code clears_leaf(L, a)}, the leaf level included;</li>
 * <li>region lemmas ({@code overlaps}, {@code shares_table}, {@code within}, membership) over constant regions
 *     and, at 8 bits, regions bounded by vars that may wrap past the top;</li>
 * <li>arithmetic lemmas with wrapping, division by zero, shifts at the width, and a fn with a statement body;</li>
 * <li>histories of events over state fields ({@link HistoryGen}): both loop forms, nesting, writes at a chunk and
 *     over clipped ranges, conditions on state and on all()/any(), views.</li>
 * </ul>
 * A failure prints the shrunk spec, the configuration, both verdicts, the solver's model and its replay, and the
 * enumerated counterexample or witness with its walk trace. {@code -Doracle.dump=true} prints every spec checked,
 * {@code -Doracle.timing=true} the time each side takes.
 */
@Tag("slow") // minutes of random specs: left out of the fast tier (mvn test -DexcludedGroups=slow)
class SolverVsExhaustiveProperties {
    private static final Map<String, Map<Verdict, Integer>> TALLY = new ConcurrentHashMap<>();
    private static final AtomicLong CASES = new AtomicLong();

    /**
     * Checks one spec and collects its verdicts; the coverage check makes each listed verdict at least 1% of the
     * obligations, so a generator that drifted into producing only one kind of case fails instead of passing.
     */
    private static void run(String family, String text, Verdict... expected) {
        Oracle.Result r = Oracle.check(text);
        for (Verdict v : r.verdicts()) Statistics.label("verdict").collect(v);
        Statistics.label("verdict").coverage(c -> {
            for (Verdict v : expected) c.check(v).percentage(p -> p >= 1.0);
        });
        if (Boolean.getBoolean("oracle.dump")) System.out.println("=== " + family + " " + r.verdicts() + "\n" + text);
        CASES.incrementAndGet();
        Map<Verdict, Integer> t = TALLY.computeIfAbsent(family, k -> new EnumMap<>(Verdict.class));
        synchronized (t) {
            r.counts().forEach((v, n) -> t.merge(v, n, Integer::sum));
        }
    }

    @AfterContainer
    static void summary() {
        StringBuilder sb = new StringBuilder("oracle: " + CASES.get() + " specs checked");
        long obligations = 0;
        for (Map.Entry<String, Map<Verdict, Integer>> e : new TreeMap<>(TALLY).entrySet()) {
            sb.append("\n  ").append(e.getKey()).append(": ").append(e.getValue());
            obligations += e.getValue().values().stream().mapToInt(Integer::intValue).sum();
        }
        System.out.println(sb.append("\n  obligations compared: ").append(obligations)
                .append("\n  solver models replayed: ").append(Oracle.MODELS_REPLAYED.get())
                .append(", of which walk witnesses (address, other_address) checked: ").append(Oracle.CHOICES_CHECKED.get()));
    }

    @Provide Arbitrary<SpecGen.WalkProp> walkTheorems() { return SpecGen.walkProps(false); }
    @Provide Arbitrary<SpecGen.WalkProp> walkExamples() { return SpecGen.walkProps(true); }
    @Provide Arbitrary<SpecGen.MayFreeProp> mayFree() { return SpecGen.mayFreeProps(); }
    @Provide Arbitrary<SpecGen.MayFreeProp> clearsLeaf() { return SpecGen.clearsLeafProps(); }
    @Provide Arbitrary<SpecGen.RegionProp> regions() { return SpecGen.regionProps(); }
    @Provide Arbitrary<SpecGen.ArithProp> arithmetic() { return SpecGen.arithProps(); }
    @Provide Arbitrary<HistoryGen.HistoryProp> histories() { return HistoryGen.props(); }

    @Property(tries = 900)
    void walkTheoremsAgree(@ForAll("walkTheorems") SpecGen.WalkProp p) {
        Statistics.label("domain").collect(p.everyPair() ? "every (start, end) pair" : "ranges");
        run("walk theorems", p.text(), Verdict.PROVED, Verdict.REFUTED, Verdict.VACUOUS);
    }

    @Property(tries = 500)
    void walkExamplesAgree(@ForAll("walkExamples") SpecGen.WalkProp p) {
        Statistics.label("domain").collect(p.everyPair() ? "every (start, end) pair" : "ranges");
        run("walk examples", p.text(), Verdict.WITNESSED, Verdict.UNWITNESSED, Verdict.VACUOUS);
    }

    @Property(tries = 650)
    void mayFreeAgrees(@ForAll("mayFree") SpecGen.MayFreeProp p) { run("may_free", p.text(), Verdict.PROVED, Verdict.REFUTED, Verdict.WITNESSED, Verdict.UNWITNESSED); }

    @Property(tries = 300)
    void clearsLeafAgrees(@ForAll("clearsLeaf") SpecGen.MayFreeProp p) { run("clears_leaf", p.text(), Verdict.PROVED, Verdict.REFUTED, Verdict.WITNESSED, Verdict.UNWITNESSED); }

    @Property(tries = 400)
    void regionLemmasAgree(@ForAll("regions") SpecGen.RegionProp p) { run("region lemmas", p.text(), Verdict.PROVED, Verdict.REFUTED, Verdict.WITNESSED, Verdict.UNWITNESSED); }

    @Property(tries = 400)
    void historiesAgree(@ForAll("histories") HistoryGen.HistoryProp p) {
        run("histories", p.text(), Verdict.PROVED, Verdict.REFUTED, Verdict.WITNESSED, Verdict.UNWITNESSED);
    }

    @Property(tries = 550)
    void arithmeticAgrees(@ForAll("arithmetic") SpecGen.ArithProp p) { run("arithmetic", p.text(), Verdict.PROVED, Verdict.REFUTED, Verdict.WITNESSED, Verdict.UNWITNESSED, Verdict.VACUOUS); }
}
