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
    /** An event applied to its arguments, as an argument of after(...). */
    record EventApp(Decl.Event event, List<Term> args) implements Value {}
    /** {@code after(e1, ...)}: the events of a history. */
    record History(List<EventApp> events) implements Value {}
    /** Inside an event or a view: where state reads go (never a user-visible value). */
    record StateCtx(HistoryTerms.Reader reader) implements Value {}
}
