package ptprove.kernel;

import ptprove.source.DiagnosticCode;
import ptprove.source.SourceFile;
import ptprove.syntax.ast.Decl;

/** One bound C function in one configuration: found and read as a spec fn, or a positioned problem. */
final class Functions {
    private Functions() {}

    static Decl.Fn read(KernelRequest.Wanted w, MacroTable table, CEvaluator eval, TreeFiles files,
                        KernelProblems problems, String config) {
        SourceFile f = files.source(w.file());
        CFunctionSource src;
        try {
            src = CFunctionSource.find(CLexer.tokens(f.text()), w.name());
        } catch (CProblem p) {
            problems.add(DiagnosticCode.KERNEL_UNSUPPORTED_C, f.span(p.start(), p.end()), p.getMessage(), null);
            return null;
        }
        if (src == null) {
            problems.add(DiagnosticCode.KERNEL_FUNCTION_MISSING, w.site(), "no definition of function " + w.name()
                    + " in " + w.file(), null);
            return null;
        }
        try {
            return CFunctionReader.read(f, src, table, eval);
        } catch (CProblem p) {
            problems.add(DiagnosticCode.KERNEL_UNSUPPORTED_C, f.span(p.start(), p.end()), "in " + w.name() + ": "
                    + p.getMessage(), config);
            return null;
        }
    }
}
