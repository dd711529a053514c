package ptprove.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import ptprove.source.Span;
import ptprove.syntax.antlr.PtlParser;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Name;

/** The parse trees of the {@code kernel ...} binding declarations to AST records (part of {@link AstBuilder}). */
final class KernelBindingBuilder {
    private KernelBindingBuilder() {}

    /** The binding {@code ctx} declares, or null when it is another kind of declaration. */
    static Decl decl(AstBuilder b, PtlParser.DeclContext ctx, Span sp) {
        if (ctx instanceof PtlParser.KernelVersionsDeclContext c) {
            List<Decl.KernelEra> eras = new ArrayList<>();
            for (PtlParser.KernelEraContext e : c.kernelEra()) {
                Token from = e.STRING(0).getSymbol();
                Token to = e.STRING().size() > 1 ? e.STRING(1).getSymbol() : null;
                eras.add(new Decl.KernelEra(b.span(e), b.intLit(e.INT()), AstBuilder.unquote(from.getText()),
                        b.span(from), to == null ? null : AstBuilder.unquote(to.getText()),
                        to == null ? null : b.span(to)));
            }
            return new Decl.KernelVersions(sp, b.name(c.ident()), eras);
        }
        if (ctx instanceof PtlParser.KernelConfigDeclContext c) {
            return new Decl.KernelConfig(sp, b.name(c.ident()), b.expr(c.expr()));
        }
        if (ctx instanceof PtlParser.KernelSizeofDeclContext c) {
            return new Decl.KernelSizeof(sp, b.name(c.ident()), b.expr(c.expr()));
        }
        if (ctx instanceof PtlParser.KernelVariableDeclContext c) {
            return new Decl.KernelVariable(sp, b.name(c.ident()), b.expr(c.expr()));
        }
        if (ctx instanceof PtlParser.KernelDefinesDeclContext c) {
            List<Decl.KernelName> names = new ArrayList<>();
            for (PtlParser.KernelNameContext n : c.kernelName()) {
                Name kernel = b.name(n.ident(0));
                Name spec = n.ident().size() > 1 ? b.name(n.ident(1)) : kernel;
                names.add(new Decl.KernelName(b.span(n), n.getStart().getText().equals("fn"), kernel, spec));
            }
            Token file = c.STRING().getSymbol();
            return new Decl.KernelDefines(sp, AstBuilder.unquote(file.getText()), b.span(file), names,
                    c.expr() == null ? null : b.expr(c.expr()));
        }
        return null;
    }
}
