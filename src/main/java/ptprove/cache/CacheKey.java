package ptprove.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ptprove.ir.Obligation;
import ptprove.lower.Fingerprint;
import ptprove.lower.SmtLib;

/**
 * What identifies a cached answer: SHA-256 over the cache format, the run's {@code context} (ptprove and Z3
 * versions, seed, timeout, rlimit), the obligation's kind, width and variables, and its deterministic query text
 * (which fixes how the claim is split into goals). Spec path, names and spans are left out, so an unchanged
 * query in a moved or renamed spec still hits, while any change to what is asked misses.
 *
 * @param hash        64 hex digits: the entry's file name and the key echoed inside it
 * @param fingerprint the obligation's {@link Fingerprint}, from the same query text (rendered once)
 */
record CacheKey(String hash, String fingerprint) {

    static CacheKey of(Obligation o, String context) {
        String query = SmtLib.query(o);
        StringBuilder text = new StringBuilder(query.length() + 256);
        text.append(CacheEntry.FORMAT).append('\n').append(context).append('\n');
        text.append("kind ").append(o.kind().word()).append("\nwidth ").append(o.width()).append('\n');
        // the model is read back by variable: an obligation asking for other variables must not hit
        for (Obligation.Variable v : o.variables()) {
            text.append("var ").append(v.var().name()).append(' ').append(v.var().width()).append('\n');
        }
        text.append(query);
        return new CacheKey(sha256(text.toString()), Fingerprint.ofQuery(o, query));
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
