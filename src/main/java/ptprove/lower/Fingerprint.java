package ptprove.lower;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ptprove.ir.Obligation;

/**
 * A short content name for an obligation's query: the first 12 hex digits of SHA-256 over its kind, width and
 * {@link SmtLib#query deterministic query text} (variable sorts, assumptions, claim). The spec path, the
 * property's name, the configuration's name and source spans are left out, so moving or renaming a file keeps
 * the fingerprint, while any change to what is asked changes it.
 */
public final class Fingerprint {
    private Fingerprint() {}

    /** Hex digits kept: 48 bits, plenty to tell a run's obligations apart. */
    public static final int LENGTH = 12;

    public static String of(Obligation o) {
        return ofQuery(o, SmtLib.query(o));
    }

    /** For callers that already rendered the query. */
    public static String ofQuery(Obligation o, String query) {
        // The kind is spelled out because a theorem's query and an example's can coincide textually.
        String text = "ptprove-query/1\nkind " + o.kind().word() + "\nwidth " + o.width() + "\n" + query;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
