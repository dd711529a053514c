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
    /** {@code condition}: the configurations the region exists in ({@code region R = [a, b) if C;}), or null. */
    record Region(Span span, Name name, Expr start, Expr end, Expr permanent, Expr condition) implements Named {}

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

    // ---- bindings to a kernel tree: ignored by elaboration, read by ptprove.bind

    /** {@code kernel versions of ERA { 517: "5.17" to "6.4"; ... }}: which releases each value stands for. */
    record KernelVersions(Span span, Name param, List<KernelEra> eras) implements Decl {
        public KernelVersions { eras = List.copyOf(eras); }
    }

    /** {@code 517: "5.17" to "6.4";} ({@code to} is null for {@code and later}); versions as written, unquoted. */
    record KernelEra(Span span, Expr.IntLit value, String from, Span fromSpan, String to, Span toSpan) implements Node {}

    /** {@code kernel config CONFIG_X = expr;}: a bool is y/n, a number an int symbol, in generated/autoconf.h. */
    record KernelConfig(Span span, Name symbol, Expr value) implements Decl {}

    /** {@code kernel sizeof(struct NAME) = expr;} */
    record KernelSizeof(Span span, Name struct, Expr value) implements Decl {}

    /** {@code kernel variable NAME = expr;}: a run-time kernel variable a macro reads (vabits_actual). */
    record KernelVariable(Span span, Name variable, Expr value) implements Decl {}

    /**
     * {@code kernel "FILE" defines A, B as C, fn f [if COND];}: FILE is relative to the tree's top; {@code condition}
     * (null when absent) limits the binding to the configurations where the kernel has these names.
     */
    record KernelDefines(Span span, String file, Span fileSpan, List<KernelName> names, Expr condition) implements Decl {
        public KernelDefines { names = List.copyOf(names); }
    }

    /** One bound name: the kernel's macro or function, and the spec's let or fn (the same name unless {@code as}). */
    record KernelName(Span span, boolean fn, Name kernel, Name spec) implements Node {}
}
