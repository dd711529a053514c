package ptprove.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
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
import ptprove.syntax.ast.SpecFile;
import ptprove.syntax.ast.Stmt;

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

    private final CheckTables tables = new CheckTables();
    private final ExprChecker exprs;
    private final EventChecker events;

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
        this.exprs = new ExprChecker(diags, globals, files, width, tables, new ExprChecker.Resolver() {
            @Override public Symbol global(String name, Span at, Mode mode) { return Checker.this.global(name, at, mode); }
            @Override public Symbol settled(Symbol.ParamSym p) { return settledParam(p); }
        });
        this.events = new EventChecker(diags, exprs, tables);
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
        List<Decl.State> states = new ArrayList<>();
        List<Decl.View> views = new ArrayList<>();
        List<Decl.Event> eventDecls = new ArrayList<>();
        for (SpecFile f : files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.State st) states.add(st);
                else if (d instanceof Decl.View v) views.add(v);
                else if (d instanceof Decl.Event ev) eventDecls.add(ev);
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
        for (Decl.State st : states) ensureGlobal(st);
        for (Decl.View v : views) ensureGlobal(v);
        for (Decl.Event ev : eventDecls) ensureGlobal(ev);
        for (Decl.Require r : requires) {
            current = null;
            exprs.expectBool(r.condition(), new Scope(null), Mode.CONFIG);
        }
        current = null;
        KernelBindingRules kernel = new KernelBindingRules(diags, globals, files);
        kernel.check(exprs);
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
        new PolarityRules(diags, tables.members, tables.symbols).check(properties);
        ConstancyRules constancy = new ConstancyRules(diags, tables.symbols, dependencies);
        constancy.check(params, requires, pagetables, regions, properties);
        constancy.checkKernelBindings(kernel.configValues, kernel.boundLets);
        constancy.checkGranules(states, eventDecls);
        if (diags.hasErrors()) return null;
        List<Decl.Let> ordered = orderLets(lets);
        return new Program(root, files, width, params, requires, ordered, vars, fns, pagetables, regions,
                teardowns, properties, tables.symbols, tables.types, tables.members, tables.clauseLevels,
                tables.callPagetables, conditionalRegions(properties),
                new Program.StateDecls(states, views, eventDecls, tables.enclosingLoops));
    }

    /**
     * For each property, the conditional regions it uses, directly or through lets, fns and teardowns: the
     * property applies only where all of them exist ({@code region R = [a, b) if C;}).
     */
    private Map<Decl.Property, List<Decl.Region>> conditionalRegions(List<Decl.Property> properties) {
        Map<Decl.Property, List<Decl.Region>> out = new IdentityHashMap<>();
        for (Decl.Property p : properties) {
            Set<Decl.Named> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Decl.Named> todo = new ArrayList<>(List.of(p));
            List<Decl.Region> regions = new ArrayList<>();
            while (!todo.isEmpty()) {
                Decl.Named d = todo.remove(todo.size() - 1);
                if (!seen.add(d)) continue;
                if (d instanceof Decl.Region r && r.condition() != null) regions.add(r);
                todo.addAll(dependencies.getOrDefault(d, Set.of()));
            }
            if (!regions.isEmpty()) out.put(p, regions);
        }
        return out;
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
                Type et = exprs.expr(e, top, Mode.LITERAL);
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
            Type t = exprs.expr(l.value(), top, Mode.GLOBAL);
            if (t != Type.ULONG && t != Type.BOOL && t != Type.ERROR) {
                diags.error(DiagnosticCode.WRONG_KIND, l.value().span(),
                        "a let names a number or a boolean, not a " + t.display());
                t = Type.ERROR;
            }
            globals.update(l.name().text(), new Symbol.LetSym(l, t));
        } else if (d instanceof Decl.Var v) {
            if (v.where() != null) {
                Scope s = top.child();
                exprs.expectBool(v.where(), s, Mode.GLOBAL);
            }
        } else if (d instanceof Decl.Fn fn) {
            checkFn(fn);
        } else if (d instanceof Decl.Pagetable pt) {
            checkPagetable(pt);
        } else if (d instanceof Decl.Region r) {
            exprs.expectNumber(r.start(), top, Mode.GLOBAL);
            exprs.expectNumber(r.end(), top, Mode.GLOBAL);
            if (r.permanent() != null) exprs.expectBool(r.permanent(), top, Mode.CONFIG);
            if (r.condition() != null) exprs.expectBool(r.condition(), top, Mode.CONFIG);
        } else if (d instanceof Decl.Teardown t) {
            checkTeardown(t);
        } else if (d instanceof Decl.Property p) {
            if (p.condition() != null) exprs.expectBool(p.condition(), top, Mode.CONFIG);
            exprs.expectBool(p.body(), top, Mode.PROPERTY);
        } else if (d instanceof Decl.State st) {
            exprs.expectNumber(st.granule(), top, Mode.CONFIG);
            Type t = ExprChecker.type(st.type());
            exprs.coerce(st.init(), exprs.expr(st.init(), top, Mode.GLOBAL), t);
            globals.update(st.name().text(), new Symbol.StateSym(st, t));
        } else if (d instanceof Decl.View v) {
            Type t = exprs.expr(v.value(), top, Mode.VIEW);
            if (v.type() != null) t = exprs.coerce(v.value(), t, ExprChecker.type(v.type()));
            else if (t != Type.ULONG && t != Type.BOOL && t != Type.ERROR) {
                diags.error(DiagnosticCode.WRONG_KIND, v.value().span(), "a view is a number or a boolean");
                t = Type.ERROR;
            }
            globals.update(v.name().text(), new Symbol.ViewSym(v, t));
        } else if (d instanceof Decl.Event ev) {
            events.check(ev);
        }
    }

    private void checkFn(Decl.Fn fn) {
        Scope scope = new Scope(null);
        for (Decl.FnParam p : fn.params()) exprs.declareLocal(scope, p.name(), ExprChecker.type(p.type()), p.name());
        Type declared = fn.returnType() == null ? null : ExprChecker.type(fn.returnType());
        Type result;
        if (fn.body() instanceof Expr body) {
            result = exprs.expr(body, scope, Mode.FN);
            if (declared != null && result != Type.ERROR) result = exprs.coerce(body, result, declared);
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
            exprs.expectNumber(pt.vaBits(), top, Mode.CONFIG);
        }
        if (pt.levels().size() < 2) {
            diags.error(DiagnosticCode.BAD_GEOMETRY, pt.name().span(),
                    "pagetable '" + pt.name().text() + "' needs at least two levels (a top and a leaf)");
        }
        for (int i = 0; i < pt.levels().size(); i++) {
            Decl.Level lv = pt.levels().get(i);
            exprs.expectNumber(lv.shift(), top, Mode.CONFIG);
            if (lv.condition() != null) {
                if (i == 0 || i == pt.levels().size() - 1) {
                    diags.error(DiagnosticCode.BAD_GEOMETRY, lv.condition().span(), "the "
                            + (i == 0 ? "top" : "leaf") + " level is always present; only levels between can be folded");
                }
                exprs.expectBool(lv.condition(), top, Mode.CONFIG);
            }
        }
    }

    private void checkTeardown(Decl.Teardown t) {
        Symbol pt = globals.get(t.pagetable().text());
        if (!(pt instanceof Symbol.PagetableSym pts)) {
            exprs.unknownOrWrongKind(t.pagetable(), pt, "a pagetable", new Scope(null));
            return;
        }
        tables.symbols.put(t.pagetable(), pt);
        Scope scope = new Scope(null);
        for (Decl.FnParam p : t.params()) exprs.declareLocal(scope, p.name(), ExprChecker.type(p.type()), p.name());
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
                tables.levelPagetables.put(binder, pts.decl());
                levelSym = binder;
            }
            tables.clauseLevels.put(c, levelSym);
            s.special("walk", new Symbol.WalkViewSym());
            exprs.expectBool(c.guard(), s, Mode.GUARD);
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
            Type want = ExprChecker.type(l.type());
            Type got = exprs.expr(l.init(), scope, Mode.FN);
            exprs.coerce(l.init(), got, want);
            exprs.declareLocal(scope, l.name(), want, l);
            return false;
        }
        if (s instanceof Stmt.Assign a) {
            Symbol sym = scope.lookup(a.target().text());
            if (!(sym instanceof Symbol.LocalSym local) || local.type() == Type.LEVEL) {
                Symbol g = globals.get(a.target().text());
                if (sym == null && g == null) {
                    exprs.unknownName(a.target().text(), a.target().span(), scope);
                } else {
                    diags.error(DiagnosticCode.BAD_ASSIGNMENT, a.target().span(), "cannot assign to '"
                            + a.target().text() + "': only fn parameters and locals can be assigned");
                }
                exprs.expr(a.value(), scope, Mode.FN);
                return false;
            }
            tables.symbols.put(a, local);
            Type got = exprs.expr(a.value(), scope, Mode.FN);
            if (a.op() != null) {
                if (local.type() != Type.ULONG) {
                    diags.error(DiagnosticCode.BOOL_AS_NUMBER, a.span(), "'" + a.op().symbol() + "=' needs a number; '"
                            + local.name() + "' is a bool");
                }
                exprs.checkOperandNumber(a.value(), got);
                exprs.warnConstantShiftOrDivision(a.op(), a.value());
            } else {
                exprs.coerce(a.value(), got, local.type());
            }
            return false;
        }
        if (s instanceof Stmt.If i) {
            exprs.truthy(i.condition(), scope, Mode.FN);
            boolean t = stmt(i.then(), scope.child(), fn);
            boolean e = i.otherwise() != null && stmt(i.otherwise(), scope.child(), fn);
            return t && e;
        }
        if (s instanceof Stmt.Fill || s instanceof Stmt.Loop) {
            diags.error(DiagnosticCode.MISPLACED, s.span(), "loops over chunks and writes of state fields belong in"
                    + " events ('event NAME(params) { ... }'); a fn is a pure function");
            return false;
        }
        if (s instanceof Stmt.Return r) {
            Type got = exprs.expr(r.value(), scope, Mode.FN);
            Type want = fn.declared != null ? fn.declared : fn.inferred;
            if (want == null) {
                if (got == Type.ULONG || got == Type.BOOL) fn.inferred = got;
            } else {
                exprs.coerce(r.value(), got, want);
            }
            return true;
        }
        throw new IllegalStateException("unhandled statement");
    }

    /** A param whose type was not known when it was met: check it now. */
    private Symbol settledParam(Symbol.ParamSym p) {
        if (done.contains(p.decl())) return p;
        ensureGlobal(p.decl());
        return globals.get(p.decl().name().text());
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
        if (sym instanceof Symbol.StateSym s) return s.decl();
        if (sym instanceof Symbol.ViewSym s) return s.decl();
        if (sym instanceof Symbol.EventSym s) return s.decl();
        return null;
    }

}
