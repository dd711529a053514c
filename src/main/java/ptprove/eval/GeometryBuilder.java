package ptprove.eval;

import java.util.ArrayList;
import java.util.List;
import ptprove.syntax.ast.Decl;

/** Builds a {@link Geometry} from a pagetable declaration in one configuration, rejecting ill-formed ones. */
final class GeometryBuilder {
    private GeometryBuilder() {}

    static Geometry build(Evaluator ev, Decl.Pagetable pt) {
        int w = ev.bits.w;
        long vaBits = ev.num(pt.vaBits(), Env.empty());
        List<Geometry.Level> levels = new ArrayList<>();
        int above = -1;
        for (int i = 0; i < pt.levels().size(); i++) {
            Decl.Level lv = pt.levels().get(i);
            boolean present = lv.condition() == null || ev.truth(lv.condition(), Env.empty());
            if (!present) {
                // Folded: the kernel's PUD_SHIFT of a folded PUD is PGDIR_SHIFT; the top is never folded.
                levels.add(new Geometry.Level(lv.name().text(), i, false, above));
                continue;
            }
            long shift = ev.num(lv.shift(), Env.empty());
            String problem = null;
            if (Long.compareUnsigned(shift, w) >= 0) {
                problem = "shift " + Long.toUnsignedString(shift) + " is not below the address width " + w;
            } else if (above >= 0 && shift >= above) {
                problem = "shift " + shift + " is not below the shift " + above + " of the present level above";
            } else if (above < 0 && (Long.compareUnsigned(vaBits, w) > 0 || Long.compareUnsigned(vaBits, shift) <= 0)) {
                problem = "va_bits " + Long.toUnsignedString(vaBits) + " must be above the top level's shift "
                        + shift + " and at most " + w;
            }
            if (problem != null) {
                String config = ev.config().entries().isEmpty() ? "" : " (in configuration " + ev.config() + ")";
                throw new EvalException(EvalException.Reason.ILL_FORMED, lv.shift().span(),
                        "pagetable '" + pt.name().text() + "', level '" + lv.name().text() + "': " + problem + config);
            }
            above = (int) shift;
            levels.add(new Geometry.Level(lv.name().text(), i, true, above));
        }
        return new Geometry(pt, vaBits, levels, ev.bits);
    }
}
