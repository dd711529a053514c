package ptprove.check;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Name;
import ptprove.syntax.ast.Node;
import ptprove.syntax.ast.SpecFile;
import ptprove.syntax.ast.Stmt;
import ptprove.syntax.ast.TypeName;

/**
 * The check stage's entry point: loads a spec with its imports, resolves every name, assigns every type and
 * enforces the rules {@link Program} guarantees. Reports all problems of the stage, then returns null if any was
 * an error.
 */
public final class Checker {
    private final Diagnostics diags;
    private final List<SpecFile> files;
    private final Globals globals;
    private final int width;

    private final IdentityHashMap<Node, Symbol> symbols = new IdentityHashMap<>();
    private final IdentityHashMap<Expr, Type> types = new IdentityHashMap<>();
    private final IdentityHashMap<Expr.Member, MemberKind> members = new IdentityHashMap<>();
    private final IdentityHashMap<Decl.FreeClause, Symbol> clauseLevels = new IdentityHashMap<>();
    private final IdentityHashMap<Expr.Call, Decl.Pagetable> callPagetables = new IdentityHashMap<>();
    /** The pagetable each level variable ranges over. */
    private final IdentityHashMap<Symbol.LocalSym, Decl.Pagetable> levelPagetables = new IdentityHashMap<>();

    /** Globals whose type is being computed (cycle detection) and those done. */
    private final Set<Decl.Named> inProgress = new LinkedHashSet<>();
    private final Set<Decl.Named> done = new HashSet<>();
    /** Global declarations each global refers to, for ordering lets and finding symbolic ones. */
    private final Map<Decl.Named, Set<Decl.Named>> dependencies = new IdentityHashMap<>();
    private Decl.Named current;

    private Checker(List<SpecFile> files, Diagnostics diags) {
        this.diags = diags;
        this.files = files;
        this.globals = new Globals(files, diags);
        this.width = addressBits();
    }

    /**
     * Loads and checks {@code file}. {@code root} bounds imports. Returns null (with diagnostics) on errors.
     */
    public static Program check(Path file, String displayPath, Path root, Diagnostics diags) {
        List<SpecFile> files = new ImportLoader(root, diags).load(file, displayPath);
        if (files.isEmpty() || diags.hasErrors()) return null;
        return check(files, diags);
    }

    /** Checks already-parsed files (imports first, root last). */
    public static Program check(List<SpecFile> files, Diagnostics diags) {
        Checker c = new Checker(files, diags);
        try {
            return c.run();
        } catch (StackOverflowError e) {
            diags.error(DiagnosticCode.TOO_DEEP, files.get(files.size() - 1).source().span(0, 0),
                    "expressions nested too deeply to check");
            return null;
        }
    }

    private int addressBits() {
        Integer bits = null;
        Span first = null;
        for (SpecFile f : files) {
            for (Decl d : f.decls()) {
                if (!(d instanceof Decl.AddressBits ab)) continue;
                BigInteger v = ((Expr.IntLit) ab.bits()).value();
                if (v.compareTo(BigInteger.valueOf(8)) < 0 || v.compareTo(BigInteger.valueOf(64)) > 0) {
                    diags.error(DiagnosticCode.ADDRESS_BITS, ab.bits().span(),
                            "address_bits must be between 8 and 64, not " + v);
                } else if (bits != null && bits != v.intValue()) {
                    diags.error(DiagnosticCode.ADDRESS_BITS, ab.bits().span(), "address_bits " + v
                            + " conflicts with address_bits " + bits, new Diagnostic.Note(first, "set here"));
                } else if (bits == null) {
                    bits = v.intValue();
                    first = ab.span();
                }
            }
        }
        return bits == null ? 64 : bits;
    }

