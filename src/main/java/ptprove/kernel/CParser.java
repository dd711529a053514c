package ptprove.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for C expressions (C11 6.5, integer subset), over a token list ending in EOF.
 * Constructs outside the subset are reported by name and position rather than skipped: pointers, member access,
 * subscripts, string literals, statement expressions, assignments and increments inside expressions, the comma
 * operator. {@link CFunctionReader} extends it with statements.
 */
class CParser {
    private static final String[][] LEVELS = {
        {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="}, {"<<", ">>"}, {"+", "-"},
        {"*", "/", "%"},
    };
    private static final java.util.Set<String> ASSIGNMENTS = java.util.Set.of(
            "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=");

    protected final List<CToken> tokens;
    protected int at;

    CParser(List<CToken> tokens) {
        this.tokens = tokens;
    }

    /** A whole token list as one expression (a macro's expansion). */
    static CExpr parseWhole(List<CToken> tokens) throws CProblem {
        CParser p = new CParser(tokens);
        if (p.peek().kind() == CToken.Kind.EOF) throw new CProblem("expands to nothing", p.peek());
        CExpr e = p.expression();
        if (p.peek().kind() != CToken.Kind.EOF) throw p.unexpected(p.peek(), "after the expression");
        return e;
    }

    protected CToken peek() { return tokens.get(at); }
    protected CToken peek(int ahead) { return tokens.get(Math.min(at + ahead, tokens.size() - 1)); }
    protected CToken next() { CToken t = tokens.get(at); if (at < tokens.size() - 1) at++; return t; }

    protected CToken expect(String punct) throws CProblem {
        CToken t = peek();
        if (!t.is(punct)) throw unexpected(t, "where '" + punct + "' was expected");
        return next();
    }

    protected CProblem unexpected(CToken t, String where) {
        if (t.kind() == CToken.Kind.EOF) return new CProblem("the code ends " + where, t);
        return new CProblem("unexpected '" + t.text() + "' " + where, t);
    }

    /** expression: a conditional expression; a comma or an assignment here is outside the subset. */
    CExpr expression() throws CProblem {
        CExpr e = conditional();
        CToken t = peek();
        if (t.is(",")) throw new CProblem("comma operator (outside the supported C subset)", t);
        if (t.kind() == CToken.Kind.PUNCT && ASSIGNMENTS.contains(t.text())) {
            throw new CProblem("assignment inside an expression (outside the supported C subset)", t);
        }
        return e;
    }

    private CExpr conditional() throws CProblem {
        CExpr c = binary(0);
        if (!peek().is("?")) return c;
        next();
        CExpr then = expression();
        expect(":");
        CExpr otherwise = conditional();
        return new CExpr.Cond(c, then, otherwise, c.start(), otherwise.end());
    }

    private CExpr binary(int level) throws CProblem {
        if (level == LEVELS.length) return cast();
        CExpr left = binary(level + 1);
        while (true) {
            CToken t = peek();
            String op = null;
            if (t.kind() == CToken.Kind.PUNCT) for (String o : LEVELS[level]) if (t.text().equals(o)) op = o;
            if (op == null) return left;
            next();
            CExpr right = binary(level + 1);
            left = new CExpr.Binary(op, left, right, left.start(), right.end());
        }
    }

    private CExpr cast() throws CProblem {
        if (peek().is("(") && CTypeName.startsType(peek(1))) {
            CToken open = next();
            CTypeName type = typeName();
            expect(")");
            CExpr operand = cast();
            return new CExpr.Cast(type, operand, open.start(), operand.end());
        }
        return unary();
    }

    private CExpr unary() throws CProblem {
        CToken t = peek();
        if (t.kind() == CToken.Kind.PUNCT) {
            switch (t.text()) {
                case "-", "+", "~", "!" -> {
                    next();
                    CExpr operand = cast();
                    return new CExpr.Unary(t.text(), operand, t.start(), operand.end());
                }
                case "&" -> throw new CProblem("address-of '&' (pointers are outside the supported C subset)", t);
                case "*" -> throw new CProblem("pointer dereference '*' (outside the supported C subset)", t);
                case "++", "--" -> throw new CProblem("'" + t.text() + "' inside an expression (outside the supported"
                        + " C subset; write it as a statement)", t);
                default -> { }
            }
        }
        if (t.is("sizeof")) return sizeof();
        return postfix();
    }

    private CExpr sizeof() throws CProblem {
        CToken kw = next();
        if (peek().is("(") && CTypeName.startsType(peek(1))) {
            next();
            CTypeName type = typeName();
            CToken close = expect(")");
            return new CExpr.SizeofType(type, kw.start(), close.end());
        }
        CExpr operand = unary();
        return new CExpr.SizeofExpr(operand, kw.start(), operand.end());
    }

    /** A type name: integer keywords, one known typedef, or {@code struct NAME}; no pointers. */
    protected CTypeName typeName() throws CProblem {
        CToken first = peek();
        CTypeName type;
        if (first.is("struct")) {
            next();
            CToken name = next();
            if (!name.isIdent()) throw unexpected(name, "after 'struct'");
            type = CTypeName.struct(name.text());
        } else {
            List<String> words = new ArrayList<>();
            while (peek().isIdent() && CTypeName.isTypeWord(peek().text())) words.add(next().text());
            type = CTypeName.of(words);
            if (type == null) throw new CProblem("unknown type '" + String.join(" ", words) + "'", first);
        }
        if (peek().is("*")) throw new CProblem("pointer type (outside the supported C subset)", peek());
        return type;
    }

    private CExpr postfix() throws CProblem {
        CExpr e = primary();
        while (true) {
            CToken t = peek();
            if (t.is("(")) {
                if (!(e instanceof CExpr.Ident id)) throw new CProblem("call through an expression (outside the"
                        + " supported C subset)", t);
                next();
                List<CExpr> args = new ArrayList<>();
                if (!peek().is(")")) {
                    args.add(conditional());
                    while (peek().is(",")) {
                        next();
                        args.add(conditional());
                    }
                }
                CToken close = expect(")");
                e = new CExpr.Call(id.name(), args, id.start(), close.end());
            } else if (t.is("[")) {
                throw new CProblem("array subscript (outside the supported C subset)", t);
            } else if (t.is("->") || t.is(".")) {
                throw new CProblem("member access '" + t.text() + "' (outside the supported C subset)", t);
            } else if (t.is("++") || t.is("--")) {
                throw new CProblem("'" + t.text() + "' inside an expression (outside the supported C subset;"
                        + " write it as a statement)", t);
            } else {
                return e;
            }
        }
    }

    private CExpr primary() throws CProblem {
        CToken t = next();
        switch (t.kind()) {
            case NUMBER: return CLiterals.integer(t);
            case CHAR: return CLiterals.character(t);
            case IDENT: return new CExpr.Ident(t.text(), t.start(), t.end());
            case STRING: throw new CProblem("string literal (outside the supported C subset)", t);
            case EOF: throw unexpected(t, "where an expression was expected");
            default: break;
        }
        if (t.is("(")) {
            if (peek().is("{")) throw new CProblem("statement expression '({ ... })' (outside the supported C subset)", t);
            CExpr inner = expression();
            expect(")");
            return inner;
        }
        throw unexpected(t, "where an expression was expected");
    }
}
