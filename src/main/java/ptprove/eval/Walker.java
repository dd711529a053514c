package ptprove.eval;

import java.util.List;
import ptprove.syntax.ast.Decl;

/**
 * The teardown walk as the kernel writes it (arch/arm64/mm/mmu.c, {@code free_empty_tables} and the
 * {@code free_empty_pXd_table} functions it calls), one do-while loop per present level:
 *
 * <pre>
 * walk(level i, addr, end):
 *   do {
 *     next = pXd_addr_end(addr, end);           // (addr + SIZE) &amp; MASK, or end if that comes first
 *     if (i is not the leaf) { walk(i + 1, addr, next); VISIT(i, addr, next); }
 *     addr = next;
 *   } while (addr != end);
 * </pre>
 *
 * <h2>Acceleration</h2>
 * A walk's only effect is its sequence of visits, and each visit's outcome depends only on its own (level, start,
 * end): guards are pure. A query names the entries it cares about at each level (an {@link EntrySet}); the set is
 * closed upwards (an entry's parent is wanted whenever the entry is), and below {@code deepest} nothing is wanted.
 * An accelerated loop then skips iterations over unwanted entries, as follows. Each iteration's sub-range
 * [addr, next) lies inside the entry holding {@code addr}, so an iteration over an unwanted entry, and the whole
 * sub-walk below it, visits only entries outside every wanted one. After the first iteration {@code addr} is
 * always an entry boundary, and the loop's successive values are the consecutive boundaries b = base + k·SIZE for
 * as long as {@code b - 1 < end - 1} (unsigned), then {@code end}, where it stops (a boundary that wrapped to 0 is
 * never below {@code end - 1}, so the loop never runs past the top). Hence, for the first wanted entry with base
 * {@code x} after the current one:
 * <ul>
 * <li>if {@code x - 1 < end - 1}, every boundary up to {@code x} passes the test (they are at most {@code x}), none
 *     equals {@code end}, and the loop arrives at the iteration for that entry with {@code addr == x} exactly: we
 *     set {@code addr = x} and continue, having skipped only unwanted iterations;</li>
 * <li>otherwise the loop reaches {@code end} first and the remaining iterations are all unwanted: we leave the
 *     loop. (In the degenerate case start &gt;= end != 0, the first {@code next} is {@code end}; then
 *     {@code x > start >= end} fails the test, as it must.)</li>
 * </ul>
 * The leaf level has no table below it, so an accelerated walk runs its loop only for {@code clears_leaf} at the
 * leaf level ({@link Plan#leaves()}), where each iteration clears one base page. Work is thus proportional to
 * the wanted entries the range meets, plus one iteration per level. The literal mode runs every iteration at every
 * level, the leaf included; tests compare the two. Both count iterations against a {@link StepBudget}.
 *
 * <p>The argument relies on {@code addr != end}. With {@code addr < end} ({@link LoopExit#BELOW},
 * {@link LoopExit#FOR_BELOW}) and end != 0 the loop's values are the same (they rise to end and stop there); with
 * end == 0 the body runs once, so nothing is skipped; a for loop also tests before its first iteration.
 */
final class Walker {
    /** Receives visits in walk order; returns true to stop the walk (an existential found its witness). */
    interface Sink {
        boolean accept(Visit v);
    }

    /**
     * What to run: {@code relevant[i]} are the wanted entries at present level i (null: all); loops run at
     * present levels up to {@code deepest}. With {@code leaves}, each iteration of the leaf loop is a visit too
     * (the unmap walk clearing a base page); otherwise the leaf loop only runs.
     */
    record Plan(boolean accelerate, LoopExit exit, int deepest, EntrySet[] relevant, boolean leaves) {
        Plan(boolean accelerate, LoopExit exit, int deepest, EntrySet[] relevant) {
            this(accelerate, exit, deepest, relevant, false);
        }
    }

    private final Evaluator ev;
    private final WalkValue walk;
    private final Geometry g;
    private final List<Geometry.Level> present;
    private final Bits bits;
    private final StepBudget budget;

    Walker(Evaluator ev, WalkValue walk, StepBudget budget) {
        this.ev = ev;
        this.walk = walk;
        this.g = walk.policy().geometry();
        this.present = g.present();
        this.bits = ev.bits;
        this.budget = budget;
    }

    /** Runs the walk over [start, end) from the top level; true if the sink stopped it. */
    boolean run(Plan plan, Sink sink) {
        return loop(0, walk.start(), walk.end(), plan, sink);
    }

    private boolean loop(int i, long addr, long end, Plan plan, Sink sink) {
        Geometry.Level level = present.get(i);
        EntrySet wanted = plan.accelerate() ? plan.relevant()[i] : null;
        if (!plan.exit().enter(addr, end)) return false;
        // With 'addr < end' and end == 0 the loop body runs exactly once: nothing to skip to.
        boolean once = plan.exit() != LoopExit.NOT_EQUAL && end == 0;
        do {
            if (wanted != null && !wanted.contains(bits.shr(addr, level.shift()))) {
                if (once) break;
                // Fast-forward to the loop's own value at the next wanted entry, or leave: see the class comment.
                Long x = wanted.firstBaseAfter(addr, level.shift());
                if (x == null || !bits.ult(bits.sub(x, 1), bits.sub(end, 1))) break;
                addr = x;
            }
            budget.tick();
            long next = g.addrEnd(level, addr, end);
            if (i + 1 < present.size()) {
                if (i + 1 <= plan.deepest() && loop(i + 1, addr, next, plan, sink)) return true;
                if (sink.accept(visit(level, addr, next))) return true;
            } else if (plan.leaves() && sink.accept(visit(level, addr, next))) {
                return true;
            }
            addr = next;
        } while (!once && plan.exit().goOn(addr, end));
        return false;
    }

    private Visit visit(Geometry.Level level, long ws, long we) {
        LevelValue lv = new LevelValue(g, level.ordinal());
        long base = ws & g.mask(level);
        long top = bits.add(base, g.span(level));
        PolicyValue policy = walk.policy();
        // no table below the leaf: a generic clause does not apply to it
        Decl.FreeClause clause = g.isLeaf(level) ? null : ev.clauseFor(policy.teardown(), level);
        Boolean guard = clause == null ? null : ev.guard(clause, policy, lv, ws, we);
        String kept = null;
        for (RegionValue p : ev.permanentRegions()) {
            if (ev.ranges.overlaps(base, top, p.start(), p.end())) {
                kept = p.name();
                break;
            }
        }
        return new Visit(lv, ws, we, base, top, guard, kept);
    }
}
