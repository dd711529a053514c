package ptprove.kernel;

import java.util.List;
import ptprove.source.Span;

/**
 * What to read from a tree: the tree-relative files a spec binds (headers are included in this order; {@code .c}
 * files are read for functions), the macros and functions wanted, each with the spec site that asked for it
 * (diagnostics about a missing macro point there), and the configurations.
 */
public record KernelRequest(List<String> files, List<Wanted> macros, List<Wanted> functions,
                            List<KernelConfiguration> configurations) {
    /** A macro or function by name, in {@code file}; {@code site} is the binding in the spec. */
    public record Wanted(String file, String name, Span site) {}

    public KernelRequest {
        files = List.copyOf(files);
        macros = List.copyOf(macros);
        functions = List.copyOf(functions);
        configurations = List.copyOf(configurations);
    }
}
