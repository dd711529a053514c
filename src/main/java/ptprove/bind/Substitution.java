package ptprove.bind;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.Program;
import ptprove.ir.Config;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.SpecFile;
import ptprove.syntax.ast.Stmt;

/**
 * A spec's files with the tree in place of the transcriptions: every let bound to a macro becomes
 * {@code cfg1 ? v1 : cfg2 ? v2 : ... : <the spec's own expression>} (configurations grouped by value; each value's
 * span is the macro's {@code #define} in the kernel file), and every fn bound to a C function becomes the kernel's
 * function (one per distinct body, chosen by configuration). The result is checked and elaborated like any spec:
 * in each configuration the let folds to the kernel's constant, so a value the tree agrees on lowers to the same
 * query as the transcription.
 */
public final class Substitution {
    private Substitution() {}

    public static List<SpecFile> apply(Program program, TreeBinding binding) {
        Map<String, Map<Long, List<Config>>> letValues = new LinkedHashMap<>();
        Map<String, TreeBinding.Bound> firstBound = new LinkedHashMap<>();
        Map<String, Map<Decl.Fn, List<Config>>> fnBodies = new LinkedHashMap<>();
        for (TreeBinding.Configuration c : binding.configurations()) {
            for (TreeBinding.Bound b : c.lets().values()) {
                letValues.computeIfAbsent(b.let(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(b.value(), k -> new ArrayList<>()).add(c.config());
                firstBound.putIfAbsent(b.let() + "=" + b.value(), b);
            }
            for (Map.Entry<String, Decl.Fn> f : c.fns().entrySet()) {
                fnBodies.computeIfAbsent(f.getKey(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(f.getValue(), k -> new ArrayList<>()).add(c.config());
            }
        }
        List<SpecFile> out = new ArrayList<>();
        for (SpecFile f : program.files()) {
            List<Decl> decls = new ArrayList<>();
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Let l && letValues.containsKey(l.name().text())) {
                    decls.add(let(l, letValues.get(l.name().text()), firstBound));
                } else if (d instanceof Decl.Fn fn && fnBodies.containsKey(fn.name().text())) {
                    decls.add(merged(fnBodies.get(fn.name().text())));
                } else {
                    decls.add(d);
                }
            }
            out.add(new SpecFile(f.source(), decls));
        }
        return out;
    }

    private static Decl.Let let(Decl.Let l, Map<Long, List<Config>> values, Map<String, TreeBinding.Bound> first) {
        List<Map.Entry<Long, List<Config>>> entries = new ArrayList<>(values.entrySet());
        Expr value = l.value();
        for (int i = entries.size() - 1; i >= 0; i--) {
            long v = entries.get(i).getKey();
            TreeBinding.Bound b = first.get(l.name().text() + "=" + v);
            Expr lit = new Expr.IntLit(b.kernelSpan(), new BigInteger(Long.toUnsignedString(v)),
                    "0x" + Long.toHexString(v));
            value = new Expr.Cond(l.value().span(), ConfigTests.any(entries.get(i).getValue(), l.value().span()), lit, value);
        }
        return new Decl.Let(l.span(), l.name(), value);
    }

    /** One fn for every configuration: the only body, or the bodies chosen by configuration. */
    static Decl.Fn merged(Map<Decl.Fn, List<Config>> bodies) {
        List<Map.Entry<Decl.Fn, List<Config>>> entries = new ArrayList<>(bodies.entrySet());
        Decl.Fn last = entries.get(entries.size() - 1).getKey();
        if (entries.size() == 1) return last;
        Stmt body = (Stmt) last.body();
        for (int i = entries.size() - 2; i >= 0; i--) {
            Decl.Fn f = entries.get(i).getKey();
            body = new Stmt.If(f.body().span(), ConfigTests.any(entries.get(i).getValue(), f.span()), (Stmt) f.body(), body);
        }
        return new Decl.Fn(last.span(), last.name(), last.params(), last.returnType(),
                new Stmt.Block(last.body().span(), List.of(body)));
    }
}
