package ptprove.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.check.Program;
import ptprove.ir.Config;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * The configurations of a spec, enumerated by the evaluator itself: the product of the params' domains in
 * declaration order (first param outermost, each domain in its written order, repeated values once), keeping
 * those where every {@code require} holds.
 */
public final class ConfigSpace {
    private ConfigSpace() {}

    /** Each param's distinct values ({@code Long} or {@code Boolean}), in written order. */
    public static List<List<Object>> domains(Program program) {
        Evaluator literal = new Evaluator(program, Config.EMPTY, Map.of());
        List<List<Object>> out = new ArrayList<>();
        for (Decl.Param p : program.params()) {
            List<Object> values = new ArrayList<>();
            for (Expr e : p.domain()) {
                Object v = literal.eval(e, Env.empty());
                if (!values.contains(v)) values.add(v);
            }
            out.add(values);
        }
        return out;
    }

    /** Every configuration satisfying the requires, in product order. */
    public static List<Config> enumerate(Program program) {
        List<Decl.Param> params = program.params();
        List<List<Object>> domains = domains(program);
        List<Config> out = new ArrayList<>();
        for (List<Object> d : domains) if (d.isEmpty()) return out;
        int[] idx = new int[params.size()];
        while (true) {
            List<Config.Entry> entries = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                Object v = domains.get(i).get(idx[i]);
                boolean isBool = v instanceof Boolean;
                long n = isBool ? ((Boolean) v ? 1 : 0) : (Long) v;
                entries.add(new Config.Entry(params.get(i).name().text(), n, isBool));
            }
            Config c = new Config(entries);
            if (new Evaluator(program, c, Map.of()).requiresHold()) out.add(c);
            int k = params.size() - 1;
            while (k >= 0 && ++idx[k] == domains.get(k).size()) idx[k--] = 0;
            if (k < 0) return out;
        }
    }
}
