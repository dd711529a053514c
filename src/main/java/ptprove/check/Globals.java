package ptprove.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.SpecFile;

/**
 * The global namespace of a spec and its imports (flat, like #include): params, lets, vars, fns, pagetables and
 * their levels, regions, teardowns, properties, state fields, views and events. A name may be defined once; built-in names are reserved.
 */
final class Globals {
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    private final Map<String, Span> definedAt = new LinkedHashMap<>();

    Globals(List<SpecFile> files, Diagnostics diags) {
        for (SpecFile f : files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Param p) define(p.name().text(), p.name().span(), new Symbol.ParamSym(p, Type.ERROR), diags);
                else if (d instanceof Decl.Let l) define(l.name().text(), l.name().span(), new Symbol.LetSym(l, Type.ERROR), diags);
                else if (d instanceof Decl.Var v) define(v.name().text(), v.name().span(), new Symbol.VarSym(v), diags);
                else if (d instanceof Decl.Fn fn) define(fn.name().text(), fn.name().span(), new Symbol.FnSym(fn, Type.ERROR), diags);
                else if (d instanceof Decl.Region r) define(r.name().text(), r.name().span(), new Symbol.RegionSym(r), diags);
                else if (d instanceof Decl.Teardown t) define(t.name().text(), t.name().span(), new Symbol.TeardownSym(t), diags);
                else if (d instanceof Decl.Property p) define(p.name().text(), p.name().span(), new Symbol.PropertySym(p), diags);
                else if (d instanceof Decl.State st) define(st.name().text(), st.name().span(), new Symbol.StateSym(st, Type.ERROR), diags);
                else if (d instanceof Decl.View v) define(v.name().text(), v.name().span(), new Symbol.ViewSym(v, Type.ERROR), diags);
                else if (d instanceof Decl.Event ev) define(ev.name().text(), ev.name().span(), new Symbol.EventSym(ev), diags);
                else if (d instanceof Decl.Pagetable pt) {
                    define(pt.name().text(), pt.name().span(), new Symbol.PagetableSym(pt), diags);
                    for (int i = 0; i < pt.levels().size(); i++) {
                        Decl.Level lv = pt.levels().get(i);
                        define(lv.name().text(), lv.name().span(), new Symbol.LevelSym(pt, lv, i), diags);
                    }
                }
            }
        }
    }

    private void define(String name, Span span, Symbol sym, Diagnostics diags) {
        if (Builtin.byName(name) != null || SizeConstants.valueOf(name) != null || name.equals("walk")) {
            diags.error(DiagnosticCode.DUPLICATE, span, "'" + name + "' is a built-in name and cannot be redefined");
            return;
        }
        Span prev = definedAt.get(name);
        if (prev != null) {
            diags.error(DiagnosticCode.DUPLICATE, span, "'" + name + "' is already defined",
                    new Diagnostic.Note(prev, "first defined here"));
            return;
        }
        definedAt.put(name, span);
        symbols.put(name, sym);
    }

    Symbol get(String name) { return symbols.get(name); }

    /** Replace a provisional symbol once its type is known (lets, fns, params). */
    void update(String name, Symbol sym) { symbols.put(name, sym); }

    Collection<String> names() {
        List<String> all = new ArrayList<>(symbols.keySet());
        for (Builtin b : Builtin.values()) all.add(b.spelling());
        for (StateForm f : StateForm.values()) all.add(f.spelling());
        return all;
    }
}
