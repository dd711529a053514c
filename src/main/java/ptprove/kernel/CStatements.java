package ptprove.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.source.Span;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Name;
import ptprove.syntax.ast.Stmt;
import ptprove.syntax.ast.TypeName;

/**
 * Parses a function body (already macro-expanded) into the spec's statements: declarations of 64-bit unsigned
 * or bool locals with initialisers, assignments and compound assignments, {@code x++}/{@code x--} as statements,
 * {@code if}/{@code else}, {@code return}, blocks. Loops, {@code switch}, {@code goto}, calls for their effect and
 * anything else are reported by name and position.
 */
final class CStatements extends CParser {
    private static final Map<String, Expr.BinOp> COMPOUND = Map.ofEntries(
            Map.entry("+=", Expr.BinOp.ADD), Map.entry("-=", Expr.BinOp.SUB), Map.entry("*=", Expr.BinOp.MUL),
            Map.entry("/=", Expr.BinOp.DIV), Map.entry("%=", Expr.BinOp.MOD), Map.entry("&=", Expr.BinOp.BITAND),
            Map.entry("|=", Expr.BinOp.BITOR), Map.entry("^=", Expr.BinOp.BITXOR), Map.entry("<<=", Expr.BinOp.SHL),
            Map.entry(">>=", Expr.BinOp.SHR));

    private final CToSpec spec;
    private final Map<String, TypeName> scope;
    private final TypeName returns;

    CStatements(List<CToken> body, CToSpec spec, Map<String, TypeName> scope, TypeName returns) {
        super(body);
        this.spec = spec;
        this.scope = scope;
        this.returns = returns;
    }

    /** The whole body as one block spanning {@code [start, end)}. */
    Stmt.Block body(int start, int end) throws CProblem {
        List<Stmt> out = new ArrayList<>();
        while (peek().kind() != CToken.Kind.EOF) statement(out);
        return new Stmt.Block(spec.span(start, end), out);
    }

    private void statement(List<Stmt> out) throws CProblem {
        CToken t = peek();
        if (t.is(";")) { next(); return; }
        if (t.is("{")) { out.add(block()); return; }
        if (t.is("if")) { out.add(ifStatement()); return; }
        if (t.is("return")) { out.add(returnStatement()); return; }
        if (t.isIdent()) {
            switch (t.text()) {
                case "for", "while", "do" -> throw new CProblem("'" + t.text() + "' loop (outside the supported"
                        + " C subset: loop-free functions only)", t);
                case "switch", "goto", "break", "continue", "case", "default", "asm", "__asm__" ->
                        throw new CProblem("'" + t.text() + "' (outside the supported C subset)", t);
                default -> { }
            }
            if (CTypeName.startsType(t)) { declaration(out); return; }
            out.add(assignment());
            return;
        }
        if (t.is("++") || t.is("--")) { out.add(prefixIncrement()); return; }
        throw unexpected(t, "where a statement was expected");
    }

    private Stmt.Block block() throws CProblem {
        CToken open = expect("{");
        Map<String, TypeName> saved = new LinkedHashMap<>(scope);
        List<Stmt> out = new ArrayList<>();
        while (!peek().is("}")) {
            if (peek().kind() == CToken.Kind.EOF) throw unexpected(peek(), "inside a block");
            statement(out);
        }
        CToken close = next();
        scope.clear();
        scope.putAll(saved);
        return new Stmt.Block(spec.span(open.start(), close.end()), out);
    }

    private Stmt ifStatement() throws CProblem {
        CToken kw = next();
        expect("(");
        CExpr c = expression();
        expect(")");
        Expr cond = spec.condition(c);
        Stmt then = single();
        Stmt otherwise = null;
        if (peek().is("else")) {
            next();
            otherwise = single();
        }
        int end = (otherwise != null ? otherwise : then).span().end();
        return new Stmt.If(spec.span(kw.start(), end), cond, then, otherwise);
    }

