package ptprove.elaborate;

import java.util.List;
import ptprove.ir.Config;
import ptprove.ir.Term;

/**
 * The concrete address-space layout of one configuration, for {@code ptprove layout}: every numeric let that is
 * a constant in this configuration, and every region with constant bounds. Symbolic ones (depending on a
 * {@code var}, a KASLR base say) come as terms with the vars' where-clauses ({@code varFacts}), for the solver to
 * bound. The geometry of each pagetable comes along, for table sharing.
 */
public record Layout(Config config, List<Constant> constants, List<Region> regions, List<Symbolic> symbolic,
                     Term varFacts, List<Table> tables) {
    public Layout {
        constants = List.copyOf(constants);
        regions = List.copyOf(regions);
        symbolic = List.copyOf(symbolic);
        tables = List.copyOf(tables);
    }

    /** A let ({@code end} null) or a region ({@code value} its start) whose value depends on a var. */
    public record Symbolic(String name, Term value, Term end) {
        public boolean isRegion() { return end != null; }
    }

    public record Constant(String name, long value) {}
    public record Region(String name, long start, long end, boolean permanent) {}

    /** A pagetable's geometry in this configuration: its present levels, top first ({@code layout --sharing}). */
    public record Table(String name, long vaBits, List<Level> levels) {
        public Table { levels = List.copyOf(levels); }
    }

    /** A present level: the shift of the span one of its entries maps, and how many entries its table has. */
    public record Level(String name, long shift, long entries) {}
}
