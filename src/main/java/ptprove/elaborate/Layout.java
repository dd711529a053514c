package ptprove.elaborate;

import java.util.List;
import ptprove.ir.Config;

/**
 * The concrete address-space layout of one configuration, for {@code ptprove layout}: every numeric let that is
 * a constant in this configuration, and every region with constant bounds. Symbolic ones (depending on a
 * {@code var}) are listed by name only. The geometry of each pagetable comes along, for table sharing.
 */
public record Layout(Config config, List<Constant> constants, List<Region> regions, List<String> symbolic,
                     List<Table> tables) {
    public Layout {
        constants = List.copyOf(constants);
        regions = List.copyOf(regions);
        symbolic = List.copyOf(symbolic);
        tables = List.copyOf(tables);
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
