package ptprove.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ptprove.TestSpecs;

/** Names, types and placement rules: each test pins diagnostic codes and positions, not wording. */
class CheckerTest {

    private static List<String> codes(String spec) {
        return TestSpecs.check(spec).codes();
    }

    @Test
    void unknownNameSuggestsTheClosest() {
        TestSpecs.Checked c = TestSpecs.check("""
                let VMALLOC_END = 0x1000;
                let x = VMALOC_END + 1;
                """);
        assertNull(c.program());
        assertEquals(List.of("PTL0202@2:9"), c.codes());
        assertTrue(c.rendered().contains("did you mean 'VMALLOC_END'?"), c.rendered());
        assertTrue(c.rendered().contains("    2 | let x = VMALOC_END + 1;\n      |         ^~~~~~~~~~\n"), c.rendered());
    }

    @Test
    void reportsEveryErrorOfThePhase() {
        assertEquals(List.of("PTL0202@1:9", "PTL0203@3:9", "PTL0204@4:9"), codes("""
                let a = nope;
                fn f(x) = x + 1;
                let b = f(1, 2);
                let c = true + 1;
                """));
    }

    @Test
    void numberAsBoolOnlyOutsideConditions() {
        assertEquals(List.of("PTL0205@1:12"), codes("theorem u: 1 + 1;"));
        assertEquals(List.of("PTL0205@1:24"), codes("fn f(x): bool { return x; }"));
        // C truthiness is accepted in conditions, ! and &&
        assertNotNull(TestSpecs.check("fn f(c): bool { if (c) return !c; return c && 1; }").program());
    }

    @Test
    void recursionIsRejected() {
        List<String> c = codes("""
                fn f(x) = g(x);
                fn g(x) = f(x) + 1;
                """);
        assertTrue(c.stream().anyMatch(s -> s.startsWith("PTL0207")), c.toString());
    }

    @Test
    void missingReturnAndUnreachable() {
        assertEquals(List.of("PTL0208@1:4"), codes("fn f(x): bool { if (x) return true; }"));
        List<String> c = codes("fn g(x) { return x; x = 1; }");
        assertEquals(List.of("PTL0213@1:21"), c);
    }

    @Test
    void existentialWalkMembersMustBeNegatedInTheorems() {
        String base = """
                pagetable p { va_bits 16; level top shift 12; level leaf shift 8; }
                region r = [0x1000, 0x2000);
                teardown t() on p { free below L when true; }
                """;
        assertTrue(TestSpecs.check(base + "theorem ok: forall s, e: !t().over(s, e).frees_table_of(r);").program() != null);
        assertEquals(List.of("PTL0210@4:42"), codes(base + "theorem bad: forall s, e: t().over(s, e).frees_table_of(r);"));
        assertTrue(TestSpecs.check(base + "example ok: exists s, e: t().over(s, e).frees_any;").program() != null);
        assertEquals(List.of("PTL0210@4:27"), codes(base + "theorem nested: forall s: exists e: e > s;"));
        // finite quantifiers expand, so any position is fine
        assertTrue(TestSpecs.check(base + "theorem fin: forall s: !(exists L in p: shift(L) > 20);").program() != null);
    }

    @Test
    void configurationFactsCannotDependOnVars() {
        assertEquals(List.of("PTL0215@3:9"), codes("""
                var off where off < 16;
                param P in {1, 2};
                require off > P;
                """));
    }

    @Test
    void duplicatesAcrossImportsPointAtBoth() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("main.ptl", "import \"lib.ptl\";\nlet PAGE_SHIFT = 12;\n");
        files.put("lib.ptl", "let PAGE_SHIFT = 14;\n");
        TestSpecs.Checked c = TestSpecs.check(files);
        assertEquals(List.of("PTL0201@2:5"), c.codes());
        assertTrue(c.rendered().contains("lib.ptl:1:5: note: first defined here"), c.rendered());
    }

    @Test
    void importsStayInsideTheRoot() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("main.ptl", "import \"../outside.ptl\";\nimport \"/etc/passwd\";\nimport \"missing.ptl\";\n");
        assertEquals(List.of("PTL0102@1:8", "PTL0102@2:8", "PTL0101@3:8"), TestSpecs.check(files).codes());
    }

    @Test
    void importCycleIsNamed() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a.ptl", "import \"b.ptl\";\n");
        files.put("b.ptl", "import \"a.ptl\";\n");
        TestSpecs.Checked c = TestSpecs.check(files);
        assertEquals(List.of("PTL0103@1:8"), c.codes());
        assertTrue(c.rendered().contains("a.ptl -> b.ptl -> a.ptl"), c.rendered());
    }

    @Test
    void widthWarningsAreWarnings() {
        TestSpecs.Checked c = TestSpecs.check("let big = 0x1_0000_0000_0000_0000;\nlet s = 1 << 64;\n");
        assertNotNull(c.program());
        assertEquals(List.of("PTL0211@1:11", "PTL0212@2:14"), c.codes());
    }
}
