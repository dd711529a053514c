package ptprove.kernel;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anarres.cpp.Feature;
import org.anarres.cpp.LexerException;
import org.anarres.cpp.Macro;
import org.anarres.cpp.Preprocessor;
import org.anarres.cpp.PreprocessorListener;
import org.anarres.cpp.Source;
import org.anarres.cpp.StringLexerSource;
import org.anarres.cpp.Token;
import org.anarres.cpp.VirtualFile;

/**
 * jcpp set up as the kernel's build sets up gcc: predefines, include folders, a synthesised
 * {@code generated/autoconf.h}, and an include policy for the headers a bare tree lacks. The policy, in order:
 * the file itself; for {@code asm/X.h} and {@code uapi/asm/X.h}, Kbuild's generated wrapper for
 * {@code asm-generic/X.h} (the architecture's {@code generic-y}); the few generated files listed in
 * {@link Arch} as empty. Anything else missing is an error with the including file and line, never skipped.
 */
final class Cpp extends Preprocessor {
    static final String AUTOCONF = "<autoconf>";
    static final String PREDEFINED = "<predefined>";

    private final Arch arch;
    private final String autoconf;
    private final List<CppProblem> problems = new ArrayList<>();
    private final TreeFiles files;

    Cpp(TreeFiles files, Arch arch, Map<String, String> kconfig) {
        this.files = files;
        this.arch = arch;
        StringBuilder ac = new StringBuilder("/* synthesised by ptprove from the spec's kernel config bindings */\n");
        kconfig.forEach((k, v) -> ac.append("#define ").append(k).append(' ').append(v).append('\n'));
        this.autoconf = ac.toString();
        setFileSystem(new TreeVfs(files));
        addFeatures(Feature.DIGRAPHS, Feature.INCLUDENEXT);
        List<String> dirs = new ArrayList<>();
        for (String d : arch.includeDirs()) dirs.add(files.resolve(d).toString());
        setSystemIncludePath(dirs);
        setQuoteIncludePath(List.of());
        setListener(new Listener());
        // as #define lines, not addMacro(): jcpp's addMacro("F(x)", "1") would define an object-like "F(x)"
        StringBuilder pre = new StringBuilder();
        arch.predefines().forEach((k, v) -> pre.append("#define ").append(k).append(' ').append(v).append('\n'));
        try {
            run(pre.toString(), PREDEFINED);
        } catch (IOException e) {
            throw new IllegalStateException("the predefines do not preprocess: " + e.getMessage(), e);
        }
    }

    List<CppProblem> problems() { return problems; }

    TreeFiles files() { return files; }

    Arch arch() { return arch; }

    /** Runs {@code text} (a translation unit, or one macro use) to the end and returns its tokens. */
    List<Token> run(String text, String path) throws IOException {
        addInput(path == null ? new StringLexerSource(text, true) : new TreeVfs.NamedSource(text, path));
        List<Token> out = new ArrayList<>();
        try {
            for (Token t = token(); t.getType() != Token.EOF; t = token()) out.add(t);
        } catch (LexerException e) {
            problems.add(new CppProblem(null, 0, 0, e.getMessage()));
        }
        return out;
    }

    @Override
    protected boolean include(Iterable<String> path, String name) throws IOException {
        if (path != getSystemIncludePath()) return super.include(path, name);
        if (name.equals("generated/autoconf.h")) {
            push_source(new TreeVfs.NamedSource(autoconf, AUTOCONF), true);
            return true;
        }
        if (super.include(path, name)) return true;
        String generic = name.startsWith("asm/") ? name.substring(4)
                : name.startsWith("uapi/asm/") ? name.substring(9) : null;
        if (generic != null && super.include(path, "asm-generic/" + generic)) return true;
        if (Arch.GENERATED_EMPTY.contains(name) || arch.generatedEmpty.contains(name)) {
            push_source(new TreeVfs.NamedSource("", "<generated " + name + ">"), true);
            return true;
        }
        return false;
    }

    /** A guarded header whose guard is defined already adds nothing: skip it unread (gcc does the same). */
    @Override
    protected boolean include(VirtualFile file) throws IOException {
        if (file.isFile()) {
            java.util.Optional<String> guard = files.includeGuard(Path.of(file.getPath()));
            if (guard.isPresent() && getMacro(guard.get()) != null) return true;
        }
        return super.include(file);
    }

    /** The last definition of {@code name}, or null when it is not defined. */
    MacroDefinition definition(String name) {
        Macro m = getMacro(name);
        if (m == null) return null;
        String file = PREDEFINED;
        Source src = m.getSource();
        if (src != null && src.getPath() != null) {
            file = src.getPath().startsWith("<") ? src.getPath() : files.relative(Path.of(src.getPath()));
        }
        List<String> params = null;
        if (m.isFunctionLike()) {
            params = new ArrayList<>();
            String text = m.getText();
            int open = text.indexOf('(');
            int close = text.indexOf(')');
            if (open >= 0 && close > open) {
                for (String p : text.substring(open + 1, close).split(",")) if (!p.isBlank()) params.add(p.strip());
            }
        }
        String text = m.getText();
        String body = text.contains("=>") ? text.substring(text.indexOf("=>") + 2).strip() : text;
        return new MacroDefinition(name, file, line(m), body, params);
    }

    private static final Method TOKENS = tokensMethod();

    private static Method tokensMethod() {
        try {
            Method m = Macro.class.getDeclaredMethod("getTokens");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The line of a macro's first body token (jcpp keeps no line for the #define itself); 0 if unknown. */
    @SuppressWarnings("unchecked")
    private static int line(Macro m) {
        if (TOKENS == null) return 0;
        try {
            for (Token t : (List<Token>) TOKENS.invoke(m)) if (t.getLine() > 0) return t.getLine();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** Macros whose names a caller may copy into a derived preprocessor. */
    Set<Map.Entry<String, Macro>> macros() { return getMacros().entrySet(); }

    private final class Listener implements PreprocessorListener {
        @Override public void handleWarning(Source source, int line, int column, String msg) {
            // jcpp warns about things gcc accepts silently (e.g. redefinitions the headers make on purpose)
        }

        @Override public void handleError(Source source, int line, int column, String msg) {
            String file = source == null || source.getPath() == null ? null
                    : source.getPath().startsWith("<") ? source.getPath() : files.relative(Path.of(source.getPath()));
            problems.add(new CppProblem(file, line, column, readable(msg)));
        }

        /** jcpp lists the absolute include folders; say what is missing and where it was looked for, tree-relative. */
        private String readable(String msg) {
            if (!msg.startsWith("File not found: ")) return msg;
            String rest = msg.substring("File not found: ".length());
            int in = rest.indexOf(" in ");
            String name = in < 0 ? rest : rest.substring(0, in);
            return "#include <" + name + "> is not in the tree (searched " + String.join(", ", arch.includeDirs())
                    + "), and the kernel build would have to generate it; ptprove does not know its content";
        }

        @Override public void handleSourceChange(Source source, SourceChangeEvent event) {}
    }
}
