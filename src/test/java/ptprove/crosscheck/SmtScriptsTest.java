package ptprove.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.lower.Samples;
import ptprove.lower.SmtLib;

/** Script texts and names: what export-smt writes and the cross-check asks. */
class SmtScriptsTest {
    private static Obligation withConfig(Obligation o, String spec, Config c) {
        return new Obligation(spec, 0, o.name(), o.kind(), o.span(), c, o.width(), o.variables(), o.assumptions(),
                o.claim());
    }

    private static final Config ARM = new Config(List.of(new Config.Entry("ERA", 504, false),
            new Config.Entry("PAGE_SHIFT", 12, false), new Config.Entry("VA_BITS", 48, false),
            new Config.Entry("LPA2", 1, true)));

    @Test
    void namesAreReadableDeterministicAndSafe() {
        Obligation o = withConfig(Samples.alignedAdd(), "specs/arm64/layout.ptl", ARM);
        assertEquals("layout/aligned_add__ERA=504_PAGE_SHIFT=12_VA_BITS=48_LPA2=true.smt2",
                SmtScripts.relativePath(o, SmtScripts.QUERY_SUFFIX));
        assertEquals("layout/aligned_add__ERA=504_PAGE_SHIFT=12_VA_BITS=48_LPA2=true.assumptions.smt2",
                SmtScripts.relativePath(o, SmtScripts.ASSUMPTIONS_SUFFIX));
        assertEquals("test/aligned_add.smt2", SmtScripts.relativePath(Samples.alignedAdd(), ".smt2"));
        assertEquals("layout", SmtScripts.stem("C:\\specs\\layout.ptl"));
        assertEquals("_..", SmtScripts.stem(".."));
        assertEquals("my_spec", SmtScripts.stem("dir/my spec.ptl"));
    }

    /** Four 45-character param names made a name too long for the file system: export-smt wrote nothing. */
    @Test
    void aLongNameIsCutAndStaysDistinct() {
        String p = "A_VERY_LONG_PARAM_NAME_THAT_A_KERNEL_CONFIG_HAS";
        Config one = new Config(List.of(new Config.Entry(p + "1", 1, false), new Config.Entry(p + "2", 2, false),
                new Config.Entry(p + "3", 3, false), new Config.Entry(p + "4", 4, false)));
        Config other = new Config(List.of(new Config.Entry(p + "1", 1, false), new Config.Entry(p + "2", 2, false),
                new Config.Entry(p + "3", 3, false), new Config.Entry(p + "4", 5, false)));
        String a = SmtScripts.baseName(withConfig(Samples.alignedAdd(), "s.ptl", one));
        String b = SmtScripts.baseName(withConfig(Samples.alignedAdd(), "s.ptl", other));
        assertEquals(180 + 1 + 12, a.length(), a);
        assertEquals(a.substring(0, 180), b.substring(0, 180));
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
        org.junit.jupiter.api.Assertions.assertTrue(a.matches("aligned_add__A_VERY_LONG.*~[0-9a-f]{12}"), a);
    }

    @Test
    void theQueryScriptSaysWhatEachAnswerMeansAndIsSmtLibsScript() {
        Obligation theorem = withConfig(Samples.alignedAdd(), "specs/arm64/layout.ptl", ARM);
        String t = SmtScripts.query(theorem);
        for (String line : List.of("; spec: specs/arm64/layout.ptl\n", "; theorem: aligned_add\n",
                "; config: ERA=504 PAGE_SHIFT=12 VA_BITS=48 LPA2=true\n", "; sat   = refuted",
                "; unsat = proved, provided the assumptions can hold", "; Vacuity is a separate question",
                "(set-logic QF_BV)\n", "(check-sat)\n")) {
            assertTrue(t.contains(line), "missing " + line + " in\n" + t);
        }
        assertTrue(t.endsWith(SmtLib.script(theorem)), "the body is SmtLib's script, unchanged");
        assertEquals(t, SmtScripts.query(theorem), "deterministic");

        Obligation example = Samples.suite().stream().filter(o -> o.kind() == Obligation.Kind.EXAMPLE).findFirst()
                .orElseThrow();
        String e = SmtScripts.query(example);
        assertTrue(e.contains("; sat   = witnessed") && e.contains("; unsat = unwitnessed"), e);
    }

    @Test
    void theAssumptionsScriptAsksOnlyTheAssumptions() {
        Obligation o = withConfig(Samples.alignedAdd(), "specs/arm64/layout.ptl", ARM);
        String a = SmtScripts.assumptions(o);
        assertTrue(a.contains("; unsat = vacuous"), a);
        assertTrue(a.contains("; config: ERA=504 PAGE_SHIFT=12 VA_BITS=48 LPA2=true\n"), a);
        assertTrue(a.endsWith("(set-logic QF_BV)\n" + SmtScripts.assumptionsQuery(o)), a);
        assertTrue(SmtScripts.assumptionsQuery(o).contains("(assert true)\n(check-sat)\n"), a);
        assertTrue(SmtScripts.hasAssumptions(o));
        assertTrue(!SmtScripts.hasAssumptions(Samples.successorGrows()));
    }
}
