package ptprove.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Name;
import ptprove.syntax.ast.Node;
import ptprove.syntax.ast.SpecFile;
import ptprove.syntax.ast.TypeName;

/**
 * Expression typing: assigns every expression its type, resolves names, calls, built-ins and members, and
 * reports misuse. Globals are resolved through the {@link Checker} ({@link Resolver}), which checks a
 * declaration on first use and records who depends on whom.
 */
final class ExprChecker {
    /** The declaration side, as expression typing needs it. */
    interface Resolver {
        /** A global by name, checked first if needed so its type is known, the dependency recorded; or null. */
        Symbol global(String name, Span at, Mode mode);

        /** A param whose type is not known yet, checked now (a param's domain may use another param). */
        Symbol settled(Symbol.ParamSym param);
    }

    private final Diagnostics diags;
    private final Globals globals;
    private final List<SpecFile> files;
    private final int width;
    private final CheckTables tables;
    private final Resolver resolver;

    ExprChecker(Diagnostics diags, Globals globals, List<SpecFile> files, int width, CheckTables tables,
                Resolver resolver) {
        this.diags = diags;
        this.globals = globals;
        this.files = files;
        this.width = width;
        this.tables = tables;
        this.resolver = resolver;
    }

    void declareLocal(Scope scope, Name name, Type type, Node declaration) {
        if (globals.get(name.text()) instanceof Symbol.LevelSym) {
            diags.error(DiagnosticCode.DUPLICATE, name.span(), "'" + name.text() + "' is a level name");
        }
        Symbol.LocalSym sym = new Symbol.LocalSym(name.text(), type, declaration);
        Symbol outer = scope.lookup(name.text());
        Symbol.LocalSym prev = scope.declare(sym);
        if (prev == null && outer instanceof Symbol.LocalSym o) prev = o;
        if (prev != null) {
            diags.error(DiagnosticCode.DUPLICATE, name.span(), "'" + name.text() + "' is already declared"
                    + " (locals, parameters and binders may not shadow each other)",
                    new Diagnostic.Note(prev.declaration() instanceof Decl.FreeClause fc ? fc.level().span()
                            : prev.declaration().span(), "previous declaration"));
        }
        tables.symbols.put(declaration, sym);
    }

    private Type record(Expr e, Type t) {
        tables.types.put(e, t);
        return t;
    }

    Type expectNumber(Expr e, Scope scope, Mode mode) {
        Type t = expr(e, scope, mode);
        checkOperandNumber(e, t);
        return Type.ULONG;
    }

    Type expectBool(Expr e, Scope scope, Mode mode) {
        Type t = expr(e, scope, mode);
        coerce(e, t, Type.BOOL);
        return Type.BOOL;
    }

    /** A C controlling expression: a bool, or a number meaning "!= 0". */
    void truthy(Expr e, Scope scope, Mode mode) {
        Type t = expr(e, scope, mode);
        if (t != Type.BOOL && t != Type.ULONG && t != Type.ERROR) {
            diags.error(DiagnosticCode.WRONG_KIND, e.span(), t.withArticle() + " is not a condition");
        }
    }

    void checkOperandNumber(Expr e, Type t) {
        if (t == Type.BOOL) {
            diags.error(DiagnosticCode.BOOL_AS_NUMBER, e.span(), "boolean used as a number"
                    + " (write 'b ? 1 : 0' if that is meant)");
        } else if (t != Type.ULONG && t != Type.ERROR) {
            diags.error(DiagnosticCode.WRONG_KIND, e.span(), "expected a number, found " + t.withArticle());
        }
    }

    /** Checks that an expression of type {@code got} may stand where {@code want} is required. */
    Type coerce(Expr e, Type got, Type want) {
        if (got == want || got == Type.ERROR || want == Type.ERROR) return want;
        if (want == Type.BOOL && got == Type.ULONG) {
            diags.error(DiagnosticCode.NUMBER_AS_BOOL, e.span(), "number used as a boolean"
                    + " (C truthiness applies only in conditions, !, && and ||; write '" + brief(e) + " != 0')");
        } else if (want == Type.ULONG && got == Type.BOOL) {
            diags.error(DiagnosticCode.BOOL_AS_NUMBER, e.span(), "boolean used as a number");
        } else {
            diags.error(DiagnosticCode.WRONG_KIND, e.span(), "expected " + want.withArticle() + ", found " + got.withArticle());
        }
        return want;
    }

