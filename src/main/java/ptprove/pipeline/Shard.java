package ptprove.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --shard i/n}: the i-th of n parts of a run's obligations (1-based), for parallel CI jobs. Obligations
 * are dealt round-robin in run order (specs as named, obligations in spec order), so the parts differ in size by
 * at most one and the split depends only on the specs and the selection: not on {@code --jobs}, the machine or
 * timing. Every job compiles every spec (cheap) and solves only its part.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist");
        }
    }

    /** Parses {@code i/n}; the message of the exception is the usage error to print. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,6}") || !parts[1].matches("[0-9]{1,6}")) {
            throw new IllegalArgumentException("'" + text + "' is not a shard: expected i/n, e.g. 2/4");
        }
        int i = Integer.parseInt(parts[0]);
        int n = Integer.parseInt(parts[1]);
        if (n < 1) throw new IllegalArgumentException("'" + text + "': the number of shards must be at least 1");
        if (i < 1 || i > n) {
            throw new IllegalArgumentException("'" + text + "': the shard must be between 1 and " + n);
        }
        return new Shard(i, n);
    }

    public boolean isAll() { return count == 1; }

    /** Whether the obligation at {@code position} in the whole run's order belongs to this shard. */
    public boolean contains(int position) {
        return position % count == index - 1;
    }

    /** This shard's part of {@code all}, in order. */
    public <T> List<T> select(List<T> all) {
        List<T> mine = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) if (contains(k)) mine.add(all.get(k));
        return mine;
    }

    @Override public String toString() { return index + "/" + count; }
}
