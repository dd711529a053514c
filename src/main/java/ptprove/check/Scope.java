package ptprove.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lexical scopes for locals (fn params and locals, binders, teardown params). Globals live in {@link Globals}. */
final class Scope {
    private final Scope parent;
    private final Map<String, Symbol.LocalSym> names = new LinkedHashMap<>();
    private final Map<String, Symbol> specials = new LinkedHashMap<>();

    Scope(Scope parent) { this.parent = parent; }

    Scope child() { return new Scope(this); }

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
