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
 * that needs them, {@code --cross-check} or {@code --all}, does not read spec-level entries). A property's
 * configurations share its {@link Shape}, and properties share configurations, so an entry stores each once.
 */
record StoredOutcome(int index, Shape shape, List<Config.Entry> config, Verdict verdict, String fingerprint,
                     String reason, List<Long> model) {

    /** What a property's obligations have in common: kind, name, position, width and variables. */
    record Shape(Obligation.Kind kind, String name, StoredSpan span, int width, List<StoredVariable> variables) {
        Shape {
            variables = List.copyOf(variables);
        }

        List<String> fields() {
            List<String> f = new ArrayList<>(List.of(kind.name(), name));
            span.addTo(f);
            f.add(Integer.toString(width));
            f.add(Integer.toString(variables.size()));
            for (StoredVariable v : variables) {
                f.addAll(List.of(v.name(), Integer.toString(v.width())));
                v.span().addTo(f);
                f.addAll(List.of(v.label(), v.origin().name()));
            }
            return f;
        }

        static Shape read(FieldReader r) throws SpecEntryInvalid {
            Obligation.Kind kind = StoredDiagnostic.constant(Obligation.Kind.class, r.text());
            String name = r.text();
            StoredSpan span = StoredSpan.read(r);
            int width = r.integer();
            List<StoredVariable> vars = new ArrayList<>();
            for (int i = count(r); i > 0; i--) {
                String var = r.text();
                int bits = r.integer();
                StoredSpan at = StoredSpan.read(r);
                vars.add(new StoredVariable(var, bits, at, r.text(),
                        StoredDiagnostic.constant(Obligation.Origin.class, r.text())));
            }
            r.end();
            return new Shape(kind, name, span, width, vars);
        }
    }

    /** A variable as stored: its term's name, width and position, its label and origin. */
    record StoredVariable(String name, int width, StoredSpan span, String label, Obligation.Origin origin) {}

    StoredOutcome {
        config = List.copyOf(config);
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
        return new StoredOutcome(ob.index(), new Shape(ob.kind(), ob.name(), span, ob.width(), vars),
                ob.config().entries(), o.verdict(), o.fingerprint(), o.reason(), model);
    }

    /** The outcome as read from the cache, for the spec shown as {@code spec}, with spans in {@code sources}. */
    Outcome resolve(String spec, Map<String, SourceFile> sources) throws SpecEntryInvalid {
        List<Obligation.Variable> vars = new ArrayList<>();
        for (StoredVariable v : shape.variables()) {
            vars.add(new Obligation.Variable(new Term.Var(v.name(), v.width(), v.span().resolve(sources)), v.label(),
                    v.origin()));
        }
        OutcomeShape.check(shape.kind(), verdict, vars, model);
        Obligation ob = new Obligation(spec, index, shape.name(), shape.kind(), shape.span().resolve(sources),
                new Config(config), shape.width(), vars, null, null);
        List<Outcome.Value> values = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) values.add(new Outcome.Value(vars.get(i), model.get(i)));
        return new Outcome(ob, verdict, 0, fingerprint, values, reason, true);
    }

    static List<String> configFields(List<Config.Entry> config) {
        List<String> f = new ArrayList<>(List.of(Integer.toString(config.size())));
        for (Config.Entry e : config) f.addAll(List.of(e.name(), hex(e.value()), e.isBool() ? "bool" : "int"));
        return f;
    }

    static List<Config.Entry> readConfig(FieldReader r) throws SpecEntryInvalid {
        List<Config.Entry> config = new ArrayList<>();
        for (int i = count(r); i > 0; i--) {
            String param = r.text();
            long value = r.hex();
            String type = r.text();
            if (!type.equals("bool") && !type.equals("int")) throw new SpecEntryInvalid("unknown param type");
            config.add(new Config.Entry(param, value, type.equals("bool")));
        }
        r.end();
        return config;
    }

    /** The outcome's own fields; its shape and configuration are named by their numbers in the entry. */
    List<String> fields(int shapeId, int configId) {
        List<String> f = new ArrayList<>(List.of(Integer.toString(index), Integer.toString(shapeId),
                Integer.toString(configId), verdict.name(), fingerprint, reason == null ? "" : "=" + reason));
        f.add(Integer.toString(model.size()));
        for (long value : model) f.add(hex(value));
        return f;
    }

    static StoredOutcome read(FieldReader r, List<Shape> shapes, List<List<Config.Entry>> configs)
            throws SpecEntryInvalid {
        int index = r.integer();
        Shape shape = at(shapes, r.integer());
        List<Config.Entry> config = at(configs, r.integer());
        Verdict verdict = StoredDiagnostic.constant(Verdict.class, r.text());
        String fingerprint = r.text();
        String reason = r.text();
        if (!reason.isEmpty() && !reason.startsWith("=")) throw new SpecEntryInvalid("a damaged reason");
        List<Long> model = new ArrayList<>();
        for (int i = count(r); i > 0; i--) model.add(r.hex());
        r.end();
        return new StoredOutcome(index, shape, config, verdict, fingerprint,
                reason.isEmpty() ? null : reason.substring(1), model);
    }

    private static <T> T at(List<T> table, int id) throws SpecEntryInvalid {
        if (id < 0 || id >= table.size()) throw new SpecEntryInvalid("a reference to nothing");
        return table.get(id);
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
