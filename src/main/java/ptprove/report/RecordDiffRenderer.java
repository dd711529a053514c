package ptprove.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import ptprove.proofs.RecordChange;

/**
 * {@code ptprove diff}: the changes between two sets of proof records, per spec. Text lists each new, flipped
 * and gone obligation as {@code check} does and counts the changed fingerprints; JSON gives every change in the
 * shape of a check report's {@code changes} ({@code {"changes": [...], "summary": {"differences",
 * "fingerprintChanges"}}}).
 */
public final class RecordDiffRenderer {
    private RecordDiffRenderer() {}

    /** One spec's changes; {@code spec} is the spec its records name (or the record's path). */
    public record SpecChanges(String spec, List<RecordChange> changes) {
        public SpecChanges { changes = List.copyOf(changes); }
    }

    public static String text(List<SpecChanges> specs) {
        List<String> lines = new ArrayList<>();
        int differences = 0, prints = 0;
        for (SpecChanges s : specs) {
            List<RecordChange> mine = s.changes().stream().filter(RecordChange::isDifference).toList();
            differences += mine.size();
            prints += s.changes().size() - mine.size();
            if (mine.isEmpty()) continue;
            lines.add(Texts.truncateMiddle(Texts.printable(s.spec()), Texts.WIDTH - 1) + ":");
            for (RecordChange c : mine) lines.addAll(TextReportRenderer.changeLines(c, null));
        }
        if (!lines.isEmpty()) lines.add("");
        lines.add(Texts.plural(differences, "difference") + " ("
                + Texts.plural(prints, "fingerprint") + " changed, verdicts unchanged)");
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        return sb.toString();
    }

    public static String json(List<SpecChanges> specs) {
        ObjectNode root = Json.object();
        ArrayNode changes = root.putArray("changes");
        int differences = 0, prints = 0;
        for (SpecChanges s : specs) {
            for (RecordChange c : s.changes()) {
                changes.add(JsonReportRenderer.change(s.spec(), c));
                if (c.isDifference()) differences++; else prints++;
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("differences", differences);
        summary.put("fingerprintChanges", prints);
        return Json.write(root);
    }
}
