package ptprove.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.ir.Term;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Severity;
import ptprove.source.SourceFile;
import ptprove.source.Span;

/** The spec-level entry: what it keeps, and that nothing damaged, foreign or ill-shaped is taken. */
class SpecCacheTest {
    @TempDir Path dir;

    private final SourceFile lib = new SourceFile(Path.of("/s/lib.ptl"), "specs/lib.ptl", "let X = 1;\n");
    private final SourceFile spec = new SourceFile(Path.of("/s/t.ptl"), "specs/t.ptl",
            "import \"lib.ptl\";\ntheorem t: forall a: a != X;\nexample e: exists b: b == X;\n");
    private final Map<String, SourceFile> sources = new LinkedHashMap<>();
    private final SpecKey key = SpecKey.builder().with("spec", "specs/t.ptl").build();

    SpecCacheTest() {
        sources.put(lib.displayPath(), lib);
        sources.put(spec.displayPath(), spec);
    }

    private Obligation obligation(int index, Obligation.Kind kind, String name, String var) {
        Term.Var v = new Term.Var(var, 64, spec.span(30, 31));
        Config config = new Config(List.of(new Config.Entry("ERA", 517, false), new Config.Entry("KASLR", 1, true)));
        return new Obligation("specs/t.ptl", index, name, kind, spec.span(18, 27), config, 64,
                List.of(new Obligation.Variable(v, var, Obligation.Origin.BOUND)), null, null);
    }

    private List<Outcome> outcomes() {
        Obligation t = obligation(0, Obligation.Kind.THEOREM, "t", "a");
        Obligation e = obligation(1, Obligation.Kind.EXAMPLE, "e", "b");
        return List.of(new Outcome(t, Verdict.REFUTED, 12.5, "0123456789ab",
                        List.of(new Outcome.Value(t.variables().get(0), 1)), null),
                new Outcome(e, Verdict.WITNESSED, 3, "ba9876543210",
                        List.of(new Outcome.Value(e.variables().get(0), 0xffff_ffff_ffff_ffffL)), null));
    }

    private List<Diagnostic> warnings() {
        return List.of(new Diagnostic(Severity.WARNING, DiagnosticCode.NO_SUCH_CONFIGURATION, spec.span(18, 27),
                "tab\there, newline\nthere, backslash \\ too", List.of(new Diagnostic.Note(lib.span(4, 5), "X"))));
    }

    private StoredSpec stored() {
        StoredSpec s = StoredSpec.of(sources, List.of(), warnings(), outcomes());
        assertNotNull(s);
        return s;
    }

    @Test
    void anEntryGivesBackTheOutcomesAndDiagnosticsItWasMadeFrom() throws Exception {
        SpecCache cache = new SpecCache(dir);
        assertNull(cache.lookup(key));
        cache.store(key, stored());
        StoredSpec back = cache.lookup(key);
        assertTrue(back.inputsHold(sources));
        assertEquals(warnings(), back.diagnostics(sources));
        List<Outcome> read = back.outcomes("specs/t.ptl", sources);
        List<Outcome> made = outcomes();
        for (int i = 0; i < made.size(); i++) {
            Outcome a = made.get(i), b = read.get(i);
            assertEquals(a.verdict(), b.verdict());
            assertEquals(a.fingerprint(), b.fingerprint());
            assertEquals(a.model(), b.model());
            assertEquals(a.obligation().id(), b.obligation().id());
            assertEquals(a.obligation().span(), b.obligation().span());
            assertEquals(a.obligation().config(), b.obligation().config());
            assertEquals(a.obligation().variables(), b.obligation().variables());
            assertTrue(b.cached());
        }
        assertEquals(0, cache.ignored());
    }

    @Test
    void anEditToAnyFileOfTheImportChainOrToItsShapeMisses() {
        StoredSpec s = stored();
        Map<String, SourceFile> edited = new LinkedHashMap<>(sources);
        edited.put(lib.displayPath(), new SourceFile(lib.path(), lib.displayPath(), "let X = 2;\n"));
        assertFalse(s.inputsHold(edited));
        Map<String, SourceFile> dropped = new LinkedHashMap<>(sources);
        dropped.remove(lib.displayPath());
        assertFalse(s.inputsHold(dropped));
        Map<String, SourceFile> added = new LinkedHashMap<>(sources);
        added.put("specs/more.ptl", new SourceFile(Path.of("/s/more.ptl"), "specs/more.ptl", ""));
        assertFalse(s.inputsHold(added));
    }

    @Test
    void otherInputsAreCheckedByContentOnDisk() throws IOException {
        // the seam for kernel-tree inputs: a header the spec was evaluated from
        Path header = dir.resolve("memory.h");
        Files.writeString(header, "#define VA_BITS 48\n");
        StoredSpec s = StoredSpec.of(sources, List.of(InputDigest.file(header)), List.of(), outcomes());
        assertTrue(s.inputsHold(sources));
        Files.writeString(header, "#define VA_BITS 52\n");
        assertFalse(s.inputsHold(sources));
        Files.delete(header);
        assertFalse(s.inputsHold(sources));
        assertNull(InputDigest.file(dir), "a folder is no input");
    }

