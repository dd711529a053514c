package ptprove.syntax.ast;

import java.util.List;
import ptprove.source.Span;

/** Top-level declarations. Optional parts are {@code null} when absent. */
public sealed interface Decl extends Node {

    /** A declaration that introduces a global name. */
    sealed interface Named extends Decl { Name name(); }

    record Import(Span span, String path, Span pathSpan) implements Decl {}

    record AddressBits(Span span, Expr bits) implements Decl {}

    record Param(Span span, Name name, List<Expr> domain) implements Named {
        public Param { domain = List.copyOf(domain); }
    }

    record Require(Span span, Expr condition) implements Decl {}

    record Let(Span span, Name name, Expr value) implements Named {}

    /** A symbolic value fixed at boot (e.g. a KASLR offset): theorems hold for every choice, examples pick one. */
    record Var(Span span, Name name, Expr where) implements Named {}

    record FnParam(Name name, TypeName type) {}

    /** A pure function: {@code body} is an {@link Expr} or a {@link Stmt.Block}. {@code returnType} may be null. */
    record Fn(Span span, Name name, List<FnParam> params, TypeName returnType, Node body) implements Named {
        public Fn { params = List.copyOf(params); }
        public boolean hasBlockBody() { return body instanceof Stmt.Block; }
    }

    record Level(Span span, Name name, Expr shift, Expr condition) implements Node {}

    record Pagetable(Span span, Name name, Expr vaBits, List<Level> levels) implements Named {
        public Pagetable { levels = List.copyOf(levels); }
    }

    /** A half-open range [start, end); {@code permanent} is null, or the condition under which it stays mapped. */
    record Region(Span span, Name name, Expr start, Expr end, Expr permanent) implements Named {}

    /** {@code free below L when guard}: {@code level} is a level name, or a fresh name binding every level. */
    record FreeClause(Span span, Name level, Expr guard) implements Node {}

    /**
     * How each level's loop ends, as the walker's C writes it. {@code DO_WHILE_NE} is mm/memory.c's
     * {@code do { ... } while (addr = next, addr != end)} (the default); {@code DO_WHILE_LT} is arm64's
     * {@code while (addr = next, addr < end)}; {@code FOR_LT} is x86's {@code for (; addr < end; addr = next)}.
     * They differ only for end == 0 (the top) and, for FOR_LT, when start >= end.
     */
    enum Loop {
        DO_WHILE_NE("loop do while (addr != end)"), DO_WHILE_LT("loop do while (addr < end)"),
        FOR_LT("loop for (addr < end)");
        private final String text;
        Loop(String text) { this.text = text; }
        public String text() { return text; }
    }

    record Teardown(Span span, Name name, List<FnParam> params, Name pagetable, Loop loop, List<FreeClause> clauses)
            implements Named {
        public Teardown { params = List.copyOf(params); clauses = List.copyOf(clauses); }
    }

    enum PropertyKind {
        THEOREM("theorem"), EXAMPLE("example");
        private final String keyword;
        PropertyKind(String keyword) { this.keyword = keyword; }
        public String keyword() { return keyword; }
    }

    /** A theorem or example; {@code condition} (may be null) restricts the configurations it is checked in. */
    record Property(Span span, PropertyKind kind, Name name, Expr condition, Expr body) implements Named {}

    /**
     * {@code state NAME: TYPE per GRANULE = INIT;}: a map from addresses to values, one value per
     * {@code GRANULE}-aligned chunk, {@code INIT} everywhere before the first event.
     */
    record State(Span span, Name name, TypeName type, Expr granule, Expr init) implements Named {}

    /** {@code view NAME = EXPR;}: an expression over state fields read at one address. {@code type} may be null. */
    record View(Span span, Name name, TypeName type, Expr value) implements Named {}

    /** {@code event NAME(params) { ... }}: a step of a history, updating the state fields with loops over chunks. */
    record Event(Span span, Name name, List<FnParam> params, Stmt.Block body) implements Named {
        public Event { params = List.copyOf(params); }
    }
}
