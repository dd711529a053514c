package ptprove.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.SourceFile;
import ptprove.source.Span;
import ptprove.syntax.antlr.PtlParser;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Name;
import ptprove.syntax.ast.SpecFile;
import ptprove.syntax.ast.Stmt;
import ptprove.syntax.ast.TypeName;

/** Parse tree to AST records. The only class besides {@link PtlFrontEnd} that sees ANTLR types. */
final class AstBuilder {
    private final SourceFile file;
    private final Diagnostics diags;
    private final OffsetMap offsets;

    AstBuilder(SourceFile file, Diagnostics diags, OffsetMap offsets) {
        this.file = file;
        this.diags = diags;
        this.offsets = offsets;
    }

    SpecFile spec(PtlParser.SpecContext ctx) {
        List<Decl> decls = new ArrayList<>();
        for (PtlParser.DeclContext d : ctx.decl()) decls.add(decl(d));
        return new SpecFile(file, decls);
    }

    // ---- spans

    Span span(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getStopIndex() < ctx.getStart().getStartIndex()
                ? ctx.getStart() : ctx.getStop();
        return file.span(offsets.toChar(ctx.getStart().getStartIndex()), offsets.toChar(stop.getStopIndex() + 1));
    }

    Span span(Token t) {
        return file.span(offsets.toChar(t.getStartIndex()), offsets.toChar(t.getStopIndex() + 1));
    }

    Name name(PtlParser.IdentContext ctx) {
        return new Name(ctx.getText(), span(ctx));
    }

    // ---- declarations

