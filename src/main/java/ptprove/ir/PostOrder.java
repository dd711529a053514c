package ptprove.ir;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Children-first traversal of a term DAG; iterative, so a deep term cannot overflow the stack. */
public final class PostOrder {
    private PostOrder() {}

    /**
     * Calls {@code visit} on {@code root} and on every term below it that is not {@code done} yet, each after its
     * children (the first child's terms first). {@code visit} is what makes a term done, so a term shared in the
     * DAG is visited once.
     */
    public static void visit(Term root, Predicate<Term> done, Consumer<Term> visit) {
        Deque<Term> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Term t = stack.peek();
            if (done.test(t)) {
                stack.pop();
                continue;
            }
            List<Term> kids = t.children();
            boolean ready = true;
            for (int i = kids.size() - 1; i >= 0; i--) {
                if (!done.test(kids.get(i))) {
                    stack.push(kids.get(i));
                    ready = false;
                }
            }
            if (!ready) continue;
            stack.pop();
            visit.accept(t);
        }
    }
}