    /** One statement as the branch of an if: a declaration there would leak nothing, so it is a block. */
    private Stmt single() throws CProblem {
        List<Stmt> one = new ArrayList<>();
        int from = peek().start();
        statement(one);
        if (one.size() == 1) return one.get(0);
        return new Stmt.Block(spec.span(from, tokens.get(Math.max(0, at - 1)).end()), one);
    }

    private Stmt returnStatement() throws CProblem {
        CToken kw = next();
        if (peek().is(";")) throw new CProblem("'return;' without a value (a function returning void is outside"
                + " the supported subset)", kw);
        CExpr e = expression();
        CToken semi = expect(";");
        Expr value = returns == TypeName.BOOL ? spec.bool(e) : spec.number(e);
        return new Stmt.Return(spec.span(kw.start(), semi.end()), value);
    }

    private void declaration(List<Stmt> out) throws CProblem {
        CToken first = peek();
        CTypeName type = typeName();
        TypeName t = CFunctionReader.specType(type, first);
        while (true) {
            CToken name = next();
            if (!name.isIdent()) throw unexpected(name, "where a local's name was expected");
            if (!peek().is("=")) {
                throw new CProblem("local '" + name.text() + "' without an initialiser (outside the supported"
                        + " C subset)", name);
            }
            next();
            CExpr init = expression();
            Expr value = t == TypeName.BOOL ? spec.bool(init) : spec.number(init);
            scope.put(name.text(), t);
            out.add(new Stmt.Local(spec.span(first.start(), init.end()), t, new Name(name.text(),
                    spec.span(name.start(), name.end())), value));
            if (peek().is(",")) { next(); continue; }
            expect(";");
            return;
        }
    }

    private Stmt assignment() throws CProblem {
        CToken target = next();
        CToken op = next();
        TypeName t = scope.get(target.text());
        if (op.is("(")) {
            throw new CProblem("call of '" + target.text() + "' as a statement (only assignments, if and return"
                    + " are in the supported subset)", target);
        }
        if (op.is("++") || op.is("--")) {
            CToken semi = expect(";");
            return increment(target, op, semi.end());
        }
        boolean plain = op.is("=");
        if (!plain && !COMPOUND.containsKey(op.text())) throw unexpected(op, "after '" + target.text() + "'");
        if (t == null) {
            throw new CProblem("assignment to '" + target.text() + "', which is neither a parameter nor a local"
                    + " (a global: outside the pure subset)", target);
        }
        if (t == TypeName.BOOL && !plain) throw new CProblem("compound assignment to the bool '" + target.text() + "'", op);
        CExpr e = expression();
        CToken semi = expect(";");
        Expr value = t == TypeName.BOOL ? spec.bool(e) : spec.number(e);
        Span s = spec.span(target.start(), semi.end());
        return new Stmt.Assign(s, new Name(target.text(), spec.span(target.start(), target.end())),
                plain ? null : COMPOUND.get(op.text()), value);
    }

    private Stmt prefixIncrement() throws CProblem {
        CToken op = next();
        CToken target = next();
        if (!target.isIdent()) throw unexpected(target, "after '" + op.text() + "'");
        CToken semi = expect(";");
        return increment(target, op, semi.end());
    }

    private Stmt increment(CToken target, CToken op, int end) throws CProblem {
        TypeName t = scope.get(target.text());
        if (t != TypeName.ULONG) {
            throw new CProblem("'" + op.text() + "' on '" + target.text() + "', which is not an unsigned local or"
                    + " parameter", target);
        }
        Expr one = new Expr.IntLit(spec.span(op.start(), op.end()), java.math.BigInteger.ONE, "1");
        return new Stmt.Assign(spec.span(Math.min(target.start(), op.start()), end),
                new Name(target.text(), spec.span(target.start(), target.end())),
                op.is("++") ? Expr.BinOp.ADD : Expr.BinOp.SUB, one);
    }
}
