package ptprove.eval;

import java.util.List;
import ptprove.syntax.ast.Decl;

/** {@code after(e1, e2, ...)}: the events of a history, each applied to concrete arguments, in order. */
public record HistoryValue(List<EventCall> events) {
    public HistoryValue { events = List.copyOf(events); }

    /** An event applied to its arguments ({@code Long} or {@code Boolean}). */
    public record EventCall(Decl.Event event, List<Object> args) {
        public EventCall { args = List.copyOf(args); }

        @Override public String toString() {
            StringBuilder sb = new StringBuilder(event.name().text()).append('(');
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) sb.append(", ");
                Object a = args.get(i);
                sb.append(a instanceof Long l ? Bits.hex(l) : String.valueOf(a));
            }
            return sb.append(')').toString();
        }
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("after(");
        for (int i = 0; i < events.size(); i++) sb.append(i > 0 ? ", " : "").append(events.get(i));
        return sb.append(')').toString();
    }
}
