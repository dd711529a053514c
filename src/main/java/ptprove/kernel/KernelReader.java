package ptprove.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.SourceFile;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;

/**
 * The entry point of the kernel stage: reads macro values and helper functions from a Linux source tree, per
 * configuration. In: a {@link KernelRequest}. Out: a {@link KernelReading} of plain values and spec {@code fn}
 * ASTs whose spans point into the kernel files, plus diagnostics (also positioned in kernel files) for
 * everything that could not be read. The tree is never written: a review's patched side is a reader over
 * replaced texts ({@link #patched}).
 *
 * <p>Each configuration's headers are preprocessed once per reader (a macro table cached in memory), on up to as
 * many threads as there are cores; a patched reader reuses its base's tables when the patch touches none of the
 * files they read.
 */
public final class KernelReader {
    private final TreeFiles files;
    private final KernelVersion version;
    private final KernelReader base;
    private final Map<String, Future<MacroTable>> tables = new ConcurrentHashMap<>();
    /** Per header table, the tables that also read a .c file (by its path): this reader's texts of it. */
    private final Map<MacroTable, Map<String, MacroTable>> derived =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final AtomicLong preprocessNanos = new AtomicLong();

    private KernelReader(TreeFiles files, KernelVersion version, KernelReader base) {
        this.files = files;
        this.version = version;
        this.base = base;
    }

    /** Not a kernel tree (no top-level Makefile stating a version): an environment problem, not a spec error. */
    public static final class NotATree extends Exception {
        public NotATree(String message) { super(message); }
    }

