package ptprove.check;

/** Where an expression sits; decides which names and constructs are allowed. */
enum Mode {
    /** Param domains: literals only. */
    LITERAL,
    /** Requires, geometry, property conditions: params and lets of params (enforced by ConstancyRules). */
    CONFIG,
    /** Lets, regions, var constraints. */
    GLOBAL,
    /** Fn bodies. */
    FN,
    /** Free-clause guards ({@code walk} and the level binder in scope). */
    GUARD,
    /** Theorem and example bodies: quantifiers and walks allowed. */
    PROPERTY,
    /** Event bodies: state fields readable at a loop's current chunk and in all()/any(). */
    EVENT,
    /** View expressions: state fields readable at the view's address. */
    VIEW
}
