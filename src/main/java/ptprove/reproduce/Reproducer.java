package ptprove.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.MemberKind;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.check.Type;
import ptprove.eval.EvalException;
import ptprove.eval.Evaluator;
import ptprove.eval.Geometry;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * A refuted {@code frees_table_of} theorem as a self-contained C file: the configuration's geometry and the
 * counterexample's numbers as {@code #define}s, the teardown's guard and fns transcribed from the spec, and a
 * walk shaped like arm64's {@code free_empty_tables()} over a simulated page table in which the table page that
 * {@code other_address} uses is present and (at this instant) empty. The test expects the walk to free that
 * page: the use-after-free the theorem's counterexample describes, replayed by a third implementation.
 */
public final class Reproducer {
    private final Program program;

    public Reproducer(Program program) {
        this.program = program;
    }

    /**
     * @param outcome a refuted outcome of a theorem of {@code program}
     * @param replay  the reference evaluator's confirmation of it, naming the freed table
     * @param tool    e.g. {@code ptprove 0.1.0}, for the header
     * @param expectSafe the test asserts the theorem (fails while the use-after-free reproduces, a regression
     *                test); false: it asserts the counterexample (passes when it reproduces, a demonstration)
     */
    public String cFile(Outcome outcome, Replay replay, String tool, boolean expectSafe) throws CannotReproduce {
        Obligation o = outcome.obligation();
        if (outcome.verdict() != Verdict.REFUTED) throw new IllegalArgumentException("not refuted: " + o.id());
        Decl.Property property = property(o.name());
        if (program.width() != 64) {
            throw new CannotReproduce(property.name().span(), "reproduce writes C's 64-bit unsigned long; this"
                    + " spec's addresses have " + program.width() + " bits");
        }
        Expr.Member frees = freesTableOf(property.body());
        if (frees == null) {
            throw new CannotReproduce(property.name().span(), "reproduce handles theorems about"
                    + " '.frees_table_of(REGION)' of a teardown walk; '" + o.name() + "' has none");
        }
        Replay.Finding finding = null;
        for (Replay.Finding f : replay.findings()) if (f.region() != null) finding = f;
        if (replay.status() != Replay.Status.CONFIRMED || finding == null) {
            throw new CannotReproduce(property.name().span(), "the reference evaluator did not confirm the"
                    + " counterexample (" + replay.status().word() + (replay.explanation().isEmpty() ? ""
                    : ": " + replay.explanation()) + "); there is nothing to reproduce");
        }
        Map<String, Long> bound = new LinkedHashMap<>();
        Map<String, Long> vars = new LinkedHashMap<>();
        for (Outcome.Value v : outcome.model()) {
            if (v.variable().origin() == Obligation.Origin.BOUND) bound.put(v.variable().label(), v.value());
            if (v.variable().origin() == Obligation.Origin.VAR) vars.put(v.variable().label(), v.value());
        }
        try {
            return build(o, frees, finding, bound, vars, tool, expectSafe);
        } catch (EvalException e) {
            // the evaluator's messages carry their own location
            throw new CannotReproduce(Span.SYNTHETIC, e.getMessage());
        }
    }

    private String build(Obligation o, Expr.Member frees, Replay.Finding finding, Map<String, Long> bound,
                         Map<String, Long> vars, String tool, boolean expectSafe) throws CannotReproduce {
        Evaluator eval = new Evaluator(program, o.config(), vars);
        Expr.Member over = (Expr.Member) frees.target();
        if (!(over.target() instanceof Expr.Call call) || !(program.symbol(call) instanceof Symbol.TeardownSym td)) {
            throw new CannotReproduce(over.span(), "reproduce needs the teardown called directly here");
        }
        Decl.Teardown teardown = td.decl();
        Geometry g = eval.geometry(program.pagetableOf(teardown).name().text());
        CTranscriber c = new CTranscriber(program, eval, g);
        List<String> params = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < teardown.params().size(); i++) {
            Decl.FnParam p = teardown.params().get(i);
            params.add(p.name().text());
            Type t = ((Symbol.LocalSym) program.symbol(p.name())).type();
            types.add(CTranscriber.cType(t));
            Expr arg = call.args().get(i);
            args.add(t == Type.BOOL ? Boolean.toString(eval.truth(arg, bound))
                    : "0x" + Long.toUnsignedString(eval.number(arg, bound), 16) + "UL");
        }
        long start = eval.number(over.args().get(0), bound);
        long end = eval.number(over.args().get(1), bound);
        String guard = guard(teardown, g, c, params, types);
        int freedLevel = presentIndex(g, finding.level());

