package ptprove.cache;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import ptprove.ir.Config;

/**
 * The text of a spec-level entry: the format, the key it answers (echoed, so an entry copied to another name is
 * caught), one line per input, diagnostic, obligation shape (a property's kind, name and variables), configuration
 * and outcome, and a checksum over everything before it (so a truncated or
 * damaged entry is caught: CRC-32C, which the JVM computes in hardware even before its JIT starts; like the
 * per-query entries' SHA-256 it is no protection against a deliberate edit, which no checksum kept beside the data
 * can be). Lines are tab-separated {@link Fields}.
 */
final class SpecEntry {
    private SpecEntry() {}

    static String encode(SpecKey key, StoredSpec spec) {
        StringBuilder sb = new StringBuilder();
        sb.append(SpecKey.FORMAT).append('\n');
        line(sb, List.of("key", key.hash()));
        line(sb, List.of("tool", key.tool()));
        for (InputDigest i : spec.inputs()) line(sb, List.of("input", i.kind().word(), i.name(), i.sha256()));
        for (StoredDiagnostic d : spec.storedDiagnostics()) line(sb, d.fields());
        Map<StoredOutcome.Shape, Integer> shapes = new HashMap<>();
        Map<List<Config.Entry>, Integer> configs = new HashMap<>();
        for (StoredOutcome o : spec.storedOutcomes()) {
            Integer shape = shapes.get(o.shape());
            if (shape == null) {
                shapes.put(o.shape(), shape = shapes.size());
                line(sb, tagged("shape", o.shape().fields()));
            }
            Integer config = configs.get(o.config());
            if (config == null) {
                configs.put(o.config(), config = configs.size());
                line(sb, tagged("config", StoredOutcome.configFields(o.config())));
            }
            line(sb, tagged("outcome", o.fields(shape, config)));
        }
        String checksum = checksum(sb.toString());
        line(sb, List.of("checksum", checksum));
        return sb.toString();
    }

    private static List<String> tagged(String tag, List<String> fields) {
        List<String> out = new ArrayList<>(fields.size() + 1);
        out.add(tag);
        out.addAll(fields);
        return out;
    }

    private static void line(StringBuilder sb, List<String> fields) {
        sb.append(Fields.join(fields)).append('\n');
    }

    /** An intact entry written by other code (an earlier build): a miss, not damage; the run replaces it. */
    static final class Stale extends Exception {
        Stale() { super("written by other code"); }
    }

    static StoredSpec decode(String text, SpecKey expected) throws SpecEntryInvalid, Stale {
        int last = text.lastIndexOf("checksum\t");
        if (last < 0 || !text.endsWith("\n") || (last > 0 && text.charAt(last - 1) != '\n')) {
            throw new SpecEntryInvalid("no checksum");
        }
        String body = text.substring(0, last);
        if (!text.substring(last).equals("checksum\t" + checksum(body) + "\n")) {
            throw new SpecEntryInvalid("checksum mismatch");
        }
        String[] lines = body.split("\n", -1);
        if (lines.length < 4 || !lines[0].equals(SpecKey.FORMAT)) throw new SpecEntryInvalid("another format");
        if (!lines[1].equals("key\t" + expected.hash())) throw new SpecEntryInvalid("answers another key");
        if (!lines[2].equals(Fields.join(List.of("tool", expected.tool())))) throw new Stale();
        List<InputDigest> inputs = new ArrayList<>();
        List<StoredDiagnostic> diags = new ArrayList<>();
        List<StoredOutcome> outcomes = new ArrayList<>();
        List<StoredOutcome.Shape> shapes = new ArrayList<>(); // numbered in order of appearance
        List<List<Config.Entry>> configs = new ArrayList<>();
        for (int i = 3; i < lines.length - 1; i++) { // the body ends with a newline: its last "line" is empty
            FieldReader r = new FieldReader(lines[i]);
            switch (r.text()) {
                case "input" -> inputs.add(input(r));
                case "diagnostic" -> diags.add(StoredDiagnostic.read(r));
                case "shape" -> shapes.add(StoredOutcome.Shape.read(r));
                case "config" -> configs.add(StoredOutcome.readConfig(r));
                case "outcome" -> outcomes.add(StoredOutcome.read(r, shapes, configs));
                default -> throw new SpecEntryInvalid("an unknown line");
            }
        }
        return new StoredSpec(inputs, diags, outcomes);
    }

    static String checksum(String body) {
        CRC32C crc = new CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        String hex = Long.toHexString(crc.getValue());
        return "0".repeat(8 - hex.length()) + hex;
    }

    private static InputDigest input(FieldReader r) throws SpecEntryInvalid {
        InputDigest.Kind kind = InputDigest.Kind.ofWord(r.text());
        String name = r.text();
        String sha = r.text();
        r.end();
        if (sha.length() != 64 || !sha.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new SpecEntryInvalid("not a digest");
        }
        return new InputDigest(kind, name, sha);
    }
}
