package ptprove.proofs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ptprove.files.AtomicFiles;
import ptprove.files.BoundedRead;
import ptprove.files.FileProblem;

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

    /** Records larger than this are refused unread (the library's largest is about 100 KiB). */
    public static final long MAX_RECORD_BYTES = 16L << 20;

    /**
     * The record at {@code file}, or empty when there is none (a spec that was never recorded).
     *
     * @throws ProofRecordException a record that does not parse (every bad line named)
     * @throws FileProblem          a record that cannot be read: a folder, a FIFO or device, a link out of
     *                              {@code proofsDir}, too large, not UTF-8, or refused by the system
     */
    public static Optional<ProofRecord> readIfPresent(Path proofsDir, Path file)
            throws ProofRecordException, FileProblem {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        BoundedRead.requireInside(file, proofsDir, "the proofs folder");
        return Optional.of(ProofRecordFormat.parse(text(file), file.toString()));
    }

    /** The record at {@code file}, wherever it is; a missing file is an error. */
    public static ProofRecord read(Path file) throws ProofRecordException, FileProblem {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProofRecordException(file.toString(), "no such file", null);
        }
        return ProofRecordFormat.parse(text(file), file.toString());
    }

    /**
     * The record the user named on the command line ({@code ptprove diff OLD NEW}), which may be a pipe
     * ({@code <(git show HEAD:proofs/x.proof)}); a missing file is an error.
     */
    public static ProofRecord readNamed(Path file) throws ProofRecordException, FileProblem {
        if (!Files.exists(file)) throw new ProofRecordException(file.toString(), "no such file", null);
        return ProofRecordFormat.parse(text(file, true), file.toString());
    }

    private static String text(Path file) throws FileProblem {
        return text(file, false);
    }

    /** The file's text, read only when it is safe to (a pipe only when named) and decoded strictly. */
    private static String text(Path file, boolean named) throws FileProblem {
        byte[] bytes;
        try {
            bytes = named ? BoundedRead.readNamed(file, MAX_RECORD_BYTES)
                    : BoundedRead.read(file, MAX_RECORD_BYTES, BoundedRead.Links.FOLLOW);
        } catch (IOException e) {
            throw FileProblem.reading(file, e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FileProblem("cannot read", file, "not valid UTF-8 text", e);
        }
    }

    /**
     * Writes {@code record} to {@code file}, creating parent directories. Leaves the file untouched (not even its
     * modification time) when it already holds exactly this text. Notes ({@value #NOTE} lines) of the file it
     * replaces are kept, after the header: they explain verdicts, and a re-record must not drop them; so a
     * record that cannot be read (not UTF-8, a folder) is not replaced either.
     *
     * @return whether the file changed
     * @throws FileProblem naming the record and the system's reason (a read-only folder, a full disk)
     */
    public static boolean write(Path file, ProofRecord record) throws FileProblem {
        // a link in the record's place is neither read nor followed: it is replaced by the record (AtomicFiles)
        boolean present = Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file);
        String old = present ? text(file) : null;
        String text = withNotes(ProofRecordFormat.format(record), old == null ? List.of() : notes(old));
        if (text.equals(old)) return false;
        try {
            AtomicFiles.writeDurably(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw FileProblem.writing(file, e);
        }
        return true;
    }

    /** A line of a record that starts with this is a maintainer's note; the parser skips it like any comment. */
    public static final String NOTE = "## ";

    private static List<String> notes(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
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
