package ptprove.ir;

import java.util.List;
import java.util.stream.Collectors;

/** One configuration: a value for every param, in declaration order. Booleans are stored as 0/1. */
public record Config(List<Entry> entries) {
    public record Entry(String name, long value, boolean isBool) {
        public String valueText() {
            return isBool ? (value != 0 ? "true" : "false") : Long.toUnsignedString(value);
        }
    }

    public Config { entries = List.copyOf(entries); }

    public static final Config EMPTY = new Config(List.of());

    public Long get(String name) {
        for (Entry e : entries) if (e.name.equals(name)) return e.value;
        return null;
    }

    /** {@code ERA=504 PAGE_SHIFT=12 VA_BITS=48}; empty for a spec without params. */
    @Override public String toString() {
        return entries.stream().map(e -> e.name + "=" + e.valueText()).collect(Collectors.joining(" "));
    }
}