    private Decl decl(PtlParser.DeclContext ctx) {
        Span sp = span(ctx);
        if (ctx instanceof PtlParser.ImportDeclContext c) {
            Token t = c.STRING().getSymbol();
            return new Decl.Import(sp, unquote(t.getText()), span(t));
        }
        if (ctx instanceof PtlParser.AddressBitsDeclContext c) {
            return new Decl.AddressBits(sp, intLit(c.INT()));
        }
        if (ctx instanceof PtlParser.ParamDeclContext c) {
            return new Decl.Param(sp, name(c.ident()), exprs(c.expr()));
        }
        if (ctx instanceof PtlParser.RequireDeclContext c) {
            return new Decl.Require(sp, expr(c.expr()));
        }
        if (ctx instanceof PtlParser.LetDeclContext c) {
            return new Decl.Let(sp, name(c.ident()), expr(c.expr()));
        }
        if (ctx instanceof PtlParser.VarDeclContext c) {
            return new Decl.Var(sp, name(c.ident()), c.expr() == null ? null : expr(c.expr()));
        }
        if (ctx instanceof PtlParser.FnExprDeclContext c) {
            return new Decl.Fn(sp, name(c.ident()), fnParams(c.fnParams()), type(c.typeName()), expr(c.expr()));
        }
        if (ctx instanceof PtlParser.FnBlockDeclContext c) {
            return new Decl.Fn(sp, name(c.ident()), fnParams(c.fnParams()), type(c.typeName()), block(c.block()));
        }
        if (ctx instanceof PtlParser.PagetableDeclContext c) {
            Expr vaBits = null;
            List<Decl.Level> levels = new ArrayList<>();
            for (PtlParser.PtItemContext item : c.ptItem()) {
                if (item instanceof PtlParser.VaBitsItemContext v) {
                    if (vaBits != null) {
                        diags.error(DiagnosticCode.DUPLICATE, span(v), "va_bits given twice in pagetable '"
                                + c.ident().getText() + "'");
                    }
                    vaBits = expr(v.expr());
                } else if (item instanceof PtlParser.LevelItemContext l) {
                    levels.add(new Decl.Level(span(l), name(l.ident()), expr(l.expr(0)),
                            l.expr().size() > 1 ? expr(l.expr(1)) : null));
                }
            }
            return new Decl.Pagetable(sp, name(c.ident()), vaBits, levels);
        }
        if (ctx instanceof PtlParser.RegionDeclContext c) {
            Expr permanent = null;
            for (PtlParser.RegionAttrContext a : c.regionAttr()) {
                Expr cond = a.expr() == null ? new Expr.BoolLit(span(a), true) : expr(a.expr());
                if (permanent != null) {
                    diags.error(DiagnosticCode.DUPLICATE, span(a), "'permanent' given twice");
                }
                permanent = cond;
            }
            return new Decl.Region(sp, name(c.ident()), expr(c.expr(0)), expr(c.expr(1)), permanent,
                    c.expr().size() > 2 ? expr(c.expr(2)) : null);
        }
        if (ctx instanceof PtlParser.TeardownDeclContext c) {
            List<Decl.FreeClause> clauses = new ArrayList<>();
            Decl.Loop loop = null;
            for (PtlParser.TdItemContext t : c.tdItem()) {
                if (t instanceof PtlParser.FreeItemContext f) {
                    clauses.add(new Decl.FreeClause(span(f), name(f.ident()), expr(f.expr())));
                    continue;
                }
                Decl.Loop kind;
                List<PtlParser.IdentContext> ids;
                if (t instanceof PtlParser.DoWhileItemContext d) {
                    kind = d.op.getText().equals("<") ? Decl.Loop.DO_WHILE_LT : Decl.Loop.DO_WHILE_NE;
                    ids = d.ident();
                } else {
                    kind = Decl.Loop.FOR_LT;
                    ids = ((PtlParser.ForItemContext) t).ident();
                }
                if (!ids.get(0).getText().equals("addr") || !ids.get(1).getText().equals("end")) {
                    diags.error(DiagnosticCode.SYNTAX, span(t), "a walk's loop condition compares 'addr' with 'end',"
                            + " as the kernel's walkers do: write 'loop do while (addr < end);',"
                            + " 'loop do while (addr != end);' or 'loop for (addr < end);'");
                }
                if (loop != null) diags.error(DiagnosticCode.DUPLICATE, span(t), "the loop is given twice");
                loop = kind;
            }
            return new Decl.Teardown(sp, name(c.ident(0)), fnParams(c.fnParams()), name(c.ident(1)),
                    loop == null ? Decl.Loop.DO_WHILE_NE : loop, clauses);
        }
        Decl kernel = KernelBindingBuilder.decl(this, ctx, sp);
        if (kernel != null) return kernel;
        if (ctx instanceof PtlParser.PropertyDeclContext c) {
            Decl.PropertyKind kind = c.kind.getText().equals("theorem")
                    ? Decl.PropertyKind.THEOREM : Decl.PropertyKind.EXAMPLE;
            Expr cond = c.expr().size() > 1 ? expr(c.expr(0)) : null;
            return new Decl.Property(sp, kind, name(c.ident()), cond, expr(c.expr(c.expr().size() - 1)));
        }
        if (ctx instanceof PtlParser.StateDeclContext c) {
            return new Decl.State(sp, name(c.ident()), type(c.typeName()), expr(c.expr(0)), expr(c.expr(1)));
        }
        if (ctx instanceof PtlParser.ViewDeclContext c) {
            return new Decl.View(sp, name(c.ident()), type(c.typeName()), expr(c.expr()));
        }
        if (ctx instanceof PtlParser.EventDeclContext c) {
            return new Decl.Event(sp, name(c.ident()), fnParams(c.fnParams()), block(c.block()));
        }
        throw new IllegalStateException("unhandled declaration " + ctx.getClass().getSimpleName());
    }

    private List<Decl.FnParam> fnParams(PtlParser.FnParamsContext ctx) {
        List<Decl.FnParam> out = new ArrayList<>();
        if (ctx == null) return out;
        for (PtlParser.FnParamContext p : ctx.fnParam()) {
            out.add(new Decl.FnParam(name(p.ident()), p.typeName() == null ? TypeName.ULONG : type(p.typeName())));
        }
        return out;
    }

    private static TypeName type(PtlParser.TypeNameContext ctx) {
        if (ctx == null) return null;
        return ctx.getText().equals("bool") ? TypeName.BOOL : TypeName.ULONG;
    }

    // ---- statements

