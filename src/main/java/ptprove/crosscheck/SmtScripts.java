package ptprove.crosscheck;

import java.util.ArrayList;
import java.util.List;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.ir.Terms;
import ptprove.lower.SmtLib;

/**
 * The standalone SMT-LIB 2 (QF_BV) scripts of an obligation, as {@code export-smt} writes them and the
 * cross-check feeds them to another solver, and their file names.
 *
 * <ul>
 * <li>The <em>query</em> script is {@link SmtLib#script(Obligation)} under a header saying what each answer
 *     means: for a theorem {@code assumptions ∧ ¬claim}, for an example {@code assumptions ∧ claim}.</li>
 * <li>The <em>assumptions</em> script asks only whether the assumptions can hold: unsat there means the
 *     obligation is vacuous, whatever the query says.</li>
 * </ul>
 * Both are deterministic: the same obligation gives the same bytes.
 */
public final class SmtScripts {
    private SmtScripts() {}

    /** File suffix of a query script. */
    public static final String QUERY_SUFFIX = ".smt2";
    /** File suffix of an assumptions-only script. */
    public static final String ASSUMPTIONS_SUFFIX = ".assumptions.smt2";

    /** The query, under a header naming the obligation and what {@code sat} and {@code unsat} mean. */
    public static String query(Obligation o) {
        StringBuilder sb = new StringBuilder();
        boolean theorem = o.kind() == Obligation.Kind.THEOREM;
        comment(sb, "ptprove: one " + o.kind().word() + " in one configuration, as a standalone QF_BV query");
        if (theorem) {
            comment(sb, "asks: assumptions && !claim");
            comment(sb, "sat   = refuted: the model is a counterexample");
            comment(sb, "unsat = proved, provided the assumptions can hold at all");
        } else {
            comment(sb, "asks: assumptions && claim");
            comment(sb, "sat   = witnessed: the model is a witness");
            comment(sb, "unsat = unwitnessed: no case satisfies it");
        }
        comment(sb, "Vacuity is a separate question, not asked here: if the assumptions alone are unsat, ptprove");
        comment(sb, "reports 'vacuous' instead (export-smt --vacuity writes that query as *" + ASSUMPTIONS_SUFFIX
                + ").");
        sb.append(SmtLib.script(o));
        return sb.toString();
    }

    /** Whether the obligation has assumptions worth asking about (not the constant true). */
    public static boolean hasAssumptions(Obligation o) {
        return !Terms.isTrue(o.assumptions());
    }

    /** The vacuity question: can the assumptions hold? Unsat means the obligation is vacuous. */
    public static String assumptions(Obligation o) {
        StringBuilder sb = new StringBuilder();
        comment(sb, "ptprove: the assumptions of one " + o.kind().word() + " in one configuration, alone");
        comment(sb, "spec: " + o.spec());
        comment(sb, o.kind().word() + ": " + o.name());
        String config = o.config().toString();
        if (!config.isEmpty()) comment(sb, "config: " + config);
        comment(sb, "sat   = the assumptions can hold: the " + o.kind().word() + " is not vacuous");
        comment(sb, "unsat = vacuous: no case meets the assumptions, so the query proves nothing");
        sb.append("(set-logic QF_BV)\n");
        sb.append(assumptionsQuery(o));
        return sb.toString();
    }

    /** Declarations, the assumptions and {@code (check-sat)}: no comments, so identical questions compare equal. */
    public static String assumptionsQuery(Obligation o) {
        Obligation alone = new Obligation(o.spec(), o.index(), o.name(), Obligation.Kind.EXAMPLE, o.span(),
                o.config(), o.width(), o.variables(), o.assumptions(), Terms.TRUE);
        return SmtLib.query(alone);
    }

    /**
     * {@code <spec-stem>/<name>__<config>.smt2}, e.g. {@code layout/va_fits__ERA=504_PAGE_SHIFT=12_VA_BITS=48.smt2};
     * just {@code <name>.smt2} for a spec without params. Unique within a spec, since an obligation is named by
     * its property and configuration.
     */
    public static String relativePath(Obligation o, String suffix) {
        return stem(o.spec()) + "/" + baseName(o) + suffix;
    }

    /**
     * {@code name__P1=V1_P2=V2}: readable, with only characters safe in a file name. One longer than
     * {@value #MAX_BASE} characters (long param names: file systems allow 255 bytes with the suffix) keeps its
     * first {@value #KEPT} and ends in {@code ~} and 12 hex digits of its SHA-256, so it stays distinct.
     */
    public static String baseName(Obligation o) {
        List<String> parts = new ArrayList<>();
        for (Config.Entry e : o.config().entries()) parts.add(e.name() + "=" + e.valueText());
        String name = safe(o.name());
        String full = parts.isEmpty() ? name : name + "__" + safe(String.join("_", parts));
        return full.length() <= MAX_BASE ? full : full.substring(0, KEPT) + "~" + sha256(full).substring(0, 12);
    }

    static final int MAX_BASE = 200;
    private static final int KEPT = 180;

    private static String sha256(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    /** {@code specs/arm64/layout.ptl} gives {@code layout}. */
    public static String stem(String spec) {
        String s = spec.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        if (s.endsWith(".ptl")) s = s.substring(0, s.length() - 4);
        return safe(s);
    }

    private static String safe(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_-=.+".indexOf(c) >= 0;
            sb.append(ok ? c : '_');
        }
        String out = sb.toString();
        return out.isEmpty() || out.startsWith(".") ? "_" + out : out;
    }

    private static void comment(StringBuilder sb, String text) {
        sb.append("; ").append(text.replaceAll("[\\r\\n\\x00-\\x1f]", " ")).append('\n');
    }
}
