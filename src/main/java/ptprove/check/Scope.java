package ptprove.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lexical scopes for locals (fn params and locals, binders, teardown params). Globals live in {@link Globals}. */
final class Scope {
    private final Scope parent;
    /** The loop whose body this scope is (state is read and written at its current chunk), or null. */
    private ptprove.syntax.ast.Stmt.Loop loop;
    /** Inside all()/any(): state is read at every address of the chunk. */
    private boolean aggregate;
    private final Map<String, Symbol.LocalSym> names = new LinkedHashMap<>();
    private final Map<String, Symbol> specials = new LinkedHashMap<>();

    Scope(Scope parent) { this.parent = parent; }

    Scope child() { return new Scope(this); }

    Scope loopChild(ptprove.syntax.ast.Stmt.Loop l) {
        Scope s = new Scope(this);
        s.loop = l;
        return s;
    }

    Scope aggregateChild() {
        Scope s = new Scope(this);
        s.aggregate = true;
        return s;
    }

    /** The innermost loop around this scope, or null. */
    ptprove.syntax.ast.Stmt.Loop loop() {
        for (Scope s = this; s != null; s = s.parent) if (s.loop != null) return s.loop;
        return null;
    }

    boolean inAggregate() {
        for (Scope s = this; s != null; s = s.parent) if (s.aggregate) return true;
        return false;
    }

    /** Returns the symbol already declared in this very scope under that name, if any. */
    Symbol.LocalSym declare(Symbol.LocalSym sym) {
        return names.putIfAbsent(sym.name(), sym);
    }

    /** Context-provided names such as {@code walk} inside a free clause. */
    void special(String name, Symbol sym) { specials.put(name, sym); }

    Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol l = s.names.get(name);
            if (l != null) return l;
            Symbol sp = s.specials.get(name);
            if (sp != null) return sp;
        }
        return null;
    }

    Collection<String> visibleNames() {
        List<String> out = new ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            out.addAll(s.names.keySet());
            out.addAll(s.specials.keySet());
        }
        return out;
    }
}
