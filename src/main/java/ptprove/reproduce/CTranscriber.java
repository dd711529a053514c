package ptprove.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.Builtin;
import ptprove.check.MemberKind;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.check.Type;
import ptprove.eval.Evaluator;
import ptprove.eval.Geometry;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Stmt;

/**
 * Spec expressions and fn bodies as C. The spec's fns are C already (unsigned long arithmetic, C truthiness),
 * so the transcription is nearly literal: every operator parenthesised, locals and parameters keep their names,
 * globals (params, lets, vars, SZ_* sizes) become their value in the configuration with the name in a comment,
 * levels become the index of the level in the simulated table ({@code REPRO_LEVEL_PMD}), and {@code walk.start}
 * / {@code walk.end} the walk's sub-range. Constructs without a C counterpart (regions, quantifiers, walk
 * members) are refused with their position.
 */
final class CTranscriber {
    private final Program program;
    private final Evaluator eval;
    private final Geometry geometry;
    /** Fns reachable from what has been transcribed so far, in order of first call. */
    private final Map<Decl.Fn, Type> fns = new LinkedHashMap<>();

    CTranscriber(Program program, Evaluator eval, Geometry geometry) {
        this.program = program;
        this.eval = eval;
        this.geometry = geometry;
    }

    /** The C constant naming a level: its index among present levels, or -1 (folded; never matches). */
    static String levelConstant(String name) {
        return "REPRO_LEVEL_" + name.toUpperCase();
    }

    String expr(Expr e) throws CannotReproduce {
        if (e instanceof Expr.IntLit lit) {
            String t = lit.text();
            return t.matches("(?i).*[ul]$") ? t : t + "UL";
        }
        if (e instanceof Expr.BoolLit b) return b.value() ? "true" : "false";
        if (e instanceof Expr.NameRef ref) return name(ref);
        if (e instanceof Expr.Unary u) return "(" + u.op().symbol() + expr(u.operand()) + ")";
        if (e instanceof Expr.Binary b) {
            if (b.op() == Expr.BinOp.IMPLIES) return "(!" + expr(b.left()) + " || " + expr(b.right()) + ")";
            return "(" + expr(b.left()) + " " + b.op().symbol() + " " + expr(b.right()) + ")";
        }
        if (e instanceof Expr.Cond c) {
            return "(" + expr(c.condition()) + " ? " + expr(c.then()) + " : " + expr(c.otherwise()) + ")";
        }
        if (e instanceof Expr.Call call) return call(call);
        if (e instanceof Expr.Member m) {
            MemberKind k = program.member(m);
            if (k == MemberKind.WALK_START) return "walk_start";
            if (k == MemberKind.WALK_END) return "walk_end";
        }
        throw new CannotReproduce(e.span(), "this expression has no C transcription in a reproducer");
    }

    private String name(Expr.NameRef ref) throws CannotReproduce {
        Symbol s = program.symbol(ref);
        if (s instanceof Symbol.LocalSym l) return l.name();
        if (s instanceof Symbol.LevelSym l) return levelConstant(geometry.level(l.ordinal()).name());
        if (s instanceof Symbol.ParamSym || s instanceof Symbol.LetSym || s instanceof Symbol.VarSym
                || s instanceof Symbol.SizeConstSym) {
            if (s.type() == Type.BOOL) return (eval.truth(ref, Map.of()) ? "true" : "false") + " /* " + ref.name() + " */";
            if (s.type() == Type.ULONG) {
                return "0x" + Long.toUnsignedString(eval.number(ref, Map.of()), 16) + "UL /* " + ref.name() + " */";
            }
        }
        throw new CannotReproduce(ref.span(), "'" + ref.name() + "' has no C transcription in a reproducer");
    }

    private String call(Expr.Call call) throws CannotReproduce {
        Symbol s = program.symbol(call);
        List<String> a = new ArrayList<>();
        if (s instanceof Symbol.FnSym f) {
            fns.putIfAbsent(f.decl(), f.type());
            for (Expr arg : call.args()) a.add(expr(arg));
            return f.decl().name().text() + "(" + String.join(", ", a) + ")";
        }
        if (!(s instanceof Symbol.BuiltinSym b)) {
            throw new CannotReproduce(call.span(), "this call has no C transcription in a reproducer");
        }
        Builtin bi = b.builtin();
        if (!transcribable(bi)) {
            throw new CannotReproduce(call.span(), "'" + bi.spelling() + "' has no C transcription in a reproducer");
        }
        for (Expr arg : call.args()) a.add(expr(arg));
        return switch (bi) {
            case MASK -> "level_mask(" + a.get(0) + ")";
            case SHIFT -> "((unsigned long)level_shift[" + a.get(0) + "])";
            case SPAN -> "level_span(" + a.get(0) + ")";
            case PRESENT -> "(" + a.get(0) + " >= 0)";
            case IS_LEAF -> "(" + a.get(0) + " == REPRO_LEVELS - 1)";
            case INDEX -> "index_of(" + a.get(0) + ", " + a.get(1) + ")";
            case ENTRY_BASE -> "(" + a.get(1) + " & level_mask(" + a.get(0) + "))";
            case SAME_TABLE_BELOW -> "((" + a.get(1) + " >> level_shift[" + a.get(0) + "]) == (" + a.get(2)
                    + " >> level_shift[" + a.get(0) + "]))";
            case ALIGNED -> "((" + a.get(0) + " & (" + a.get(1) + " - 1)) == 0)";
            case ROUND_DOWN -> "(" + a.get(0) + " & ~(" + a.get(1) + " - 1))";
            case ROUND_UP -> "(((" + a.get(0) + " - 1) | (" + a.get(1) + " - 1)) + 1)";
            case MIN -> "min_ul(" + a.get(0) + ", " + a.get(1) + ")";
            case MAX -> "max_ul(" + a.get(0) + ", " + a.get(1) + ")";
            case BIT -> "(1UL << " + a.get(0) + ")";
            case OVERLAPS, SHARES_TABLE -> throw new IllegalStateException("refused by transcribable(): " + bi);
        };
    }

