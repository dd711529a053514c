package ptprove.proofs;

import ptprove.ir.Config;
import ptprove.ir.Obligation;

/**
 * What identifies an obligation across runs: kind, property name and configuration. Not the index (adding a
 * theorem above another must not make it "new") and not the spec (one record belongs to one spec).
 */
public record RecordKey(Obligation.Kind kind, String name, Config config) {

    public static RecordKey of(Obligation o) {
        return new RecordKey(o.kind(), o.name(), o.config());
    }

    /** {@code theorem name [ERA=504 VA_BITS=48]}, the form a record line starts with. */
    @Override public String toString() {
        return kind.word() + " " + name + " [" + config + "]";
    }
}
