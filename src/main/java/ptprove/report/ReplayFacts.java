package ptprove.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import ptprove.result.Replay;

/**
 * The reference evaluator's replay in one line and as a JSON object, for the CI formats (SARIF, JUnit), where a
 * reviewer sees only a message: the freed table in kernel terms (level, index path, the span the table maps, the
 * sub-range the walk visited it with) and whether the replay confirmed the solver's model.
 */
final class ReplayFacts {
    private ReplayFacts() {}

    /**
     * {@code level pmd (pgd[507] -> pud[255] -> pmd[0]), table span [0x…, 0x…), walk [0x…, 0x…); replay
     * confirmed}; for a refutation without a freed table, its false conjuncts with the values of both sides.
     */
    static String text(Replay replay) {
        StringBuilder sb = new StringBuilder();
        if (!replay.findings().isEmpty()) {
            Replay.Finding f = replay.findings().get(0);
            sb.append("level ").append(f.level()).append(" (").append(f.indexPath()).append("), table span [")
              .append(Formats.hex(f.tableStart())).append(", ").append(Formats.hex(f.tableEnd())).append("), walk [")
              .append(Formats.hex(f.walkStart())).append(", ").append(Formats.hex(f.walkEnd())).append(")");
            sb.append("; ");
        }
        for (Replay.Conjunct c : replay.falseConjuncts()) {
            sb.append("false (line ").append(c.line()).append("): ").append(c.source());
            if (c.isComparison()) {
                sb.append(" (").append(c.left()).append(" = ").append(c.leftValue()).append(", ").append(c.right())
                  .append(" = ").append(c.rightValue()).append(')');
            }
            sb.append("; ");
        }
        sb.append("replay ").append(replay.status().word());
        if (!replay.explanation().isEmpty()) sb.append(" (").append(replay.explanation()).append(')');
        return sb.toString();
    }

    /**
     * The trace a report shows for this replay: the first freed table's guard, or, with no table freed, the
     * claim, the fns it calls and the history reads (what the text report prints under {@code trace:}).
     */
    static List<Replay.Step> shownTrace(Replay replay) {
        if (replay == null) return List.of();
        return replay.findings().isEmpty() ? replay.trace() : replay.findings().get(0).trace();
    }

    /**
     * {@code {"status", "level", "index_path", "table_span": [a, b], "walk": [c, d]}}: no more than a JSON report
     * holds, so a report rendered again from its JSON ({@code ptprove render}) says the same.
     */
    static ObjectNode json(Replay replay) {
        ObjectNode node = Json.object();
        node.put("status", replay.status().word());
        if (!replay.explanation().isEmpty()) node.put("detail", replay.explanation());
        if (!replay.falseConjuncts().isEmpty()) node.set("falseConjuncts", conjuncts(replay.falseConjuncts()));
        if (replay.findings().isEmpty()) return node;
        Replay.Finding f = replay.findings().get(0);
        node.put("level", f.level());
        node.put("index_path", f.indexPath());
        node.putArray("table_span").add(Formats.hex(f.tableStart())).add(Formats.hex(f.tableEnd()));
        node.putArray("walk").add(Formats.hex(f.walkStart())).add(Formats.hex(f.walkEnd()));
        return node;
    }

    /** {@code [{"line", "column", "source", "op", "left", "leftValue", "right", "rightValue"}]}. */
    static com.fasterxml.jackson.databind.node.ArrayNode conjuncts(java.util.List<Replay.Conjunct> conjuncts) {
        com.fasterxml.jackson.databind.node.ArrayNode out = Json.array();
        for (Replay.Conjunct c : conjuncts) {
            ObjectNode n = out.addObject();
            n.put("line", c.line());
            n.put("column", c.column());
            n.put("source", c.source());
            if (!c.isComparison()) continue;
            n.put("op", c.op());
            n.put("left", c.left());
            n.put("leftValue", c.leftValue());
            n.put("right", c.right());
            n.put("rightValue", c.rightValue());
        }
        return out;
    }
}
