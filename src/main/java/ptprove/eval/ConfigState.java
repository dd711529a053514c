package ptprove.eval;

import java.util.IdentityHashMap;
import java.util.Map;
import ptprove.check.Program;
import ptprove.ir.Config;
import ptprove.syntax.ast.Decl;

/**
 * What one configuration fixes whatever the var values, so an {@link Evaluator} keeps it when {@link Exhaustive}
 * rebinds its vars: geometries, and the values of lets and regions that turned out not to read any var.
 */
final class ConfigState {
    final Program program;
    final Config config;
    final Bits bits;
    final Ranges ranges;
    final Map<Decl.Let, Object> constLets = new IdentityHashMap<>();
    final Map<Decl.Region, RegionValue> constRegions = new IdentityHashMap<>();
    final Map<Decl.Pagetable, Geometry> geometries = new IdentityHashMap<>();

    ConfigState(Program program, Config config) {
        this.program = program;
        this.config = config;
        this.bits = new Bits(program.width());
        this.ranges = new Ranges(bits);
    }
}