    /** Region built-ins have no C transcription: the simulated page table has no regions. */
    private static boolean transcribable(Builtin b) {
        return switch (b) {
            case OVERLAPS, SHARES_TABLE -> false;
            case MASK, SHIFT, SPAN, PRESENT, IS_LEAF, INDEX, ENTRY_BASE, SAME_TABLE_BELOW, ALIGNED, ROUND_DOWN,
                 ROUND_UP, MIN, MAX, BIT -> true;
        };
    }

    /** Prototypes and definitions of every fn reached so far (and those they call), in order of first use. */
    String fnDefinitions() throws CannotReproduce {
        StringBuilder defs = new StringBuilder();
        List<Decl.Fn> done = new ArrayList<>();
        while (done.size() < fns.size()) {
            for (Decl.Fn fn : List.copyOf(fns.keySet())) {
                if (done.contains(fn)) continue;
                done.add(fn);
                defs.append('\n').append(definition(fn, fns.get(fn)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (Decl.Fn fn : done) out.append(signature(fn, fns.get(fn))).append(";\n");
        return out.append(defs).toString();
    }

    private String signature(Decl.Fn fn, Type result) {
        List<String> ps = new ArrayList<>();
        for (Decl.FnParam p : fn.params()) ps.add(cType(((Symbol.LocalSym) program.symbol(p.name())).type()) + " " + p.name().text());
        return declarator("static inline " + cType(result) + " " + fn.name().text(), ps.isEmpty() ? List.of("void") : ps);
    }

    /** {@code head(p1, p2, ...)}, wrapped at 80 columns with continuation lines indented two tabs. */
    static String declarator(String head, List<String> params) {
        StringBuilder sb = new StringBuilder(head).append('(');
        int column = sb.length();
        for (int i = 0; i < params.size(); i++) {
            String p = params.get(i) + (i == params.size() - 1 ? ")" : ",");
            if (i > 0 && column + 1 + p.length() > 80) {
                sb.append("\n\t\t");
                column = 16;
            } else if (i > 0) {
                sb.append(' ');
                column++;
            }
            sb.append(p);
            column += p.length();
        }
        return sb.toString();
    }

    private String definition(Decl.Fn fn, Type result) throws CannotReproduce {
        StringBuilder sb = new StringBuilder();
        sb.append("/* ").append(fn.span().location()).append(" */\n");
        sb.append(signature(fn, result)).append('\n');
        if (fn.body() instanceof Expr body) {
            sb.append("{\n\treturn ").append(expr(body)).append(";\n}\n");
        } else {
            block(sb, (Stmt.Block) fn.body(), 0);
            sb.append('\n');
        }
        return sb.toString();
    }

    private void block(StringBuilder sb, Stmt.Block b, int depth) throws CannotReproduce {
        sb.append("{\n");
        for (Stmt s : b.stmts()) stmt(sb, s, depth + 1);
        sb.append("\t".repeat(depth)).append('}');
    }

    private void stmt(StringBuilder sb, Stmt s, int depth) throws CannotReproduce {
        String indent = "\t".repeat(depth);
        if (s instanceof Stmt.Block b) {
            sb.append(indent);
            block(sb, b, depth);
            sb.append('\n');
        } else if (s instanceof Stmt.Local l) {
            Symbol.LocalSym sym = (Symbol.LocalSym) program.symbol(l);
            sb.append(indent).append(cType(sym.type())).append(' ').append(l.name().text()).append(" = ")
              .append(expr(l.init())).append(";\n");
        } else if (s instanceof Stmt.Assign a) {
            sb.append(indent).append(a.target().text()).append(' ').append(a.op() == null ? "" : a.op().symbol())
              .append("= ").append(expr(a.value())).append(";\n");
        } else if (s instanceof Stmt.Return r) {
            sb.append(indent).append("return ").append(expr(r.value())).append(";\n");
        } else if (s instanceof Stmt.If i) {
            sb.append(indent).append("if ").append(condition(i.condition()));
            branch(sb, i.then(), depth);
            if (i.otherwise() != null) {
                sb.append(indent).append("else");
                branch(sb, i.otherwise(), depth);
            }
        }
    }

    /** {@code (x)} for an already parenthesised x, so C reads as the kernel writes it. */
    private String condition(Expr c) throws CannotReproduce {
        String x = expr(c);
        return x.startsWith("(") && x.endsWith(")") && balanced(x) ? x : "(" + x + ")";
    }

    private static boolean balanced(String x) {
        int depth = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) == '(') depth++;
            else if (x.charAt(i) == ')' && --depth == 0 && i < x.length() - 1) return false;
        }
        return true;
    }

    private void branch(StringBuilder sb, Stmt s, int depth) throws CannotReproduce {
        if (s instanceof Stmt.Block b) {
            sb.append(' ');
            block(sb, b, depth);
            sb.append('\n');
        } else {
            sb.append('\n');
            stmt(sb, s, depth + 1);
        }
    }

    static String cType(Type t) {
        return t == Type.BOOL ? "bool" : "unsigned long";
    }
}
