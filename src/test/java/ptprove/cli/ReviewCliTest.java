package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review commands end to end on a small spec with a record: {@code check --theorem/--changes-only/--quiet/
 * --affected-by}, {@code deps}, {@code diff} and {@code render}.
 */
class ReviewCliTest {
    private static final String SPEC = CacheAndShardCliTest.SPEC;

    @TempDir Path tmp;
    Path root, spec, other, proofs;

    @BeforeEach
    void writeSpecs() throws IOException {
        root = tmp.resolve("specs");
        Files.createDirectories(root.resolve("lib"));
        Files.copy(Path.of("src/test/resources/golden/refuted/lib/toy.ptl"), root.resolve("lib/toy.ptl"));
        spec = root.resolve("toy.ptl");
        Files.writeString(spec, SPEC);
        other = root.resolve("alone.ptl"); // imports nothing
        Files.writeString(other, "param P in {1, 2};\ntheorem p_small: P < 3;\n");
        proofs = tmp.resolve("proofs");
    }

    private CliRun check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--root", root.toString(), "--proofs",
                proofs.toString(), "--jobs", "2", "--no-cache", "--no-timing"));
        args.addAll(List.of(extra));
        args.add(other.toString());
        args.add(spec.toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The output with wrapped lines joined again (how lines wrap depends on the temporary folder's name). */
    private static String unwrapped(CliRun r) {
        return r.out().replace("\n  ", " ");
    }

    /** Records everything, then lets the naive theorem's recorded verdicts say proved: two flips. */
    private void recordThenFlip() throws IOException {
        assertEquals(0, check("--record").code());
        Path file = proofs.resolve("toy.proof");
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(file)) {
            lines.add(l.startsWith("theorem naive_spares_vmalloc") && l.endsWith(" refuted")
                    ? l.replace(" refuted", " proved") : l);
        }
        Files.write(file, lines);
    }

    @Test
    void greenIsOneLinePerSpecAndQuietIsTheSummary() {
        assertEquals(0, check("--record").code());
        CliRun green = check();
        assertEquals(0, green.code(), green.toString());
        assertEquals(other + ": 2 proved; matches its proof record\n"
                + spec + ": 4 proved, 2 refuted, 2 witnessed; matches its proof record\n"
                + "\n2 specs, 10 obligations: 6 proved, 2 REFUTED, 2 witnessed;"
                + " 0 differences from proof records; exit 0\n", unwrapped(green));
        CliRun quiet = check("--quiet");
        assertEquals("2 specs, 10 obligations: 6 proved, 2 REFUTED, 2 witnessed;\n"
                + "  0 differences from proof records; exit 0\n", quiet.out());
    }

    @Test
    void changesOnlyJsonListsTheFlipsAndOnlyTheirResults() throws IOException {
        recordThenFlip();
        CliRun r = check("--changes-only", "--format", "json");
        assertEquals(1, r.code(), r.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(2, root.get("changes").size(), r.out());
        assertEquals(2, root.get("results").size(), "only the flipped obligations: " + r.out());
        for (JsonNode x : root.get("results")) {
            assertEquals("naive_spares_vmalloc", x.get("name").asText());
            assertEquals("proved", x.get("recorded").asText());
            assertTrue(x.get("counterexample").get("level").isTextual(), x.toString());
        }
        assertEquals(10, root.get("summary").get("obligations").asInt(), "the summary is the whole run's");
        CliRun text = check("--changes-only");
        assertTrue(text.out().startsWith("Changes from proof records:\n"), text.out());
        assertEquals(2, CliRun.of("check", "--changes-only", "--format", "sarif", spec.toString()).code());
    }

    @Test
    void theoremGlobsSelectAndATypoIsAUsageError() {
        CliRun r = check("--theorem", "*_spares_*");
        assertEquals(1, r.code(), r.toString()); // no record: the naive refutation fails
        // the spec line wraps where the temporary folder's name makes it long: compare without the line breaks
        assertTrue(unwrapped(r).startsWith(spec + ": 2 proved, 2 REFUTED; no proof record\n"), r.out());
        assertFalse(r.out().contains("alone.ptl"), "a spec without a selected theorem is left out: " + r.out());
        CliRun typo = check("--theorem", "merged_*", "--theorem", "nieve_*");
        assertEquals(2, typo.code(), typo.toString());
        assertEquals("ptprove: --theorem nieve_* matches no theorem or example of these specs\n", typo.err());
        assertEquals(2, check("--record", "--theorem", "merged_*").code());
    }

    @Test
    void depsAndAffectedByFollowImports() {
        CliRun deps = CliRun.of("deps", "--root", root.toString(), "--in", root.toString(),
                root.resolve("lib/toy.ptl").toString());
        assertEquals(0, deps.code(), deps.toString());
        assertEquals(List.of(root + "/lib/toy.ptl", root + "/toy.ptl"), deps.out().lines().toList());
        CliRun alone = CliRun.of("deps", "--root", root.toString(), "--in", root.toString(), other.toString());
        assertEquals(List.of(root + "/alone.ptl"), alone.out().lines().toList());
        CliRun checked = check("--affected-by", other.toString());
        assertTrue(unwrapped(checked).startsWith(other + ": 2 proved; no proof record\n"), checked.out());
        assertFalse(checked.out().contains("toy.ptl"), checked.out());
        assertEquals(2, CliRun.of("deps", tmp.resolve("missing.ptl").toString()).code());
    }

    @Test
    void diffListsEachFlipAndExitsOne() throws IOException {
        assertEquals(0, check("--record").code());
        Path before = tmp.resolve("before");
        Files.createDirectories(before);
        Files.copy(proofs.resolve("toy.proof"), before.resolve("toy.proof"));
        Files.copy(proofs.resolve("alone.proof"), before.resolve("alone.proof"));
        recordThenFlip();
        CliRun r = CliRun.of("diff", proofs.toString(), before.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("  flipped  theorem naive_spares_vmalloc: proved -> REFUTED\n"
                + "           MID_SHIFT=8\n"), r.out());
        assertTrue(r.out().endsWith("\n2 differences (0 fingerprints changed, verdicts unchanged)\n"), r.out());
        CliRun json = CliRun.of("diff", "--format", "json", before.resolve("toy.proof").toString(),
                before.resolve("toy.proof").toString());
        assertEquals(0, json.code(), json.toString());
        assertTrue(json.out().contains("\"differences\": 0"), json.out());
    }

    @Test
    void renderOfAMergedReportIsTheUnshardedRunsDocument() throws IOException {
        recordThenFlip();
        Path one = tmp.resolve("1.json"), two = tmp.resolve("2.json"), merged = tmp.resolve("merged.json");
        Files.writeString(one, check("--shard", "1/2", "--format", "json").out());
        Files.writeString(two, check("--shard", "2/2", "--format", "json").out());
        CliRun m = CliRun.of("merge", one.toString(), two.toString());
        assertEquals(1, m.code(), m.toString());
        Files.writeString(merged, m.out());
        for (String format : List.of("sarif", "junit", "json", "text", "markdown")) {
            CliRun direct = check("--format", format);
            CliRun rendered = CliRun.of("render", "--format", format, merged.toString());
            assertEquals(0, rendered.code(), rendered.toString());
            assertEquals(direct.out(), rendered.out(), format);
        }
        CliRun bad = CliRun.of("render", "--format", "sarif", spec.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("ptprove: render: " + spec + ": not JSON"), bad.err());
    }

    @Test
    void layoutSharingNamesTheTopLevelEntryVmallocAndVmemmapShare() {
        CliRun r = CliRun.of("layout", "specs/arm64/layout.ptl", "--sharing", "--config", "ERA=614", "--config",
                "PAGE_SHIFT=12", "--config", "VA_BITS=48");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("\n  pgd[507]             [0xfffffd8000000000, 0xfffffe0000000000) vmalloc,"
                + " vmemmap\n"), r.out());
        assertFalse(r.out().contains("kernel_half and"), "containment is noted only when asked: " + r.out());
        CliRun json = CliRun.of("layout", "specs/arm64/layout.ptl", "--sharing", "--format", "json", "--config",
                "ERA=614", "--config", "PAGE_SHIFT=12", "--config", "VA_BITS=48");
        assertTrue(json.out().contains("\"entry\": \"pgd[507]\""), json.out());
    }

    @Test
    void layoutDiffShowsChangedValuesAndNewSharing() throws IOException {
        Path copy = tmp.resolve("arm64");
        Files.createDirectories(copy);
        Files.copy(Path.of("specs/arm64/geometry.ptl"), copy.resolve("geometry.ptl"));
        String layout = Files.readString(Path.of("specs/arm64/layout.ptl"));
        String changed = layout.replace("let VMEMMAP_END   = ERA >= 609 ? -SZ_1G :",
                "let VMEMMAP_END   = ERA >= 609 ? -SZ_1G + SZ_2M :");
        assertFalse(changed.equals(layout), "the spec line this test edits has moved");
        Files.writeString(copy.resolve("layout.ptl"), changed);
        CliRun r = CliRun.of("layout", copy.resolve("layout.ptl").toString(), "--diff", "specs/arm64/layout.ptl",
                "--config", "ERA=614", "--config", "PAGE_SHIFT=14", "--config", "VA_BITS=36");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("  VMEMMAP_END: 0xffffffffc0000000 -> 0xffffffffc0200000\n"), r.out());
        assertTrue(r.out().contains("  shares now: pgd[2016] [0xffffffffc0000000, 0xffffffffc2000000) pci_io,"
                + " vmemmap\n"), r.out());
        CliRun same = CliRun.of("layout", "specs/arm64/layout.ptl", "--diff", "specs/arm64/layout.ptl");
        assertEquals(0, same.code(), same.toString());
        assertTrue(same.out().contains(": 0 of 52 configurations\n  differ\n"), same.out());
    }

    @Test
    void setRedefinesALetForOneRunSaysSoAndNeverRecords() throws IOException {
        assertEquals(0, check("--record").code());
        // vmalloc now ends inside vmemmap: layout_is_sane flips, and the reports say why the verdicts moved
        CliRun r = check("--set", "VMALLOC_END=0xc900");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.out().contains("  flipped  theorem layout_is_sane (line 19): proved -> REFUTED\n"), r.out());
        assertTrue(r.out().contains("what if: --set VMALLOC_END=0xc900 (the spec's lets redefined for this run;"),
                r.out());
        JsonNode json = new ObjectMapper().readTree(check("--set", "VMALLOC_END=0xc900", "--format", "json").out());
        assertEquals("VMALLOC_END=0xc900", json.get("tool").get("options").get("set").asText());
        assertEquals(0, check().code(), "the spec itself is unchanged");
        CliRun record = check("--record", "--set", "VMALLOC_END=0xc900");
        assertEquals(2, record.code());
        assertTrue(record.err().contains("cannot be combined with --set"), record.err());
        CliRun unknown = check("--set", "NO_SUCH_LET=1");
        assertEquals(2, unknown.code(), unknown.toString());
        assertEquals("ptprove: --set NO_SUCH_LET: none of these specs defines a let 'NO_SUCH_LET'\n", unknown.err());
        CliRun one = CliRun.of("check", "--root", root.toString(), "--proofs", proofs.toString(), "--no-cache",
                "--set", "NO_SUCH_LET=1", spec.toString());
        assertEquals(2, one.code(), one.toString());
        assertEquals("ptprove: --set NO_SUCH_LET: " + spec + " defines no let 'NO_SUCH_LET' (nor does a file it"
                + " imports)\n", one.err()); // a usage error as over several specs, not a diagnostic at made-up text
    }
}
