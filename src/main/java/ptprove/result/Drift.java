package ptprove.result;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.ir.Config;
import ptprove.source.Diagnostic;

/**
 * What {@code ptprove drift} found: per spec, every bound let's value beside the kernel's in every configuration
 * the tree's release stands for, and for every bound fn whether it is equivalent to the kernel's C function
 * (with a distinguishing input when not).
 */
public final class Drift {
    private Drift() {}

    /** The run: which tree, which specs. */
    public record Report(String tree, String version, List<Spec> specs) {
        public Report { specs = List.copyOf(specs); }

        public boolean drifted() { return specs.stream().anyMatch(Spec::drifted); }
        public boolean hasErrors() { return specs.stream().anyMatch(Spec::hasErrors); }
        public boolean unknown() { return specs.stream().anyMatch(s -> s.fns().stream().anyMatch(f -> f.verdict() == Verdict.UNKNOWN)); }
    }

    /**
     * One spec. {@code selection} is the configurations compared ({@code ERA=517}), {@code configurations} how
     * many; {@code diagnostics} stopped it when they hold an error (then values and fns are empty).
     */
    public record Spec(String spec, String selection, int configurations, List<Value> values, List<Fn> fns,
                       List<Diagnostic> diagnostics) {
        public Spec {
            values = List.copyOf(values);
            fns = List.copyOf(fns);
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }

        public boolean drifted() {
            return values.stream().anyMatch(Value::drifted) || fns.stream().anyMatch(f -> f.verdict() == Verdict.REFUTED);
        }

        /** The bound lets compared, each once, in binding order. */
        public List<String> lets() { return values.stream().map(Value::let).distinct().toList(); }
    }

    /** A let in one configuration: the spec's value and where it is written, the kernel's and where it is defined. */
    public record Value(String let, String macro, Config config, long spec, String specAt, long kernel,
                       String kernelAt) {
        public boolean drifted() { return spec != kernel; }
    }

    /**
     * A bound fn in one configuration: {@code PROVED} (equivalent for all inputs), {@code REFUTED} (then
     * {@code input} distinguishes them and the two results say how), or {@code UNKNOWN}.
     */
    public record Fn(String fn, Config config, Verdict verdict, String specAt, String kernelAt,
                     Map<String, Long> input, String specResult, String kernelResult, String reason) {
        public Fn { input = input == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(input)); }
    }
}
