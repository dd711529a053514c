package ptprove.check;

/**
 * The types the checker assigns. Only ULONG and BOOL are values in C's sense; the others name things a spec can
 * pass to built-ins: a page-table level, a region, a teardown applied to its arguments (POLICY), a policy applied
 * to a range (WALK), a tuple for {@code (a, b) in {...}}.
 */
public enum Type {
    ULONG("unsigned long"), BOOL("bool"), LEVEL("level"), REGION("region"), PAGETABLE("pagetable"),
    POLICY("teardown"), WALK("walk"), TUPLE("tuple"),
    /** An event applied to its arguments, {@code add(s, e)}: only as an argument of {@code after(...)}. */
    EVENT("event"),
    /** {@code after(e1, e2, ...)}: the state after a sequence of events, read with {@code .FIELD(addr)}. */
    HISTORY("history"),
    /** After an error; suppresses follow-on reports. */
    ERROR("<error>");

    private final String display;
    Type(String display) { this.display = display; }
    public String display() { return display; }

    /** "an unsigned long", "a level": for messages. */
    public String withArticle() {
        return ("aeiou".indexOf(display.charAt(0)) >= 0 ? "an " : "a ") + display;
    }
}
