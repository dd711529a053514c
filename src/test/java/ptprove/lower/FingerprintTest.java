package ptprove.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.lower.Samples.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.SourceFile;
import ptprove.source.Span;

class FingerprintTest {

    @Test
    void isTwelveLowercaseHexDigits() {
        assertTrue(Fingerprint.of(alignedAdd()).matches("[0-9a-f]{12}"));
    }

    @Test
    void isPinned() {
        // Recorded proofs refer to fingerprints: change this only on purpose, with a note in the changelog.
        assertEquals("60f1c439bc4d", Fingerprint.of(alignedAdd()));
    }

    @Test
    void ignoresWhereTheObligationCameFrom() {
        Obligation o = alignedAdd();
        Span elsewhere = new Span(new SourceFile(Path.of("other/place.ptl"), "other/place.ptl", "theorem t: true;\n"), 0, 5);
        Obligation moved = new Obligation("renamed/file.ptl", 7, "another_name", o.kind(), elsewhere,
                new Config(List.of(new Config.Entry("ERA", 504, false))), o.width(), o.variables(),
                o.assumptions(), o.claim());
        assertEquals(Fingerprint.of(o), Fingerprint.of(moved));
        assertEquals(Fingerprint.of(o), Fingerprint.of(alignedAdd()), "independent of object identity");
    }

    @Test
    void ignoresHowSubtermsAreShared() {
        Term.Var x = var("x", 64);
        Term shared = bin(Op.ADD, x, bv(1, 64));
        Obligation withSharing = theorem("t", Terms.TRUE, ult(shared, bin(Op.MUL, shared, bv(3, 64))), x);
        Obligation withCopies = theorem("t", Terms.TRUE,
                ult(bin(Op.ADD, x, bv(1, 64)), bin(Op.MUL, bin(Op.ADD, x, bv(1, 64)), bv(3, 64))), x);
        assertEquals(Fingerprint.of(withSharing), Fingerprint.of(withCopies));
    }

    @Test
    void changesWithWhatIsAsked() {
        Obligation o = alignedAdd();
        Term.Var x = var("x", 64);
        Set<String> prints = new HashSet<>();
        prints.add(Fingerprint.of(o));
        prints.add(Fingerprint.of(with(o, o.kind(), o.width(), o.assumptions(), eq(x, bv(1, 64)))));
        prints.add(Fingerprint.of(with(o, o.kind(), o.width(), Terms.TRUE, o.claim())));
        prints.add(Fingerprint.of(with(o, Obligation.Kind.EXAMPLE, o.width(), o.assumptions(), o.claim())));
        prints.add(Fingerprint.of(with(o, o.kind(), 48, o.assumptions(), o.claim())));
        Term.Var x32 = var("x", 32);
        prints.add(Fingerprint.of(theorem("aligned_add", eq(bin(Op.BVAND, x32, bv(0xfff, 32)), bv(0, 32)),
                eq(bin(Op.BVAND, bin(Op.ADD, x32, bv(0x1000, 32)), bv(0xfff, 32)), bv(0, 32)), x32)));
        assertEquals(6, prints.size(), prints.toString());
    }

    @Test
    void aTheoremAndAnExampleWithTheSameTextDiffer() {
        Term.Var x = var("x", 8);
        Term c = ult(x, bv(3, 8));
        // theorem c asserts (not c); example (not c) asserts (not c) too
        Obligation t = theorem("t", Terms.TRUE, c, x);
        Obligation e = example("t", Terms.TRUE, not(c), x);
        assertEquals(SmtLib.query(t), SmtLib.query(e));
        assertNotEquals(Fingerprint.of(t), Fingerprint.of(e));
    }

    @Test
    void equalExactlyWhenTheQueriesAre() {
        List<Obligation> all = new ArrayList<>(suite());
        all.addAll(suite());
        Set<String> prints = new HashSet<>();
        Set<String> queries = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (Obligation o : all) {
            String query = o.kind() + " " + o.width() + "\n" + SmtLib.query(o);
            prints.add(Fingerprint.of(o));
            queries.add(query);
            pairs.add(Fingerprint.of(o) + query);
        }
        assertEquals(suite().size(), queries.size(), "the suite has no duplicate queries");
        assertEquals(queries.size(), prints.size());
        assertEquals(queries.size(), pairs.size());
    }

    private static Obligation with(Obligation o, Obligation.Kind kind, int width, Term assumptions, Term claim) {
        return new Obligation(o.spec(), o.index(), o.name(), kind, o.span(), o.config(), width, o.variables(),
                assumptions, claim);
    }
}
