package ptprove.lower;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import ptprove.ir.Obligation;
import ptprove.ir.Op;
import ptprove.ir.Term;
import ptprove.ir.Terms;

/** Writes the query part of {@link SmtLib}: one use per instance. */
final class QueryWriter {
    private final Obligation obligation;
    private final CanonicalDag dag = new CanonicalDag();
    private String[] names;
    private final StringBuilder out = new StringBuilder();

    QueryWriter(Obligation obligation) {
        this.obligation = obligation;
    }

    String write() {
        boolean hasAssumptions = !Terms.isTrue(obligation.assumptions());
        int assumptions = hasAssumptions ? dag.add(obligation.assumptions()) : -1;
        int claim = dag.add(obligation.claim());

        Map<String, Integer> declared = declarations();
        for (Map.Entry<String, Integer> e : declared.entrySet()) {
            out.append("(declare-const ").append(SmtLib.symbol(e.getKey())).append(' ')
                    .append(SmtLib.sort(e.getValue())).append(")\n");
        }

        int[] uses = new int[dag.size()];
        for (int id = 0; id < dag.size(); id++) for (int child : dag.children(id)) uses[child]++;
        if (hasAssumptions) uses[assumptions]++;
        uses[claim]++;

        // Post-order numbering puts every definition after the ones it uses.
        String prefix = definitionPrefix(declared);
        names = new String[dag.size()];
        int next = 1;
        for (int id = 0; id < dag.size(); id++) {
            Term t = dag.node(id);
            if (uses[id] < 2 || CanonicalDag.isLeaf(t)) continue;
            out.append("(define-fun ").append(prefix).append(next).append(" () ").append(SmtLib.sort(t.width()))
                    .append(' ');
            render(id, true);
            out.append(")\n");
            names[id] = prefix + next++;
        }

        if (hasAssumptions) {
            out.append("(assert ");
            render(assumptions, false);
            out.append(")\n");
        }
        boolean theorem = obligation.kind() == Obligation.Kind.THEOREM;
        out.append(theorem ? "(assert (not " : "(assert ");
        render(claim, false);
        out.append(theorem ? "))\n" : ")\n");
        out.append("(check-sat)\n");
        return out.toString();
    }

    /** The obligation's variables in their order, then any free variable it forgot, with their widths. */
    private Map<String, Integer> declarations() {
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (Obligation.Variable v : obligation.variables()) declare(declared, v.var());
        for (int id = 0; id < dag.size(); id++) {
            if (dag.node(id) instanceof Term.Var v) declare(declared, v);
        }
        return declared;
    }

    private static void declare(Map<String, Integer> declared, Term.Var v) {
        Integer before = declared.putIfAbsent(v.name(), v.width());
        if (before != null && before != v.width()) {
            throw new IllegalArgumentException("variable " + v.name() + " has widths " + before + " and " + v.width());
        }
    }

    /** {@code _t}, lengthened until no variable name could collide with a definition. */
    private static String definitionPrefix(Map<String, Integer> declared) {
        String prefix = "_t";
        while (startsAny(declared, prefix)) prefix = "_" + prefix;
        return prefix;
    }

    private static boolean startsAny(Map<String, Integer> declared, String prefix) {
        for (String name : declared.keySet()) if (name.startsWith(prefix)) return true;
        return false;
    }

    /**
     * Appends node {@code root}: its name if it has one (unless {@code body}, when defining it), else its
     * expression, with unnamed children inlined. Uses an explicit stack, so term depth is not limited by Java's.
     */
    private void render(int root, boolean body) {
        Deque<Object> work = new ArrayDeque<>();
        if (body) expand(root, work);
        else work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof String s) {
                out.append(s);
                continue;
            }
            int id = (Integer) item;
            Term t = dag.node(id);
            if (names[id] != null) out.append(names[id]);
            else if (t instanceof Term.Const c) out.append(SmtLib.constant(c.value(), c.width()));
            else if (t instanceof Term.BoolConst b) out.append(b.value());
            else if (t instanceof Term.Var v) out.append(SmtLib.symbol(v.name()));
            else expand(id, work);
        }
    }

    /** Writes {@code (op} now and schedules the arguments and the closing parenthesis. */
    private void expand(int id, Deque<Object> work) {
        Term t = dag.node(id);
        int[] kids = dag.children(id);
        String op;
        if (t instanceof Term.App app) {
            Op o = app.op();
            if ((o == Op.AND || o == Op.OR) && kids.length < 2) {
                // SMT-LIB's and/or want two or more arguments
                if (kids.length == 1) work.push(kids[0]);
                else out.append(o == Op.AND ? "true" : "false");
                return;
            }
            if (o.arity() >= 0 && o.arity() != kids.length) {
                throw new IllegalArgumentException(o + " applied to " + kids.length + " arguments");
            }
            op = o.smt();
        } else {
            op = "ite";
        }
        out.append('(').append(op);
        work.push(")");
        for (int i = kids.length - 1; i >= 0; i--) {
            work.push(kids[i]);
            work.push(" ");
        }
    }
}
