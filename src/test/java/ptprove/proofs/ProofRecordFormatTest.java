package ptprove.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.example;
import static ptprove.proofs.TestOutcomes.outcome;
import static ptprove.proofs.TestOutcomes.theorem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.result.Verdict;

class ProofRecordFormatTest {
    /** The hand-written name and number tests accept exactly what the patterns they replaced did. */
    @Test
    void namesAndNumbersAsThePatternsHadThem() {
        java.util.regex.Pattern identifier = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
        java.util.regex.Pattern decimal = java.util.regex.Pattern.compile("[0-9]+");
        char[] alphabet = {'a', 'Z', '_', '0', '9', '/', ':', '@', '[', '`', '{', '-', ' ', '\u00e9', '\u0660'};
        List<String> all = new java.util.ArrayList<>(List.of(""));
        for (int len = 1; len <= 3; len++) {
            List<String> longer = new java.util.ArrayList<>();
            for (String s : all) if (s.length() == len - 1) for (char c : alphabet) longer.add(s + c);
            all.addAll(longer);
        }
        for (String s : all) {
            assertEquals(identifier.matcher(s).matches(), ProofRecordFormat.isIdentifier(s), "'" + s + "'");
            assertEquals(decimal.matcher(s).matches(), ProofRecordFormat.isDecimal(s), "'" + s + "'");
        }
    }

    private static final Config C504 = config("ERA", 504, "PAGE_SHIFT", 12, "VA_BITS", 48);
    private static final Config C609 = config("ERA", 609, "PAGE_SHIFT", 16, "VA_BITS", 52);

    private static ProofRecord sample() {
        // outcomes deliberately out of index order: the record must follow Obligation.index
        return ProofRecord.of(TestOutcomes.SPEC, List.of(
                outcome(example(2, "merged_policy_frees_something", C504), Verdict.WITNESSED, "9a0b44c2e1f7"),
                outcome(theorem(0, "vmemmap_free_spares_vmalloc", C504), Verdict.PROVED, "3f2a9c1b7d0e"),
                outcome(theorem(1, "vmemmap_free_spares_vmalloc", C609), Verdict.REFUTED, null)));
    }

    @Test
    void formatIsOneVerdictLinePerObligationInIndexOrderThenTheFingerprints() {
        assertEquals("""
                # ptprove proof record for specs/arm64/hotremove.ptl
                # Regenerate: ./ptprove check --record specs/arm64/hotremove.ptl
                # kind name [configuration] verdict; the fingerprints of the lowered queries follow in their own section
                theorem vmemmap_free_spares_vmalloc [ERA=504 PAGE_SHIFT=12 VA_BITS=48] proved
                theorem vmemmap_free_spares_vmalloc [ERA=609 PAGE_SHIFT=16 VA_BITS=52] refuted
                example merged_policy_frees_something [ERA=504 PAGE_SHIFT=12 VA_BITS=48] witnessed

                fingerprints:
                theorem vmemmap_free_spares_vmalloc [ERA=504 PAGE_SHIFT=12 VA_BITS=48] 3f2a9c1b7d0e
                example merged_policy_frees_something [ERA=504 PAGE_SHIFT=12 VA_BITS=48] 9a0b44c2e1f7
                """, ProofRecordFormat.format(sample()));
    }

    @Test
    void aFlippedVerdictChangesOneLineAndAChangedQueryOnlyItsFingerprintLine() {
        List<String> before = ProofRecordFormat.format(sample()).lines().toList();
        ProofRecord flipped = ProofRecord.of(TestOutcomes.SPEC, List.of(
                outcome(example(2, "merged_policy_frees_something", C504), Verdict.WITNESSED, "9a0b44c2e1f7"),
                outcome(theorem(0, "vmemmap_free_spares_vmalloc", C504), Verdict.REFUTED, "0000aaaa1111"),
                outcome(theorem(1, "vmemmap_free_spares_vmalloc", C609), Verdict.REFUTED, null)));
        List<String> after = ProofRecordFormat.format(flipped).lines().toList();
        assertEquals(before.size(), after.size());
        List<Integer> changed = new java.util.ArrayList<>();
        for (int i = 0; i < before.size(); i++) if (!before.get(i).equals(after.get(i))) changed.add(i);
        // the verdict line of obligation 0, and its fingerprint line in the second section
        assertEquals(List.of(3, 8), changed);
        assertTrue(after.get(3).endsWith("] refuted"), after.get(3));
        assertTrue(after.get(8).endsWith("] 0000aaaa1111"), after.get(8));
    }

