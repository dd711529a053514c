package ptprove.proofs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.ir.Terms;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.source.SourceFile;
import ptprove.source.Span;

/** Builders for obligations and outcomes in tests of records and reports. */
public final class TestOutcomes {
    private TestOutcomes() {}

    public static final String SPEC = "specs/arm64/hotremove.ptl";

    /** {@code config("ERA", 504, "LPA2", true)}: numbers as longs, booleans as bool params. */
    public static Config config(Object... nameValues) {
        List<Config.Entry> entries = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object v = nameValues[i + 1];
            if (v instanceof Boolean b) entries.add(new Config.Entry((String) nameValues[i], b ? 1 : 0, true));
            else entries.add(new Config.Entry((String) nameValues[i], ((Number) v).longValue(), false));
        }
        return new Config(entries);
    }

    public static Obligation obligation(int index, Obligation.Kind kind, String name, Config config) {
        return obligation(index, kind, name, config, Span.SYNTHETIC);
    }

    public static Obligation obligation(int index, Obligation.Kind kind, String name, Config config, Span span) {
        return new Obligation(SPEC, index, name, kind, span, config, 64, List.of(), Terms.TRUE, Terms.TRUE);
    }

    public static Obligation theorem(int index, String name, Config config) {
        return obligation(index, Obligation.Kind.THEOREM, name, config);
    }

    public static Obligation example(int index, String name, Config config) {
        return obligation(index, Obligation.Kind.EXAMPLE, name, config);
    }

    /** A span on 1-based {@code line} of a small synthetic source file. */
    public static Span spanAtLine(int line) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < line; i++) text.append("// line ").append(i).append('\n');
        int start = text.length();
        text.append("theorem t: true;\n");
        SourceFile f = new SourceFile(Path.of(SPEC), SPEC, text.toString());
        return f.span(start, start + 7);
    }

    public static Obligation.Variable variable(String name, String label) {
        return new Obligation.Variable(Terms.var(name, 64, Span.SYNTHETIC), label, Obligation.Origin.BOUND);
    }

    public static Obligation.Variable boolVariable(String name, String label) {
        return new Obligation.Variable(Terms.var(name, 0, Span.SYNTHETIC), label, Obligation.Origin.CHOICE);
    }

    public static Outcome outcome(Obligation o, Verdict v, String fingerprint) {
        return new Outcome(o, v, 2.4, fingerprint, List.of(), null);
    }

    public static Outcome outcome(Obligation o, Verdict v, double millis, String fingerprint,
                                  List<Outcome.Value> model, String reason) {
        return new Outcome(o, v, millis, fingerprint, model, reason);
    }
}
