package ptprove.eval;

import net.jqwik.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import ptprove.check.Program;
import ptprove.ir.Config;

/**
 * The accelerated walk answers every query exactly as the literal loops do, on thousands of random small cases:
 * random geometries (with folded levels), guards that depend on the clipped sub-range, a permanent region, and
 * ranges biased towards the edge cases (0, start >= end, entry boundaries, the top), for each of the three loop
 * forms a teardown can declare ({@code do while (addr != end)}, {@code do while (addr < end)},
 * {@code for (addr < end)}), which differ exactly at those edges.
 */
@Tag("slow") // minutes of random specs: left out of the fast tier (mvn test -DexcludedGroups=slow)
class WalkEquivalenceProperties {

    /** The loop items, in {@link LoopExit} order; the first is also the default (no loop item). */
    private static final String[] LOOPS = {
        "loop do while (addr != end);", "loop do while (addr < end);", "loop for (addr < end);"
    };

    private static String spec(int width, int loop) {
        return """
            address_bits %d;
            param S0 in {5, 6, 7};
            param S1 in {3, 4};
            param FOLD in {false, true};
            param S3 in {0, 1, 2};
            param TOPBITS in {0, 1};
            param KEEP in {false, true};
            require S0 > S1 && S0 + TOPBITS < 8;
            let W = %d;
            pagetable t {
              va_bits W - TOPBITS;
              level l0 shift S0 + W - 8;
              level l1 shift S1 + W - 8 if !FOLD;
              level l2 shift S3 + 1 + W - 8 if S3 + 1 < S1;
              level l3 shift S3 + W - 8;
            }
            region keep = [0x5 << (W - 8), 0x9 << (W - 8)) permanent if KEEP;
            fn pgtable_range_aligned(start, end, floor, ceiling, mask): bool {
              start &= mask;
              if (start < floor) return false;
              if (ceiling) { ceiling &= mask; if (!ceiling) return false; }
              if (end - 1 > ceiling - 1) return false;
              return true;
            }
            teardown mixed(k) on t {
              free below l1 when ((walk.start ^ walk.end) & k) != 0 || aligned(walk.start, span(l1));
              free below L when walk.end - walk.start > k || index(L, walk.start) == 1;
              %s
            }
            teardown merged(floor, ceiling) on t {
              free below L when pgtable_range_aligned(walk.start, walk.end, floor, ceiling, mask(L));
              %s
            }
            teardown only_l2(k) on t { free below l2 when (walk.start & k) == 0; %s }
            """.formatted(width, width, LOOPS[loop], LOOPS[loop], LOOPS[loop]);
    }

    private static final List<Program> P8 = List.of(Specs.text(spec(8, 0)), Specs.text(spec(8, 1)), Specs.text(spec(8, 2)));
    private static final List<Program> P10 = List.of(Specs.text(spec(10, 0)), Specs.text(spec(10, 1)), Specs.text(spec(10, 2)));
    // The loop item changes no configuration: one list serves the three programs of a width.
    private static final List<Config> C8 = ConfigSpace.enumerate(P8.get(0));
    private static final List<Config> C10 = ConfigSpace.enumerate(P10.get(0));

    record Case(int config, long start, long end, int policy, long k, long floor, long ceiling, long rs, long re,
                LoopExit loop) {}