    @Test
    void readsTheEarlierOneSectionForm() throws Exception {
        String text = """
                # ptprove proof record for specs/arm64/hotremove.ptl
                # kind name [configuration] verdict fingerprint
                theorem vmemmap_free_spares_vmalloc [ERA=504 PAGE_SHIFT=12 VA_BITS=48] proved 3f2a9c1b7d0e
                theorem vmemmap_free_spares_vmalloc [ERA=609 PAGE_SHIFT=16 VA_BITS=52] refuted -
                example merged_policy_frees_something [ERA=504 PAGE_SHIFT=12 VA_BITS=48] witnessed 9a0b44c2e1f7
                """;
        assertEquals(sample(), ProofRecordFormat.parse(text, "old.proof"));
    }

    @Test
    void fingerprintSectionProblemsAreReportedWithTheirLines() {
        String text = "theorem a [] proved\ntheorem b [] proved x\n\nfingerprints:\n"
                + "theorem c [] 12\ntheorem a [] 34\ntheorem a [] 56\ntheorem b [] 78\ntheorem a []\n"
                + "fingerprints:\n";
        ProofRecordException e = assertThrows(ProofRecordException.class, () -> ProofRecordFormat.parse(text, "f"));
        assertEquals(List.of(5, 7, 8, 9, 10), e.problems().stream().map(ProofRecordException.Problem::line).toList(),
                e.getMessage());
        assertTrue(e.problems().get(0).message().contains("no verdict line above"), e.getMessage());
        assertTrue(e.problems().get(1).message().contains("first on line 6"), e.getMessage());
        assertTrue(e.problems().get(2).message().contains("has one on its verdict line"), e.getMessage());
        assertTrue(e.problems().get(3).message().contains("expected a fingerprint"), e.getMessage());
        assertTrue(e.problems().get(4).message().contains("second"), e.getMessage());
    }

    @Test
    void roundTrip() throws Exception {
        ProofRecord r = sample();
        assertEquals(r, ProofRecordFormat.parse(ProofRecordFormat.format(r), "x.proof"));
    }

    @Test
    void roundTripOfBooleansEmptyConfigAndHugeValues() throws Exception {
        ProofRecord r = ProofRecord.of("specs/a.ptl", List.of(
                outcome(theorem(0, "t", Config.EMPTY), Verdict.UNKNOWN, "ab"),
                outcome(theorem(1, "t", config("LPA2", true, "BASE", -1L)), Verdict.VACUOUS, "cd"),
                outcome(example(2, "e", config("LPA2", false, "BASE", 0)), Verdict.UNWITNESSED, "ef")));
        String text = ProofRecordFormat.format(r);
        assertTrue(text.contains("theorem t [] unknown\n"), text);
        assertTrue(text.contains("\nfingerprints:\ntheorem t [] ab\n"), text);
        assertTrue(text.contains("[LPA2=true BASE=18446744073709551615]"), text);
        assertEquals(r, ProofRecordFormat.parse(text, "x.proof"));
    }

    @Test
    void parserToleratesCommentsBlankLinesCrlfBomAndExtraSpace() throws Exception {
        String text = "\uFEFF# ptprove proof record for specs/a.ptl\r\n"
                + "\r\n"
                + "   # an indented comment\r\n"
                + "  theorem   t   [ ERA=504   VA_BITS=48 ]   proved   abc  \r\n"
                + "\t\n"
                + "example e [] witnessed -\n";
        ProofRecord r = ProofRecordFormat.parse(text, "a.proof");
        assertEquals("specs/a.ptl", r.spec());
        assertEquals(2, r.entries().size());
        RecordEntry t = r.entries().get(0);
        assertEquals(new RecordKey(Obligation.Kind.THEOREM, "t", config("ERA", 504, "VA_BITS", 48)), t.key());
        assertEquals(Verdict.PROVED, t.verdict());
        assertEquals("abc", t.fingerprint());
        assertNull(r.entries().get(1).fingerprint());
        assertEquals(Config.EMPTY, r.entries().get(1).key().config());
    }

