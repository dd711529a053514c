package ptprove.elaborate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ptprove.ir.PostOrder;
import ptprove.ir.Term;
import ptprove.syntax.ast.Decl;

/**
 * The fn calls one obligation has inlined, by fn and arguments. Fns are pure, so a call repeated with equal
 * arguments gives the same term, and sharing it keeps the IR a DAG: in a chain {@code f1(x) = f0(x) + f0(x)}, ...,
 * {@code f20(x)} inlined without sharing is 2^20 nodes, which took 29 s to elaborate and lower under a 2 s
 * {@code --timeout-ms} (issue #13, item 12); shared it is 21 nodes. Arguments are compared up to structure (spans
 * aside), so {@code f0(x + 1) + f0(x + 1)} shares too; each argument node is made canonical once, by its kind
 * and its children's canonical identities, so comparing is linear in the terms built, never a deep equals (which
 * is exponential on a DAG). The text of a query, and so its fingerprint, is the same either way
 * ({@code lower.CanonicalDag} merges structurally equal terms).
 */
final class CallMemo {
    private final Map<Key, Value> results = new HashMap<>();
    private final IdentityHashMap<Term, Term> canonical = new IdentityHashMap<>();
    private final Map<Node, Term> byStructure = new HashMap<>();

    /** A call: the fn and its canonical arguments, compared by identity. */
    private record Key(Decl.Fn fn, List<Term> args) {
        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.fn == fn && sameObjects(k.args, args);
        }

        @Override public int hashCode() {
            return 31 * System.identityHashCode(fn) + identityHash(args);
        }
    }

    /** A term's structure one level deep: what it is, and its children's canonical identities. */
    private record Node(String what, List<Term> children) {
        @Override public boolean equals(Object o) {
            return o instanceof Node n && n.what.equals(what) && sameObjects(n.children, children);
        }

        @Override public int hashCode() {
            return 31 * what.hashCode() + identityHash(children);
        }
    }

    /** The result of calling {@code fn} on {@code args} before (canonical arguments), or null. */
    Value get(Decl.Fn fn, List<Term> args) {
        return results.get(new Key(fn, canonical(args)));
    }

    void put(Decl.Fn fn, List<Term> args, Value result) {
        results.put(new Key(fn, canonical(args)), result);
    }

    /** The arguments with each replaced by the first structurally equal term seen (by the same object). */
    List<Term> canonical(List<Term> args) {
        List<Term> out = new ArrayList<>(args.size());
        for (Term t : args) out.add(canonical(t));
        return out;
    }

    private Term canonical(Term root) {
        PostOrder.visit(root, canonical::containsKey, t -> {
            List<Term> canonKids = new ArrayList<>(t.children().size());
            for (Term k : t.children()) canonKids.add(canonical.get(k));
            canonical.put(t, byStructure.computeIfAbsent(new Node(what(t), canonKids), n -> t));
        });
        return canonical.get(root);
    }

    private static String what(Term t) {
        if (t instanceof Term.Const c) return "c" + c.width() + ":" + c.value();
        if (t instanceof Term.BoolConst b) return b.value() ? "true" : "false";
        if (t instanceof Term.Var v) return "v" + v.width() + ":" + v.name();
        if (t instanceof Term.App a) return "a" + a.width() + ":" + a.op();
        return "ite";
    }

    private static boolean sameObjects(List<Term> a, List<Term> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
        return true;
    }

    private static int identityHash(List<Term> terms) {
        int h = 1;
        for (Term t : terms) h = 31 * h + System.identityHashCode(t);
        return h;
    }
}
