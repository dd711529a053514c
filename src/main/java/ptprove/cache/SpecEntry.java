package ptprove.cache;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a spec-level entry: the format, the key it answers (echoed, so an entry copied to another name is
 * caught), one line per input, diagnostic and outcome, and a checksum over everything before it (so a truncated or
 * edited entry is caught). Lines are tab-separated {@link Fields}.
 */
final class SpecEntry {
    private SpecEntry() {}

    static String encode(SpecKey key, StoredSpec spec) {
        StringBuilder sb = new StringBuilder();
        sb.append(SpecKey.FORMAT).append('\n');
        line(sb, List.of("key", key.hash()));
        for (InputDigest i : spec.inputs()) line(sb, List.of("input", i.kind().word(), i.name(), i.sha256()));
        for (StoredDiagnostic d : spec.storedDiagnostics()) line(sb, d.fields());
        for (StoredOutcome o : spec.storedOutcomes()) line(sb, o.fields());
        String checksum = CacheKey.sha256(sb.toString());
        line(sb, List.of("checksum", checksum));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> fields) {
        sb.append(Fields.join(fields)).append('\n');
    }

    static StoredSpec decode(String text, SpecKey expected) throws SpecEntryInvalid {
        int last = text.lastIndexOf("checksum\t");
        if (last < 0 || !text.endsWith("\n") || (last > 0 && text.charAt(last - 1) != '\n')) {
            throw new SpecEntryInvalid("no checksum");
        }
        String body = text.substring(0, last);
        if (!text.substring(last).equals("checksum\t" + CacheKey.sha256(body) + "\n")) {
            throw new SpecEntryInvalid("checksum mismatch");
        }
        String[] lines = body.split("\n", -1);
        if (lines.length < 3 || !lines[0].equals(SpecKey.FORMAT)) throw new SpecEntryInvalid("another format");
        if (!lines[1].equals("key\t" + expected.hash())) throw new SpecEntryInvalid("answers another key");
        List<InputDigest> inputs = new ArrayList<>();
        List<StoredDiagnostic> diags = new ArrayList<>();
        List<StoredOutcome> outcomes = new ArrayList<>();
        for (int i = 2; i < lines.length - 1; i++) { // the body ends with a newline: its last "line" is empty
            FieldReader r = new FieldReader(lines[i]);
            switch (r.text()) {
                case "input" -> inputs.add(input(r));
                case "diagnostic" -> diags.add(StoredDiagnostic.read(r));
                case "outcome" -> outcomes.add(StoredOutcome.read(r));
                default -> throw new SpecEntryInvalid("an unknown line");
            }
        }
        return new StoredSpec(inputs, diags, outcomes);
    }

    private static InputDigest input(FieldReader r) throws SpecEntryInvalid {
        InputDigest.Kind kind = InputDigest.Kind.ofWord(r.text());
        String name = r.text();
        String sha = r.text();
        r.end();
        if (!sha.matches("[0-9a-f]{64}")) throw new SpecEntryInvalid("not a digest");
        return new InputDigest(kind, name, sha);
    }
}
