package ptprove.bind;

import java.math.BigInteger;
import java.util.List;
import ptprove.ir.Config;
import ptprove.source.Span;
import ptprove.syntax.ast.Expr;

/** Spec expressions that hold in exactly some configurations: {@code ERA == 517 && PAGE_SHIFT == 12 && ...}. */
final class ConfigTests {
    private ConfigTests() {}

    /** True in {@code c} only; every node at {@code at}. */
    static Expr of(Config c, Span at) {
        Expr out = null;
        for (Config.Entry e : c.entries()) {
            Expr name = new Expr.NameRef(at, e.name());
            Expr test = e.isBool()
                    ? (e.value() != 0 ? name : new Expr.Unary(at, Expr.UnOp.NOT, name))
                    : new Expr.Binary(at, Expr.BinOp.EQ, name, new Expr.IntLit(at, BigInteger.valueOf(e.value()),
                            Long.toUnsignedString(e.value())));
            out = out == null ? test : new Expr.Binary(at, Expr.BinOp.AND, out, test);
        }
        return out == null ? new Expr.BoolLit(at, true) : out;
    }

    /** True in any of {@code configs}. */
    static Expr any(List<Config> configs, Span at) {
        Expr out = null;
        for (Config c : configs) {
            Expr t = of(c, at);
            out = out == null ? t : new Expr.Binary(at, Expr.BinOp.OR, out, t);
        }
        return out == null ? new Expr.BoolLit(at, false) : out;
    }
}
