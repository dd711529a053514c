package ptprove.kernel;

import java.util.Map;

/**
 * One configuration as the kernel sees it: the Kconfig symbols for the synthesised generated/autoconf.h
 * ({@code "1"} for y, a number for an int symbol; symbols that are n are absent), the values of run-time kernel
 * variables the macros read ({@code vabits_actual}), and {@code sizeof(struct NAME)} by NAME. {@code label}
 * names the configuration in messages (e.g. {@code ERA=517 PAGE_SHIFT=12 VA_BITS=48}); {@code skipped} are
 * the wanted macros and functions not to read in this configuration (the spec binds them only elsewhere).
 */
public record KernelConfiguration(String label, Map<String, String> kconfig, Map<String, Long> variables,
                                  Map<String, Long> structSizes, java.util.Set<String> skipped) {
    public KernelConfiguration(String label, Map<String, String> kconfig, Map<String, Long> variables,
                               Map<String, Long> structSizes) {
        this(label, kconfig, variables, structSizes, java.util.Set.of());
    }

    public KernelConfiguration {
        skipped = java.util.Set.copyOf(skipped);
        kconfig = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kconfig));
        variables = Map.copyOf(variables);
        structSizes = Map.copyOf(structSizes);
    }
}
