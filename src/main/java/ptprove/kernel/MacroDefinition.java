package ptprove.kernel;

import java.util.List;

/**
 * Where and how the preprocessor last defined a macro: tree-relative file ("&lt;autoconf&gt;" for the synthesised
 * generated/autoconf.h, "&lt;predefined&gt;" for compiler predefines), 1-based line, body text, parameters.
 */
record MacroDefinition(String name, String file, int line, String body, List<String> params) {
    MacroDefinition { params = params == null ? null : List.copyOf(params); }

    boolean isFunctionLike() { return params != null; }

    /** {@code file:line}, as reports print it. */
    String location() { return line > 0 ? file + ":" + line : file; }
}
