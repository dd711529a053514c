package ptprove.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.result.Verdict;

/**
 * Hand-written cases through the oracle ({@link Oracle#check}: the solver and exhaustive enumeration agree, and
 * every solver model replays), with the verdicts pinned: the hot-remove story on an 8-bit toy, the three loop
 * forms where they part ways, and the off-by-one guards the random specs draw from. A regression here names the
 * case, where a random failure would first have to be shrunk.
 */
class OracleKnownCasesTest {

    private static void verdicts(String spec, Verdict... expected) {
        assertEquals(List.of(expected), Oracle.check(spec).verdicts());
    }

    /** 8 bits: top entries 0x40 bytes, mid 0x10, leaf 4; vmemmap ends inside the top entry vmalloc starts in. */
    private static final String TOY = """
            address_bits 8;
            pagetable t { va_bits 8; level top shift 6; level mid shift 4; level leaf shift 2; }
            region vmemmap = [0x40, 0x78);
            region vmalloc = [0x78, 0xc0);
            fn pgtable_range_aligned(start, end, floor, ceiling, mask): bool {
              start &= mask;
              if (start < floor) return false;
              if (ceiling) { ceiling &= mask; if (!ceiling) return false; }
              if (end - 1 > ceiling - 1) return false;
              return true;
            }
            fn pra_end_le(start, end, floor, ceiling, mask): bool {
              start &= mask;
              if (start < floor) return false;
              if (ceiling) { ceiling &= mask; if (!ceiling) return false; }
              if (end > ceiling) return false;
              return true;
            }
            teardown merged(floor, ceiling) on t {
              free below L when pgtable_range_aligned(walk.start, walk.end, floor, ceiling, mask(L));
              loop do while (addr < end);
            }
            teardown end_le(floor, ceiling) on t {
              free below L when pra_end_le(walk.start, walk.end, floor, ceiling, mask(L));
            }
            teardown naive() on t { free below L when true; }
            """;

    @Test
    void hotRemoveOnTheToy() {
        verdicts(TOY + """
                theorem merged_spares_vmalloc:
                  forall start, end where start < end && start in vmemmap && end - 1 in vmemmap:
                  !merged(vmemmap.start, vmemmap.end).over(start, end).frees_table_of(vmalloc);
                theorem naive_spares_vmalloc:
                  forall start, end where start < end && start in vmemmap && end - 1 in vmemmap:
                  !naive().over(start, end).frees_table_of(vmalloc);
                theorem merged_needs_start_below_end:
                  forall start, end: !merged(vmemmap.start, vmemmap.end).over(start, end).frees_table_of(vmalloc);
                example merged_frees_something:
                  exists start, end where start < end && start in vmemmap && end - 1 in vmemmap:
                  merged(vmemmap.start, vmemmap.end).over(start, end).frees_any;
                example nothing_to_remove:
                  exists start, end where start in vmemmap && end - 1 in vmemmap && start < end && end < start:
                  naive().over(start, end).frees_any;
                """,
                Verdict.PROVED, Verdict.REFUTED, Verdict.REFUTED, Verdict.WITNESSED, Verdict.VACUOUS);
    }

    @Test
    void aCeilingOfZeroMeansTheTopAndTheOffByOneGuardFreesAboveItsCeiling() {
        verdicts(TOY + """
                teardown merged_ne(floor, ceiling) on t {
                  free below L when pgtable_range_aligned(walk.start, walk.end, floor, ceiling, mask(L));
                }
                region below = [0x80, 0xc0);
                region fixmap = [0xc0, 0);
                theorem ceiling_zero_frees_inside_only:
                  forall start, a where start in fixmap:
                  merged_ne(fixmap.start, 0).over(start, 0).may_free(mid, a) ==> a in fixmap;
                example ceiling_zero_frees_at_the_top:
                  exists start, a where start in fixmap: merged_ne(fixmap.start, 0).over(start, 0).may_free(mid, a);
                theorem merged_spares_fixmap:
                  forall start where start in below: !merged_ne(below.start, below.end).over(start, 0).frees_table_of(fixmap);
                // 'end > ceiling' misses the last entry, whose walk.end is 0
                theorem end_le_spares_fixmap:
                  forall start where start in below: !end_le(below.start, below.end).over(start, 0).frees_table_of(fixmap);
                """,
                Verdict.PROVED, Verdict.WITNESSED, Verdict.PROVED, Verdict.REFUTED);
    }

    @Test
    void theThreeLoopFormsPartWaysAtTheTopAndForEmptyRanges() {
        String spec = """
                address_bits 8;
                pagetable t { va_bits 8; level top shift 6; level mid shift 4; level leaf shift 2; }
                teardown ne() on t { free below L when true; loop do while (addr != end); }
                teardown lt() on t { free below L when true; loop do while (addr < end); }
                teardown fo() on t { free below L when true; loop for (addr < end); }
                // [0xe8, 0): != walks on to the last mid entry; arm64's < stops after the first one
                theorem ne_skips_last_mid: forall s in [0xe8, 0xf0): !ne().over(s, 0).may_free(mid, 0xf0);
                theorem lt_skips_last_mid: forall s in [0xe8, 0xf0): !lt().over(s, 0).may_free(mid, 0xf0);
                // a for loop tests first: nothing at all for end == 0 or start >= end
                example fo_frees_towards_the_top: exists s: fo().over(s, 0).frees_any;
                theorem fo_degenerate: forall s, e where e != 0 && s >= e: !fo().over(s, e).frees_any;
                theorem ne_degenerate: forall s, e where e != 0 && s >= e: !ne().over(s, e).frees_any;
                example lt_frees_towards_the_top: exists s: lt().over(s, 0).frees_any;
                """;
        verdicts(spec, Verdict.REFUTED, Verdict.PROVED, Verdict.UNWITNESSED, Verdict.PROVED, Verdict.REFUTED,
                Verdict.WITNESSED);
    }
}