    private static Arbitrary<Long> address(int w) {
        long top = (1L << w) - 1;
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, top)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, top >> 3).map(x -> (x << 3) & top)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0L, 1L, top, top - 1, 1L << (w - 1), (1L << (w - 1)) - 1)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 7).map(x -> (x << (w - 3)) & top)));
    }

    private static Arbitrary<Case> cases(int w, int configs) {
        Arbitrary<Long> a = address(w);
        Arbitrary<Integer> config = Arbitraries.integers().between(0, configs - 1);
        Arbitrary<Integer> policy = Arbitraries.integers().between(0, 2);
        Arbitrary<Long> k = Arbitraries.of(0L, 1L, 3L, 0x10L, 0x55L, 0x20L);
        Arbitrary<LoopExit> loop = Arbitraries.of(LoopExit.class).withoutEdgeCases(); // evenly: no favourite form
        Arbitrary<Object[]> head = Combinators.combine(config, policy, loop).as((c, p, l) -> new Object[] {c, p, l});
        // end == 0 (the top) is where the loop forms part ways most: give it a sixth of the cases
        Arbitrary<Long> end = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, a), net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)));
        return Combinators.combine(head, a, end, k, a, a, a, a)
                .as((h, s, e, kk, f, ce, rs, re) -> new Case((Integer) h[0], s, e, (Integer) h[1], kk, f, ce, rs, re,
                        (LoopExit) h[2]));
    }

    @Provide Arbitrary<Case> cases8() { return cases(8, C8.size()); }
    @Provide Arbitrary<Case> cases10() { return cases(10, C10.size()); }

    @Property(tries = 3000)
    void acceleratedEqualsLiteralAt8Bits(@ForAll("cases8") Case c) { check(P8, C8, c); }

    @Property(tries = 600)
    void acceleratedEqualsLiteralAt10Bits(@ForAll("cases10") Case c) { check(P10, C10, c); }

    private static void check(List<Program> programs, List<Config> configs, Case c) {
        Program p = programs.get(c.loop().ordinal());
        Evaluator ev = new Evaluator(p, configs.get(c.config()), Map.of());
        PolicyValue policy = switch (c.policy()) {
            case 0 -> ev.policy("mixed", c.k());
            case 1 -> ev.policy("merged", c.floor(), c.ceiling());
            default -> ev.policy("only_l2", c.k());
        };
        assertEquals(c.loop(), LoopExit.of(policy.teardown().loop()), "the teardown declares the loop under test");
        WalkQueries walk = ev.walk(policy, c.start(), c.end());
        List<Visit> literal = walk.literalVisits(c.loop());
        // where the loop forms part ways: the top (end == 0) and start >= end
        Statistics.collect(c.loop(), c.end() == 0 ? "end == 0"
                : Long.compareUnsigned(c.start(), c.end()) >= 0 ? "start >= end" : "start < end");
        Geometry g = policy.geometry();
        long n = 1L << ev.width();
        String where = walk.value() + " with " + c.loop() + " in " + g;

        for (Geometry.Level l : g.levels()) {
            LevelValue lv = new LevelValue(g, l.ordinal());
            for (long a = 0; a < n; a++) {
                boolean expected = false;
                long base = a & g.mask(l);
                for (Visit v : literal) expected |= v.level().equals(lv) && v.entryBase() == base && v.mayFree();
                assertEquals(expected, walk.mayFree(lv, a), "may_free(" + l.name() + ", " + a + ") of " + where);
            }
        }

        // clears_leaf: the literal walk with its leaf loop's iterations as visits, at every level
        List<Visit> withLeaves = walk.literalVisits(c.loop(), true);
        for (Geometry.Level l : g.levels()) {
            LevelValue lv = new LevelValue(g, l.ordinal());
            for (long a = 0; a < n; a++) {
                boolean expected = false;
                long base = a & g.mask(l);
                for (Visit v : withLeaves) expected |= v.level().equals(lv) && v.entryBase() == base;
                expected &= l.present();
                assertEquals(expected, walk.clearsLeaf(lv, a), "clears_leaf(" + l.name() + ", " + a + ") of " + where);
            }
        }

        boolean anyLiteral = literal.stream().anyMatch(Visit::mayFree);
        Optional<Witness> any = walk.freesAny();
        assertEquals(anyLiteral, any.isPresent(), "frees_any of " + where);
        any.ifPresent(w -> assertTrue(literal.contains(w.visit()), "witness is a literal visit: " + w));

        RegionValue r = new RegionValue("r", c.rs(), c.re());
        Ranges ranges = new Ranges(new Bits(ev.width()));
        boolean tableOfLiteral = literal.stream().anyMatch(v -> v.mayFree()
                && ranges.overlaps(v.entryBase(), v.entryEnd(), r.start(), r.end()));
        Optional<Witness> found = walk.freesTableOf(r);
        assertEquals(tableOfLiteral, found.isPresent(), "frees_table_of(" + r + ") of " + where);
        found.ifPresent(w -> {
            assertTrue(literal.contains(w.visit()), "witness is a literal visit: " + w);
            assertTrue(walk.check(w.level(), w.address(), w.otherAddress(), r).holds(), "witness checks: " + w);
        });
    }
}
