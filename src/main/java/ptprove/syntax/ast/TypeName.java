package ptprove.syntax.ast;

/** The value types a spec can write: C's {@code unsigned long} (as wide as the address space) and bool. */
public enum TypeName {
    ULONG("unsigned long"), BOOL("bool");

    private final String display;
    TypeName(String display) { this.display = display; }
    public String display() { return display; }
}
