package ptprove.elaborate;

import java.util.List;
import ptprove.ir.Config;

/**
 * The concrete address-space layout of one configuration, for {@code ptprove layout}: every numeric let that is
 * a constant in this configuration, and every region with constant bounds. Symbolic ones (depending on a
 * {@code var}) are listed by name only.
 */
public record Layout(Config config, List<Constant> constants, List<Region> regions, List<String> symbolic) {
    public record Constant(String name, long value) {}
    public record Region(String name, long start, long end, boolean permanent) {}

    public Layout {
        constants = List.copyOf(constants);
        regions = List.copyOf(regions);
        symbolic = List.copyOf(symbolic);
    }
}
