package ptprove.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.proofs.ProofRecord;
import ptprove.proofs.ProofRecordFormat;
import ptprove.report.ShardIdentity;
import ptprove.syntax.ast.SpecFile;

/**
 * A shard's {@link ShardIdentity}, from what the run compiled and read: two shards of one split agree on it
 * exactly when they checked the same spec texts against the same records with the same selection and options.
 */
final class ShardIdentities {
    private ShardIdentities() {}

    static ShardIdentity of(CheckSettings settings, List<CompiledSpec> specs, Map<CompiledSpec, ProofRecord> records) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("all", Boolean.toString(settings.allCounterexamples()));
        options.put("configs", settings.mode().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        List<ShardIdentity.Spec> out = new ArrayList<>();
        for (CompiledSpec c : specs) {
            ProofRecord rec = records.get(c);
            out.add(new ShardIdentity.Spec(c.input().display(), c.program() == null ? null : sources(c),
                    rec == null ? null : sha256(ProofRecordFormat.format(rec))));
        }
        return new ShardIdentity(settings.config(), options, out);
    }

    /** Every file the spec is made of (imports first), by its displayed path and its whole text. */
    private static String sources(CompiledSpec c) {
        StringBuilder all = new StringBuilder();
        for (SpecFile f : c.program().files()) {
            all.append(f.source().displayPath()).append('\n').append(f.source().text().length()).append('\n')
                    .append(f.source().text());
        }
        return sha256(all.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