    private Stmt.Block block(PtlParser.BlockContext ctx) {
        List<Stmt> stmts = new ArrayList<>();
        for (PtlParser.StmtContext s : ctx.stmt()) stmts.add(stmt(s));
        return new Stmt.Block(span(ctx), stmts);
    }

    private Stmt stmt(PtlParser.StmtContext ctx) {
        Span sp = span(ctx);
        if (ctx instanceof PtlParser.LocalStmtContext c) {
            return new Stmt.Local(sp, type(c.typeName()), name(c.ident()), expr(c.expr()));
        }
        if (ctx instanceof PtlParser.AssignStmtContext c) {
            String op = c.op.getText();
            Expr.BinOp bop = op.equals("=") ? null : Expr.BinOp.fromSymbol(op.substring(0, op.length() - 1));
            return new Stmt.Assign(sp, name(c.ident()), bop, expr(c.expr()));
        }
        if (ctx instanceof PtlParser.IfStmtContext c) {
            return new Stmt.If(sp, expr(c.expr()), stmt(c.stmt(0)), c.stmt().size() > 1 ? stmt(c.stmt(1)) : null);
        }
        if (ctx instanceof PtlParser.ReturnStmtContext c) {
            return new Stmt.Return(sp, expr(c.expr()));
        }
        if (ctx instanceof PtlParser.BlockStmtContext c) {
            return block(c.block());
        }
        if (ctx instanceof PtlParser.FillStmtContext c) {
            return new Stmt.Fill(sp, name(c.ident()), expr(c.expr(0)), expr(c.expr(1)), expr(c.expr(2)));
        }
        if (ctx instanceof PtlParser.ForChunksStmtContext c) {
            return new Stmt.Loop(sp, Stmt.LoopForm.CHUNKS, name(c.ident(0)), name(c.ident(1)), expr(c.expr(0)),
                    expr(c.expr(1)), expr(c.expr(2)), stmt(c.stmt()));
        }
        if (ctx instanceof PtlParser.ForStepStmtContext c) {
            return new Stmt.Loop(sp, Stmt.LoopForm.STEP, name(c.ident()), null, expr(c.expr(0)), expr(c.expr(1)),
                    expr(c.expr(2)), stmt(c.stmt()));
        }
        throw new IllegalStateException("unhandled statement " + ctx.getClass().getSimpleName());
    }

    // ---- expressions

    private List<Expr> exprs(List<PtlParser.ExprContext> ctxs) {
        List<Expr> out = new ArrayList<>(ctxs.size());
        for (PtlParser.ExprContext c : ctxs) out.add(expr(c));
        return out;
    }

    Expr expr(PtlParser.ExprContext ctx) {
        Span sp = span(ctx);
        if (ctx instanceof PtlParser.PrimaryExprContext c) return primary(c.primary());
        if (ctx instanceof PtlParser.MemberExprContext c) {
            List<Expr> args = null;
            if (c.getChildCount() > 3) args = c.args() == null ? List.of() : exprs(c.args().expr());
            return new Expr.Member(sp, expr(c.expr()), name(c.ident()), args);
        }
        if (ctx instanceof PtlParser.UnaryExprContext c) {
            Expr.UnOp op = switch (c.op.getText()) {
                case "!" -> Expr.UnOp.NOT;
                case "~" -> Expr.UnOp.COMPL;
                default -> Expr.UnOp.NEG;
            };
            return new Expr.Unary(sp, op, expr(c.expr()));
        }
        if (ctx instanceof PtlParser.BinaryExprContext c) {
            return new Expr.Binary(sp, Expr.BinOp.fromSymbol(c.op.getText()), expr(c.expr(0)), expr(c.expr(1)));
        }
        if (ctx instanceof PtlParser.InExprContext c) return new Expr.In(sp, expr(c.expr()), set(c.setExpr()));
        if (ctx instanceof PtlParser.WithinExprContext c) {
            return new Expr.Within(sp, expr(c.expr(0)), expr(c.expr(1)));
        }
        if (ctx instanceof PtlParser.CondExprContext c) {
            return new Expr.Cond(sp, expr(c.expr(0)), expr(c.expr(1)), expr(c.expr(2)));
        }
        if (ctx instanceof PtlParser.QuantExprContext c) {
            List<Expr.Binder> binders = new ArrayList<>();
            for (PtlParser.BinderContext b : c.binder()) {
                binders.add(new Expr.Binder(span(b), name(b.ident()), b.setExpr() == null ? null : set(b.setExpr())));
            }
            Expr.Quantifier q = c.q.getText().equals("forall") ? Expr.Quantifier.FORALL : Expr.Quantifier.EXISTS;
            Expr where = c.expr().size() > 1 ? expr(c.expr(0)) : null;
            return new Expr.Quant(sp, q, binders, where, expr(c.expr(c.expr().size() - 1)));
        }
        throw new IllegalStateException("unhandled expression " + ctx.getClass().getSimpleName());
    }

