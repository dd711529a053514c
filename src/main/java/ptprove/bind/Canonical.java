package ptprove.bind;

import java.lang.reflect.RecordComponent;
import java.util.List;
import ptprove.source.Span;

/**
 * An AST as text without its spans: two readings of the same C function compare equal although their spans
 * point into different copies of the file (the tree's and a patched one) or to shifted lines.
 */
public final class Canonical {
    private Canonical() {}

    public static String of(Object node) {
        StringBuilder sb = new StringBuilder();
        append(sb, node);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object o) {
        if (o == null || o instanceof Span) return;
        if (o instanceof List<?> list) {
            sb.append('[');
            for (Object x : list) { append(sb, x); sb.append(','); }
            sb.append(']');
            return;
        }
        if (o instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('(');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    append(sb, c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("reading " + c.getName() + " of " + r.getClass(), e);
                }
                sb.append(';');
            }
            sb.append(')');
            return;
        }
        sb.append(o);
    }
}
