package ptprove.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.Program;
import ptprove.eval.ConfigSpace;
import ptprove.eval.Evaluator;
import ptprove.ir.Config;
import ptprove.kernel.KernelConfiguration;
import ptprove.kernel.KernelReading;
import ptprove.kernel.KernelRequest;
import ptprove.kernel.KernelValue;
import ptprove.kernel.KernelVersion;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Name;

/**
 * What a kernel tree says about one checked spec: the configurations its release stands for (by the spec's
 * {@code kernel versions} table; all of them without one) and, in each, the value of every let bound to a macro
 * and every fn bound to a C function (renamed to the spec's name, spans in the kernel file). Built by
 * {@link #read}; problems go to the diagnostics, positioned in the spec or in the kernel file.
 */
public final class TreeBinding {
    /** A let's value from the tree: the macro, where it was defined in this configuration, and the binding site. */
    public record Bound(String let, String macro, long value, String file, int line, Span kernelSpan, Span site) {
        public String location() { return line > 0 ? file + ":" + line : file; }
    }

    /** One configuration: bound lets and fns by spec name. */
    public record Configuration(Config config, Map<String, Bound> lets, Map<String, Decl.Fn> fns) {}

    private final List<Configuration> configurations;
    private final String version;
    private final String versionParam;
    private final Long versionValue;

    private final java.util.Set<String> filesRead;

    private TreeBinding(List<Configuration> configurations, String version, String versionParam, Long versionValue,
                        java.util.Set<String> filesRead) {
        this.filesRead = java.util.Set.copyOf(filesRead);
        this.configurations = List.copyOf(configurations);
        this.version = version;
        this.versionParam = versionParam;
        this.versionValue = versionValue;
    }

    public List<Configuration> configurations() { return configurations; }

    /** The tree-relative files read for this spec in any configuration (headers included, bound .c files). */
    public java.util.Set<String> filesRead() { return filesRead; }

    /** The tree's release, e.g. {@code 6.1.192}. */
    public String version() { return version; }

    /** The param a {@code kernel versions} table binds (e.g. ERA) and the value the tree's release selects; or null. */
    public String versionParam() { return versionParam; }

    public Long versionValue() { return versionValue; }

    /** Whether the spec binds anything at all (else there is nothing to read). */
    public static boolean bindsAnything(Program program) { return Bindings.of(program).bindsAnything(); }

