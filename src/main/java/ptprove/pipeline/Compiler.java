package ptprove.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import ptprove.bind.KernelTree;
import ptprove.bind.TreeBinding;
import ptprove.check.Checker;
import ptprove.check.Program;
import ptprove.elaborate.Configurations;
import ptprove.elaborate.Elaborator;
import ptprove.elaborate.Layout;
import ptprove.ir.Obligation;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.SourceFile;
import ptprove.syntax.ImportLoader;
import ptprove.syntax.ParsedFiles;
import ptprove.syntax.ast.SpecFile;

/**
 * Runs the stages that need no solver: load and parse (with imports), check, elaborate. Collect, then stop: each
 * stage reports everything it finds and the next runs only if there were no errors. Runs on a thread with a large stack so
 * deeply nested (but legal) input is handled rather than overflowing.
 */
public final class Compiler {
    private static final long STACK_BYTES = 512L << 20;

    private Compiler() {}

    public enum Want { OBLIGATIONS, LAYOUTS }

    /**
     * A way to a spec's obligations without elaborating it, asked after the front end has checked the spec without
     * errors (the spec-level cache: {@link SpecAnswers}). Called on the compiling thread.
     */
    interface Shortcut {
        /** The compiled spec, or null to elaborate as usual. */
        CompiledSpec answer(SpecInput in, Program program);

        Shortcut NONE = (in, program) -> null;
    }

    /**
     * @throws Configurations.BadSelection when {@code --config} names an unknown param or value (usage error)
     */
    public static CompiledSpec compile(SpecInput in, Configurations.Selection selection, Want want)
            throws Configurations.BadSelection {
        return compile(in, selection, want, Extras.NONE);
    }

    /** With the lets of {@code overrides} redefined ({@code --set}). */
    public static CompiledSpec compile(SpecInput in, Configurations.Selection selection, Want want,
                                       LetOverrides overrides) throws Configurations.BadSelection {
        return compile(in, selection, want, Extras.NONE.with(overrides));
    }

    /**
     * With a kernel tree ({@code --kernel}): the spec's bound lets and fns are taken from the tree (see
     * {@link KernelSubstitution}), and only the configurations the tree's release stands for are compiled.
     */
    public static CompiledSpec compile(SpecInput in, Configurations.Selection selection, Want want, KernelTree tree)
            throws Configurations.BadSelection {
        return compile(in, selection, want, Extras.NONE.with(tree));
    }

    /**
     * What a compilation may take besides the spec: files other specs of the run parsed already, a shortcut past
     * elaboration, lets redefined by {@code --set}, a kernel tree ({@code --kernel}, or null), the budget of
     * each obligation.
     */
    record Extras(ParsedFiles parsed, Shortcut shortcut, LetOverrides overrides, KernelTree tree, long timeoutMs) {
        static final Extras NONE = new Extras(null, Shortcut.NONE, LetOverrides.NONE, null, 0);

        Extras with(LetOverrides o) { return new Extras(parsed, shortcut, o, tree, timeoutMs); }
        Extras with(KernelTree t) { return new Extras(parsed, shortcut, overrides, t, timeoutMs); }
        Extras with(ParsedFiles p, Shortcut s) { return new Extras(p, s, overrides, tree, timeoutMs); }
        /** Each obligation's elaboration within {@code ms} ({@code --timeout-ms}; 0: unbounded). */
        Extras withTimeout(long ms) { return new Extras(parsed, shortcut, overrides, tree, ms); }

        /** Files parsed during this compilation only, unless the run shares its own. */
        ParsedFiles parsedFiles() { return parsed != null ? parsed : new ParsedFiles(); }
    }

    static CompiledSpec compile(SpecInput in, Configurations.Selection selection, Want want, Extras extras)
            throws Configurations.BadSelection {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(compileHere(in, selection, want, extras));
            } catch (Configurations.BadSelection | RuntimeException | Error e) {
                result.set(e);
            }
        }, "ptprove-compile", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling " + in.display(), e);
        }
        Object r = result.get();
        if (r instanceof CompiledSpec c) return c;
        if (r instanceof Configurations.BadSelection b) throw b;
        if (r instanceof StackOverflowError) {
            Diagnostics d = new Diagnostics();
            d.error(DiagnosticCode.TOO_DEEP, new SourceFile(in.file(), in.display(), "").span(0, 0),
                    "spec nested too deeply to compile");
            return new CompiledSpec(in, d.sorted(), null, List.of(), List.of());
        }
        if (r instanceof RuntimeException e) throw e;
        throw (Error) r;
    }

    /**
     * The front end of one spec: load and parse it with its imports ({@code root} bounds them), then check the
     * files. Returns null (with diagnostics) on errors.
     */
    public static Program check(Path file, String displayPath, Path root, Diagnostics diags) {
        return check(file, displayPath, root, diags, new ParsedFiles(), LetOverrides.NONE);
    }

    private static Program check(Path file, String displayPath, Path root, Diagnostics diags, ParsedFiles parsed,
                                 LetOverrides overrides) {
        List<SpecFile> files = new ImportLoader(root, diags, parsed).load(file, displayPath);
        if (files.isEmpty() || diags.hasErrors()) return null;
        files = overrides.apply(files, diags);
        if (diags.hasErrors()) return null;
        return Checker.check(files, diags);
    }

    private static CompiledSpec compileHere(SpecInput in, Configurations.Selection selection, Want want,
                                            Extras extras) throws Configurations.BadSelection {
        Diagnostics diags = new Diagnostics();
        Program program = check(in.file(), in.display(), in.root(), diags, extras.parsedFiles(), extras.overrides());
        if (program == null || diags.hasErrors()) return new CompiledSpec(in, diags.sorted(), null, List.of(), List.of());
        TreeBinding kernel = null;
        if (extras.tree() != null) {
            KernelSubstitution.Result k = KernelSubstitution.apply(program, extras.tree(), selection, diags);
            if (k == null) return new CompiledSpec(in, diags.sorted(), null, List.of(), List.of());
            program = k.program();
            selection = k.selection();
            kernel = k.binding();
        } else if (want == Want.OBLIGATIONS) {
            CompiledSpec known = extras.shortcut().answer(in, program);
            if (known != null) return known;
        }
        if (want == Want.LAYOUTS) {
            List<Layout> layouts = Elaborator.layouts(program, selection, diags);
            return new CompiledSpec(in, diags.sorted(), program, List.of(), diags.hasErrors() ? List.of() : layouts,
                    kernel);
        }
        List<Obligation> obligations = Elaborator.obligations(program, in.display(), selection, diags,
                extras.timeoutMs());
        return new CompiledSpec(in, diags.sorted(), program, diags.hasErrors() ? List.of() : obligations, List.of(),
                kernel);
    }
}
