package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13 item 4: {@code check --format json > /dev/full} exited 0, and on a nearly full disk the report was cut
 * at 8 KiB with exit 0 (merge and layout too). Every command's output is checked; a failed write is exit 74.
 */
class OutputErrorsTest {
    @TempDir Path tmp;

    private static int toDevFull(ByteArrayOutputStream err, String... args) throws IOException {
        try (FileOutputStream full = new FileOutputStream("/dev/full")) {
            return Main.run(args, Main.checkedStream(full), new PrintStream(err, true, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aReportThatCannotBeWrittenIsAnIoErrorForEveryCommand() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        Path one = Files.writeString(tmp.resolve("1.json"),
                w.check("--no-cache", "--format", "json", "--shard", "1/2", w.spec("tiny.ptl")).out());
        Path two = Files.writeString(tmp.resolve("2.json"),
                w.check("--no-cache", "--format", "json", "--shard", "2/2", w.spec("tiny.ptl")).out());
        String[][] commands = {
            {"check", "--no-cache", "--format", "json", w.spec("tiny.ptl")},
            {"check", "--no-cache", w.spec("tiny.ptl")},
            {"merge", one.toString(), two.toString()},
            {"layout", w.spec("tiny.ptl")},
            {"--help"},
        };
        for (String[] args : commands) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(74, toDevFull(err, args), String.join(" ", args) + "\n" + err);
            String text = err.toString(StandardCharsets.UTF_8);
            assertEquals("ptprove: I/O error: cannot write the output (standard output): No space left on device\n",
                    text.substring(text.lastIndexOf("ptprove: I/O error")), String.join(" ", args));
        }
    }

    @Test
    void anyStreamThatFailsIsAnIoError() throws IOException {
        TinySpecs w = new TinySpecs(tmp);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream full = new PrintStream(new FileOutputStream("/dev/full"), true, StandardCharsets.UTF_8)) {
            code = Main.run(new String[] {"layout", w.spec("tiny.ptl")}, full,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }
        assertEquals(74, code);
        assertEquals("ptprove: I/O error: cannot write the output (standard output): write error\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
