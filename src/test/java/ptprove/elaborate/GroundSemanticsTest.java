package ptprove.elaborate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.TestSpecs;
import ptprove.ir.Obligation;
import ptprove.ir.Terms;

/**
 * Properties without variables fold to constants during elaboration, so the closed-form semantics of fns (SSA),
 * the walk and the built-ins can be tested without a solver: each claim below must fold to {@code true}.
 */
class GroundSemanticsTest {

    private static void allTrue(String spec) {
        List<Obligation> obs = TestSpecs.obligations(spec);
        assertTrue(obs.size() > 0, "no obligations");
        for (Obligation o : obs) {
            assertTrue(Terms.isConst(o.claim()), o.name() + " did not fold: " + o.claim());
            assertTrue(Terms.isTrue(o.claim()), o.name() + " [" + o.config() + "] folded to false");
        }
    }

    private static final String RANGE_ALIGNED = """
            fn pgtable_range_aligned(start, end, floor, ceiling, mask): bool {
              start &= mask;
              if (start < floor) return false;
              if (ceiling) {
                ceiling &= mask;
                if (!ceiling) return false;
              }
              if (end - 1 > ceiling - 1) return false;
              return true;
            }
            """;

    @Test
    void ssaFollowsTheKernelHelper() {
        allTrue(RANGE_ALIGNED + """
                let PMD_MASK = ~(SZ_2M - 1);
                theorem inside: pgtable_range_aligned(0x200000, 0x400000, 0x200000, 0x400000, PMD_MASK);
                theorem below_floor: !pgtable_range_aligned(0x1ff000, 0x400000, 0x200000, 0, PMD_MASK);
                theorem ceiling_zero_is_top: pgtable_range_aligned(0xffffffffffe00000, 0, 0x200000, 0, PMD_MASK);
                theorem ceiling_masks_to_zero: !pgtable_range_aligned(0x200000, 0x300000, 0, 0x1000, PMD_MASK);
                theorem above_ceiling: !pgtable_range_aligned(0x200000, 0x600000, 0, 0x400000, PMD_MASK);
                """);
    }

    @Test
    void cSemanticsOfOperators() {
        allTrue("""
                theorem wrap: 0xffffffffffffffff + 1 == 0;
                theorem neg: -SZ_2M == 0xffffffffffe00000;
                theorem udiv: 0xffffffffffffffff / 2 == 0x7fffffffffffffff;
                theorem div0: 7 / 0 == 0xffffffffffffffff && 7 % 0 == 7;
                theorem unsigned_cmp: -1UL > 1;
                theorem truthy: !0 && !!5 && (3 ? true : false);
                theorem precedence: (6 & 3 + 1) == 4 && 1 << 2 + 1 == 8;
                theorem suffixes: 1UL << 30 == SZ_1G && 0x1_0000 == SZ_64K;
                theorem tuple: (12, 48) in {(12, 39), (12, 48)} && !((16, 48) in {(12, 48)});
                """);
    }

    @Test
    void narrowWidthWraps() {
        allTrue("""
                address_bits 16;
                theorem wrap16: 0xffff + 1 == 0;
                theorem neg16: -1 == 0xffff;
                theorem shift16: 1 << 16 == 0;
                """);
    }

    @Test
    void regionsAndTheTop() {
        allTrue("""
                region top = [0xffffffffffe00000, 0);
                region low = [0x1000, 0x3000);
                region empty = [0x5000, 0x5000);
                theorem top_member: 0xffffffffffffffff in top && !(0 in top);
                theorem low_member: 0x1000 in low && !(0x3000 in low) && !(0xfff in low);
                theorem sizes: top.size == SZ_2M && low.size == 0x2000;
                theorem disjoint: !overlaps(top, low) && !overlaps(empty, low) && overlaps(low, low);
                theorem within_: empty within low && !(top within low) && low within low;
                """);
    }

    private static final String GEOMETRY = """
            param VA_BITS in {39, 48};
            let LEVELS = (VA_BITS - 4) / 9;
            pagetable arm64 {
              va_bits VA_BITS;
              level pgd shift VA_BITS == 39 ? 30 : 39;
              level pud shift 30 if LEVELS >= 4;
              level pmd shift 21;
              level pte shift 12;
            }
            """;

    @Test
    void foldedLevelsAliasTheLevelAbove() {
        allTrue(GEOMETRY + """
                theorem pud_alias: shift(pud) == 30 && present(pud) == (VA_BITS == 48);
                theorem masks: mask(pmd) == ~(SZ_2M - 1) && span(pte) == SZ_4K;
                theorem index_top: index(pgd, 0xffff800000000000) == (VA_BITS == 48 ? 256 : 0);
                theorem index_pmd: index(pmd, 0xffff800000600000) == 3;
                theorem leaf: is_leaf(pte) && !is_leaf(pmd);
                theorem levels: (forall L in arm64: shift(L) >= 12) && (exists L in arm64: L == pud) == (VA_BITS == 48);
                """);
    }