    private static String brief(Expr e) {
        String t = e.span().text();
        if (t.length() > 30 || t.contains("\n")) return "...";
        // '!=' binds tighter than '&', '|', '^', '?:' and the rest: keep the suggestion correct
        return e instanceof Expr.Binary || e instanceof Expr.Cond ? "(" + t + ")" : t;
    }

    Type expr(Expr e, Scope scope, Mode mode) {
        return record(e, compute(e, scope, mode));
    }

    private Type compute(Expr e, Scope scope, Mode mode) {
        if (e instanceof Expr.IntLit lit) {
            if (lit.value().bitLength() > width) {
                diags.warning(DiagnosticCode.LITERAL_TOO_WIDE, lit.span(), "constant " + lit.text() + " does not fit "
                        + width + " bits; it is truncated to its low " + width + " bits (C: undefined)");
            }
            return Type.ULONG;
        }
        if (e instanceof Expr.BoolLit) return Type.BOOL;
        if (e instanceof Expr.NameRef ref) return nameRef(ref, scope, mode);
        if (e instanceof Expr.Call call) return call(call, scope, mode);
        if (e instanceof Expr.Member m) return member(m, scope, mode);
        if (e instanceof Expr.Unary u) {
            if (u.op() == Expr.UnOp.NOT) {
                truthy(u.operand(), scope, mode);
                return Type.BOOL;
            }
            expectNumber(u.operand(), scope, mode);
            return Type.ULONG;
        }
        if (e instanceof Expr.Binary b) return binary(b, scope, mode);
        if (e instanceof Expr.Cond c) {
            truthy(c.condition(), scope, mode);
            Type t = expr(c.then(), scope, mode);
            Type f = expr(c.otherwise(), scope, mode);
            if (t == Type.ERROR) return f;
            if (f == Type.ERROR) return t;
            if (t != f) {
                diags.error(t == Type.BOOL ? DiagnosticCode.BOOL_AS_NUMBER : f == Type.BOOL
                        ? DiagnosticCode.BOOL_AS_NUMBER : DiagnosticCode.WRONG_KIND, c.span(),
                        "the branches of ?: differ: " + t.display() + " and " + f.display());
                return Type.ERROR;
            }
            if (t != Type.ULONG && t != Type.BOOL) {
                diags.error(DiagnosticCode.WRONG_KIND, c.span(), "?: chooses between numbers or booleans only");
                return Type.ERROR;
            }
            return t;
        }
        if (e instanceof Expr.In in) return in(in, scope, mode);
        if (e instanceof Expr.Within w) {
            expectKind(w.inner(), scope, mode, Type.REGION);
            expectKind(w.outer(), scope, mode, Type.REGION);
            return Type.BOOL;
        }
        if (e instanceof Expr.Tuple t) {
            diags.error(DiagnosticCode.MISPLACED, t.span(), "a tuple can only stand before 'in {...}'");
            for (Expr item : t.items()) expr(item, scope, mode);
            return Type.ERROR;
        }
        if (e instanceof Expr.Quant q) return quant(q, scope, mode);
        throw new IllegalStateException("unhandled expression");
    }

