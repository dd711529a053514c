package ptprove.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import ptprove.files.BoundedRead;

/**
 * Reading one cache entry without trusting the folder: ptprove writes every entry as a small regular file, so
 * anything else found under its name is refused before it is opened (a link, even to {@code /dev/zero}; a
 * FIFO, which would block for ever), and at most {@value #MAX_BYTES} bytes are read (an entry is a few hundred),
 * so a 3 GiB file costs nothing. Decoded strictly as UTF-8.
 */
final class EntryFile {
    static final long MAX_BYTES = 1L << 20;

    private EntryFile() {}

    /** @throws java.nio.file.NoSuchFileException when there is no entry; any other exception: an untrusted one */
    static String read(Path file) throws IOException {
        return read(file, MAX_BYTES);
    }

    /** As {@link #read(Path)}, at most {@code maxBytes} (a spec-level entry holds a whole spec's outcomes). */
    static String read(Path file, long maxBytes) throws IOException {
        byte[] bytes = BoundedRead.read(file, maxBytes, BoundedRead.Links.REFUSE);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
