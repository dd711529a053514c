package ptprove.check;

import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Node;

/** What a name refers to, as resolved by the checker. Consumers switch on the record type. */
public sealed interface Symbol {
    Type type();

    record ParamSym(Decl.Param decl, Type type) implements Symbol {}
    record LetSym(Decl.Let decl, Type type) implements Symbol {}
    record VarSym(Decl.Var decl) implements Symbol { public Type type() { return Type.ULONG; } }
    /** {@code type} is the return type. */
    record FnSym(Decl.Fn decl, Type type) implements Symbol {}
    record RegionSym(Decl.Region decl) implements Symbol { public Type type() { return Type.REGION; } }
    record PagetableSym(Decl.Pagetable decl) implements Symbol { public Type type() { return Type.PAGETABLE; } }
    /** A level of a pagetable, by declaration order ({@code ordinal} 0 is the top). */
    record LevelSym(Decl.Pagetable pagetable, Decl.Level decl, int ordinal) implements Symbol {
        public Type type() { return Type.LEVEL; }
    }
    record TeardownSym(Decl.Teardown decl) implements Symbol { public Type type() { return Type.POLICY; } }
    record PropertySym(Decl.Property decl) implements Symbol { public Type type() { return Type.BOOL; } }
    /**
     * A local name: fn parameter, fn local, quantifier binder, teardown parameter, or the level binder of a
     * {@code free below L} clause. Identity matters (two locals may share a name in different scopes).
     */
    final class LocalSym implements Symbol {
        private final String name;
        private final Type type;
        private final Node declaration;

        public LocalSym(String name, Type type, Node declaration) {
            this.name = name;
            this.type = type;
            this.declaration = declaration;
        }

        public String name() { return name; }
        public Type type() { return type; }
        public Node declaration() { return declaration; }
        @Override public String toString() { return name; }
    }
    /** {@code walk} inside a free clause: its members {@code start} and {@code end} are the clipped sub-range. */
    record WalkViewSym() implements Symbol { public Type type() { return Type.WALK; } }
    record BuiltinSym(Builtin builtin) implements Symbol { public Type type() { return builtin.result(); } }
    /** A state field: {@code type} is its value type (bool or unsigned long). */
    record StateSym(Decl.State decl, Type type) implements Symbol {}
    /** A view: an expression over state fields at one address; {@code type} is its value type. */
    record ViewSym(Decl.View decl, Type type) implements Symbol {}
    /** An event; applied to arguments it has type {@link Type#EVENT}. */
    record EventSym(Decl.Event decl) implements Symbol { public Type type() { return Type.EVENT; } }
    /** {@code after(...)}, {@code all(...)} or {@code any(...)}: the forms of the state language. */
    record FormSym(StateForm form) implements Symbol {
        public Type type() { return form == StateForm.AFTER ? Type.HISTORY : Type.BOOL; }
    }
    /** A kernel size constant such as {@code SZ_2M}, from include/linux/sizes.h. */
    record SizeConstSym(String name, long value) implements Symbol { public Type type() { return Type.ULONG; } }
}
