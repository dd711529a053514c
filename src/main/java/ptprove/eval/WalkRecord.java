package ptprove.eval;

import java.util.List;
import java.util.Optional;
import ptprove.check.MemberKind;
import ptprove.syntax.ast.Expr;

/**
 * What one evaluation of a walk member found, for reports: the value, and for {@code frees_table_of} /
 * {@code frees_any} the witness the search found (if any) with the visits on the way to it; for
 * {@code may_free(L, a)} and {@code clears_leaf(L, a)} the visits on the way to {@code a}.
 *
 * @param level   the level asked about ({@code may_free}, {@code clears_leaf}) or the witness's level; may be null
 * @param address the address asked about ({@code may_free}, {@code clears_leaf}) or the witness's address; may be null
 * @param region  the region of {@code frees_table_of}; null otherwise
 * @param witness the witness found by search; null for {@code may_free}, {@code clears_leaf} and when the value is false
 */
public record WalkRecord(Expr.Member site, MemberKind kind, WalkValue walk, LevelValue level, Long address,
                         RegionValue region, boolean value, Witness witness, List<Visit> trace) {

    public WalkRecord { trace = List.copyOf(trace); }

    static WalkRecord mayFree(Expr.Member site, WalkQueries walk, LevelValue level, long a) {
        List<Visit> trace = walk.trace(level, a);
        return new WalkRecord(site, MemberKind.MAY_FREE, walk.value(), level, a, null,
                walk.decides(trace, level, a), null, trace);
    }

    static WalkRecord clearsLeaf(Expr.Member site, WalkQueries walk, LevelValue level, long a) {
        List<Visit> trace = walk.leafTrace(level, a);
        return new WalkRecord(site, MemberKind.CLEARS_LEAF, walk.value(), level, a, null,
                walk.reached(trace, level, a), null, trace);
    }

    static WalkRecord search(Expr.Member site, MemberKind kind, WalkQueries walk, RegionValue region,
                             Optional<Witness> found) {
        if (found.isEmpty()) {
            return new WalkRecord(site, kind, walk.value(), null, null, region, false, null, List.of());
        }
        Witness w = found.get();
        return new WalkRecord(site, kind, walk.value(), w.level(), w.address(), region, true, w,
                walk.trace(w.level(), w.address()));
    }

    /** {@code free_empty_tables(...).over(0x.., 0x..).frees_table_of(vmalloc) = true: level pmd, ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(site.span().text().replaceAll("\\s+", " ")).append(" = ").append(value);
        sb.append("   [").append(walk).append(']');
        if (witness != null) sb.append("\n  witness: ").append(witness);
        for (Visit v : trace) sb.append("\n  visit ").append(v);
        return sb.toString();
    }
}