    private Expr.SetExpr set(PtlParser.SetExprContext ctx) {
        Span sp = span(ctx);
        if (ctx instanceof PtlParser.EnumSetContext c) return new Expr.EnumSet(sp, exprs(c.expr()));
        if (ctx instanceof PtlParser.RangeSetContext c) return new Expr.RangeSet(sp, expr(c.expr(0)), expr(c.expr(1)));
        if (ctx instanceof PtlParser.NamedSetContext c) return new Expr.NamedSet(sp, name(c.ident()));
        throw new IllegalStateException("unhandled set " + ctx.getClass().getSimpleName());
    }

    private Expr primary(PtlParser.PrimaryContext ctx) {
        Span sp = span(ctx);
        if (ctx instanceof PtlParser.IntLitContext c) return intLit(c.INT());
        if (ctx instanceof PtlParser.BoolLitContext c) return new Expr.BoolLit(sp, c.getText().equals("true"));
        if (ctx instanceof PtlParser.CallExprContext c) {
            return new Expr.Call(sp, name(c.ident()), c.args() == null ? List.of() : exprs(c.args().expr()));
        }
        if (ctx instanceof PtlParser.NameExprContext c) return new Expr.NameRef(sp, c.getText());
        if (ctx instanceof PtlParser.ParenExprContext c) return expr(c.expr());
        if (ctx instanceof PtlParser.TupleExprContext c) return new Expr.Tuple(sp, exprs(c.expr()));
        throw new IllegalStateException("unhandled primary " + ctx.getClass().getSimpleName());
    }

    /** Literals wider than any supported width are errors; the width check proper happens in the checker. */
    Expr.IntLit intLit(TerminalNode node) {
        Token t = node.getSymbol();
        Span sp = span(t);
        String text = t.getText();
        String digits = text.replaceAll("[uUlL]+$", "").replace("_", "");
        int radix = 10;
        if (digits.startsWith("0x") || digits.startsWith("0X")) { radix = 16; digits = digits.substring(2); }
        else if (digits.startsWith("0b") || digits.startsWith("0B")) { radix = 2; digits = digits.substring(2); }
        else if (digits.length() > 1 && digits.startsWith("0")) {
            diags.error(DiagnosticCode.BAD_LITERAL, sp, "constant '" + text
                    + "' has a leading 0, which C reads as octal; write it in hex (0x...) or without the 0");
            return new Expr.IntLit(sp, BigInteger.ZERO, text);
        }
        if (digits.isEmpty()) {
            diags.error(DiagnosticCode.BAD_LITERAL, sp, "constant '" + text + "' has no digits");
            return new Expr.IntLit(sp, BigInteger.ZERO, text);
        }
        String trimmed = digits.replaceFirst("^0+(?=.)", "");
        if (trimmed.length() > 130) {
            diags.error(DiagnosticCode.LITERAL_TOO_WIDE, sp, "constant '" + abbreviate(text) + "' is far wider than 64 bits");
            return new Expr.IntLit(sp, BigInteger.ZERO, abbreviate(text));
        }
        return new Expr.IntLit(sp, new BigInteger(trimmed, radix), text);
    }

    private static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 20) + "...";
    }

    static String unquote(String s) {
        String body = s.substring(1, s.length() - 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && i + 1 < body.length()) ch = body.charAt(++i);
            b.append(ch);
        }
        return b.toString();
    }

}
