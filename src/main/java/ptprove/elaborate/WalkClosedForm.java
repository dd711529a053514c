package ptprove.elaborate;

import java.util.List;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;

/**
 * The teardown walk in closed form: whether the kernel's loop ({@code do ... while (addr < end)}, {@code != end},
 * or {@code for (; addr < end; )}) visits the level-L entry of an address, and the sub-range it is clipped to
 * there, exactly as pXd_addr_end clips it, without running the loop. The reference evaluator's
 * {@code eval.Walker} runs the loops literally; the two share no code.
 */
final class WalkClosedForm {
    private final int w;

    WalkClosedForm(int width) {
        this.w = width;
    }

    /**
     * Does the walk clear the level-L leaf (block or base page) that maps {@code a}? The unmap walk clears every
     * leaf entry its loop reaches, with no guard: so exactly when the level is present and the walk visits the
     * entry, by the same visit rule as {@link Translator}'s may_free. Permanent regions do not matter: they keep tables
     * non-empty, they do not stop a leaf from being cleared.
     */
    Term clearsLeaf(Value.Walk walk, int ordinal, Term a, Span sp) {
        ConfigGeometry g = walk.policy().geometry();
        ConfigGeometry.LevelInfo l = g.level(ordinal);
        if (!l.present()) return Terms.bool(false, sp);
        Decl.Loop loop = walk.policy().teardown().loop();
        if (loop != Decl.Loop.DO_WHILE_LT) return entryVisit(walk, l, a, sp).visited();
        // The visit rule of entryVisit, extended to the leaf, with the end == 0 case split off at the top: the
        // solver then decides it once instead of inside every comparison (3x faster on the leaf spec).
        Term s = walk.start(), e = walk.end();
        Term zero = Terms.bv(0, w, sp);
        Term mask = Terms.bv(~((1L << l.shift()) - 1), w, sp);
        Term size = Terms.bv(1L << l.shift(), w, sp);
        Term x = Terms.bin(Op.BVAND, a, mask, sp);
        Term entryOfStart = Terms.eq(x, Terms.bin(Op.BVAND, s, mask, sp), sp);
        Term startBoundary = Terms.bin(Op.ADD, Terms.bin(Op.BVAND, s, mask, sp), size, sp);
        // With end == 0 every loop runs once. The walk reaches past start's entries only below the highest
        // non-leaf level whose entry of start is not the last one (up to that entry's boundary, fb); with no such
        // level (fb == 0) it visits start's entries only, at the leaf too.
        Term fb = firstBoundaryBelowTop(g, s, sp);
        Term onlyFirst = Terms.or(Terms.eq(startBoundary, zero, sp), Terms.eq(fb, zero, sp), sp);
        Term atTop = Terms.ite(onlyFirst, entryOfStart, visitedUpTo(a, Terms.bv(l.shift(), w, sp), s, fb, entryOfStart, sp), sp);
        return Terms.ite(Terms.eq(e, zero, sp), atTop, visitedUpTo(a, Terms.bv(l.shift(), w, sp), s, e, entryOfStart, sp), sp);
    }

    /** The do-while visit rule for an end E: entries meeting [s, E) if s < E or E == 0, else s's entry only. */
    private Term visitedUpTo(Term a, Term sh, Term s, Term e, Term entryOfStart, Span sp) {
        Term one = Terms.bv(1, w, sp), zero = Terms.bv(0, w, sp);
        Term normal = Terms.or(Terms.eq(e, zero, sp), Terms.ult(s, e, sp), sp);
        return Terms.ite(normal, meets(a, sh, s, Terms.bin(Op.SUB, e, one, sp), sp), entryOfStart, sp);
    }

    /**
     * The entry of {@code a} meets [s, last]: x <= last && s <= x + size - 1 for its aligned base x, compared as
     * entry numbers (each is equivalent), so the bit-blaster compares the few bits above the shift instead of
     * full-width sums.
     */
    private static Term meets(Term a, Term sh, Term s, Term last, Span sp) {
        Term n = Terms.bin(Op.LSHR, a, sh, sp);
        return Terms.and(Terms.ule(n, Terms.bin(Op.LSHR, last, sh, sp), sp),
                Terms.ule(Terms.bin(Op.LSHR, s, sh, sp), n, sp), sp);
    }

    /** Whether the walk visits the level-l entry of a, and the range clipped to that entry. */
    record EntryVisit(Term visited, Term start, Term end) {}

