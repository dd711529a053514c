package ptprove.lower;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ptprove.ir.Obligation;
import ptprove.ir.Terms;

/**
 * Renders an {@link Obligation} as a standard, self-contained SMT-LIB 2 script in QF_BV, so any solver (or a
 * reviewer) can replay exactly the query ptprove asked. The script is a single query: for a theorem
 * {@code assumptions ∧ ¬claim} (sat means refuted), for an example {@code assumptions ∧ claim} (sat means
 * witnessed); the vacuity check is not part of it.
 *
 * <p>Output is byte-identical across runs: shared subterms (up to structure) become {@code define-fun _tN} in
 * post-order, so the text is linear in the size of the term DAG, never exponential.
 */
public final class SmtLib {
    private SmtLib() {}

    /** The script without {@code get-value}: a pure query. */
    public static String script(Obligation o) {
        return script(o, false);
    }

    /**
     * The whole script: header comments, options, the query, and with {@code getValue} a {@code (get-value …)}
     * of the obligation's variables (which errors in most solvers when the answer is unsat).
     */
    public static String script(Obligation o, boolean getValue) {
        String query = query(o);
        StringBuilder sb = new StringBuilder();
        comment(sb, "spec: " + o.spec());
        comment(sb, o.kind().word() + ": " + o.name());
        String config = o.config().toString();
        if (!config.isEmpty()) comment(sb, "config: " + config);
        if (o.span() != null && !o.span().isSynthetic()) comment(sb, "at: " + o.span().location());
        comment(sb, "sat means " + (o.kind() == Obligation.Kind.THEOREM ? "refuted" : "witnessed"));
        comment(sb, "fingerprint: " + Fingerprint.ofQuery(o, query));
        // SMT-LIB allows :produce-models only in start mode, i.e. before set-logic.
        sb.append("(set-option :produce-models true)\n");
        sb.append("(set-logic QF_BV)\n");
        sb.append(query);
        if (getValue && !o.variables().isEmpty()) {
            String names = o.variables().stream().map(v -> symbol(v.var().name())).distinct()
                    .collect(Collectors.joining(" "));
            sb.append("(get-value (").append(names).append("))\n");
        }
        return sb.toString();
    }

    /**
     * Just the query: declarations, definitions, assertions and {@code (check-sat)}, with nothing about where the
     * obligation came from. Deterministic; {@link Fingerprint} hashes it.
     */
    public static String query(Obligation o) {
        return new QueryWriter(o).write();
    }

    /**
     * {@code name} as an SMT-LIB symbol, quoted {@code |…|} when it is not a plain one. A reserved word gets a
     * {@code !} appended instead: SMT-LIB allows {@code |as|}, but Z3's parser refuses it, and a spec's names
     * never contain {@code !}, so {@code as!} names nothing else.
     */
    public static String symbol(String name) {
        if (name.indexOf('|') >= 0 || name.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("name cannot be an SMT-LIB symbol: " + name);
        }
        if (RESERVED.contains(name)) return name + "!";
        return isSimpleSymbol(name) ? name : "|" + name + "|";
    }

    /** {@code Bool} for width 0, else {@code (_ BitVec W)}. */
    public static String sort(int width) {
        return width == 0 ? "Bool" : "(_ BitVec " + width + ")";
    }

    /** {@code #x…} when the width is a multiple of 4, else {@code (_ bvN W)}; {@code value} is masked to the width. */
    public static String constant(long value, int width) {
        if (width <= 0) throw new IllegalArgumentException("bit-vector width " + width);
        long v = value & Terms.mask(width);
        if (width % 4 == 0) {
            String hex = Long.toHexString(v);
            return "#x" + "0".repeat(Math.max(0, width / 4 - hex.length())) + hex;
        }
        return "(_ bv" + Long.toUnsignedString(v) + " " + width + ")";
    }

    private static void comment(StringBuilder sb, String text) {
        // a newline in a name must not end the comment and start a command
        sb.append("; ").append(text.replaceAll("[\\r\\n\\x00-\\x1f]", " ")).append('\n');
    }

    private static boolean isSimpleSymbol(String s) {
        // @ and . starts are reserved for solvers; digits cannot start a symbol
        if (s.isEmpty() || Character.isDigit(s.charAt(0)) || s.charAt(0) == '@' || s.charAt(0) == '.') return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "~!@$%^&*_-+=<>.?/".indexOf(c) >= 0;
            if (!ok) return false;
        }
        return true;
    }

    /** SMT-LIB 2.6 reserved words and command names: legal only when quoted. */
    private static final Set<String> RESERVED = Set.copyOf(List.of(
            "!", "_", "as", "BINARY", "DECIMAL", "exists", "forall", "HEXADECIMAL", "let", "match", "NUMERAL",
            "par", "STRING", "assert", "check-sat", "check-sat-assuming", "declare-const", "declare-datatype",
            "declare-datatypes", "declare-fun", "declare-sort", "define-fun", "define-fun-rec", "define-funs-rec",
            "define-sort", "echo", "exit", "get-assertions", "get-assignment", "get-info", "get-model",
            "get-option", "get-proof", "get-unsat-assumptions", "get-unsat-core", "get-value", "pop", "push",
            "reset", "reset-assertions", "set-info", "set-logic", "set-option"));
}