    private Program run() {
        List<Decl.Param> params = new ArrayList<>();
        List<Decl.Require> requires = new ArrayList<>();
        List<Decl.Var> vars = new ArrayList<>();
        List<Decl.Fn> fns = new ArrayList<>();
        List<Decl.Pagetable> pagetables = new ArrayList<>();
        List<Decl.Region> regions = new ArrayList<>();
        List<Decl.Teardown> teardowns = new ArrayList<>();
        List<Decl.Let> lets = new ArrayList<>();
        for (SpecFile f : files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Param p) params.add(p);
                else if (d instanceof Decl.Require r) requires.add(r);
                else if (d instanceof Decl.Var v) vars.add(v);
                else if (d instanceof Decl.Fn fn) fns.add(fn);
                else if (d instanceof Decl.Pagetable pt) pagetables.add(pt);
                else if (d instanceof Decl.Region r) regions.add(r);
                else if (d instanceof Decl.Teardown t) teardowns.add(t);
                else if (d instanceof Decl.Let l) lets.add(l);
            }
        }
        // Globals first (on demand, so order of definition does not matter), then everything that uses them.
        for (Decl.Param p : params) ensureGlobal(p);
        for (Decl.Let l : lets) ensureGlobal(l);
        for (Decl.Fn fn : fns) ensureGlobal(fn);
        for (Decl.Var v : vars) ensureGlobal(v);
        for (Decl.Pagetable pt : pagetables) ensureGlobal(pt);
        for (Decl.Region r : regions) ensureGlobal(r);
        for (Decl.Teardown t : teardowns) ensureGlobal(t);
        for (Decl.Require r : requires) {
            current = null;
            expectBool(r.condition(), new Scope(null), Mode.CONFIG);
        }
        current = null;
        KernelBindingRules kernel = new KernelBindingRules(diags, globals, files);
        kernel.check(this);
        SpecFile root = files.get(files.size() - 1);
        List<Decl.Property> properties = new ArrayList<>();
        for (SpecFile f : files) {
            for (Decl d : f.decls()) {
                if (!(d instanceof Decl.Property p)) continue;
                ensureGlobal(p);
                if (f == root) properties.add(p);
            }
        }
        if (diags.hasErrors()) return null;
        new PolarityRules(diags, members, symbols).check(properties);
        ConstancyRules constancy = new ConstancyRules(diags, symbols, dependencies);
        constancy.check(params, requires, pagetables, regions, properties);
        constancy.checkKernelBindings(kernel.configValues, kernel.boundLets);
        if (diags.hasErrors()) return null;
        List<Decl.Let> ordered = orderLets(lets);
        return new Program(root, files, width, params, requires, ordered, vars, fns, pagetables, regions,
                teardowns, properties, symbols, types, members, clauseLevels, callPagetables);
    }

    /** Lets in dependency order; cycles were already reported by {@link #ensureGlobal}. */
    private List<Decl.Let> orderLets(List<Decl.Let> lets) {
        List<Decl.Let> out = new ArrayList<>();
        Set<Decl.Named> seen = new HashSet<>();
        for (Decl.Let l : lets) visitLet(l, seen, out);
        return out;
    }

    private void visitLet(Decl.Named d, Set<Decl.Named> seen, List<Decl.Let> out) {
        if (!seen.add(d)) return;
        for (Decl.Named dep : dependencies.getOrDefault(d, Set.of())) visitLet(dep, seen, out);
        if (d instanceof Decl.Let l) out.add(l);
    }

    // ------------------------------------------------------------------ globals

    /** Checks a global declaration once, on first use, so its type is known wherever it is referenced. */
    private void ensureGlobal(Decl.Named d) {
        if (done.contains(d)) return;
        if (inProgress.contains(d)) {
            StringBuilder path = new StringBuilder();
            boolean on = false;
            for (Decl.Named p : inProgress) {
                if (p == d) on = true;
                if (on) path.append(p.name().text()).append(" -> ");
            }
            path.append(d.name().text());
            diags.error(DiagnosticCode.RECURSION, d.name().span(), "'" + d.name().text()
                    + "' is defined in terms of itself: " + path + " (fns and lets cannot be recursive)");
            return;
        }
        Decl.Named saved = current;
        inProgress.add(d);
        current = d;
        dependencies.putIfAbsent(d, new LinkedHashSet<>());
        try {
            checkGlobal(d);
        } finally {
            inProgress.remove(d);
            done.add(d);
            current = saved;
        }
    }

    private void checkGlobal(Decl.Named d) {
        Scope top = new Scope(null);
        if (d instanceof Decl.Param p) {
            Type t = null;
            if (p.domain().isEmpty()) {
                diags.error(DiagnosticCode.EMPTY_DOMAIN, p.name().span(), "param '" + p.name().text() + "' has no values");
            }
            for (Expr e : p.domain()) {
                Type et = expr(e, top, Mode.LITERAL);
                if (et != Type.ULONG && et != Type.BOOL && et != Type.ERROR) {
                    diags.error(DiagnosticCode.WRONG_KIND, e.span(), "a param's values are numbers or booleans");
                } else if (t == null || t == Type.ERROR) {
                    t = et;
                } else if (et != t && et != Type.ERROR) {
                    diags.error(et == Type.BOOL ? DiagnosticCode.BOOL_AS_NUMBER : DiagnosticCode.NUMBER_AS_BOOL,
                            e.span(), "param '" + p.name().text() + "' mixes numbers and booleans");
                }
            }
            globals.update(p.name().text(), new Symbol.ParamSym(p, t == null ? Type.ERROR : t));
        } else if (d instanceof Decl.Let l) {
            Type t = expr(l.value(), top, Mode.GLOBAL);
            if (t != Type.ULONG && t != Type.BOOL && t != Type.ERROR) {
                diags.error(DiagnosticCode.WRONG_KIND, l.value().span(),
                        "a let names a number or a boolean, not a " + t.display());
                t = Type.ERROR;
            }
            globals.update(l.name().text(), new Symbol.LetSym(l, t));
        } else if (d instanceof Decl.Var v) {
            if (v.where() != null) {
                Scope s = top.child();
                expectBool(v.where(), s, Mode.GLOBAL);
            }
        } else if (d instanceof Decl.Fn fn) {
            checkFn(fn);
        } else if (d instanceof Decl.Pagetable pt) {
            checkPagetable(pt);
        } else if (d instanceof Decl.Region r) {
            expectNumber(r.start(), top, Mode.GLOBAL);
            expectNumber(r.end(), top, Mode.GLOBAL);
            if (r.permanent() != null) expectBool(r.permanent(), top, Mode.CONFIG);
        } else if (d instanceof Decl.Teardown t) {
            checkTeardown(t);
        } else if (d instanceof Decl.Property p) {
            if (p.condition() != null) expectBool(p.condition(), top, Mode.CONFIG);
            expectBool(p.body(), top, Mode.PROPERTY);
        }
    }

    private void checkFn(Decl.Fn fn) {
        Scope scope = new Scope(null);
        for (Decl.FnParam p : fn.params()) declareLocal(scope, p.name(), type(p.type()), p.name());
        Type declared = fn.returnType() == null ? null : type(fn.returnType());
        Type result;
        if (fn.body() instanceof Expr body) {
            result = expr(body, scope, Mode.FN);
            if (declared != null && result != Type.ERROR) result = coerce(body, result, declared);
            else if (result != Type.ULONG && result != Type.BOOL && result != Type.ERROR) {
                diags.error(DiagnosticCode.WRONG_KIND, body.span(), "a fn returns a number or a boolean");
                result = Type.ERROR;
            }
        } else {
            Stmt.Block block = (Stmt.Block) fn.body();
            FnBody body = new FnBody(declared);
            boolean returns = stmt(block, scope, body);
            if (!returns) {
                diags.error(DiagnosticCode.MISSING_RETURN, fn.name().span(), "fn '" + fn.name().text()
                        + "' can reach the end of its body without returning a value");
            }
            result = declared != null ? declared : body.inferred == null ? Type.ERROR : body.inferred;
        }
        globals.update(fn.name().text(), new Symbol.FnSym(fn, declared != null ? declared : result));
    }

    private void checkPagetable(Decl.Pagetable pt) {
        Scope top = new Scope(null);
        if (pt.vaBits() == null) {
            diags.error(DiagnosticCode.BAD_GEOMETRY, pt.name().span(), "pagetable '" + pt.name().text()
                    + "' needs 'va_bits EXPR;' (the number of virtual-address bits it translates)");
        } else {
            expectNumber(pt.vaBits(), top, Mode.CONFIG);
        }
        if (pt.levels().size() < 2) {
            diags.error(DiagnosticCode.BAD_GEOMETRY, pt.name().span(),
                    "pagetable '" + pt.name().text() + "' needs at least two levels (a top and a leaf)");
        }
        for (int i = 0; i < pt.levels().size(); i++) {
            Decl.Level lv = pt.levels().get(i);
            expectNumber(lv.shift(), top, Mode.CONFIG);
            if (lv.condition() != null) {
                if (i == 0 || i == pt.levels().size() - 1) {
                    diags.error(DiagnosticCode.BAD_GEOMETRY, lv.condition().span(), "the "
                            + (i == 0 ? "top" : "leaf") + " level is always present; only levels between can be folded");
                }
                expectBool(lv.condition(), top, Mode.CONFIG);
            }
        }
    }

    private void checkTeardown(Decl.Teardown t) {
        Symbol pt = globals.get(t.pagetable().text());
        if (!(pt instanceof Symbol.PagetableSym pts)) {
            unknownOrWrongKind(t.pagetable(), pt, "a pagetable", new Scope(null));
            return;
        }
        symbols.put(t.pagetable(), pt);
        Scope scope = new Scope(null);
        for (Decl.FnParam p : t.params()) declareLocal(scope, p.name(), type(p.type()), p.name());
        Set<String> specific = new HashSet<>();
        Decl.FreeClause generic = null;
        for (Decl.FreeClause c : t.clauses()) {
            Scope s = scope.child();
            Symbol lv = globals.get(c.level().text());
            Symbol levelSym;
            if (lv instanceof Symbol.LevelSym ls) {
                if (ls.pagetable() != pts.decl()) {
                    diags.error(DiagnosticCode.WRONG_KIND, c.level().span(), "level '" + c.level().text()
                            + "' belongs to pagetable '" + ls.pagetable().name().text() + "', not '"
                            + pts.decl().name().text() + "'");
                    continue;
                }
                if (ls.ordinal() == pts.decl().levels().size() - 1) {
                    diags.error(DiagnosticCode.WRONG_KIND, c.level().span(), "'" + c.level().text()
                            + "' is the leaf level: there is no table below it to free");
                }
                if (!specific.add(c.level().text())) {
                    diags.error(DiagnosticCode.DUPLICATE, c.level().span(), "two clauses for level '" + c.level().text() + "'");
                }
                levelSym = ls;
            } else if (lv != null) {
                diags.error(DiagnosticCode.WRONG_KIND, c.level().span(), "'" + c.level().text()
                        + "' is not a level; write a level name or a fresh name such as L for every level");
                continue;
            } else {
                if (generic != null) {
                    diags.error(DiagnosticCode.DUPLICATE, c.level().span(), "two clauses for every level",
                            new Diagnostic.Note(generic.span(), "the other one"));
                }
                generic = c;
                Symbol.LocalSym binder = new Symbol.LocalSym(c.level().text(), Type.LEVEL, c);
                if (s.lookup(c.level().text()) != null) {
                    diags.error(DiagnosticCode.DUPLICATE, c.level().span(), "'" + c.level().text()
                            + "' is a parameter of the teardown; name the level something else");
                }
                s.declare(binder);
                levelPagetables.put(binder, pts.decl());
                levelSym = binder;
            }
            clauseLevels.put(c, levelSym);
            s.special("walk", new Symbol.WalkViewSym());
            expectBool(c.guard(), s, Mode.GUARD);
        }
    }

    // ------------------------------------------------------------------ statements

    /** Return-type inference and checking for a block-bodied fn. */
    private static final class FnBody {
        final Type declared;
        Type inferred;
        FnBody(Type declared) { this.declared = declared; }
    }

    /** Checks a statement; returns whether it returns on every path. */
    private boolean stmt(Stmt s, Scope scope, FnBody fn) {
        if (s instanceof Stmt.Block b) {
            Scope inner = scope.child();
            boolean returned = false, warned = false;
            for (Stmt st : b.stmts()) {
                if (returned && !warned) {
                    diags.warning(DiagnosticCode.UNREACHABLE, st.span(), "statement after return is never executed");
                    warned = true;
                }
                returned |= stmt(st, inner, fn);
            }
            return returned;
        }
        if (s instanceof Stmt.Local l) {
            Type want = type(l.type());
            Type got = expr(l.init(), scope, Mode.FN);
            coerce(l.init(), got, want);
            declareLocal(scope, l.name(), want, l);
            return false;
        }
        if (s instanceof Stmt.Assign a) {
            Symbol sym = scope.lookup(a.target().text());
            if (!(sym instanceof Symbol.LocalSym local) || local.type() == Type.LEVEL) {
                Symbol g = globals.get(a.target().text());
                if (sym == null && g == null) {
                    unknownName(a.target().text(), a.target().span(), scope);
                } else {
                    diags.error(DiagnosticCode.BAD_ASSIGNMENT, a.target().span(), "cannot assign to '"
                            + a.target().text() + "': only fn parameters and locals can be assigned");
                }
                expr(a.value(), scope, Mode.FN);
                return false;
            }
            symbols.put(a, local);
            Type got = expr(a.value(), scope, Mode.FN);
            if (a.op() != null) {
                if (local.type() != Type.ULONG) {
                    diags.error(DiagnosticCode.BOOL_AS_NUMBER, a.span(), "'" + a.op().symbol() + "=' needs a number; '"
                            + local.name() + "' is a bool");
                }
                checkOperandNumber(a.value(), got);
                warnConstantShiftOrDivision(a.op(), a.value());
            } else {
                coerce(a.value(), got, local.type());
            }
            return false;
        }
        if (s instanceof Stmt.If i) {
            truthy(i.condition(), scope, Mode.FN);
            boolean t = stmt(i.then(), scope.child(), fn);
            boolean e = i.otherwise() != null && stmt(i.otherwise(), scope.child(), fn);
            return t && e;
        }
        if (s instanceof Stmt.Return r) {
            Type got = expr(r.value(), scope, Mode.FN);
            Type want = fn.declared != null ? fn.declared : fn.inferred;
            if (want == null) {
                if (got == Type.ULONG || got == Type.BOOL) fn.inferred = got;
            } else {
                coerce(r.value(), got, want);
            }
            return true;
        }
        throw new IllegalStateException("unhandled statement");
    }

    private void declareLocal(Scope scope, Name name, Type type, Node declaration) {
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
        symbols.put(declaration, sym);
    }

    // ------------------------------------------------------------------ expressions

    /** Where an expression sits; decides which names and constructs are allowed. */
    enum Mode {
        /** Param domains: literals only. */
        LITERAL,
        /** Requires, geometry, property conditions: params and lets of params (enforced by ConstancyRules). */
        CONFIG,
        /** Lets, regions, var constraints. */
        GLOBAL,
        /** Fn bodies. */
        FN,
        /** Free-clause guards ({@code walk} and the level binder in scope). */
        GUARD,
        /** Theorem and example bodies: quantifiers and walks allowed. */
        PROPERTY
    }

    private Type record(Expr e, Type t) {
        types.put(e, t);
        return t;
    }

    private Type expectNumber(Expr e, Scope scope, Mode mode) {
        Type t = expr(e, scope, mode);
        checkOperandNumber(e, t);
        return Type.ULONG;
    }

    private Type expectBool(Expr e, Scope scope, Mode mode) {
        Type t = expr(e, scope, mode);
        coerce(e, t, Type.BOOL);
        return Type.BOOL;
    }

    /** A C controlling expression: a bool, or a number meaning "!= 0". */
    private void truthy(Expr e, Scope scope, Mode mode) {
        Type t = expr(e, scope, mode);
        if (t != Type.BOOL && t != Type.ULONG && t != Type.ERROR) {
            diags.error(DiagnosticCode.WRONG_KIND, e.span(), t.withArticle() + " is not a condition");
        }
    }

    private void checkOperandNumber(Expr e, Type t) {
        if (t == Type.BOOL) {
            diags.error(DiagnosticCode.BOOL_AS_NUMBER, e.span(), "boolean used as a number"
                    + " (write 'b ? 1 : 0' if that is meant)");
        } else if (t != Type.ULONG && t != Type.ERROR) {
            diags.error(DiagnosticCode.WRONG_KIND, e.span(), "expected a number, found " + t.withArticle());
        }
    }

    /** Checks that an expression of type {@code got} may stand where {@code want} is required. */
    private Type coerce(Expr e, Type got, Type want) {
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
        if (sym == null) sym = global(ref.name(), ref.span(), mode);
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
        if (sym instanceof Symbol.FnSym || sym instanceof Symbol.TeardownSym) {
            diags.error(DiagnosticCode.WRONG_KIND, ref.span(), "'" + ref.name() + "' is a "
                    + (sym instanceof Symbol.FnSym ? "fn" : "teardown") + "; call it with its arguments");
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
        if (sym instanceof Symbol.ParamSym p && p.type() == Type.ERROR && !done.contains(p.decl())) {
            ensureGlobal(p.decl());
            sym = globals.get(ref.name());
        }
        symbols.put(ref, sym);
        return sym.type();
    }

    /** Looks up a global, checking it first if needed so its type is known, and records the dependency. */
    private Symbol global(String name, Span at, Mode mode) {
        Symbol sym = globals.get(name);
        if (sym == null) return null;
        Decl.Named decl = declOf(sym);
        if (decl != null && mode != Mode.LITERAL) {
            if (decl == current) {
                if (decl instanceof Decl.Var) return sym;
                diags.error(DiagnosticCode.RECURSION, at, "'" + name + "' refers to itself");
                return new Symbol.LetSym(null, Type.ERROR);
            }
            if (current != null) dependencies.computeIfAbsent(current, k -> new LinkedHashSet<>()).add(decl);
            // a var's type is fixed, so using one needs no checking first (its where-clause may use lets of it)
            if (!(sym instanceof Symbol.PropertySym) && !(sym instanceof Symbol.VarSym)) ensureGlobal(decl);
            sym = globals.get(name);
        }
        return sym;
    }

    static Decl.Named declOf(Symbol sym) {
        if (sym instanceof Symbol.ParamSym s) return s.decl();
        if (sym instanceof Symbol.LetSym s) return s.decl();
        if (sym instanceof Symbol.VarSym s) return s.decl();
        if (sym instanceof Symbol.FnSym s) return s.decl();
        if (sym instanceof Symbol.RegionSym s) return s.decl();
        if (sym instanceof Symbol.TeardownSym s) return s.decl();
        if (sym instanceof Symbol.PagetableSym s) return s.decl();
        if (sym instanceof Symbol.PropertySym s) return s.decl();
        return null;
    }

    private void unknownName(String name, Span span, Scope scope) {
        List<String> candidates = new ArrayList<>(scope.visibleNames());
        candidates.addAll(globals.names());
        String best = Suggest.closest(name, candidates);
        diags.error(DiagnosticCode.UNKNOWN_NAME, span, "unknown name '" + name + "'"
                + (best == null ? "" : " (did you mean '" + best + "'?)"));
    }

    private void unknownOrWrongKind(Name name, Symbol sym, String wanted, Scope scope) {
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
        Builtin b = Builtin.byName(name);
        if (b != null) return builtin(call, b, scope, mode);
        Symbol sym = global(name, call.callee().span(), mode);
        if (mode == Mode.LITERAL) {
            diags.error(DiagnosticCode.NOT_CONSTANT, call.span(), "a param's values must be constants");
            return Type.ERROR;
        }
        if (sym instanceof Symbol.FnSym fn) {
            symbols.put(call, fn);
            List<Decl.FnParam> ps = fn.decl().params();
            if (!arity(call, ps.size(), "fn '" + name + "'")) return fn.type();
            for (int i = 0; i < ps.size(); i++) {
                Expr a = call.args().get(i);
                coerce(a, expr(a, scope, mode), type(ps.get(i).type()));
            }
            return fn.type();
        }
        if (sym instanceof Symbol.TeardownSym t) {
            symbols.put(call, t);
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

    private boolean arity(Expr.Call call, int want, String what) {
        if (call.args().size() == want) return true;
        diags.error(DiagnosticCode.ARITY, call.span(), what + " takes " + want + " argument" + (want == 1 ? "" : "s")
                + ", given " + call.args().size());
        return false;
    }

    private Type builtin(Expr.Call call, Builtin b, Scope scope, Mode mode) {
        symbols.put(call, new Symbol.BuiltinSym(b));
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
                callPagetables.put(call, ((Symbol.PagetableSym) symbols.get(third)).decl());
            } else if (t != Type.ERROR) {
                diags.error(DiagnosticCode.WRONG_KIND, third.span(), "the third argument of shares_table is a pagetable");
            }
        } else if (!arity(call, ps.size(), "'" + b.spelling() + "'" + (b == Builtin.SHARES_TABLE ? " (or 3, with a pagetable)" : ""))) {
            for (Expr a : call.args()) expr(a, scope, mode);
            return b.result();
        } else if (b == Builtin.SHARES_TABLE) {
            List<Decl.Pagetable> pts = new ArrayList<>();
            for (SpecFile f : files) for (Decl d : f.decls()) if (d instanceof Decl.Pagetable p) pts.add(p);
            if (pts.size() == 1) callPagetables.put(call, pts.get(0));
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
            symbols.put(ref, wv);
            types.put(ref, Type.WALK);
            if (m.args() == null && (name.equals("start") || name.equals("end"))) {
                members.put(m, name.equals("start") ? MemberKind.WALK_START : MemberKind.WALK_END);
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
            members.put(m, k);
            return Type.ULONG;
        }
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
            members.put(m, MemberKind.of(wm));
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
        Symbol s = symbols.get(level);
        if (s instanceof Symbol.LevelSym ls) of = ls.pagetable();
        else if (s instanceof Symbol.LocalSym l) of = levelPagetables.get(l);
        if (walked != null && of != null && walked != of) {
            diags.error(DiagnosticCode.WRONG_KIND, level.span(), "'" + level.span().text() + "' is a level of pagetable '"
                    + of.name().text() + "', but this walk runs on '" + walked.name().text() + "'");
        }
    }

    private Decl.Pagetable walkPagetable(Expr e) {
        if (e instanceof Expr.Member m) return walkPagetable(m.target());
        if (e instanceof Expr.Call c && symbols.get(c) instanceof Symbol.TeardownSym t
                && symbols.get(t.decl().pagetable()) instanceof Symbol.PagetableSym p) {
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

    private void warnConstantShiftOrDivision(Expr.BinOp op, Expr right) {
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
                types.put(tuple, Type.TUPLE);
                for (Expr member : set.items()) {
                    if (!(member instanceof Expr.Tuple mt) || mt.items().size() != tuple.items().size()) {
                        diags.error(DiagnosticCode.WRONG_KIND, member.span(), "expected a tuple of "
                                + tuple.items().size() + " values, like the left-hand side");
                        if (!(member instanceof Expr.Tuple)) expr(member, scope, mode);
                        continue;
                    }
                    types.put(mt, Type.TUPLE);
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
        Symbol sym = global(ns.name().text(), ns.name().span(), mode);
        if (sym instanceof Symbol.RegionSym) {
            symbols.put(ns, sym);
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
                Symbol sym = global(ns.name().text(), ns.name().span(), mode);
                if (sym instanceof Symbol.PagetableSym pts) {
                    t = Type.LEVEL;
                    symbols.put(ns, sym);
                    levelDomain = pts.decl();
                } else if (sym instanceof Symbol.RegionSym) {
                    symbols.put(ns, sym);
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
            if (levelDomain != null && symbols.get(b) instanceof Symbol.LocalSym l) levelPagetables.put(l, levelDomain);
        }
        if (q.where() != null) expectBool(q.where(), inner, mode);
        expectBool(q.body(), inner, mode);
        return Type.BOOL;
    }

    private static Type type(TypeName t) {
        return t == TypeName.BOOL ? Type.BOOL : Type.ULONG;
    }
}
