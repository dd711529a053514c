package ptprove.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ptprove.ir.Deadline;
import ptprove.ir.PostOrder;
import ptprove.ir.Term;
import ptprove.ir.Terms;

/**
 * The terms of one obligation merged up to structure (spans ignored), numbered in post-order. Printing from this
 * rather than from object identity makes the text, and so the fingerprint, depend only on what the terms say,
 * not on how the elaborator happened to share them; it also makes output linear in the number of distinct
 * subterms. Traversal is iterative, so deep terms cannot overflow the stack.
 */
final class CanonicalDag {
    private final List<Term> nodes = new ArrayList<>();
    private final List<int[]> children = new ArrayList<>();
    private final IdentityHashMap<Term, Integer> idOf = new IdentityHashMap<>();
    private final Map<String, Integer> byKey = new HashMap<>();

    /** Adds {@code root} and everything below it; returns its canonical id. */
    int add(Term root) {
        PostOrder.visit(root, idOf::containsKey, t -> {
            Deadline.tick();
            List<Term> kids = t.children();
            int[] ids = new int[kids.size()];
            for (int i = 0; i < ids.length; i++) ids[i] = idOf.get(kids.get(i));
            String key = key(t, ids);
            Integer id = byKey.get(key);
            if (id == null) {
                id = nodes.size();
                nodes.add(t);
                children.add(ids);
                byKey.put(key, id);
            }
            idOf.put(t, id);
        });
        return idOf.get(root);
    }

    int size() { return nodes.size(); }

    /** A representative term of the node (any of the structurally equal ones). */
    Term node(int id) { return nodes.get(id); }

    int[] children(int id) { return children.get(id); }

    static boolean isLeaf(Term t) {
        return t instanceof Term.Const || t instanceof Term.BoolConst || t instanceof Term.Var;
    }

    private static String key(Term t, int[] ids) {
        if (t instanceof Term.Const c) return "#" + c.width() + ":" + (c.value() & Terms.mask(c.width()));
        if (t instanceof Term.BoolConst b) return b.value() ? "true" : "false";
        if (t instanceof Term.Var v) return "v" + v.width() + ":" + v.name();
        StringBuilder sb = new StringBuilder();
        sb.append(t instanceof Term.App a ? a.op().name() : "ite").append(':').append(t.width()).append('(');
        for (int id : ids) sb.append(id).append(',');
        return sb.append(')').toString();
    }
}
