package ptprove.check;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Node;
import ptprove.syntax.ast.SpecFile;

/**
 * A checked spec: the root file and everything it imports, with every name resolved and every expression typed.
 * The output of the check stage and the input of both semantics (ptprove.elaborate and ptprove.eval).
 *
 * <p>Guarantees when produced without errors: every reference resolves; types agree; fns are non-recursive and
 * return on every path; lets appear in dependency order; quantifiers and existential walk members sit where they
 * can be made quantifier-free; param domains, requires, pagetable geometry, property conditions and permanence
 * conditions depend on params (and lets of params) only.
 */
public final class Program {
    private final SpecFile root;
    private final List<SpecFile> files;
    private final int width;
    private final List<Decl.Param> params;
    private final List<Decl.Require> requires;
    private final List<Decl.Let> lets;
    private final List<Decl.Var> vars;
    private final List<Decl.Fn> fns;
    private final List<Decl.Pagetable> pagetables;
    private final List<Decl.Region> regions;
    private final List<Decl.Teardown> teardowns;
    private final List<Decl.Property> properties;
    private final Map<Node, Symbol> symbols;
    private final Map<Expr, Type> types;
    private final Map<Expr.Member, MemberKind> members;
    private final Map<Decl.FreeClause, Symbol> clauseLevels;
    private final Map<Expr.Call, Decl.Pagetable> callPagetables;
    private final Map<Decl.Property, List<Decl.Region>> conditionalRegions;
    private final StateDecls stateDecls;

    /** The state language's declarations, and the loop around each state access in an event. */
    record StateDecls(List<Decl.State> states, List<Decl.View> views, List<Decl.Event> events,
                      Map<Node, ptprove.syntax.ast.Stmt.Loop> enclosingLoops) {
        StateDecls {
            states = List.copyOf(states);
            views = List.copyOf(views);
            events = List.copyOf(events);
        }
    }

    Program(SpecFile root, List<SpecFile> files, int width, List<Decl.Param> params, List<Decl.Require> requires,
            List<Decl.Let> lets, List<Decl.Var> vars, List<Decl.Fn> fns, List<Decl.Pagetable> pagetables,
            List<Decl.Region> regions, List<Decl.Teardown> teardowns, List<Decl.Property> properties,
            IdentityHashMap<Node, Symbol> symbols, IdentityHashMap<Expr, Type> types,
            IdentityHashMap<Expr.Member, MemberKind> members, IdentityHashMap<Decl.FreeClause, Symbol> clauseLevels,
            IdentityHashMap<Expr.Call, Decl.Pagetable> callPagetables,
            Map<Decl.Property, List<Decl.Region>> conditionalRegions, StateDecls stateDecls) {
        this.root = root;
        this.files = List.copyOf(files);
        this.width = width;
        this.params = List.copyOf(params);
        this.requires = List.copyOf(requires);
        this.lets = List.copyOf(lets);
        this.vars = List.copyOf(vars);
        this.fns = List.copyOf(fns);
        this.pagetables = List.copyOf(pagetables);
        this.regions = List.copyOf(regions);
        this.teardowns = List.copyOf(teardowns);
        this.properties = List.copyOf(properties);
        this.symbols = symbols;
        this.types = types;
        this.members = members;
        this.clauseLevels = clauseLevels;
        this.callPagetables = callPagetables;
        this.conditionalRegions = conditionalRegions;
        this.stateDecls = stateDecls;
    }

    /**
     * The conditional regions ({@code region R = [a, b) if C;}) a property uses, directly or through lets, fns
     * and teardowns: it applies only in configurations where each of their conditions holds.
     */
    public List<Decl.Region> conditionalRegions(Decl.Property p) {
        return conditionalRegions.getOrDefault(p, List.of());
    }

    /** The file named on the command line; its properties are the obligations. */
    public SpecFile root() { return root; }
    /** The root and its imports, imports first. */
    public List<SpecFile> files() { return files; }
    /** Bits of an unsigned long and of an address: 64 unless {@code address_bits} says otherwise. */
    public int width() { return width; }
    public List<Decl.Param> params() { return params; }
    public List<Decl.Require> requires() { return requires; }
    /** Global lets in dependency order (a let comes after every let it uses). */
    public List<Decl.Let> lets() { return lets; }
    public List<Decl.Var> vars() { return vars; }
    public List<Decl.Fn> fns() { return fns; }
    public List<Decl.Pagetable> pagetables() { return pagetables; }
    public List<Decl.Region> regions() { return regions; }
    public List<Decl.Teardown> teardowns() { return teardowns; }
    /** Theorems and examples of the root file, in source order. */
    public List<Decl.Property> properties() { return properties; }

    /**
     * The symbol a reference denotes. Keys: {@link Expr.NameRef}, {@link Expr.Call} (its callee),
     * {@link Expr.NamedSet}, {@link Expr.Binder}, {@link ptprove.syntax.ast.Stmt.Local},
     * {@link ptprove.syntax.ast.Stmt.Assign} (its target), and {@link Decl.FnParam} / teardown params by their
     * {@link ptprove.syntax.ast.Name}.
     */
    public Symbol symbol(Node reference) {
        Symbol s = symbols.get(reference);
        if (s == null) throw new IllegalStateException("unresolved node at " + reference.span());
        return s;
    }

    public Type type(Expr e) {
        Type t = types.get(e);
        if (t == null) throw new IllegalStateException("untyped expression at " + e.span());
        return t;
    }

    public MemberKind member(Expr.Member m) {
        MemberKind k = members.get(m);
        if (k == null) throw new IllegalStateException("unresolved member at " + m.span());
        return k;
    }

    /**
     * The level a free clause names: a {@link Symbol.LevelSym} for {@code free below pmd}, or the
     * {@link Symbol.LocalSym} bound by {@code free below L} (which applies to every level without its own clause).
     */
    public Symbol clauseLevel(Decl.FreeClause clause) {
        return clauseLevels.get(clause);
    }

    /** The pagetable of {@code shares_table(R1, R2[, P])}: its third argument, or the spec's only pagetable. */
    public Decl.Pagetable pagetableOf(Expr.Call sharesTable) {
        Decl.Pagetable p = callPagetables.get(sharesTable);
        if (p == null) throw new IllegalStateException("no pagetable recorded at " + sharesTable.span());
        return p;
    }

    public List<Decl.State> states() { return stateDecls.states(); }
    public List<Decl.View> views() { return stateDecls.views(); }
    public List<Decl.Event> events() { return stateDecls.events(); }

    /**
     * The innermost loop around {@code access} in an event: a state field or view read ({@link Expr.NameRef}), a
     * field write ({@link ptprove.syntax.ast.Stmt.Assign} or {@link ptprove.syntax.ast.Stmt.Fill}), an
     * {@code all()}/{@code any()} ({@link Expr.Call}) or a nested loop; null at the top of an event.
     */
    public ptprove.syntax.ast.Stmt.Loop enclosingLoop(Node access) {
        return stateDecls.enclosingLoops().get(access);
    }

    /** The pagetable a teardown walks. */
    public Decl.Pagetable pagetableOf(Decl.Teardown t) {
        return ((Symbol.PagetableSym) symbol(t.pagetable())).decl();
    }
}