    @Test
    void headerlessRecordHasEmptySpec() throws Exception {
        assertEquals("", ProofRecordFormat.parse("theorem t [] proved a\n", "a.proof").spec());
        assertEquals(List.of(), ProofRecordFormat.parse("", "a.proof").entries());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "lemma t [] proved a                     | unknown kind 'lemma'",
            "theorem t proved a                      | expected 'kind name [configuration] verdict'",
            "theorem t [ERA=504 proved a             | not closed",
            "theorem [] proved a                     | expected a kind and a name",
            "theorem 9t [] proved a                  | '9t' is not a property name",
            "theorem t [ERA504] proved a             | malformed configuration item 'ERA504'",
            "theorem t [ERA=] proved a               | malformed configuration item 'ERA='",
            "theorem t [ERA=0x1f8] proved a          | must be a decimal number",
            "theorem t [ERA=1 ERA=2] proved a        | appears twice",
            "theorem t [X=18446744073709551616] proved a | does not fit 64 bits",
            "theorem t [] prooved a                  | unknown verdict 'prooved'",
            "theorem t []                            | expected a verdict",
            "theorem t [] proved a b                 | unexpected 'b'",
    })
    void malformedLineIsReportedWithFileAndLine(String line, String expected) {
        String text = "# header\n\ntheorem ok [] proved a\n" + line.strip() + "\n";
        ProofRecordException e = assertThrows(ProofRecordException.class,
                () -> ProofRecordFormat.parse(text, "proofs/a.proof"));
        assertEquals(1, e.problems().size(), e.getMessage());
        ProofRecordException.Problem p = e.problems().get(0);
        assertEquals(4, p.line());
        assertEquals("proofs/a.proof", p.file());
        assertTrue(p.message().contains(expected), p.message());
        assertTrue(e.getMessage().startsWith("proofs/a.proof:4: error: "), e.getMessage());
    }

    @Test
    void everyMalformedLineIsReportedNotJustTheFirst() {
        String text = "theorem a [] bogus x\ntheorem b [] proved x\nexample c []\n";
        ProofRecordException e = assertThrows(ProofRecordException.class, () -> ProofRecordFormat.parse(text, "f"));
        assertEquals(List.of(1, 3), e.problems().stream().map(ProofRecordException.Problem::line).toList());
    }

    @Test
    void duplicateEntryPointsAtTheFirst() {
        String text = "theorem a [ERA=1] proved x\n\ntheorem a [ERA=1] refuted y\n";
        ProofRecordException e = assertThrows(ProofRecordException.class, () -> ProofRecordFormat.parse(text, "f"));
        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("first on line 1"), e.getMessage());
    }

    @Test
    void controlCharactersInAMalformedLineAreEscaped() {
        ProofRecordException e = assertThrows(ProofRecordException.class,
                () -> ProofRecordFormat.parse("theorem t [] \u001b[31mproved a\n", "f"));
        assertTrue(e.getMessage().contains("\\x1b"), e.getMessage());
        assertTrue(e.getMessage().chars().noneMatch(c -> c == 0x1b));
    }

    @Test
    void writerRejectsWhatTheParserCouldNotReadBack() {
        ProofRecord badName = ProofRecord.of("s", List.of(outcome(theorem(0, "has space", Config.EMPTY),
                Verdict.PROVED, "a")));
        assertThrows(IllegalArgumentException.class, () -> ProofRecordFormat.format(badName));
        ProofRecord badPrint = ProofRecord.of("s", List.of(outcome(theorem(0, "t", Config.EMPTY),
                Verdict.PROVED, "a b")));
        assertThrows(IllegalArgumentException.class, () -> ProofRecordFormat.format(badPrint));
    }

    @Test
    void recordRejectsDuplicateKeys() {
        assertThrows(IllegalArgumentException.class, () -> ProofRecord.of("s", List.of(
                outcome(theorem(0, "t", C504), Verdict.PROVED, "a"),
                outcome(theorem(1, "t", C504), Verdict.PROVED, "b"))));
    }
}
