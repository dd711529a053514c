package ptprove.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.ir.Term;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.source.SourceFile;

/**
 * One outcome of a cached spec: what reports, records and the reference evaluator read of an obligation (index,
 * name, kind, position, configuration, variables) and of its answer (verdict, fingerprint, model). The terms are
 * not kept: an outcome read back carries an obligation without terms, which nothing after solving reads (a run
 * that needs them, {@code --cross-check} or {@code --all}, does not read spec-level entries).
 */
record StoredOutcome(int index, Obligation.Kind kind, String name, StoredSpan span, int width, Verdict verdict,
                     String fingerprint, String reason, List<Config.Entry> config, List<StoredVariable> variables,
                     List<Long> model) {

    /** A variable as stored: its term's name, width and position, its label and origin. */
    record StoredVariable(String name, int width, StoredSpan span, String label, Obligation.Origin origin) {}

    StoredOutcome {
        config = List.copyOf(config);
        variables = List.copyOf(variables);
        model = List.copyOf(model);
    }

    /** Null when the outcome cannot be kept (no definite verdict, several models, a span outside the files). */
    static StoredOutcome of(Outcome o, Map<String, SourceFile> sources) {
        Obligation ob = o.obligation();
        if (!OutcomeShape.fitsKind(ob.kind(), o.verdict()) || !o.others().isEmpty()) return null;
        StoredSpan span = StoredSpan.of(ob.span(), sources);
        if (span == null) return null;
        List<StoredVariable> vars = new ArrayList<>();
        for (Obligation.Variable v : ob.variables()) {
            StoredSpan s = StoredSpan.of(v.var().span(), sources);
            if (s == null) return null;
            vars.add(new StoredVariable(v.var().name(), v.var().width(), s, v.label(), v.origin()));
        }
        List<Long> model = new ArrayList<>();
        for (int i = 0; i < o.model().size(); i++) {
            if (!o.model().get(i).variable().equals(ob.variables().get(i))) return null; // not in variable order
            model.add(o.model().get(i).value());
        }
        return new StoredOutcome(ob.index(), ob.kind(), ob.name(), span, ob.width(), o.verdict(), o.fingerprint(),
                o.reason(), ob.config().entries(), vars, model);
    }

    /** The outcome as read from the cache, for the spec shown as {@code spec}, with spans in {@code sources}. */
    Outcome resolve(String spec, Map<String, SourceFile> sources) throws SpecEntryInvalid {
        List<Obligation.Variable> vars = new ArrayList<>();
        for (StoredVariable v : variables) {
            vars.add(new Obligation.Variable(new Term.Var(v.name(), v.width(), v.span().resolve(sources)), v.label(),
                    v.origin()));
        }
        OutcomeShape.check(kind, verdict, vars, model);
        Obligation ob = new Obligation(spec, index, name, kind, span.resolve(sources), new Config(config), width,
                vars, null, null);
        List<Outcome.Value> values = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) values.add(new Outcome.Value(vars.get(i), model.get(i)));
        return new Outcome(ob, verdict, 0, fingerprint, values, reason, true);
    }

    List<String> fields() {
        List<String> f = new ArrayList<>(List.of("outcome", Integer.toString(index), kind.name(), name));
        span.addTo(f);
        f.addAll(List.of(Integer.toString(width), verdict.name(), fingerprint, reason == null ? "" : "=" + reason));
        f.add(Integer.toString(config.size()));
        for (Config.Entry e : config) f.addAll(List.of(e.name(), hex(e.value()), e.isBool() ? "bool" : "int"));
        f.add(Integer.toString(variables.size()));
        for (StoredVariable v : variables) {
            f.addAll(List.of(v.name(), Integer.toString(v.width())));
            v.span().addTo(f);
            f.addAll(List.of(v.label(), v.origin().name()));
        }
        f.add(Integer.toString(model.size()));
        for (long value : model) f.add(hex(value));
        return f;
    }

    /** Reads the fields after the line's tag. */
    static StoredOutcome read(FieldReader r) throws SpecEntryInvalid {
        int index = r.integer();
        Obligation.Kind kind = StoredDiagnostic.constant(Obligation.Kind.class, r.text());
        String name = r.text();
        StoredSpan span = StoredSpan.read(r);
        int width = r.integer();
        Verdict verdict = StoredDiagnostic.constant(Verdict.class, r.text());
        String fingerprint = r.text();
        String reason = r.text();
        if (!reason.isEmpty() && !reason.startsWith("=")) throw new SpecEntryInvalid("a damaged reason");
        List<Config.Entry> config = new ArrayList<>();
        for (int i = count(r); i > 0; i--) {
            String param = r.text();
            long value = r.hex();
            String type = r.text();
            if (!type.equals("bool") && !type.equals("int")) throw new SpecEntryInvalid("unknown param type");
            config.add(new Config.Entry(param, value, type.equals("bool")));
        }
        List<StoredVariable> vars = new ArrayList<>();
        for (int i = count(r); i > 0; i--) {
            String var = r.text();
            int bits = r.integer();
            StoredSpan at = StoredSpan.read(r);
            vars.add(new StoredVariable(var, bits, at, r.text(), StoredDiagnostic.constant(Obligation.Origin.class,
                    r.text())));
        }
        List<Long> model = new ArrayList<>();
        for (int i = count(r); i > 0; i--) model.add(r.hex());
        r.end();
        return new StoredOutcome(index, kind, name, span, width, verdict, fingerprint,
                reason.isEmpty() ? null : reason.substring(1), config, vars, model);
    }

    private static int count(FieldReader r) throws SpecEntryInvalid {
        int n = r.integer();
        if (n < 0 || n > 4096) throw new SpecEntryInvalid("a count out of range");
        return n;
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
