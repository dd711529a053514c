package ptprove.check;

/**
 * The three forms of the state language that look like calls but are not fns: {@code after(e1, e2, ...)} (the
 * state after a history of events, in properties), and {@code all(EXPR)} / {@code any(EXPR)} (EXPR at every
 * address of the current chunk, in an event's loop: the kernel's {@code memchr_inv()} or a {@code pfn_valid()}
 * scan). Their names are not reserved: a global of the same name hides the form (older specs name teardowns
 * {@code all}).
 */
public enum StateForm {
    AFTER("after"), ALL("all"), ANY("any");

    private final String spelling;
    StateForm(String spelling) { this.spelling = spelling; }
    public String spelling() { return spelling; }

    public static StateForm byName(String name) {
        for (StateForm f : values()) if (f.spelling.equals(name)) return f;
        return null;
    }
}
