package ptprove.kernel;

import java.util.List;
import java.util.Map;
import ptprove.syntax.ast.Decl;

/**
 * What a tree says in each configuration: macro values by name and functions as spec {@code fn}s (spans in the
 * kernel file) by name. A macro or function that could not be read is absent, and a diagnostic says why.
 * {@code preprocessNanos} is the time spent in the preprocessor over all configurations (threads summed), for
 * the performance notes; {@code filesRead} the tree-relative files any configuration read (headers and bound
 * {@code .c} files), so a patch's reach can be judged.
 */
public record KernelReading(List<PerConfiguration> configurations, long preprocessNanos,
                            java.util.Set<String> filesRead) {
    public record PerConfiguration(KernelConfiguration configuration, Map<String, KernelValue> values,
                                   Map<String, Decl.Fn> functions) {
        public PerConfiguration {
            values = Map.copyOf(values);
            functions = Map.copyOf(functions);
        }
    }

    public KernelReading {
        configurations = List.copyOf(configurations);
        filesRead = java.util.Set.copyOf(filesRead);
    }
}
