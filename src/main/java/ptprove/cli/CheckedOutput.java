package ptprove.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@link PrintStream} that remembers why writing failed. A plain PrintStream swallows write errors, so
 * {@code check --format json > /dev/full} used to exit 0 with no report; {@link Main} asks {@link #failure()}
 * (or {@link #checkError()} of any stream) after a command and turns a failed write into the I/O exit status.
 */
final class CheckedOutput extends PrintStream {
    private final Recorder recorder;

    private CheckedOutput(Recorder recorder) {
        super(recorder, true, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    static CheckedOutput of(OutputStream out) {
        return new CheckedOutput(new Recorder(out));
    }

    /** The first write or flush failure's reason, or null when every byte went out. */
    String failure() {
        flush();
        IOException e = recorder.first;
        if (e != null) return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return checkError() ? "write error" : null;
    }

    /** Passes bytes through and keeps the first exception (PrintStream only keeps a flag). */
    private static final class Recorder extends FilterOutputStream {
        volatile IOException first;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (first == null) first = e;
            return e;
        }
    }
}
