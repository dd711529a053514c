package ptprove.elaborate;

import java.util.List;
import ptprove.ir.Term;
import ptprove.syntax.ast.Decl;

/** What an expression denotes during elaboration: a term, or one of the non-value things a spec can name. */
sealed interface Value {
    record Of(Term term) implements Value {}
    record Level(ConfigGeometry geometry, int ordinal) implements Value {
        ConfigGeometry.LevelInfo info() { return geometry.level(ordinal); }
    }
    record Region(String name, Term start, Term end) implements Value {}
    record Policy(Decl.Teardown teardown, List<Term> args, ConfigGeometry geometry) implements Value {}
    record Walk(Policy policy, Term start, Term end) implements Value {}
}