    private Type nameRef(Expr.NameRef ref, Scope scope, Mode mode) {
        Symbol sym = scope.lookup(ref.name());
        if (sym == null) sym = resolver.global(ref.name(), ref.span(), mode);
        if (sym == null) {
            Long size = SizeConstants.valueOf(ref.name());
            if (size != null) {
                if (width < 64 && Long.compareUnsigned(size, 1L << width) >= 0) {
                    diags.warning(DiagnosticCode.LITERAL_TOO_WIDE, ref.span(), ref.name() + " does not fit "
                            + width + " bits");
                }
                sym = new Symbol.SizeConstSym(ref.name(), size);
            }
        }
        if (sym == null) {
            if (Builtin.byName(ref.name()) != null) {
                diags.error(DiagnosticCode.WRONG_KIND, ref.span(), "'" + ref.name() + "' is a built-in function; call it");
            } else {
                unknownName(ref.name(), ref.span(), scope);
            }
            return Type.ERROR;
        }
        if (sym instanceof Symbol.FnSym || sym instanceof Symbol.TeardownSym || sym instanceof Symbol.EventSym) {
            diags.error(DiagnosticCode.WRONG_KIND, ref.span(), "'" + ref.name() + "' is a "
                    + (sym instanceof Symbol.FnSym ? "fn" : sym instanceof Symbol.EventSym ? "event" : "teardown")
                    + "; call it with its arguments");
            return Type.ERROR;
        }
        if ((sym instanceof Symbol.StateSym || sym instanceof Symbol.ViewSym) && !StateForms.readable(this, ref, scope, mode)) {
            return Type.ERROR;
        }
        if (sym instanceof Symbol.PropertySym) {
            diags.error(DiagnosticCode.WRONG_KIND, ref.span(), "'" + ref.name() + "' is a theorem or example, not a value");
            return Type.ERROR;
        }
        if (sym instanceof Symbol.WalkViewSym) {
            diags.error(DiagnosticCode.WRONG_KIND, ref.span(), "'walk' is used as walk.start or walk.end");
            return Type.ERROR;
        }
        if (mode == Mode.LITERAL && !(sym instanceof Symbol.SizeConstSym)) {
            diags.error(DiagnosticCode.NOT_CONSTANT, ref.span(), "a param's values must be constants, not '" + ref.name() + "'");
            return Type.ERROR;
        }
        if (sym instanceof Symbol.ParamSym p && p.type() == Type.ERROR) sym = resolver.settled(p);
        tables.symbols.put(ref, sym);
        return sym.type();
    }

    void unknownName(String name, Span span, Scope scope) {
        List<String> candidates = new ArrayList<>(scope.visibleNames());
        candidates.addAll(globals.names());
        String best = Suggest.closest(name, candidates);
        diags.error(DiagnosticCode.UNKNOWN_NAME, span, "unknown name '" + name + "'"
                + (best == null ? "" : " (did you mean '" + best + "'?)"));
    }

    void unknownOrWrongKind(Name name, Symbol sym, String wanted, Scope scope) {
        if (sym == null) unknownName(name.text(), name.span(), scope);
        else diags.error(DiagnosticCode.WRONG_KIND, name.span(), "'" + name.text() + "' is not " + wanted);
    }

    private Type expectKind(Expr e, Scope scope, Mode mode, Type want) {
        Type t = expr(e, scope, mode);
        if (t != want && t != Type.ERROR) {
            if (want == Type.ULONG || want == Type.BOOL) coerce(e, t, want);
            else diags.error(DiagnosticCode.WRONG_KIND, e.span(), "expected " + want.withArticle() + ", found "
                    + t.withArticle() + (want == Type.REGION ? " (write a region's name)" : want == Type.LEVEL
                    ? " (write a level name such as pmd, or a level variable)" : ""));
            return Type.ERROR;
        }
        return t;
    }

