package ptprove.elaborate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.TestSpecs;
import ptprove.ir.Obligation;
import ptprove.lower.Fingerprint;

/**
 * A {@code by} walk over exactly its enclosing {@code by} walk's {@code [addr, next)} (a PTE walk inside a PMD
 * walk) is stated as a walk of the enclosing range at its own granule: the query is the one a flat walk gives.
 * That it means the same is the history oracle's business (oracle/SolverVsExhaustiveProperties); this pins that
 * the shortcut is taken, and only where it applies.
 */
class NestedWalkTest {

    private static final String HEAD = """
            address_bits 16;
            state page: bool per 0x10 = false;
            state block: ulong per 0x100 = 0;
            """;

    private static final String PROPERTY = """
            theorem mapped: forall s, e, x where s <= x && x < e: after(populate(s, e)).page(x);
            """;

    /** The walk the nested ones are compared with: pages of [s, e), no enclosing walk. */
    private static final String FLAT = "event populate(s, e) { for (a, n in [s, e) by 0x10) page = true; }\n";

    private static String fingerprint(String event) {
        List<Obligation> obs = TestSpecs.obligations(HEAD + event + PROPERTY);
        assertEquals(1, obs.size());
        return Fingerprint.of(obs.get(0));
    }

    @Test
    void aWalkOverItsEnclosingChunkAsksWhatAFlatWalkAsks() {
        String flat = fingerprint(FLAT);
        String nested = fingerprint("""
                event populate(s, e) {
                  for (b, bn in [s, e) by 0x100)
                    for (a, n in [b, bn) by 0x10) page = true;
                }
                """);
        String threeDeep = fingerprint("""
                event populate(s, e) {
                  for (c, cn in [s, e) by 0x1000)
                    for (b, bn in [c, cn) by 0x100)
                      for (a, n in [b, bn) by 0x10) page = true;
                }
                """);
        assertEquals(flat, nested);
        assertEquals(flat, threeDeep);
    }

    @Test
    void theEnclosingLoopsOwnConditionsStay() {
        String flat = fingerprint(FLAT);
        String guarded = fingerprint("""
                event populate(s, e) {
                  for (b, bn in [s, e) by 0x100)
                    if (b < 0x8000)
                      for (a, n in [b, bn) by 0x10) page = true;
                }
                """);
        assertNotEquals(flat, guarded);
    }

    @Test
    void aStepWalkOrAnotherRangeIsNotFlattened() {
        String flatStep = fingerprint("event populate(s, e) { for (a in [s, e) step 0x10) page = true; }\n");
        String stepInside = fingerprint("""
                event populate(s, e) {
                  for (b, bn in [s, e) by 0x100)
                    for (a in [b, bn) step 0x10) page = true;
                }
                """);
        String flatBy = fingerprint(FLAT);
        String fromElsewhere = fingerprint("""
                event populate(s, e) {
                  for (b, bn in [s, e) by 0x100)
                    for (a, n in [b + 1, bn) by 0x10) page = true;
                }
                """);
        assertNotEquals(flatStep, stepInside);
        assertNotEquals(flatBy, fromElsewhere);
    }
}
