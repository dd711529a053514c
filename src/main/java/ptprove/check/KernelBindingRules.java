package ptprove.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.SpecFile;

/**
 * The {@code kernel ...} bindings: names resolve to lets and fns of the right kind, each kernel symbol and spec
 * name is bound once, values are known per configuration, file paths are tree-relative, and the releases of a
 * {@code kernel versions} table parse, name values of the param and do not overlap. A plain check ignores the
 * bindings otherwise; {@code ptprove.bind} reads them.
 */
final class KernelBindingRules {
    private static final Pattern RELEASE = Pattern.compile("(\\d+)\\.(\\d+)");

    private final Diagnostics diags;
    private final Globals globals;
    private final List<Decl> bindings = new ArrayList<>();
    /** Expressions that must be known per configuration, and the lets bound to macros (also per configuration). */
    final List<Expr> configValues = new ArrayList<>();
    final List<Decl.Let> boundLets = new ArrayList<>();

    KernelBindingRules(Diagnostics diags, Globals globals, List<SpecFile> files) {
        this.diags = diags;
        this.globals = globals;
        for (SpecFile f : files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.KernelVersions || d instanceof Decl.KernelConfig || d instanceof Decl.KernelSizeof
                        || d instanceof Decl.KernelVariable || d instanceof Decl.KernelDefines) bindings.add(d);
            }
        }
    }

    /** Checks every binding; {@code checker} types the value expressions (params and lets only, per configuration). */
    void check(ExprChecker checker) {
        Map<String, Span> kernelNames = new HashMap<>();
        Map<String, Span> specNames = new HashMap<>();
        Span versions = null;
        for (Decl d : bindings) {
            if (d instanceof Decl.KernelVersions v) {
                if (versions != null) duplicate(v.span(), "a second 'kernel versions' table", versions);
                else versions = v.span();
                versions(v);
            } else if (d instanceof Decl.KernelConfig c) {
                once(kernelNames, "config " + c.symbol().text(), c.symbol().span());
                Type t = checker.expr(c.value(), new Scope(null), Mode.CONFIG);
                if (t != Type.ULONG && t != Type.BOOL && t != Type.ERROR) {
                    diags.error(DiagnosticCode.WRONG_KIND, c.value().span(), "a Kconfig value is a bool (y/n) or a"
                            + " number, not " + t.withArticle());
                }
                configValues.add(c.value());
            } else if (d instanceof Decl.KernelSizeof s) {
                once(kernelNames, "sizeof struct " + s.struct().text(), s.struct().span());
                number(checker, s.value());
            } else if (d instanceof Decl.KernelVariable v) {
                once(kernelNames, "variable " + v.variable().text(), v.variable().span());
                number(checker, v.value());
            } else {
                Decl.KernelDefines k = (Decl.KernelDefines) d;
                if (k.condition() != null) {
                    Type t = checker.expr(k.condition(), new Scope(null), Mode.CONFIG);
                    if (t == Type.ULONG) {
                        diags.error(DiagnosticCode.NUMBER_AS_BOOL, k.condition().span(), "number used as a boolean");
                    } else if (t != Type.BOOL && t != Type.ERROR) {
                        diags.error(DiagnosticCode.WRONG_KIND, k.condition().span(), "expected a bool, found " + t.withArticle());
                    }
                    configValues.add(k.condition());
                }
                defines(k, kernelNames, specNames);
            }
        }
    }

    private void number(ExprChecker checker, Expr e) {
        Type t = checker.expr(e, new Scope(null), Mode.CONFIG);
        if (t == Type.BOOL) diags.error(DiagnosticCode.BOOL_AS_NUMBER, e.span(), "boolean used as a number");
        else if (t != Type.ULONG && t != Type.ERROR) {
            diags.error(DiagnosticCode.WRONG_KIND, e.span(), "expected a number, found " + t.withArticle());
        }
        configValues.add(e);
    }

    private void once(Map<String, Span> seen, String key, Span at) {
        Span first = seen.putIfAbsent(key, at);
        if (first != null) duplicate(at, "'" + key.substring(key.lastIndexOf(' ') + 1) + "' is bound twice", first);
    }

    private void duplicate(Span at, String message, Span first) {
        diags.error(DiagnosticCode.DUPLICATE, at, message, new Diagnostic.Note(first, "first bound here"));
    }

    private void defines(Decl.KernelDefines d, Map<String, Span> kernelNames, Map<String, Span> specNames) {
        String f = d.file();
        if (f.isEmpty() || f.startsWith("/") || f.contains("\\") || f.equals("..") || f.startsWith("../")
                || f.contains("/../") || f.endsWith("/..") || !(f.endsWith(".h") || f.endsWith(".c"))) {
            diags.error(DiagnosticCode.KERNEL_PATH, d.fileSpan(), "'" + f + "' is not a header or C file named"
                    + " relative to the top of the kernel tree (write e.g. \"arch/arm64/include/asm/memory.h\")");
        }
        for (Decl.KernelName n : d.names()) {
            once(kernelNames, (n.fn() ? "fn " : "macro ") + n.kernel().text(), n.kernel().span());
            once(specNames, "spec " + n.spec().text(), n.spec().span());
            Symbol s = globals.get(n.spec().text());
            if (s == null) {
                String best = Suggest.closest(n.spec().text(), globals.names());
                diags.error(DiagnosticCode.UNKNOWN_NAME, n.spec().span(), "unknown name '" + n.spec().text() + "'"
                        + (best == null ? "" : " (did you mean '" + best + "'?)"));
            } else if (n.fn() && !(s instanceof Symbol.FnSym)) {
                diags.error(DiagnosticCode.WRONG_KIND, n.spec().span(), "'" + n.spec().text() + "' is not a fn");
            } else if (!n.fn() && s instanceof Symbol.FnSym) {
                diags.error(DiagnosticCode.WRONG_KIND, n.spec().span(), "'" + n.spec().text() + "' is a fn: bind it"
                        + " with 'fn " + n.kernel().text() + (n.kernel() == n.spec() ? "" : " as " + n.spec().text()) + "'");
            } else if (!n.fn() && !(s instanceof Symbol.LetSym)) {
                diags.error(DiagnosticCode.WRONG_KIND, n.spec().span(), "'" + n.spec().text() + "' is not a let;"
                        + " a macro binds to a let, a C function to a fn");
            } else if (s instanceof Symbol.LetSym l) {
                if (l.type() == Type.BOOL) {
                    diags.error(DiagnosticCode.WRONG_KIND, n.spec().span(), "'" + n.spec().text() + "' is a bool;"
                            + " a macro binds to a numeric let");
                }
                boundLets.add(l.decl());
            }
        }
    }

    private void versions(Decl.KernelVersions v) {
        Symbol s = globals.get(v.param().text());
        if (!(s instanceof Symbol.ParamSym p)) {
            if (s == null) diags.error(DiagnosticCode.UNKNOWN_NAME, v.param().span(), "unknown param '" + v.param().text() + "'");
            else diags.error(DiagnosticCode.WRONG_KIND, v.param().span(), "'" + v.param().text() + "' is not a param");
            return;
        }
        List<int[]> ranges = new ArrayList<>();
        List<Decl.KernelEra> eras = new ArrayList<>();
        for (Decl.KernelEra e : v.eras()) {
            if (!inDomain(p.decl(), e.value().value())) {
                diags.error(DiagnosticCode.KERNEL_VERSIONS, e.value().span(), e.value().text() + " is not a value of"
                        + " param '" + v.param().text() + "'");
            }
            int[] from = release(e.from(), e.fromSpan());
            int[] to = e.to() == null ? new int[] {Integer.MAX_VALUE, 0} : release(e.to(), e.toSpan());
            if (from == null || to == null) continue;
            if (compare(from, to) > 0) {
                diags.error(DiagnosticCode.KERNEL_VERSIONS, e.span(), "\"" + e.from() + "\" comes after \"" + e.to() + "\"");
                continue;
            }
            for (int i = 0; i < ranges.size(); i += 2) {
                if (compare(from, ranges.get(i + 1)) <= 0 && compare(ranges.get(i), to) <= 0) {
                    diags.error(DiagnosticCode.KERNEL_VERSIONS, e.span(), "these releases overlap those of "
                            + eras.get(i / 2).value().text(), new Diagnostic.Note(eras.get(i / 2).span(), "given here"));
                }
            }
            ranges.add(from);
            ranges.add(to);
            eras.add(e);
        }
    }

    private static boolean inDomain(Decl.Param p, BigInteger value) {
        for (Expr e : p.domain()) if (e instanceof Expr.IntLit l && l.value().equals(value)) return true;
        return false;
    }

    private int[] release(String text, Span at) {
        Matcher m = RELEASE.matcher(text);
        if (!m.matches()) {
            diags.error(DiagnosticCode.KERNEL_VERSIONS, at, "\"" + text + "\" is not a kernel release such as \"6.1\"");
            return null;
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }
}
