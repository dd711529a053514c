package ptprove.cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What names a spec-level entry: the spec as the run names it (display path, file, root), and everything about
 * the run that can change its results: the {@code --config} selection, the solver options and mode, ptprove's
 * version, the digest of its code ({@link ToolIdentity}), the solver's version and the JVM's. The contents of
 * the spec and its imports are not in the name: they are {@link InputDigest}s inside the entry, checked against
 * what the front end read (an import chain is only known after parsing). An input stage that makes results depend
 * on something else (a kernel tree given on the command line) adds it as one more {@link Builder#with part}.
 *
 * @param hash 64 hex digits: the entry's file name, echoed inside it
 * @param tool the code that answers ({@link ToolIdentity} and the JVM): checked inside the entry rather than
 *             hashed into its name, so a new build replaces a spec's entry instead of adding one beside it
 */
public record SpecKey(String hash, String tool) {
    static final String FORMAT = "ptprove-spec-cache/1";

    /** Builds a key from named parts, in the order given; the format and the code digest are always included. */
    public static final class Builder {
        private final Map<String, String> parts = new LinkedHashMap<>();

        /** One part of the name; a part's value may be any text (it is escaped). Later values replace earlier. */
        public Builder with(String part, String value) {
            parts.put(part, value);
            return this;
        }

        public SpecKey build() {
            StringBuilder text = new StringBuilder(FORMAT).append('\n');
            parts.forEach((k, v) -> text.append(Fields.join(List.of(k, v))).append('\n'));
            String tool = "code " + ToolIdentity.digest() + " java " + System.getProperty("java.vm.version", "?");
            return new SpecKey(CacheKey.sha256(text.toString()), tool);
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