    @Test
    void damagedOrForeignEntriesAreMissesAndCounted() throws IOException {
        SpecCache cache = new SpecCache(dir);
        cache.store(key, stored());
        Path file;
        try (var s = Files.walk(dir)) {
            file = s.filter(p -> p.toString().endsWith(".entry")).findFirst().orElseThrow();
        }
        String good = Files.readString(file);
        List<String> bad = List.of(good.substring(0, good.length() / 2), good.replace("REFUTED", "PROVED"),
                good.replace("\t0x1\n", "\t0x2\n"), "", "not an entry\n", good + "outcome\n");
        int expected = 0;
        for (String text : bad) {
            Files.writeString(file, text);
            assertNull(cache.lookup(key), text);
            assertEquals(++expected, cache.ignored());
        }
        Files.writeString(file, good);
        assertNotNull(cache.lookup(key));
        SpecKey other = SpecKey.builder().with("spec", "specs/u.ptl").build();
        Files.createDirectories(dir.resolve("spec-v1").resolve(other.hash().substring(0, 2)));
        Files.writeString(dir.resolve("spec-v1").resolve(other.hash().substring(0, 2)).resolve(other.hash() + ".entry"),
                good);
        assertNull(cache.lookup(other), "an entry copied to another key's name");
        Files.delete(file);
        Files.createDirectories(file); // not a regular file
        assertNull(cache.lookup(key));
    }

    @Test
    void anEntryOfOtherCodeIsAMissThatTheNextRunReplaces() throws IOException {
        SpecCache cache = new SpecCache(dir);
        SpecKey older = new SpecKey(key.hash(), "code 0123 java 17");
        cache.store(older, stored());
        assertNull(cache.lookup(key), "another build's answers are not this build's");
        assertEquals(0, cache.ignored(), "and it is no damage");
        cache.store(key, stored());
        assertNotNull(cache.lookup(key));
        try (var s = Files.walk(dir)) {
            assertEquals(1, s.filter(p -> p.toString().endsWith(".entry")).count(), "replaced, not added");
        }
    }

    @Test
    void outcomesOfTheWrongShapeAreNeverTaken() {
        Obligation.Variable a = obligation(0, Obligation.Kind.THEOREM, "t", "a").variables().get(0);
        assertThrows(SpecEntryInvalid.class, () -> OutcomeShape.check(Obligation.Kind.EXAMPLE, Verdict.PROVED,
                List.of(a), List.of()));
        assertThrows(SpecEntryInvalid.class, () -> OutcomeShape.check(Obligation.Kind.THEOREM, Verdict.WITNESSED,
                List.of(a), List.of(1L)));
        assertThrows(SpecEntryInvalid.class, () -> OutcomeShape.check(Obligation.Kind.THEOREM, Verdict.REFUTED,
                List.of(a), List.of()));
        assertThrows(SpecEntryInvalid.class, () -> OutcomeShape.check(Obligation.Kind.THEOREM, Verdict.PROVED,
                List.of(a), List.of(1L)));
        Obligation.Variable flag = new Obligation.Variable(new Term.Var("f", 0, Span.SYNTHETIC), "f",
                Obligation.Origin.VAR);
        assertThrows(SpecEntryInvalid.class, () -> OutcomeShape.check(Obligation.Kind.THEOREM, Verdict.REFUTED,
                List.of(flag), List.of(2L)));
        Obligation t = obligation(0, Obligation.Kind.THEOREM, "t", "a");
        assertNull(StoredSpec.of(sources, List.of(), List.of(), List.of(new Outcome(t, Verdict.UNKNOWN, 0, "",
                List.of(), "timeout"))), "an unknown verdict is never stored");
        SourceFile elsewhere = new SourceFile(Path.of("/x.ptl"), "x.ptl", "let Y = 1;");
        assertNull(StoredSpec.of(sources, List.of(), List.of(new Diagnostic(Severity.WARNING,
                DiagnosticCode.NO_SUCH_CONFIGURATION, elsewhere.span(0, 1), "w", List.of())), outcomes()),
                "a position outside the spec's files");
    }

    @Test
    void keysDifferInEveryPartAndOnlyThere() {
        SpecKey a = SpecKey.builder().with("spec", "s").with("selection", "").build();
        assertEquals(a, SpecKey.builder().with("spec", "s").with("selection", "").build());
        assertNotEquals(a, SpecKey.builder().with("spec", "s").with("selection", "ERA=517\n").build());
        assertNotEquals(a, SpecKey.builder().with("spec", "t").with("selection", "").build());
        // a value that contains the separators cannot pose as two parts
        assertNotEquals(SpecKey.builder().with("a", "b\tc").build(), SpecKey.builder().with("a", "b").with("c", "").build());
    }

    @Test
    void fieldsSurviveAnyText() throws Exception {
        List<String> odd = List.of("", "\\", "\t", "\n\r", "a\\tb", "ü∀", "\\n");
        assertEquals(odd, Fields.split(Fields.join(odd)));
        assertThrows(SpecEntryInvalid.class, () -> Fields.split("bad\\"));
        assertThrows(SpecEntryInvalid.class, () -> Fields.split("bad\\x"));
    }
}
