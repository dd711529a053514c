package ptprove.kernel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anarres.cpp.LexerException;
import org.anarres.cpp.Macro;
import org.anarres.cpp.Token;
import org.anarres.cpp.VirtualFile;

/**
 * The macros of one configuration: the state of the preprocessor after a translation unit that includes
 * {@code linux/kconfig.h}, {@code linux/compiler_types.h} (as every kernel build does with {@code -include}) and
 * the headers a spec binds. Macro uses are expanded in that state. Not thread-safe per instance; the reader
 * builds one per configuration.
 */
final class MacroTable {
    private static final Pattern INCLUDE = Pattern.compile("^[ \\t]*#[ \\t]*include\\b.*$", Pattern.MULTILINE);

    private final Cpp cpp;
    private final Set<String> included;
    private final List<CppProblem> problems;
    private final long nanos;

    private MacroTable(Cpp cpp, Set<String> included, List<CppProblem> problems, long nanos) {
        this.cpp = cpp;
        this.included = included;
        this.problems = problems;
        this.nanos = nanos;
    }

    /**
     * Preprocesses the translation unit for one configuration.
     *
     * @param headers tree-relative header paths, included in this order
     * @param kconfig the synthesised generated/autoconf.h: CONFIG_ name to value ("1" for y)
     */
    static MacroTable build(TreeFiles files, Arch arch, List<String> headers, Map<String, String> kconfig)
            throws IOException {
        long t0 = cpuNanos();
        Cpp cpp = new Cpp(files, arch, kconfig);
        StringBuilder unit = new StringBuilder("#include <linux/kconfig.h>\n#include <linux/compiler_types.h>\n");
        for (String h : headers) unit.append("#include ").append(includeName(arch, h)).append('\n');
        cpp.run(unit.toString(), null);
        Set<String> included = new LinkedHashSet<>();
        for (VirtualFile f : cpp.getIncludes()) included.add(files.relative(java.nio.file.Path.of(f.getPath())));
        return new MacroTable(cpp, included, List.copyOf(cpp.problems()), cpuNanos() - t0);
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** {@code <asm/memory.h>} for a header under an include folder, else the quoted absolute path. */
    private static String includeName(Arch arch, String header) {
        for (String dir : arch.includeDirs()) {
            if (header.startsWith(dir + "/")) return "<" + header.substring(dir.length() + 1) + ">";
        }
        return "\"" + header + "\"";
    }

    /** Errors met while preprocessing (an {@code #error}, a missing include); empty when it went through. */
    List<CppProblem> problems() { return problems; }

    /** Tree-relative paths of every file the translation unit read. */
    Set<String> included() { return included; }

    /** CPU nanoseconds of the thread that preprocessed the translation unit (wall time where unsupported). */
    long nanos() { return nanos; }

    MacroDefinition definition(String name) { return cpp.definition(name); }

    /**
     * Expands {@code text} (a macro use: a name, or a function-like macro with its arguments) and returns the
     * resulting tokens, each placed at [{@code start}, {@code end}), the use's span in the file being read.
     */
    List<CToken> expand(String text, int start, int end) throws CProblem {
        int before = cpp.problems().size();
        List<Token> raw;
        try {
            raw = cpp.run(text + "\n", null);
        } catch (IOException e) {
            throw new CProblem("cannot expand " + text + ": " + e.getMessage(), start, end);
        }
        if (cpp.problems().size() > before) {
            throw new CProblem("expanding " + text + ": " + cpp.problems().get(before).message(), start, end);
        }
        return tokens(raw, start, end);
    }

    /** jcpp tokens as C tokens at one span; whitespace, newlines, comments and line markers dropped. */
    static List<CToken> tokens(List<Token> raw, int start, int end) {
        List<CToken> out = new ArrayList<>();
        for (Token t : raw) {
            int type = t.getType();
            CToken.Kind kind;
            if (type == Token.WHITESPACE || type == Token.NL || type == Token.CCOMMENT || type == Token.CPPCOMMENT
                    || type == Token.P_LINE) continue;
            else if (type == Token.IDENTIFIER) kind = CToken.Kind.IDENT;
            else if (type == Token.NUMBER) kind = CToken.Kind.NUMBER;
            else if (type == Token.CHARACTER) kind = CToken.Kind.CHAR;
            else if (type == Token.STRING || type == Token.HEADER || type == Token.SQSTRING) kind = CToken.Kind.STRING;
            else kind = CToken.Kind.PUNCT;
            out.add(new CToken(kind, t.getText(), start, end));
        }
        out.add(new CToken(CToken.Kind.EOF, "", end, end));
        return out;
    }

    /**
     * A copy of this table that has also read the {@code .c} file {@code relative} for its own {@code #define}s
     * and {@code #if}s. The file's {@code #include}s are not followed (their lines are blanked, so line numbers
     * stay): the bound headers are already in the table, and a whole {@code .c} translation unit would cost
     * seconds per configuration.
     */
    MacroTable withSourceFile(TreeFiles files, String relative) throws IOException {
        long t0 = cpuNanos();
        Cpp copy = new Cpp(files, cpp.arch(), Map.of());
        try {
            for (Map.Entry<String, Macro> m : cpp.macros()) copy.addMacro(m.getValue());
        } catch (LexerException e) {
            throw new IllegalStateException("copying a macro table: " + e.getMessage(), e);
        }
        String text = files.text(files.resolve(relative)).orElse("");
        Matcher m = INCLUDE.matcher(text);
        StringBuilder blanked = new StringBuilder();
        while (m.find()) m.appendReplacement(blanked, "");
        m.appendTail(blanked);
        copy.run(blanked.toString(), files.resolve(relative).toString());
        return new MacroTable(copy, included, List.copyOf(copy.problems()), cpuNanos() - t0);
    }
}