    private Type call(Expr.Call call, Scope scope, Mode mode) {
        String name = call.callee().text();
        Symbol local = scope.lookup(name);
        if (local != null) {
            diags.error(DiagnosticCode.WRONG_KIND, call.callee().span(), "'" + name + "' is a local value, not a function");
            for (Expr a : call.args()) expr(a, scope, mode);
            return Type.ERROR;
        }
        // after, all and any are not reserved: a global of that name (a teardown called 'all') hides the form
        StateForm form = globals.get(name) == null ? StateForm.byName(name) : null;
        if (form != null) return StateForms.check(this, call, form, scope, mode);
        Builtin b = Builtin.byName(name);
        if (b != null) return builtin(call, b, scope, mode);
        Symbol sym = resolver.global(name, call.callee().span(), mode);
        if (mode == Mode.LITERAL) {
            diags.error(DiagnosticCode.NOT_CONSTANT, call.span(), "a param's values must be constants");
            return Type.ERROR;
        }
        if (sym instanceof Symbol.FnSym fn) {
            tables.symbols.put(call, fn);
            List<Decl.FnParam> ps = fn.decl().params();
            if (!arity(call, ps.size(), "fn '" + name + "'")) return fn.type();
            for (int i = 0; i < ps.size(); i++) {
                Expr a = call.args().get(i);
                coerce(a, expr(a, scope, mode), type(ps.get(i).type()));
            }
            return fn.type();
        }
        if (sym instanceof Symbol.EventSym ev) return StateForms.eventApplication(this, call, ev, scope, mode);
        if (sym instanceof Symbol.TeardownSym t) {
            tables.symbols.put(call, t);
            List<Decl.FnParam> ps = t.decl().params();
            if (!arity(call, ps.size(), "teardown '" + name + "'")) return Type.POLICY;
            for (int i = 0; i < ps.size(); i++) {
                Expr a = call.args().get(i);
                coerce(a, expr(a, scope, mode), type(ps.get(i).type()));
            }
            if (mode != Mode.PROPERTY) {
                diags.error(DiagnosticCode.MISPLACED, call.span(), "a teardown can only be applied inside a theorem or example");
            }
            return Type.POLICY;
        }
        for (Expr a : call.args()) expr(a, scope, mode);
        if (sym instanceof Symbol.LetSym ls && ls.decl() == null) return Type.ERROR; // recursion, reported
        if (sym == null) {
            List<String> candidates = new ArrayList<>(globals.names());
            String best = Suggest.closest(name, candidates);
            diags.error(DiagnosticCode.UNKNOWN_NAME, call.callee().span(), "unknown function '" + name + "'"
                    + (best == null ? "" : " (did you mean '" + best + "'?)"));
        } else {
            diags.error(DiagnosticCode.WRONG_KIND, call.callee().span(), "'" + name + "' is not a function");
        }
        return Type.ERROR;
    }

    Diagnostics diags() { return diags; }
    Symbol global(String name, Span at, Mode mode) { return resolver.global(name, at, mode); }
    Globals globals() { return globals; }
    CheckTables tables() { return tables; }

    boolean arity(Expr.Call call, int want, String what) {
        if (call.args().size() == want) return true;
        diags.error(DiagnosticCode.ARITY, call.span(), what + " takes " + want + " argument" + (want == 1 ? "" : "s")
                + ", given " + call.args().size());
        return false;
    }

    private Type builtin(Expr.Call call, Builtin b, Scope scope, Mode mode) {
        tables.symbols.put(call, new Symbol.BuiltinSym(b));
        if (mode == Mode.LITERAL) {
            diags.error(DiagnosticCode.NOT_CONSTANT, call.span(), "a param's values must be constants");
            return Type.ERROR;
        }
        List<Type> ps = b.params();
        int given = call.args().size();
        if (b == Builtin.SHARES_TABLE && given == 3) {
            Expr third = call.args().get(2);
            Type t = expr(third, scope, mode);
            if (t == Type.PAGETABLE) {
                tables.callPagetables.put(call, ((Symbol.PagetableSym) tables.symbols.get(third)).decl());
            } else if (t != Type.ERROR) {
                diags.error(DiagnosticCode.WRONG_KIND, third.span(), "the third argument of shares_table is a pagetable");
            }
        } else if (!arity(call, ps.size(), "'" + b.spelling() + "'" + (b == Builtin.SHARES_TABLE ? " (or 3, with a pagetable)" : ""))) {
            for (Expr a : call.args()) expr(a, scope, mode);
            return b.result();
        } else if (b == Builtin.SHARES_TABLE) {
            List<Decl.Pagetable> pts = new ArrayList<>();
            for (SpecFile f : files) for (Decl d : f.decls()) if (d instanceof Decl.Pagetable p) pts.add(p);
            if (pts.size() == 1) tables.callPagetables.put(call, pts.get(0));
            else diags.error(DiagnosticCode.ARITY, call.span(), pts.isEmpty()
                    ? "shares_table needs a pagetable, and this spec declares none"
                    : "several pagetables are declared; name one: shares_table(R1, R2, " + pts.get(0).name().text() + ")");
        }
        for (int i = 0; i < ps.size(); i++) {
            Expr a = call.args().get(i);
            Type want = ps.get(i);
            if (want == Type.ULONG) expectNumber(a, scope, mode);
            else expectKind(a, scope, mode, want);
        }
        if (b == Builtin.BIT && call.args().get(0) instanceof Expr.IntLit lit
                && lit.value().compareTo(BigInteger.valueOf(width)) >= 0) {
            diags.warning(DiagnosticCode.SHIFT_TOO_WIDE, lit.span(), "BIT(" + lit.text() + ") shifts by " + width
                    + " or more: the result is 0 here (C: undefined)");
        }
        return b.result();
    }

