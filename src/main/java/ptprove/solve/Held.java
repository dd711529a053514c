package ptprove.solve;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * The Z3 objects ptprove makes in one context (solvers, models, expressions, parameters, tactics), kept
 * reachable until the context is closed, so that Z3 deletes nothing of the context before then.
 *
 * <p><b>Why.</b> Z3's Java API counts references for Z3: an object is released when the JVM's garbage collector
 * has found it unreachable, at the next object made in the same context (each constructor drains the context's
 * reference queue). Z3 then deletes the terms only that object held (an earlier solver's, a model's values, a
 * popped constraint) and gives their ids to the next terms made. Z3's rewriting, bit-blasting and SAT search
 * follow term ids, so a later question in the context (the {@link Minimiser}'s, or a further part's with
 * {@code --all}) found another model depending on when the collector had run: on the heap, and on what every
 * other thread of the process allocated. A counterexample changed with {@code --jobs}, between runs, and with
 * test classes run concurrently in one JVM ({@code cli/GarbageCollectionDeterminismTest}). Kept here, nothing is
 * released before the context closes, and the ids a context hands out depend only on the calls made in it.
 *
 * <p>Everything a context's work makes goes through {@link #keep}; the Java API's own temporaries (a sort made
 * for a numeral, an unsat core's vector) are parts of terms kept here, so releasing them deletes nothing. Costs
 * only memory until the context closes (a context lives for one obligation or one explanation).
 */
final class Held {
    private final List<Object> objects = new ArrayList<>();

    /** {@code object}, reachable until {@link #release} (call that after closing the context). */
    <T> T keep(T object) {
        objects.add(object);
        return object;
    }

    /** After the context is closed: until here, everything kept was reachable. */
    void release() {
        Reference.reachabilityFence(this);
        objects.clear();
    }
}