    @Test
    void walkClipsLikePxdAddrEnd() {
        allTrue(GEOMETRY + RANGE_ALIGNED + """
                teardown aligned_only(floor, ceiling) on arm64 {
                  free below L when pgtable_range_aligned(walk.start, walk.end, floor, ceiling, mask(L));
                }
                teardown naive() on arm64 { free below L when true; }
                teardown pmd_only() on arm64 { free below L when false; free below pmd when true; }
                // [2M, 6M) touches PMD entries 1 and 2 whole: their PTE tables may be freed with floor/ceiling around.
                theorem whole_entries: aligned_only(0, 0).over(SZ_2M, 3 * SZ_2M).may_free(pmd, SZ_2M)
                                    && aligned_only(0, 0).over(SZ_2M, 3 * SZ_2M).may_free(pmd, 2 * SZ_2M + 5);
                // the guard sees the entry's span, not the range: a floor inside the entry refuses it
                theorem partial_entry: !aligned_only(SZ_2M + SZ_4K, 0).over(SZ_2M + SZ_4K, 3 * SZ_2M).may_free(pmd, SZ_2M + SZ_4K)
                                    && aligned_only(SZ_2M, 0).over(SZ_2M + SZ_4K, 3 * SZ_2M).may_free(pmd, SZ_2M + SZ_4K);
                theorem not_visited: !naive().over(SZ_2M, 3 * SZ_2M).may_free(pmd, 3 * SZ_2M);
                theorem leaf_never: !naive().over(0, SZ_1G).may_free(pte, 0);
                theorem specific_clause: pmd_only().over(0, SZ_2M).may_free(pmd, 0) && !pmd_only().over(0, SZ_2M).may_free(pgd, 0);
                // end == 0 walks to the top of the address space
                theorem to_top: naive().over(0xffffffffffe00000, 0).may_free(pmd, 0xffffffffffffffff);
                // start >= end: the do-while loop runs once at the entry of start
                theorem degenerate: naive().over(SZ_4M, SZ_2M).may_free(pmd, SZ_4M) && !naive().over(SZ_4M, SZ_2M).may_free(pmd, SZ_2M);
                """);
    }

    @Test
    void unmapWalkClearsEveryLeafItTouches() {
        allTrue(GEOMETRY + """
                region boot = [0, SZ_1G) permanent;
                teardown unmap() on arm64 { loop do while (addr < end); }
                teardown never() on arm64 { free below L when false; }
                // a PMD block the range touches is cleared whole; the next one is not
                theorem block_whole: unmap().over(SZ_2M + SZ_4K, SZ_2M + 2 * SZ_4K).clears_leaf(pmd, SZ_2M)
                                  && unmap().over(SZ_2M + SZ_4K, SZ_2M + 2 * SZ_4K).clears_leaf(pmd, 2 * SZ_2M - 1)
                                  && !unmap().over(SZ_2M + SZ_4K, SZ_2M + 2 * SZ_4K).clears_leaf(pmd, 2 * SZ_2M);
                // base pages: each touched page, also one the range covers a few bytes of
                theorem pages: unmap().over(SZ_4K, 3 * SZ_4K).clears_leaf(pte, 2 * SZ_4K + 7)
                            && !unmap().over(SZ_4K, 3 * SZ_4K).clears_leaf(pte, 3 * SZ_4K)
                            && !unmap().over(SZ_4K, 3 * SZ_4K).clears_leaf(pte, SZ_4K - 1)
                            && unmap().over(SZ_4K + 64, SZ_4K + 128).clears_leaf(pte, SZ_4K + 4000);
                // no guard and no permanent region stops a leaf from being cleared
                theorem unguarded: never().over(0, SZ_2M).clears_leaf(pmd, 0) && never().over(0, SZ_2M).clears_leaf(pte, 0);
                // a folded level has no leaves
                theorem folded: unmap().over(0, SZ_1G).clears_leaf(pud, 0) == present(pud);
                // end == 0: each do-while (addr < end) loop runs once, so the walk ends at the boundary of the
                // highest entry of start that is not the last of the address space; with none, at start's page
                theorem to_top: unmap().over(0xffffffffbfe00000, 0).clears_leaf(pte, 0xffffffffbffff000)
                             && !unmap().over(0xffffffffbfe00000, 0).clears_leaf(pte, 0xffffffffc0000000)
                             && unmap().over(0xffffffffffe00000, 0).clears_leaf(pte, 0xffffffffffe00fff)
                             && !unmap().over(0xffffffffffe00000, 0).clears_leaf(pte, 0xffffffffffe01000);
                // start >= end: the loop runs once, at start's entries
                theorem degenerate: unmap().over(SZ_4M, SZ_2M).clears_leaf(pte, SZ_4M)
                                 && !unmap().over(SZ_4M, SZ_2M).clears_leaf(pte, SZ_2M);
                """);
    }

    @Test
    void permanentRegionsKeepTheirTables() {
        allTrue(GEOMETRY + """
                region boot = [SZ_4M, SZ_4M + SZ_4K) permanent;
                teardown naive() on arm64 { free below L when true; }
                theorem kept: !naive().over(SZ_4M, SZ_4M + SZ_2M).may_free(pmd, SZ_4M);
                theorem other_freed: naive().over(SZ_4M, SZ_4M + 2 * SZ_2M).may_free(pmd, SZ_4M + SZ_2M);
                """);
    }

    @Test
    void configurationsEnumerateInDeclaredOrder() {
        List<Obligation> obs = TestSpecs.obligations("""
                param A in {2, 1};
                param B in {true, false};
                require A == 1 || B;
                theorem t: A > 0;
                """);
        assertEquals(List.of("A=2 B=true", "A=1 B=true", "A=1 B=false"),
                obs.stream().map(o -> o.config().toString()).toList());
    }
}
