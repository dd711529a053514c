package ptprove.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Queries on one walk {@code T(args).over(start, end)} in one evaluator. Every query runs the kernel's loops
 * ({@link Walker}), accelerated to the entries the query is about; {@link #literalVisits} runs them all.
 * Existential queries search the visits; they never trust a claimed witness ({@link #check} does that, separately).
 * Each query has its own iteration budget ({@link Limits#walkIterations()}).
 */
public final class WalkQueries {
    private final Evaluator ev;
    private final WalkValue value;
    private final Geometry g;
    private long lastIterations;

    WalkQueries(Evaluator ev, WalkValue value) {
        this.ev = ev;
        this.value = value;
        this.g = value.policy().geometry();
    }

    public WalkValue value() { return value; }

    /** Loop iterations the last query executed (all levels together). */
    public long lastIterations() { return lastIterations; }

    /** May the walk free the table below the level-L entry that maps {@code a}? */
    public boolean mayFree(LevelValue level, long a) {
        return decides(trace(level, a), level, ev.bits.of(a));
    }

    /**
     * Does the walk clear the level-L leaf that maps {@code a}? The unmap walk clears every block or base page its
     * loop reaches, unconditionally: so iff the loop at that level reaches the entry holding {@code a}.
     */
    public boolean clearsLeaf(LevelValue level, long a) {
        return reached(leafTrace(level, a), level, ev.bits.of(a));
    }

    /** As {@link #trace}, down to any present level, the leaf included (its loop iterations are visits too). */
    public List<Visit> leafTrace(LevelValue level, long a) {
        List<Visit> out = new ArrayList<>();
        if (level.geometry().decl() != g.decl()) return out;
        Geometry.Level l = g.level(level.ordinal());
        if (!l.present()) return out;
        int depth = g.present().indexOf(l);
        long addr = ev.bits.of(a);
        EntrySet[] wanted = new EntrySet[g.present().size()];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = i <= depth ? EntrySet.single(addr >>> g.present().get(i).shift()) : EntrySet.none();
        }
        run(new Walker.Plan(true, exit(), depth, wanted, true), v -> {
            out.add(v);
            return false;
        });
        return out;
    }

    /** clears_leaf from a leaf trace: some visit at the level reached the entry holding a. */
    boolean reached(List<Visit> trace, LevelValue level, long a) {
        if (level.geometry().decl() != g.decl() || !g.level(level.ordinal()).present()) return false;
        long base = a & g.mask(level.info());
        for (Visit v : trace) if (v.level().equals(level) && v.entryBase() == base) return true;
        return false;
    }

    /**
     * The visits on the way to {@code a} at {@code level}: at each present level from the top down to
     * {@code level}, the visit of the entry holding {@code a}, in walk order (deepest first). Empty when the walk
     * never comes near it, or when the level is absent, the leaf, or of another pagetable.
     */
    public List<Visit> trace(LevelValue level, long a) {
        int depth = presentIndex(level);
        List<Visit> out = new ArrayList<>();
        if (depth < 0) return out;
        long addr = ev.bits.of(a);
        EntrySet[] wanted = new EntrySet[g.present().size()];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = i <= depth ? EntrySet.single(addr >>> g.present().get(i).shift()) : EntrySet.none();
        }
        run(new Walker.Plan(true, exit(), depth, wanted), v -> {
            out.add(v);
            return false;
        });
        return out;
    }

    /** The walk may free some table page: the first freeable visit in walk order. */
    public Optional<Witness> freesAny() {
        Witness[] found = new Witness[1];
        run(new Walker.Plan(true, exit(), lastNonLeaf(), new EntrySet[g.present().size()]), v -> {
            if (!v.mayFree()) return false;
            found[0] = new Witness(v, v.start(), v.start());
            return true;
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * Some table page the walk may free maps an address of {@code r}: searched over the entries that meet
     * {@code r} only, first in walk order.
     */
    public Optional<Witness> freesTableOf(RegionValue r) {
        EntrySet[] wanted = new EntrySet[g.present().size()];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = EntrySet.meeting(ev.ranges, r.start(), r.end(), g.present().get(i).shift());
        }
        Witness[] found = new Witness[1];
        run(new Walker.Plan(true, exit(), lastNonLeaf(), wanted), v -> {
            if (!v.mayFree()) return false;
            Long other = ev.ranges.firstIn(r.start(), r.end(), v.entryBase(), ev.bits.sub(v.entryEnd(), 1));
            if (other == null) return false; // cannot happen: only entries meeting r are visited
            found[0] = new Witness(v, v.start(), other);
            return true;
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * Checks a claimed witness, as a solver reports one: the table below the {@code level} entry of
     * {@code address} may be freed, and {@code otherAddress} (if given) lies in {@code region} (if given) under the
     * same entry. With {@code level} null every present non-leaf level is tried. The trace shows the visits on the
     * way to {@code address}.
     */
    public WitnessCheck check(LevelValue level, long address, Long otherAddress, RegionValue region) {
        long a = ev.bits.of(address);
        List<LevelValue> candidates = new ArrayList<>();
        if (level != null) candidates.add(level);
        else for (Geometry.Level l : g.nonLeafPresent()) candidates.add(new LevelValue(g, l.ordinal()));
        StringBuilder why = new StringBuilder();
        List<Visit> lastTrace = List.of();
        LevelValue lastLevel = level;
        for (LevelValue l : candidates) {
            List<Visit> trace = trace(l, a);
            lastTrace = trace;
            lastLevel = l;
            boolean free = decides(trace, l, a);
            boolean inRegion = region == null || otherAddress != null
                    && ev.ranges.member(ev.bits.of(otherAddress), region.start(), region.end());
            boolean same = otherAddress == null || presentIndex(l) >= 0
                    && ev.bits.shr(a, l.info().shift()) == ev.bits.shr(ev.bits.of(otherAddress), l.info().shift());
            if (free && inRegion && same) {
                return new WitnessCheck(true, l, "the table below the " + l.name() + " entry of " + Bits.hex(a)
                        + " may be freed" + (otherAddress == null ? "" : " and it maps " + Bits.hex(otherAddress)
                        + (region == null ? "" : " in " + region.name())), trace);
            }
            if (why.length() > 0) why.append("; ");
            why.append(l.name()).append(": ");
            if (!free) why.append(trace.isEmpty() || !visited(trace, l, a) ? "entry not visited or level absent"
                    : "visited, but not freeable");
            else if (!inRegion) why.append(otherAddress == null ? "no other address given" : Bits.hex(otherAddress)
                    + " is not in " + region.name());
            else why.append(Bits.hex(otherAddress)).append(" is under another entry");
        }
        return new WitnessCheck(false, lastLevel, why.toString(), lastTrace);
    }

    /** Every visit of the unaccelerated walk (all entries, all levels, the leaf loop run too). */
    public List<Visit> literalVisits(LoopExit exit) {
        return literalVisits(exit, false);
    }

    /** As {@link #literalVisits(LoopExit)}; with {@code leaves}, each leaf-loop iteration is a visit too. */
    public List<Visit> literalVisits(LoopExit exit, boolean leaves) {
        List<Visit> out = new ArrayList<>();
        run(new Walker.Plan(false, exit, g.present().size() - 1, null, leaves), v -> {
            out.add(v);
            return false;
        });
        return out;
    }

    // ------------------------------------------------------------------ helpers

    /** The loop the teardown declares. */
    private LoopExit exit() {
        return LoopExit.of(value.policy().teardown().loop());
    }

    private void run(Walker.Plan plan, Walker.Sink sink) {
        StepBudget budget = new StepBudget(ev.limits.walkIterations(), "the walk " + value);
        try {
            new Walker(ev, value, budget).run(plan, sink);
        } finally {
            lastIterations = budget.used();
        }
    }

    /** Position among present levels of a non-leaf level of this walk's pagetable, or -1. */
    private int presentIndex(LevelValue level) {
        if (level.geometry().decl() != g.decl()) return -1;
        Geometry.Level l = g.level(level.ordinal());
        if (!l.present() || g.isLeaf(l)) return -1;
        return g.present().indexOf(l);
    }

    private int lastNonLeaf() { return g.present().size() - 2; }

    private boolean visited(List<Visit> trace, LevelValue level, long a) {
        long base = a & g.mask(level.info());
        for (Visit v : trace) if (v.level().equals(level) && v.entryBase() == base) return true;
        return false;
    }

    /** may_free from a trace: a visit at the level, of the entry holding a, that may free. */
    boolean decides(List<Visit> trace, LevelValue level, long a) {
        if (presentIndex(level) < 0) return false;
        long base = a & g.mask(level.info());
        for (Visit v : trace) if (v.level().equals(level) && v.entryBase() == base && v.mayFree()) return true;
        return false;
    }
}