    EntryVisit entryVisit(Value.Walk walk, ConfigGeometry.LevelInfo l, Term a, Span sp) {
        ConfigGeometry g = walk.policy().geometry();
        Term s = walk.start(), e = walk.end();
        Term zero = Terms.bv(0, w, sp);
        Entry en = entry(l, a, s, sp);
        Decl.Teardown td = walk.policy().teardown();
        if (td.loop() != Decl.Loop.DO_WHILE_LT) {
            EntryVisit v = upTo(en, a, s, e, Terms.or(Terms.eq(e, zero, sp), Terms.ult(s, e, sp), sp), sp);
            if (td.loop() != Decl.Loop.FOR_LT) return v;
            // x86's 'for (; addr < end; ...)' runs no iteration unless start < end (so none for end == 0)
            Term last = Terms.bin(Op.SUB, e, Terms.bv(1, w, sp), sp);
            return new EntryVisit(Terms.and(Terms.ult(s, e, sp), meets(a, en.sh(), s, last, sp), sp), v.start(),
                    v.end());
        }
        // arm64's 'while (addr < end)' with end == 0 runs each loop once; until some level's entry of start is not
        // the last one, the walk stays in start's entries with end 0, then continues to that entry's boundary fb.
        // That case is split off at the top, as in clearsLeaf, so the solver decides end == 0 once instead of
        // inside every comparison; below it end != 0, so the walk's range is normal exactly when start < end.
        Term startBoundary = Terms.bin(Op.ADD, en.startBase(), en.size(), sp);
        Term fb = firstBoundaryBelowTop(g, s, sp);
        EntryVisit beyond = upTo(en, a, s, fb, Terms.or(Terms.eq(fb, zero, sp), Terms.ult(s, fb, sp), sp), sp);
        Term onlyFirst = Terms.eq(startBoundary, zero, sp);
        EntryVisit atTop = new EntryVisit(Terms.ite(onlyFirst, en.ofStart(), beyond.visited(), sp),
                Terms.ite(onlyFirst, s, beyond.start(), sp), Terms.ite(onlyFirst, zero, beyond.end(), sp));
        EntryVisit below = upTo(en, a, s, e, Terms.ult(s, e, sp), sp);
        Term eIsZero = Terms.eq(e, zero, sp);
        return new EntryVisit(Terms.ite(eIsZero, atTop.visited(), below.visited(), sp),
                Terms.ite(eIsZero, atTop.start(), below.start(), sp), Terms.ite(eIsZero, atTop.end(), below.end(), sp));
    }

    /**
     * The level-l entry of a: its base x, its boundary x + size (0 for the top entry), the base of start's entry,
     * and whether they are the same entry; made once for every walk range {@link #upTo} is asked about.
     */
    private record Entry(Term sh, Term size, Term x, Term boundary, Term startBase, Term ofStart) {}

    private Entry entry(ConfigGeometry.LevelInfo l, Term a, Term s, Span sp) {
        Term mask = Terms.bv(~((1L << l.shift()) - 1), w, sp);
        Term size = Terms.bv(1L << l.shift(), w, sp);
        Term x = Terms.bin(Op.BVAND, a, mask, sp);
        Term startBase = Terms.bin(Op.BVAND, s, mask, sp);
        return new Entry(Terms.bv(l.shift(), w, sp), size, x, Terms.bin(Op.ADD, x, size, sp), startBase,
                Terms.eq(x, startBase, sp));
    }

    /**
     * The visit of {@code a}'s entry by a walk of [s, e) whose range is {@code normal} (it meets [s, e - 1];
     * otherwise the loop body runs once, on start's entry), and the range clipped to that entry.
     */
    private EntryVisit upTo(Entry en, Term a, Term s, Term e, Term normal, Span sp) {
        Term one = Terms.bv(1, w, sp);
        Term eMinus1 = Terms.bin(Op.SUB, e, one, sp);
        Term visited = Terms.ite(normal, meets(a, en.sh(), s, eMinus1, sp), en.ofStart(), sp);
        Term ws = Terms.ite(normal, Terms.ite(Terms.ule(s, en.x(), sp), en.x(), s, sp), s, sp);
        Term clippedEnd = Terms.ite(Terms.ult(Terms.bin(Op.SUB, en.boundary(), one, sp), eMinus1, sp),
                en.boundary(), e, sp);
        return new EntryVisit(visited, ws, Terms.ite(normal, clippedEnd, e, sp));
    }

    /**
     * The boundary of start's entry at the highest non-leaf level where that entry is not the last one of the
     * address space (0 if there is none): where a 'while (addr < end)' walk with end == 0 effectively ends.
     */
    private Term firstBoundaryBelowTop(ConfigGeometry g, Term s, Span sp) {
        Term zero = Terms.bv(0, w, sp);
        Term result = zero;
        List<ConfigGeometry.LevelInfo> levels = g.nonLeafPresent();
        for (int i = levels.size() - 1; i >= 0; i--) {
            long shift = levels.get(i).shift();
            Term b = Terms.bin(Op.ADD, Terms.bin(Op.BVAND, s, Terms.bv(~((1L << shift) - 1), w, sp), sp),
                    Terms.bv(1L << shift, w, sp), sp);
            result = Terms.ite(Terms.eq(b, zero, sp), result, b, sp);
        }
        return result;
    }
}
