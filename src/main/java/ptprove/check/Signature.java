package ptprove.check;

import java.util.List;

/** The fixed signature of a name the language defines: a {@link Builtin} function or a {@link WalkMember}. */
public record Signature(String spelling, Type result, List<Type> params) {
    Signature(String spelling, Type result, Type... params) {
        this(spelling, result, List.of(params));
    }

    /** A constant with a signature: it says which, and answers for its parts. */
    public interface Of {
        Signature signature();

        default String spelling() { return signature().spelling(); }
        default Type result() { return signature().result(); }
        default List<Type> params() { return signature().params(); }
    }

    /** The one of {@code all} spelled {@code name}, or null. */
    static <E extends Of> E byName(E[] all, String name) {
        for (E e : all) if (e.spelling().equals(name)) return e;
        return null;
    }
}