    /** Reads the tree for {@code program}; null when a diagnostic stopped it (a missing file, no configuration). */
    public static TreeBinding read(Program program, KernelTree tree, Diagnostics diags) {
        Bindings b = Bindings.of(program);
        KernelVersion version = tree.reader.version();
        String param = null;
        Long value = null;
        List<Config> configs = ConfigSpace.enumerate(program);
        if (b.versions != null) {
            param = b.versions.param().text();
            value = era(b.versions, version);
            if (value == null) {
                diags.error(DiagnosticCode.KERNEL_NO_CONFIGURATION, b.versions.span(), "the tree at " + tree.display()
                        + " is Linux " + version + ", which no value of " + param + " stands for");
                return null;
            }
            List<Config> selected = new ArrayList<>();
            for (Config c : configs) if (value.equals(c.get(param))) selected.add(c);
            configs = selected;
        }
        List<KernelConfiguration> inputs = new ArrayList<>();
        for (Config c : configs) inputs.add(input(program, b, c));
        List<KernelRequest.Wanted> macros = new ArrayList<>();
        List<KernelRequest.Wanted> functions = new ArrayList<>();
        for (Decl.KernelDefines d : b.defines) {
            for (Decl.KernelName n : d.names()) {
                (n.fn() ? functions : macros).add(new KernelRequest.Wanted(d.file(), n.kernel().text(), n.kernel().span()));
            }
        }
        int errors = (int) diags.errorCount();
        KernelReading reading = tree.reader.read(new KernelRequest(b.files(), macros, functions, inputs), diags);
        if (reading.configurations().isEmpty() && !configs.isEmpty()) return null;
        List<Configuration> out = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) out.add(configuration(program, b, configs.get(i), reading.configurations().get(i)));
        if (diags.errorCount() == errors) checkFunctions(program, b, out, diags);
        return new TreeBinding(out, version.toString(), param, value, reading.filesRead());
    }

    /** The era whose releases contain {@code version} (major.minor), or null. */
    static Long era(Decl.KernelVersions versions, KernelVersion version) {
        for (Decl.KernelEra e : versions.eras()) {
            KernelVersion from = KernelVersion.parse(e.from());
            KernelVersion to = e.to() == null ? null : KernelVersion.parse(e.to());
            if (from == null || version.compareRelease(from) < 0) continue;
            if (to != null && version.compareRelease(to) > 0) continue;
            return e.value().value().longValue();
        }
        return null;
    }

    /** The kernel's view of one configuration: Kconfig symbols, run-time variables, struct sizes. */
    private static KernelConfiguration input(Program program, Bindings b, Config c) {
        Evaluator ev = new Evaluator(program, c, Map.of());
        Map<String, String> kconfig = new LinkedHashMap<>();
        for (Decl.KernelConfig k : b.configs) {
            Object v = ev.value(k.value(), Map.of());
            if (v instanceof Boolean bool) {
                if (bool) kconfig.put(k.symbol().text(), "1");
            } else {
                kconfig.put(k.symbol().text(), Long.toUnsignedString((Long) v));
            }
        }
        Map<String, Long> variables = new LinkedHashMap<>();
        for (Decl.KernelVariable v : b.variables) variables.put(v.variable().text(), ev.number(v.value(), Map.of()));
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (Decl.KernelSizeof s : b.sizes) sizes.put(s.struct().text(), ev.number(s.value(), Map.of()));
        java.util.Set<String> skipped = new java.util.HashSet<>();
        for (Decl.KernelDefines d : b.defines) {
            if (d.condition() != null && !ev.truth(d.condition(), Map.of())) {
                for (Decl.KernelName n : d.names()) skipped.add(n.kernel().text());
            }
        }
        return new KernelConfiguration(c.toString(), kconfig, variables, sizes, skipped);
    }

    private static Configuration configuration(Program program, Bindings b, Config c, KernelReading.PerConfiguration r) {
        Map<String, Bound> lets = new LinkedHashMap<>();
        Map<String, Decl.Fn> fns = new LinkedHashMap<>();
        for (Decl.KernelDefines d : b.defines) {
            for (Decl.KernelName n : d.names()) {
                if (n.fn()) {
                    Decl.Fn fn = r.functions().get(n.kernel().text());
                    if (fn != null) {
                        fns.put(n.spec().text(), new Decl.Fn(fn.span(), new Name(n.spec().text(), fn.name().span()),
                                fn.params(), fn.returnType(), fn.body()));
                    }
                } else {
                    KernelValue v = r.values().get(n.kernel().text());
                    if (v != null) {
                        lets.put(n.spec().text(), new Bound(n.spec().text(), v.macro(), v.value(), v.file(), v.line(),
                                v.span(), n.kernel().span()));
                    }
                }
            }
        }
        return new Configuration(c, lets, fns);
    }

    /** A kernel function must take as many parameters as the spec's fn and return the same type. */
    private static void checkFunctions(Program program, Bindings b, List<Configuration> out, Diagnostics diags) {
        if (out.isEmpty()) return;
        Map<String, Decl.Fn> spec = new LinkedHashMap<>();
        for (Decl.Fn f : program.fns()) spec.put(f.name().text(), f);
        for (Map.Entry<String, Decl.Fn> e : out.get(0).fns().entrySet()) {
            Decl.Fn k = e.getValue();
            Decl.Fn s = spec.get(e.getKey());
            if (s == null) continue;
            boolean sameReturn = s.returnType() == null || s.returnType() == k.returnType();
            if (s.params().size() != k.params().size() || !sameReturn) {
                diags.error(DiagnosticCode.KERNEL_BINDING_MISMATCH, k.name().span(), "the kernel's " + k.name().span().text()
                        + " takes " + k.params().size() + " parameters and returns " + k.returnType().display()
                        + "; the spec's " + s.name().text() + " takes " + s.params().size()
                        + (s.returnType() == null ? "" : " and returns " + s.returnType().display()),
                        new Diagnostic.Note(s.name().span(), "the spec's fn"));
            }
        }
    }
}
