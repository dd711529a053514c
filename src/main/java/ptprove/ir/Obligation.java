package ptprove.ir;

import java.util.List;
import ptprove.source.Span;

/**
 * One proof obligation: a theorem or example in one configuration. A theorem is proved when
 * {@code assumptions && !claim} is unsatisfiable; an example is witnessed when {@code assumptions && claim} is
 * satisfiable; either is vacuous when {@code assumptions} alone is unsatisfiable. An obligation whose elaboration
 * ran out of time has no terms ({@link #unelaborated}); nothing solves it, its outcome is unknown.
 *
 * @param spec        the spec path as the user named it
 * @param index       position of the obligation within its spec (stable order for reports)
 * @param variables   every free variable of the terms, with what it means to a reader
 */
public record Obligation(String spec, int index, String name, Kind kind, Span span, Config config, int width,
                         List<Variable> variables, Term assumptions, Term claim) {

    public enum Kind {
        THEOREM("theorem"), EXAMPLE("example");
        private final String word;
        Kind(String word) { this.word = word; }
        public String word() { return word; }
    }

    /** Where a free variable came from. */
    public enum Origin {
        /** Named by the user in forall/exists. */
        BOUND,
        /** A spec-level {@code var} (fixed at boot, e.g. a KASLR offset). */
        VAR,
        /** A choice inside an existential walk member (which address's table, which address it shares with). */
        CHOICE
    }

    /** {@code label} is what a report prints, e.g. {@code start} or {@code address}. */
    public record Variable(Term.Var var, String label, Origin origin) {}

    public Obligation {
        variables = List.copyOf(variables);
    }

    /**
     * The obligation of a property in one configuration whose elaboration ran out of {@code --timeout-ms}: it keeps
     * its place and name in reports, but has no terms (assumptions and claim are null) and no variables.
     */
    public static Obligation unelaborated(String spec, int index, String name, Kind kind, Span span, Config config,
                                          int width) {
        return new Obligation(spec, index, name, kind, span, config, width, List.of(), null, null);
    }

    /** Whether this obligation has terms to solve (see {@link #unelaborated}). */
    public boolean elaborated() {
        return claim != null;
    }

    /** {@code spec name [config]}: unique within a run. */
    public String id() {
        String c = config.toString();
        return spec + " " + name + (c.isEmpty() ? "" : " [" + c + "]");
    }
}
