package ptprove.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.source.SourceFile;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Name;
import ptprove.syntax.ast.Stmt;
import ptprove.syntax.ast.TypeName;

/**
 * Reads one C function of the pure integer subset as a spec {@link Decl.Fn} for one configuration: the body's
 * macro uses are expanded with that configuration's macro table (each resulting node points at the use), then
 * parsed and translated statement by statement. Every node's span points into the kernel file.
 */
final class CFunctionReader {
    private CFunctionReader() {}

    static Decl.Fn read(SourceFile file, CFunctionSource src, MacroTable table, CEvaluator constants) throws CProblem {
        TypeName returns = specType(src.returnType(), src.name());
        Map<String, TypeName> scope = new LinkedHashMap<>();
        List<Decl.FnParam> params = new ArrayList<>();
        for (CFunctionSource.Param p : src.params()) {
            TypeName t = specType(p.type(), p.name());
            scope.put(p.name().text(), t);
            params.add(new Decl.FnParam(new Name(p.name().text(), file.span(p.name().start(), p.name().end())), t));
        }
        List<CToken> body = expand(file.text(), src.body(), table);
        CToSpec spec = new CToSpec(file, constants, scope);
        Stmt.Block block = new CStatements(body, spec, scope, returns).body(src.start(), src.end());
        Name name = new Name(src.name().text(), file.span(src.name().start(), src.name().end()));
        return new Decl.Fn(file.span(src.start(), src.end()), name, params, returns, block);
    }

    /** The spec type of a C parameter, local or return type: 64-bit unsigned or bool, nothing else. */
    static TypeName specType(CTypeName type, CToken at) throws CProblem {
        if (!type.isStruct() && type.basic() == CType.BOOL) return TypeName.BOOL;
        if (!type.isStruct() && type.basic().bits == 64 && !type.basic().signed) return TypeName.ULONG;
        throw new CProblem("type '" + type.spelling() + "' (only 64-bit unsigned integers and bool are in the"
                + " supported subset, as the spec computes in unsigned long)", at);
    }

    /**
     * The body with every macro use replaced by its expansion: an object-like macro by name, a function-like one
     * with its parenthesised arguments (the arguments are expanded by the preprocessor, as C does).
     */
    static List<CToken> expand(String text, List<CToken> body, MacroTable table) throws CProblem {
        List<CToken> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            CToken t = body.get(i);
            MacroDefinition def = t.isIdent() ? table.definition(t.text()) : null;
            if (def == null || (def.isFunctionLike() && !body.get(i + 1).is("("))) {
                out.add(t);
                continue;
            }
            int last = i;
            if (def.isFunctionLike()) {
                last = CFunctionSource.matching(body, i + 1);
                if (last < 0) throw new CProblem("unclosed arguments of macro " + t.text(), t);
            }
            int end = body.get(last).end();
            List<CToken> expansion = table.expand(text.substring(t.start(), end), t.start(), end);
            out.addAll(expansion.subList(0, expansion.size() - 1));
            i = last;
        }
        return out;
    }
}