    private Type member(Expr.Member m, Scope scope, Mode mode) {
        String name = m.member().text();
        if (m.target() instanceof Expr.NameRef ref && scope.lookup(ref.name()) instanceof Symbol.WalkViewSym wv) {
            tables.symbols.put(ref, wv);
            tables.types.put(ref, Type.WALK);
            if (m.args() == null && (name.equals("start") || name.equals("end"))) {
                tables.members.put(m, name.equals("start") ? MemberKind.WALK_START : MemberKind.WALK_END);
                return Type.ULONG;
            }
            diags.error(DiagnosticCode.UNKNOWN_MEMBER, m.member().span(), "'walk' has members start and end only");
            return Type.ERROR;
        }
        Type target = expr(m.target(), scope, mode);
        if (target == Type.ERROR) {
            if (m.args() != null) for (Expr a : m.args()) expr(a, scope, mode);
            return Type.ERROR;
        }
        if (target == Type.REGION) {
            MemberKind k = switch (name) {
                case "start" -> MemberKind.REGION_START;
                case "end" -> MemberKind.REGION_END;
                case "size" -> MemberKind.REGION_SIZE;
                default -> null;
            };
            if (k == null || m.args() != null) {
                diags.error(DiagnosticCode.UNKNOWN_MEMBER, m.member().span(), "a region has members start, end and size"
                        + (k != null ? " (no parentheses)" : ""));
                return Type.ERROR;
            }
            tables.members.put(m, k);
            return Type.ULONG;
        }
        if (target == Type.HISTORY) return StateForms.historyRead(this, m, scope, mode);
        if (target == Type.POLICY || target == Type.WALK) {
            WalkMember wm = WalkMember.byName(name);
            boolean ok = wm != null && ((wm == WalkMember.OVER) == (target == Type.POLICY));
            if (!ok) {
                String options = target == Type.POLICY ? "over(start, end)"
                        : "frees_table_of(REGION), frees_any, may_free(L, addr), clears_leaf(L, addr)";
                String hint = WalkMember.byName(name) == null ? closestMember(name) : "";
                diags.error(DiagnosticCode.UNKNOWN_MEMBER, m.member().span(), target.withArticle()
                        + " has member" + (target == Type.POLICY ? " " : "s ") + options + hint);
                if (m.args() != null) for (Expr a : m.args()) expr(a, scope, mode);
                return Type.ERROR;
            }
            tables.members.put(m, MemberKind.of(wm));
            List<Expr> args = m.args() == null ? List.of() : m.args();
            if (wm.params().isEmpty() && m.args() != null && !m.args().isEmpty() || args.size() != wm.params().size()) {
                diags.error(DiagnosticCode.ARITY, m.span(), "'" + name + "' takes " + wm.params().size()
                        + " argument" + (wm.params().size() == 1 ? "" : "s") + ", given " + args.size());
                for (Expr a : args) expr(a, scope, mode);
                return wm.result();
            }
            for (int i = 0; i < args.size(); i++) {
                Type want = wm.params().get(i);
                if (want == Type.ULONG) expectNumber(args.get(i), scope, mode);
                else expectKind(args.get(i), scope, mode, want);
            }
            if (wm == WalkMember.MAY_FREE || wm == WalkMember.CLEARS_LEAF) samePagetable(m.target(), args.get(0));
            return wm.result();
        }
        diags.error(DiagnosticCode.UNKNOWN_MEMBER, m.member().span(), target.withArticle() + " has no members");
        return Type.ERROR;
    }

