package ptprove.proofs;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ptprove.files.AtomicFiles;

/**
 * Proof records on disk: where a spec's record lives, reading it, and writing it so that an interrupted run
 * never leaves a half-written file (write a temporary file beside it, then rename over it).
 */
public final class ProofRecordFiles {
    private ProofRecordFiles() {}

    public static final String SPEC_SUFFIX = ".ptl";
    public static final String RECORD_SUFFIX = ".proof";

    /**
     * {@code proofsDir/<specRelative with .ptl replaced by .proof>}; a spec without the {@code .ptl} suffix gets
     * {@code .proof} appended.
     *
     * @param specRelative the spec's path relative to the spec root, e.g. {@code arm64/hotremove.ptl}
     * @throws IllegalArgumentException if {@code specRelative} is absolute or leaves the root ({@code ..})
     */
    public static Path recordPath(Path proofsDir, Path specRelative) {
        Path rel = specRelative.normalize();
        if (rel.isAbsolute() || rel.getNameCount() == 0 || rel.toString().isEmpty() || rel.startsWith("..")) {
            throw new IllegalArgumentException("not a path inside the spec root: " + specRelative);
        }
        String file = rel.getFileName().toString();
        String base = file.endsWith(SPEC_SUFFIX) ? file.substring(0, file.length() - SPEC_SUFFIX.length()) : file;
        Path parent = rel.getParent();
        Path recordRel = parent == null ? Path.of(base + RECORD_SUFFIX) : parent.resolve(base + RECORD_SUFFIX);
        return proofsDir.resolve(recordRel.toString());
    }

    /** The record at {@code file}, or empty when there is none (a spec that was never recorded). */
    public static Optional<ProofRecord> readIfPresent(Path file) throws ProofRecordException {
        try {
            return Optional.of(ProofRecordFormat.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (CharacterCodingException e) {
            throw new ProofRecordException(file.toString(), "not UTF-8 text", e);
        } catch (IOException e) {
            throw new ProofRecordException(file.toString(), "cannot be read: " + e, e);
        }
    }

    /** The record at {@code file}; a missing file is an error. */
    public static ProofRecord read(Path file) throws ProofRecordException {
        return readIfPresent(file).orElseThrow(() -> new ProofRecordException(file.toString(), "no such file", null));
    }

    /**
     * Writes {@code record} to {@code file}, creating parent directories. Leaves the file untouched (not even its
     * modification time) when it already holds exactly this text. Notes ({@value #NOTE} lines) of the file it
     * replaces are kept, after the header: they explain verdicts, and a re-record must not drop them.
     *
     * @return whether the file changed
     */
    public static boolean write(Path file, ProofRecord record) throws IOException {
        String text = withNotes(ProofRecordFormat.format(record), notes(file));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) return false;
        AtomicFiles.writeDurably(file, bytes);
        return true;
    }

    /** A line of a record that starts with this is a maintainer's note; the parser skips it like any comment. */
    public static final String NOTE = "## ";

    private static List<String> notes(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return List.of();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(NOTE) || line.equals(NOTE.strip())) out.add(line);
        }
        return out;
    }

    /** The notes go after the format's three header lines. */
    private static String withNotes(String text, List<String> notes) {
        if (notes.isEmpty()) return text;
        int at = 0;
        for (int i = 0; i < 3; i++) at = text.indexOf('\n', at) + 1;
        return text.substring(0, at) + String.join("\n", notes) + "\n" + text.substring(at);
    }
}
