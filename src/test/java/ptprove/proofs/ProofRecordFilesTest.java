package ptprove.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ptprove.proofs.TestOutcomes.config;
import static ptprove.proofs.TestOutcomes.outcome;
import static ptprove.proofs.TestOutcomes.theorem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ptprove.files.FileProblem;
import ptprove.result.Verdict;

class ProofRecordFilesTest {
    @TempDir Path dir;

    private static ProofRecord record(Verdict v) {
        return ProofRecord.of("specs/arm64/hotremove.ptl",
                List.of(outcome(theorem(0, "t", config("ERA", 504)), v, "abc")));
    }

    @Test
    void recordPathMirrorsTheSpecTree() {
        Path proofs = Path.of("proofs");
        assertEquals(Path.of("proofs/arm64/hotremove.proof"), ProofRecordFiles.recordPath(proofs, Path.of("arm64/hotremove.ptl")));
        assertEquals(Path.of("proofs/top.proof"), ProofRecordFiles.recordPath(proofs, Path.of("top.ptl")));
        assertEquals(Path.of("proofs/a/b.spec.proof"), ProofRecordFiles.recordPath(proofs, Path.of("a/b.spec")));
        assertEquals(Path.of("proofs/arm64/x.proof"), ProofRecordFiles.recordPath(proofs, Path.of("arm64/./x.ptl")));
    }

    @Test
    void recordPathRefusesPathsOutsideTheRoot() {
        Path proofs = Path.of("proofs");
        assertThrows(IllegalArgumentException.class, () -> ProofRecordFiles.recordPath(proofs, Path.of("../x.ptl")));
        assertThrows(IllegalArgumentException.class, () -> ProofRecordFiles.recordPath(proofs, Path.of("a/../../x.ptl")));
        assertThrows(IllegalArgumentException.class,
                () -> ProofRecordFiles.recordPath(proofs, Path.of("/abs/x.ptl").toAbsolutePath()));
        assertThrows(IllegalArgumentException.class, () -> ProofRecordFiles.recordPath(proofs, Path.of("")));
    }

    @Test
    void writeThenReadRoundTripsAndCreatesDirectories() throws Exception {
        Path file = dir.resolve("proofs/arm64/hotremove.proof");
        assertTrue(ProofRecordFiles.write(file, record(Verdict.PROVED)));
        assertEquals(record(Verdict.PROVED), ProofRecordFiles.read(file));
        assertEquals(ProofRecordFormat.format(record(Verdict.PROVED)), Files.readString(file));
    }

    @Test
    void rewritingLeavesNoTemporaryFilesAndReplacesContents() throws Exception {
        Path file = dir.resolve("a.proof");
        ProofRecordFiles.write(file, record(Verdict.PROVED));
        assertTrue(ProofRecordFiles.write(file, record(Verdict.REFUTED)));
        assertEquals(Verdict.REFUTED, ProofRecordFiles.read(file).entries().get(0).verdict());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList());
        }
    }

    @Test
    void notesSurviveARewriteAndOtherCommentsDoNot() throws Exception {
        Path file = dir.resolve("a.proof");
        ProofRecordFiles.write(file, record(Verdict.PROVED));
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.add(3, "## refuted on purpose: see the spec's header");
        lines.add(4, "##");
        lines.add("# a stray comment");
        Files.write(file, lines);
        assertTrue(ProofRecordFiles.write(file, record(Verdict.REFUTED)));
        List<String> now = Files.readAllLines(file);
        assertEquals("## refuted on purpose: see the spec's header", now.get(3));
        assertEquals("##", now.get(4));
        assertTrue(now.get(5).endsWith(" refuted"), now.get(5));
        assertTrue(now.stream().noneMatch(l -> l.contains("stray")), String.join("\n", now));
        assertEquals(Verdict.REFUTED, ProofRecordFiles.read(file).entries().get(0).verdict());
        assertFalse(ProofRecordFiles.write(file, record(Verdict.REFUTED)), "notes kept: the text is unchanged");
    }

    @Test
    void anUnchangedRecordIsNotRewritten() throws Exception {
        Path file = dir.resolve("a.proof");
        ProofRecordFiles.write(file, record(Verdict.PROVED));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        assertFalse(ProofRecordFiles.write(file, record(Verdict.PROVED)));
        assertEquals(old, Files.getLastModifiedTime(file));
    }

    @Test
    void aMissingRecordIsAbsentNotAnError() throws Exception {
        assertEquals(Optional.empty(), ProofRecordFiles.readIfPresent(dir, dir.resolve("none.proof")));
        ProofRecordException e = assertThrows(ProofRecordException.class,
                () -> ProofRecordFiles.read(dir.resolve("none.proof")));
        assertTrue(e.getMessage().endsWith("none.proof: error: no such file"), e.getMessage());
    }

    @Test
    void aMalformedFileNamesItsPathAndLine() throws Exception {
        Path file = dir.resolve("bad.proof");
        Files.writeString(file, "# c\ntheorem t [] proved x\ntheorem u [] maybe x\n");
        ProofRecordException e = assertThrows(ProofRecordException.class, () -> ProofRecordFiles.readIfPresent(dir, file));
        assertEquals(file + ":3: error: unknown verdict 'maybe' (expected one of proved, refuted, witnessed, "
                + "unwitnessed, vacuous, unknown, error)", e.getMessage());
    }

    /** Issue #13 item 10: an unreadable record is the environment's problem (an I/O error), not a parse error. */
    @Test
    void aFileThatIsNotUtf8IsAnIoProblemNamingIt() throws Exception {
        Path file = dir.resolve("bin.proof");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        FileProblem e = assertThrows(FileProblem.class, () -> ProofRecordFiles.read(file));
        assertEquals("cannot read " + file + ": not valid UTF-8 text", e.getMessage());
        FileProblem rewrite = assertThrows(FileProblem.class, () -> ProofRecordFiles.write(file, record(Verdict.PROVED)));
        assertEquals(e.getMessage(), rewrite.getMessage(), "its notes could not be kept: it is not replaced");
    }
}