        CFile f = new CFile(g, teardown, params, types);
        StringBuilder sb = new StringBuilder();
        f.header(sb, o, tool, finding);
        f.geometry(sb);
        sb.append("\n/* The counterexample (the solver's model, confirmed by the reference evaluator). */\n");
        f.define(sb, "START", start, "start");
        f.define(sb, "END", end, "end");
        f.define(sb, "ADDRESS", finding.address(), "the address whose table is freed");
        f.define(sb, "OTHER_ADDRESS", finding.otherAddress(), "in " + finding.region() + ", same table page");
        for (int i = 0; i < params.size(); i++) f.define(sb, "ARG_" + params.get(i).toUpperCase(), args.get(i),
                teardown.name().text() + "'s " + params.get(i));
        sb.append("#define REPRO_FREED_LEVEL ").append(CTranscriber.levelConstant(finding.level()))
          .append(" /* the table below this level's entry is freed */\n");
        f.helpers(sb);
        sb.append("\n/* ---- transcribed from the spec ---- */\n\n").append(c.fnDefinitions()).append('\n');
        sb.append(guard);
        f.walk(sb);
        f.test(sb, finding, freedLevel, expectSafe);
        return sb.toString();
    }

    /** {@code free_below(L, walk_start, walk_end, params...)}: the teardown's clauses, specific levels first. */
    private String guard(Decl.Teardown teardown, Geometry g, CTranscriber c, List<String> params,
                         List<String> types) throws CannotReproduce {
        Decl.FreeClause generic = null;
        StringBuilder specific = new StringBuilder();
        String levelName = "level";
        for (Decl.FreeClause clause : teardown.clauses()) {
            if (program.clauseLevel(clause) instanceof Symbol.LevelSym) continue;
            generic = clause;
            levelName = clause.level().text();
        }
        for (Decl.FreeClause clause : teardown.clauses()) {
            if (!(program.clauseLevel(clause) instanceof Symbol.LevelSym ls)) continue;
            specific.append("\t/* ").append(clauseComment(clause)).append(" */\n\tif (").append(levelName)
                    .append(" == ").append(CTranscriber.levelConstant(g.level(ls.ordinal()).name()))
                    .append(")\n\t\treturn ").append(c.expr(clause.guard())).append(";\n");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("/* The teardown's free clauses: may the table below a level-").append(levelName)
          .append(" entry be freed,\n * given the sub-range [walk_start, walk_end) walked under that entry? */\n");
        List<String> cParams = new ArrayList<>(List.of("int " + levelName, "unsigned long walk_start",
                "unsigned long walk_end"));
        for (int i = 0; i < params.size(); i++) cParams.add(types.get(i) + " " + params.get(i));
        sb.append(CTranscriber.declarator("static inline bool free_below", cParams)).append("\n{\n").append(specific);
        if (generic != null) {
            sb.append("\t/* ").append(clauseComment(generic)).append(" */\n\treturn ")
              .append(c.expr(generic.guard())).append(";\n");
        } else {
            sb.append("\treturn false;\n");
        }
        return sb.append("}\n").toString();
    }

    /** {@code file:line: free below L when ...;} on one line, so the C names the spec text it transcribes. */
    private static String clauseComment(Decl.FreeClause clause) {
        String text = clause.span().text().replaceAll("\\s+", " ").replace("*/", "* /");
        return clause.span().file().displayPath() + ":" + clause.span().line() + ": " + text;
    }

    private static int presentIndex(Geometry g, String level) {
        for (int i = 0; i < g.present().size(); i++) if (g.present().get(i).name().equals(level)) return i;
        throw new IllegalStateException("freed level " + level + " is not present");
    }

    private Decl.Property property(String name) {
        for (Decl.Property p : program.properties()) if (p.name().text().equals(name)) return p;
        throw new IllegalArgumentException("no property " + name);
    }

    /** The one {@code .frees_table_of(R)} member in the theorem's body, or null. */
    private Expr.Member freesTableOf(Expr e) {
        if (e instanceof Expr.Member m && program.member(m) == MemberKind.FREES_TABLE_OF) return m;
        List<Expr> kids = new ArrayList<>();
        if (e instanceof Expr.Quant q) kids.add(q.body());
        else if (e instanceof Expr.Unary u) kids.add(u.operand());
        else if (e instanceof Expr.Binary b) { kids.add(b.left()); kids.add(b.right()); }
        for (Expr k : kids) {
            Expr.Member found = freesTableOf(k);
            if (found != null) return found;
        }
        return null;
    }
}
