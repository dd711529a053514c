package ptprove.report;

import java.util.List;
import java.util.Objects;
import ptprove.ir.Config;

/**
 * What the {@code layout} command shows: for each configuration of a spec, its constants and regions as
 * concrete 64-bit values, in declaration order. Rendered by {@link LayoutTextRenderer} and
 * {@link LayoutJsonRenderer}.
 */
public record LayoutReport(String spec, int width, List<Layout> layouts) {
    public LayoutReport {
        Objects.requireNonNull(spec, "spec");
        layouts = List.copyOf(layouts);
    }

    /** A report of a 64-bit address space. */
    public LayoutReport(String spec, List<Layout> layouts) {
        this(spec, 64, layouts);
    }

    /** {@code end - start} on {@code width}-bit addresses (an end of 0 is the top). */
    public long size(Region r) {
        return width >= 64 ? r.size() : r.size() & ((1L << width) - 1);
    }

    /**
     * One configuration's layout. {@code symbolic}: the lets and regions that depend on a {@code var} (a KASLR
     * offset, say), so have no single value to show; listed by name so that none goes missing silently.
     * {@code symbolicRegions}: which of them are regions (the others are lets). {@code ranged}: the values each
     * of them takes over the vars' where-clauses, in the same order; empty, with {@code rangeProblem} saying why,
     * when the solver could not tell (or none was asked).
     */
    public record Layout(Config config, List<Constant> constants, List<Region> regions, List<String> symbolic,
                         java.util.Set<String> symbolicRegions, List<Ranged> ranged, String rangeProblem,
                         List<Table> tables) {
        public Layout {
            Objects.requireNonNull(config, "config");
            constants = List.copyOf(constants);
            regions = List.copyOf(regions);
            symbolic = List.copyOf(symbolic);
            symbolicRegions = java.util.Set.copyOf(symbolicRegions);
            ranged = List.copyOf(ranged);
            tables = List.copyOf(tables);
        }

        public Layout(Config config, List<Constant> constants, List<Region> regions, List<String> symbolic,
                      List<Table> tables) {
            this(config, constants, regions, symbolic, java.util.Set.of(), List.of(), null, tables);
        }

        public Layout(Config config, List<Constant> constants, List<Region> regions, List<String> symbolic) {
            this(config, constants, regions, symbolic, List.of());
        }

        public Layout(Config config, List<Constant> constants, List<Region> regions) {
            this(config, constants, regions, List.of());
        }
    }

    /** A pagetable's geometry: its present levels, top first. */
    public record Table(String name, long vaBits, List<Level> levels) {
        public Table { levels = List.copyOf(levels); }
    }

    /** A present level: one entry maps {@code 1 << shift} bytes; its table has {@code entries} entries. */
    public record Level(String name, long shift, long entries) {}

    /**
     * A symbolic let's least and greatest value ({@code end} null), or a symbolic region's start's and end's:
     * over every value of the vars their where-clauses allow, each bound attained by some such values.
     */
    public record Ranged(String name, Bounds value, Bounds end) {
        public boolean isRegion() { return end != null; }
    }

    /** {@code rangeProblem} when no value of the vars satisfies their where-clauses (not a solver give-up). */
    public static final String NO_SOLUTION = "the vars' where-clauses have no solution";

    /** {@code [min, max]}, unsigned. */
    public record Bounds(long min, long max) {}

    /** A {@code let} of params only, evaluated in one configuration. */
    public record Constant(String name, long value) {}

    /**
     * A half-open address range {@code [start, end)}; {@code end == 0} with a non-zero start is the top of the
     * address space (the 64-bit end wrapped). {@code permanent}: declared permanently mapped.
     */
    public record Region(String name, long start, long end, boolean permanent) {
        /** {@code end - start}, unsigned (and right for a region that ends at the top of the address space). */
        public long size() { return end - start; }

        /** Whether the end lies below the start (other than at the top of the address space). */
        public boolean isInverted() { return end != 0 && Long.compareUnsigned(end, start) < 0; }
    }
}
