package ptprove.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.result.Verdict;

/**
 * all()/any() over a loop chunk read a field at many addresses of that chunk; a write made at the top of an event
 * is clipped to the chunk once and each address compared by its offset (elaborate/StateLog.Window). These
 * theorems say exactly which chunks such a write leaves all or partly marked, for writes that start before,
 * end after, lie inside, cover, or miss the chunk; the solver must prove each and agree with the evaluator's
 * literal loops for every write in an 8-bit space ({@link Oracle#check}).
 */
class AggregateWindowTest {

    /** Writes [s, t) of every s and t, seen from the chunk of X (in the middle of the space, or the last chunk). */
    private static String spec(int x) {
        return """
            address_bits 8;
            state mark: bool per 1    = false;
            state word: bool per 4    = false;
            state page: bool per 0x10 = false;
            state some: bool per 0x10 = false;
            let X = %d;
            let CHUNK = X & 0xf0;

            event whole(s, t) {
              mark[s, t) = true;
              for (a, n in [s, t) by 0x10) if (all(mark)) page = true;
            }
            event touched(s, t) {
              mark[s, t) = true;
              for (a, n in [X, X + 1) by 0x10) if (any(mark)) some = true;
            }
            event words(s, t) {
              word[s, t) = true;
              for (a, n in [X, X + 1) by 0x10) if (all(word)) page = true;
            }

            theorem a_chunk_is_all_marked_when_the_range_holds_it:
              forall s, t where s < t && s <= X && X < t:
              after(whole(s, t)).page(X) == (s <= CHUNK && CHUNK + 0x0f < t);

            theorem a_chunk_is_partly_marked_when_the_range_meets_it:
              forall s, t where s < t:
              after(touched(s, t)).some(X) == (s >> 4 <= X >> 4 && X >> 4 <= (t - 1) >> 4);

            theorem coarser_granules_are_clipped_by_theirs:
              forall s, t where s < t:
              after(words(s, t)).page(X) == (s >> 2 <= CHUNK >> 2 && (CHUNK + 0x0f) >> 2 <= (t - 1) >> 2);
            """.formatted(x);
    }

    @Test
    void chunksAreMarkedExactlyAsTheWritesSay() {
        for (int x : new int[] {0x47, 0x40, 0x4f, 0xf3}) {
            assertEquals(List.of(Verdict.PROVED, Verdict.PROVED, Verdict.PROVED), Oracle.check(spec(x)).verdicts(),
                    "X = " + x);
        }
    }
}
