package ptprove.oracle;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random small specs with state fields, events and histories, for the oracle: the elaborator's pointwise chains
 * (elaborate/EventExec) against the reference evaluator's literal loops (eval/EventRunner), by exhaustive
 * enumeration at 8 to 10 bits.
 *
 * <p>A spec is generated from a list of choices (so jqwik shrinks it choice by choice) by a builder that only
 * makes specs the rules accept: inside a loop of granule G it reads fields of granule at least G and writes
 * fields of granule at most G, nests loops no coarser, and aggregates (all/any) read only one field, which is
 * written at the top of events or in loops no finer than any loop that aggregates it. Covered: both loop forms,
 * nested loops, implicit and ranged writes (at the top, and clipped to a loop's chunk at either end), compound
 * assignment, conditions on state, on {@code addr}/{@code next} and on aggregates, locals, views, and histories
 * of one to three events over a bound address.
 */
final class HistoryGen {
    private HistoryGen() {}

    /** @param w the width; @param choices drive every decision (read cyclically) */
    record HistoryProp(int w, List<Integer> choices) {
        String text() { return new Builder(w, choices).spec(); }
    }

    static Arbitrary<HistoryProp> props() {
        return Arbitraries.frequency(net.jqwik.api.Tuple.of(6, 8), net.jqwik.api.Tuple.of(1, 9),
                        net.jqwik.api.Tuple.of(1, 10))
                .flatMap(w -> Arbitraries.integers().between(0, 1 << 16).list().ofMinSize(24).ofMaxSize(64)
                        .map(c -> new HistoryProp(w, c)));
    }

    /** Turns choices into a spec, keeping to the rules at every step. */
    private static final class Builder {
        private final int w;
        private final List<Integer> c;
        private int at;
        private final List<int[]> fields = new ArrayList<>(); // {bool?1:0, granule shift, init}
        private boolean aggField;
        /** f0, when aggregated, is written only at the top or in loops of at least this shift; read at most. */
        private int aggShift;
        private int locals;

        Builder(int w, List<Integer> choices) {
            this.w = w;
            this.c = choices;
        }

        private int ch(int n) { return n <= 1 ? 0 : Math.floorMod(c.get(at++ % c.size()), n); }

        private static String hex(long v) { return "0x" + Long.toHexString(v); }

        String spec() {
            StringBuilder sb = new StringBuilder("address_bits ").append(w).append(";\n");
            int n = 1 + ch(3);
            aggField = ch(2) == 0;
            aggShift = ch(w - 1);
            for (int i = 0; i < n; i++) {
                int[] f = {ch(2), ch(w - 2), 0};
                f[2] = f[0] == 1 ? ch(2) : ch(4);
                fields.add(f);
                sb.append("state f").append(i).append(": ").append(f[0] == 1 ? "bool" : "ulong").append(" per ")
                        .append(hex(1L << f[1])).append(" = ").append(f[0] == 1 ? (f[2] == 1 ? "true" : "false")
                                : Integer.toString(f[2])).append(";\n");
            }
            boolean view = ch(2) == 0;
            if (view) sb.append("view v0: bool = ").append(pointCondition()).append(";\n");
            for (int e = 0; e < 2; e++) sb.append(event(e));
            return sb.append(property(view)).toString();
        }

        // ------------------------------------------------------------- events

        private String event(int e) {
            StringBuilder sb = new StringBuilder("event e").append(e).append("(s, t) {\n");
            int stmts = 1 + ch(3);
            for (int i = 0; i < stmts; i++) sb.append(ch(3) == 0 ? topFill() : loop("  ", -1, "s", "t", false, 0));
            return sb.append("}\n").toString();
        }

        private String value(int f) {
            int[] d = fields.get(f);
            return d[0] == 1 ? (ch(2) == 0 ? "true" : "false") : Integer.toString(ch(4));
        }

        private String offset(String base) {
            int k = ch(4);
            return k == 0 ? base : base + (ch(2) == 0 ? " + " : " - ") + k;
        }

        private String topFill() {
            int f = ch(fields.size());
            return "  f" + f + "[" + offset("s") + ", " + offset("t") + ") = " + value(f) + ";\n";
        }

        /** A loop inside a chunk of shift {@code outer} (-1: at the top), over [lo, hi). */
        private String loop(String in, int outer, String lo, String hi, boolean nested, int depth) {
            int g = outer < 0 ? ch(w - 1) : ch(outer + 1);
            boolean step = ch(3) == 0;
            String a = "a" + (locals++), nx = "n" + (locals++);
            String range = "[" + (nested ? lo : offset(lo)) + ", " + (nested ? hi : offset(hi)) + ")";
            StringBuilder sb = new StringBuilder(in).append("for (").append(a).append(step ? "" : ", " + nx)
                    .append(" in ").append(range).append(step ? " step " : " by ").append(hex(1L << g)).append(") {\n");
            int body = 1 + ch(3);
            for (int i = 0; i < body; i++) sb.append(loopStmt(in + "  ", g, a, step ? null : nx, depth));
            return sb.append(in).append("}\n").toString();
        }

        private String loopStmt(String in, int g, String a, String nx, int depth) {
            int kind = ch(depth >= 2 ? 3 : depth >= 1 ? 5 : 6);
            switch (kind) {
                case 0, 1: {
                    int f = writable(g);
                    if (f < 0) return "";
                    int[] d = fields.get(f);
                    if (d[0] == 0 && d[1] == g && ch(3) == 0) return in + "f" + f + " += 1;\n";
                    return in + "f" + f + " = " + value(f) + ";\n";
                }
                case 2: {
                    int f = writable(g);
                    if (f < 0) return "";
                    // ranges inside the chunk, and ranges that reach out of it at either end (clipped to it)
                    String lo = switch (ch(3)) {
                        case 0 -> "round_down(" + a + ", " + hex(1L << g) + ")";
                        case 1 -> a + " - " + ch(1 << (g + 1));
                        default -> offset(a);
                    };
                    String hi = switch (ch(3)) {
                        case 0 -> nx != null ? nx : a + " + 1";
                        case 1 -> a + " + " + (1 + ch(8));
                        default -> a + " + " + hex((1L << g) + ch(1 << (g + 1)));
                    };
                    return in + "f" + f + "[" + lo + ", " + hi + ") = " + value(f) + ";\n";
                }
                case 3: {
                    String then = loopStmt(in + "  ", g, a, nx, depth + 1);
                    String otherwise = ch(2) == 0 ? "" : loopStmt(in + "  ", g, a, nx, depth + 1);
                    if (then.isEmpty()) then = in + "  { }\n";
                    return in + "if (" + chunkCondition(g, a) + ")\n" + then
                            + (otherwise.isEmpty() ? "" : in + "else\n" + otherwise);
                }
                case 4: {
                    String t = "l" + (locals++);
                    String body = loopStmt(in + "  ", g, a, nx, depth + 1);
                    return in + "{\n" + in + "  ulong " + t + " = " + a + " & " + hex((1L << Math.max(1, g)) - 1)
                            + ";\n" + in + "  if (" + t + " < " + (1 + ch(4)) + ")\n"
                            + (body.isEmpty() ? in + "    { }\n" : "  " + body) + in + "}\n";
                }
                default:
                    return loop(in, g, a, nx != null ? nx : a + " + " + hex(1L << g), true, depth + 1);
            }
        }

        /** A field the loop may write (granule at most the loop's), not the aggregate one; -1 if none. */
        private int writable(int g) {
            List<Integer> ok = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i)[1] <= g && !(aggField && i == 0 && g < aggShift)) ok.add(i);
            }
            return ok.isEmpty() ? -1 : ok.get(ch(ok.size()));
        }

        /** A condition at the loop's chunk: a field it may read, addr's alignment, or an aggregate. */
        private String chunkCondition(int g, String a) {
            List<Integer> readable = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) if (fields.get(i)[1] >= g) readable.add(i);
            if (aggField && g <= aggShift && ch(2) == 0) {
                String f = fields.get(0)[0] == 1 ? "f0" : "f0 == " + ch(4);
                return (ch(2) == 0 ? "all(" : "any(") + (ch(2) == 0 ? "!" : "") + "(" + f + "))";
            }
            int kind = ch(4);
            if (kind <= 1 && !readable.isEmpty()) return fieldTest(readable.get(ch(readable.size())));
            if (kind == 2) return "aligned(" + a + ", " + hex(1L << Math.max(0, g - ch(2))) + ")";
            return "(" + a + " & 3) != " + ch(4);
        }

        private String fieldTest(int f) {
            return fields.get(f)[0] == 1 ? (ch(2) == 0 ? "f" + f : "!f" + f) : "f" + f + " == " + ch(4);
        }

        /** A condition on state at one address (a view's). */
        private String pointCondition() {
            int f = ch(fields.size());
            String t = fieldTest(f);
            if (fields.size() > 1 && ch(2) == 0) t = "(" + t + " || " + fieldTest((f + 1) % fields.size()) + ")";
            return t;
        }

        // ------------------------------------------------------------- the property

        private String history() {
            int n = 1 + ch(3);
            List<String> evs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long span = 1L << (1 + ch(w - 2));
                String args = switch (ch(3)) {
                    case 0 -> "a, a + " + hex(span);
                    case 1 -> hex(ch(1 << w)) + ", " + hex(ch(1 << w));
                    default -> hex(ch(1 << (w - 1))) + ", a";
                };
                evs.add("e" + ch(2) + "(" + args + ")");
            }
            return "after(" + String.join(", ", evs) + ")";
        }

        private String read(boolean view) {
            if (view && ch(3) == 0) return history() + ".v0(x)";
            int f = ch(fields.size());
            String r = history() + ".f" + f + "(x)";
            return fields.get(f)[0] == 1 ? (ch(2) == 0 ? r : "!" + r) : r + (ch(2) == 0 ? " == " : " != ") + ch(4);
        }

        private String property(boolean view) {
            boolean example = ch(3) == 0;
            long lo = ch(1 << w);
            String binders = "x, a in [" + hex(lo) + ", " + hex((lo + 8) & ((1L << w) - 1)) + ")";
            String body = switch (ch(4)) {
                case 0 -> read(view);
                case 1 -> "x < a ==> " + read(view);
                case 2 -> read(view) + (example ? " && " : " || ") + read(view);
                default -> "x - a < " + hex(1L << ch(w)) + " ==> " + read(view);
            };
            return (example ? "example p:\n  exists " : "theorem p:\n  forall ") + binders + ":\n  " + body + ";\n";
        }
    }
}
