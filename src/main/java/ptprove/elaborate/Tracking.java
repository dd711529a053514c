package ptprove.elaborate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import ptprove.ir.Term;
import ptprove.ir.Terms;
import ptprove.ir.Tracked;
import ptprove.source.Span;
import ptprove.syntax.ast.Node;

/**
 * The selectors of one explained obligation. An AST node gets one selector however often it is inlined (a
 * fn's statement appears once per level and call), because deleting a line deletes every use of it.
 */
final class Tracking {
    private final Map<Node, Tracked> byNode = new IdentityHashMap<>();
    private final List<Tracked> list = new ArrayList<>();

    /** {@code ite(selector(node), t, dropValue)}: t while the element is kept, dropValue once deleted. */
    Term wrap(Node node, Span span, String role, String dropped, Term t, Term dropValue) {
        Tracked tr = byNode.get(node);
        if (tr == null) {
            int id = list.size();
            tr = new Tracked(id, Terms.var("track!" + id, 0, span), span, role, dropped);
            byNode.put(node, tr);
            list.add(tr);
        }
        return Terms.ite(tr.selector(), t, dropValue, span);
    }

    List<Tracked> tracked() { return List.copyOf(list); }
}