    public static KernelReader open(Path tree) throws NotATree {
        Path makefile = tree.resolve("Makefile");
        if (!Files.isDirectory(tree)) throw new NotATree("no kernel tree at " + tree + " (not a folder)");
        if (!Files.isRegularFile(makefile)) throw new NotATree("no kernel tree at " + tree + ": it has no Makefile");
        KernelVersion v;
        try {
            v = KernelVersion.ofMakefile(Files.readString(makefile, java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new NotATree("cannot read " + makefile + ": " + e.getMessage());
        }
        if (v == null) throw new NotATree("no kernel tree at " + tree + ": its Makefile states no VERSION/PATCHLEVEL");
        return new KernelReader(new TreeFiles(tree, Map.of()), v, null);
    }

    /** The same tree with some files' texts replaced (tree-relative path to new text); the tree is not written. */
    public KernelReader patched(Map<String, String> replaced) {
        return new KernelReader(new TreeFiles(files.root(), replaced), version, this);
    }

    /** A patch that does not apply to this tree: the message names the file and hunk. */
    public static final class PatchDoesNotApply extends Exception {
        public PatchDoesNotApply(String message) { super(message); }
    }

    /**
     * This tree with a unified diff applied to copies of the files it touches, kept in memory; the tree on disk
     * is not written. Also returns, through the reader's {@link #patchedFiles()}, which files changed.
     */
    public KernelReader withPatch(String diff) throws PatchDoesNotApply {
        try {
            Map<String, String> changed = UnifiedDiff.apply(diff, rel -> files.text(files.resolve(rel)).orElse(null));
            Map<String, String> kept = new LinkedHashMap<>();
            changed.forEach((k, v) -> kept.put(k, v == null ? "" : v));
            return patched(kept);
        } catch (UnifiedDiff.DoesNotApply e) {
            throw new PatchDoesNotApply(e.getMessage());
        }
    }

    /** Tree-relative paths this reader sees patched (empty for the tree itself). */
    public java.util.Set<String> patchedFiles() { return files.replacedPaths(); }

    public KernelVersion version() { return version; }

    public Path root() { return files.root(); }

    /** Whether a tree-relative file exists (in the patched view, for a patched reader). */
    public boolean exists(String relative) { return files.exists(files.resolve(relative)); }

    /** The kernel file as a source file (spans, excerpts), or null when it does not exist. */
    public SourceFile source(String relative) { return files.source(relative); }

    public KernelReading read(KernelRequest request, Diagnostics diags) {
        KernelProblems problems = new KernelProblems(request.configurations().size());
        List<String> headers = new ArrayList<>();
        Arch arch = null;
        boolean missing = false;
        for (String f : request.files()) {
            if (!exists(f)) {
                missing = true;
                Span site = siteOf(request, f);
                diags.error(DiagnosticCode.KERNEL_FILE_MISSING, site, "no file '" + f + "' in the kernel tree (Linux "
                        + version + ")");
                continue;
            }
            if (arch == null) arch = Arch.ofPath(f);
            if (!f.endsWith(".c")) headers.add(f);
        }
        if (missing) return new KernelReading(List.of(), 0, java.util.Set.of());
        Arch a = arch == null ? Arch.ARM64 : arch;
        List<Future<MacroTable>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(
                Runtime.getRuntime().availableProcessors(), request.configurations().size())), r -> {
                    Thread t = new Thread(r, "ptprove-kernel");
                    t.setDaemon(true);
                    return t;
                });
        try {
            for (KernelConfiguration c : request.configurations()) futures.add(table(pool, a, headers, c.kconfig()));
            List<KernelReading.PerConfiguration> out = new ArrayList<>();
            java.util.Set<String> read = new java.util.LinkedHashSet<>(request.files());
            for (int i = 0; i < futures.size(); i++) {
                KernelConfiguration c = request.configurations().get(i);
                MacroTable t = await(futures.get(i));
                read.addAll(t.included());
                out.add(readOne(request, c, t, problems));
            }
            problems.reportTo(diags);
            return new KernelReading(out, preprocessNanos.get(), read);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Span siteOf(KernelRequest request, String file) {
        for (KernelRequest.Wanted w : request.macros()) if (w.file().equals(file)) return w.site();
        for (KernelRequest.Wanted w : request.functions()) if (w.file().equals(file)) return w.site();
        return Span.SYNTHETIC;
    }

    private Future<MacroTable> table(ExecutorService pool, Arch arch, List<String> headers, Map<String, String> kconfig) {
        String key = arch + "|" + headers + "|" + kconfig;
        return tables.computeIfAbsent(key, k -> {
            MacroTable reused = reusable(k);
            if (reused != null) return java.util.concurrent.CompletableFuture.completedFuture(reused);
            return pool.submit(() -> {
                MacroTable t = MacroTable.build(files, arch, headers, kconfig);
                preprocessNanos.addAndGet(t.nanos());
                return t;
            });
        });
    }

    /** The base reader's table for the same key, when the patch touches none of the files it read. */
    private MacroTable reusable(String key) {
        if (base == null) return null;
        Future<MacroTable> f = base.tables.get(key);
        if (f == null || !f.isDone()) return null;
        MacroTable t = await(f);
        for (String p : files.replacedPaths()) if (t.included().contains(p)) return null;
        return t;
    }

    /** For tests: the finished table of a configuration, whatever headers it read; null if none. */
    MacroTable cachedTable(KernelConfiguration c) {
        for (Map.Entry<String, Future<MacroTable>> e : tables.entrySet()) {
            if (e.getKey().endsWith("|" + c.kconfig()) && e.getValue().isDone()) return await(e.getValue());
        }
        return null;
    }

    private static MacroTable await(Future<MacroTable> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preprocessing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("preprocessing failed: " + e.getCause(), e.getCause());
        }
    }

    private KernelReading.PerConfiguration readOne(KernelRequest request, KernelConfiguration c, MacroTable table,
                                                   KernelProblems problems) {
        for (CppProblem p : table.problems()) {
            problems.add(DiagnosticCode.KERNEL_PREPROCESS, cppSpan(p), "preprocessing the bound headers: "
                    + p.message(), c.label());
        }
        CEvaluator eval = new CEvaluator(c.variables(), c.structSizes());
        Map<String, KernelValue> values = new LinkedHashMap<>();
        for (KernelRequest.Wanted w : request.macros()) {
            if (c.skipped().contains(w.name())) continue;
            KernelValue v = MacroValues.evaluate(w, table, eval, files, problems, c.label());
            if (v != null) values.put(w.name(), v);
        }
        Map<String, Decl.Fn> fns = new LinkedHashMap<>();
        for (KernelRequest.Wanted w : request.functions()) {
            if (c.skipped().contains(w.name())) continue;
            Decl.Fn fn = Functions.read(w, derivedTable(table, w.file()), eval, files, problems, c.label());
            if (fn != null) fns.put(w.name(), fn);
        }
        return new KernelReading.PerConfiguration(c, values, fns);
    }

    private MacroTable derivedTable(MacroTable table, String cFile) {
        Map<String, MacroTable> byFile = derived.computeIfAbsent(table, t -> new ConcurrentHashMap<>());
        return byFile.computeIfAbsent(cFile, k -> {
            try {
                MacroTable d = table.withSourceFile(files, cFile);
                preprocessNanos.addAndGet(d.nanos());
                return d;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private Span cppSpan(CppProblem p) {
        if (p.file() == null || p.file().startsWith("<")) return Span.SYNTHETIC;
        SourceFile f = files.source(p.file());
        return f == null ? Span.SYNTHETIC : Spans.at(f, p.line(), p.column());
    }
}
