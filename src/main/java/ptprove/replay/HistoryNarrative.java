package ptprove.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ptprove.check.Program;
import ptprove.check.Symbol;
import ptprove.eval.History;
import ptprove.eval.HistoryRecord;
import ptprove.result.Replay;
import ptprove.source.SourceFile;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * A history read in kernel terms, as trace steps: what {@code after(...).NAME(address)} found, then, event by event
 * (with its arguments), every write the events made at that address: which statement, in which loop chunk (the
 * PMD entry or page the kernel's loop was at), over which addresses, and the value it left.
 */
final class HistoryNarrative {
    private final Program program;

    HistoryNarrative(Program program) { this.program = program; }

    /** {@code home}: the property's file; a step elsewhere names its file ({@link Replay.Step#file}). */
    List<Replay.Step> steps(List<HistoryRecord> records, SourceFile home) {
        List<Replay.Step> out = new ArrayList<>();
        for (HistoryRecord r : records) {
            Expr.Member site = r.site();
            out.add(new Replay.Step(Replayer.elsewhere(site.span(), home), site.span().line(), site.span().column(), 1, "after(...)." + r.name() + "("
                    + hex(r.address()) + ")", Map.of(), show(r.value())));
            List<History.Write> writes = r.history().writesAt(fields(site), r.address());
            if (writes.isEmpty()) {
                out.add(new Replay.Step(Replayer.elsewhere(site.span(), home), site.span().line(), site.span().column(), 2, "no event wrote here: the"
                        + " initial state", Map.of(), ""));
            }
            int event = -1;
            for (History.Write w : writes) {
                if (w.event() != event) {
                    event = w.event();
                    Decl.Event e = w.call().event();
                    out.add(new Replay.Step(Replayer.elsewhere(e.name().span(), home), e.name().span().line(), e.name().span().column(), 2, "event " + (event + 1)
                            + ": " + w.call(), Map.of(), ""));
                }
                out.add(step(w, home));
            }
        }
        return out;
    }

    /** The fields a read shows: the field itself, or those its view reads. */
    private Set<Decl.State> fields(Expr.Member site) {
        Set<Decl.State> out = new LinkedHashSet<>();
        Symbol s = program.symbol(site.member());
        if (s instanceof Symbol.StateSym f) out.add(f.decl());
        else if (s instanceof Symbol.ViewSym v) collect(v.decl().value(), out);
        return out;
    }

    private void collect(Expr e, Set<Decl.State> out) {
        if (e instanceof Expr.NameRef ref) {
            Symbol s = program.symbol(ref);
            if (s instanceof Symbol.StateSym f) out.add(f.decl());
            else if (s instanceof Symbol.ViewSym v) collect(v.decl().value(), out);
            return;
        }
        for (Expr c : ptprove.syntax.ast.Exprs.children(e)) collect(c, out);
    }

    private static Replay.Step step(History.Write w, SourceFile home) {
        Map<String, String> values = new LinkedHashMap<>();
        if (w.chunk() != null) {
            values.put("chunk", "[" + hex(w.chunk().start()) + ", " + hex(w.chunk().end()) + ")");
        }
        values.put("wrote", "[" + hex(w.lo()) + ", " + hex(w.hi()) + ")");
        String source = w.at().span().text().strip().replaceAll("\\s+", " ");
        return new Replay.Step(Replayer.elsewhere(w.at().span(), home), w.at().span().line(), w.at().span().column(), 3, source, values,
                w.field().name().text() + "=" + show(w.value()));
    }

    private static String show(Object v) {
        return v instanceof Long l ? hex(l) : String.valueOf(v);
    }

    private static String hex(long v) { return "0x" + Long.toHexString(v); }
}