    /** {@code walk.may_free(L, a)}, {@code walk.clears_leaf(L, a)}: L must be a level of the pagetable the walk runs on. */
    private void samePagetable(Expr walk, Expr level) {
        Decl.Pagetable walked = walkPagetable(walk);
        Decl.Pagetable of = null;
        Symbol s = tables.symbols.get(level);
        if (s instanceof Symbol.LevelSym ls) of = ls.pagetable();
        else if (s instanceof Symbol.LocalSym l) of = tables.levelPagetables.get(l);
        if (walked != null && of != null && walked != of) {
            diags.error(DiagnosticCode.WRONG_KIND, level.span(), "'" + level.span().text() + "' is a level of pagetable '"
                    + of.name().text() + "', but this walk runs on '" + walked.name().text() + "'");
        }
    }

    private Decl.Pagetable walkPagetable(Expr e) {
        if (e instanceof Expr.Member m) return walkPagetable(m.target());
        if (e instanceof Expr.Call c && tables.symbols.get(c) instanceof Symbol.TeardownSym t
                && tables.symbols.get(t.decl().pagetable()) instanceof Symbol.PagetableSym p) {
            return p.decl();
        }
        return null;
    }

    private static String closestMember(String name) {
        List<String> all = new ArrayList<>();
        for (WalkMember w : WalkMember.values()) all.add(w.spelling());
        String best = Suggest.closest(name, all);
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private Type binary(Expr.Binary b, Scope scope, Mode mode) {
        Expr.BinOp op = b.op();
        if (op.isLogical()) {
            if (op == Expr.BinOp.IMPLIES) {
                expectBool(b.left(), scope, mode);
                expectBool(b.right(), scope, mode);
            } else {
                truthy(b.left(), scope, mode);
                truthy(b.right(), scope, mode);
            }
            return Type.BOOL;
        }
        if (op.isEquality()) {
            Type l = expr(b.left(), scope, mode);
            Type r = expr(b.right(), scope, mode);
            if (l == Type.ERROR || r == Type.ERROR) return Type.BOOL;
            if (l != r) {
                Expr boolSide = l == Type.BOOL ? b.left() : b.right();
                if (l == Type.BOOL || r == Type.BOOL) {
                    diags.error(DiagnosticCode.BOOL_AS_NUMBER, boolSide.span(), "comparing a boolean with a number");
                } else {
                    diags.error(DiagnosticCode.WRONG_KIND, b.span(), "cannot compare a " + l.display() + " with a " + r.display());
                }
            } else if (l != Type.ULONG && l != Type.BOOL && l != Type.LEVEL) {
                diags.error(DiagnosticCode.WRONG_KIND, b.span(), "cannot compare " + l.display() + "s with " + op.symbol());
            }
            return Type.BOOL;
        }
        Type l = expr(b.left(), scope, mode);
        Type r = expr(b.right(), scope, mode);
        checkOperandNumber(b.left(), l);
        checkOperandNumber(b.right(), r);
        warnConstantShiftOrDivision(op, b.right());
        return op.isComparison() ? Type.BOOL : Type.ULONG;
    }

    void warnConstantShiftOrDivision(Expr.BinOp op, Expr right) {
        if (!(right instanceof Expr.IntLit lit)) return;
        if ((op == Expr.BinOp.SHL || op == Expr.BinOp.SHR) && lit.value().compareTo(BigInteger.valueOf(width)) >= 0) {
            diags.warning(DiagnosticCode.SHIFT_TOO_WIDE, lit.span(), "shift by " + lit.text() + " (>= " + width
                    + " bits) gives 0 here; C leaves it undefined");
        }
        if ((op == Expr.BinOp.DIV || op == Expr.BinOp.MOD) && lit.value().signum() == 0) {
            diags.warning(DiagnosticCode.DIVISION_BY_ZERO, lit.span(), "division by zero: C leaves it undefined;"
                    + " here x / 0 is all ones and x % 0 is x (SMT-LIB)");
        }
    }

    private Type in(Expr.In in, Scope scope, Mode mode) {
        if (in.set() instanceof Expr.EnumSet set) {
            if (in.element() instanceof Expr.Tuple tuple) {
                List<Type> elemTypes = new ArrayList<>();
                for (Expr item : tuple.items()) elemTypes.add(scalar(item, scope, mode));
                tables.types.put(tuple, Type.TUPLE);
                for (Expr member : set.items()) {
                    if (!(member instanceof Expr.Tuple mt) || mt.items().size() != tuple.items().size()) {
                        diags.error(DiagnosticCode.WRONG_KIND, member.span(), "expected a tuple of "
                                + tuple.items().size() + " values, like the left-hand side");
                        if (!(member instanceof Expr.Tuple)) expr(member, scope, mode);
                        continue;
                    }
                    tables.types.put(mt, Type.TUPLE);
                    for (int i = 0; i < mt.items().size(); i++) {
                        Expr item = mt.items().get(i);
                        coerce(item, scalar(item, scope, mode), elemTypes.get(i));
                    }
                }
                return Type.BOOL;
            }
            Type t = scalar(in.element(), scope, mode);
            for (Expr member : set.items()) coerce(member, scalar(member, scope, mode), t);
            return Type.BOOL;
        }
        if (in.set() instanceof Expr.RangeSet r) {
            expectNumber(in.element(), scope, mode);
            expectNumber(r.start(), scope, mode);
            expectNumber(r.end(), scope, mode);
            return Type.BOOL;
        }
        Expr.NamedSet ns = (Expr.NamedSet) in.set();
        expectNumber(in.element(), scope, mode);
        Symbol sym = resolver.global(ns.name().text(), ns.name().span(), mode);
        if (sym instanceof Symbol.RegionSym) {
            tables.symbols.put(ns, sym);
        } else {
            unknownOrWrongKind(ns.name(), sym, "a region", scope);
        }
        return Type.BOOL;
    }

    private Type scalar(Expr e, Scope scope, Mode mode) {
        if (e instanceof Expr.Tuple t) {
            diags.error(DiagnosticCode.MISPLACED, t.span(), "tuples cannot nest");
            return record(e, Type.ERROR);
        }
        Type t = expr(e, scope, mode);
        if (t != Type.ULONG && t != Type.BOOL && t != Type.ERROR) {
            diags.error(DiagnosticCode.WRONG_KIND, e.span(), "expected a number or a boolean, found " + t.withArticle());
            return Type.ERROR;
        }
        return t;
    }

    private Type quant(Expr.Quant q, Scope scope, Mode mode) {
        if (mode != Mode.PROPERTY) {
            diags.error(DiagnosticCode.MISPLACED, q.span(), "quantifiers belong in theorems and examples");
        }
        Scope inner = scope.child();
        for (Expr.Binder b : q.binders()) {
            Type t = Type.ULONG;
            Decl.Pagetable levelDomain = null;
            if (b.domain() instanceof Expr.NamedSet ns) {
                Symbol sym = resolver.global(ns.name().text(), ns.name().span(), mode);
                if (sym instanceof Symbol.PagetableSym pts) {
                    t = Type.LEVEL;
                    tables.symbols.put(ns, sym);
                    levelDomain = pts.decl();
                } else if (sym instanceof Symbol.RegionSym) {
                    tables.symbols.put(ns, sym);
                } else {
                    unknownOrWrongKind(ns.name(), sym, "a region or a pagetable", scope);
                }
            } else if (b.domain() instanceof Expr.RangeSet r) {
                expectNumber(r.start(), scope, mode);
                expectNumber(r.end(), scope, mode);
            } else if (b.domain() instanceof Expr.EnumSet set) {
                for (Expr item : set.items()) expectNumber(item, scope, mode);
            }
            declareLocal(inner, b.name(), t, b);
            if (levelDomain != null && tables.symbols.get(b) instanceof Symbol.LocalSym l) tables.levelPagetables.put(l, levelDomain);
        }
        if (q.where() != null) expectBool(q.where(), inner, mode);
        expectBool(q.body(), inner, mode);
        return Type.BOOL;
    }

    static Type type(TypeName t) {
        return t == TypeName.BOOL ? Type.BOOL : Type.ULONG;
    }
}
