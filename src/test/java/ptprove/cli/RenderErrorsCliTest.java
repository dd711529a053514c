package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What render and merge say of a report they cannot use: where the JSON breaks, in words, and no Java names. */
class RenderErrorsCliTest {
    @TempDir Path dir;

    @Test
    void aTruncatedReportSaysWhereItBreaks() throws Exception {
        TinySpecs w = new TinySpecs(dir);
        String json = w.check("--format", "json", w.spec("tiny.ptl")).out();
        Path cut = Files.writeString(dir.resolve("cut.json"), json.substring(0, json.indexOf("\"results\"") + 20));
        for (CliRun run : new CliRun[] {CliRun.of("render", "--format", "text", cut.toString()),
                CliRun.of("merge", cut.toString(), cut.toString())}) {
            assertEquals(2, run.code(), run.toString());
            assertTrue(run.err().matches("ptprove: (render|merge): \\S+cut\\.json: not JSON \\(line \\d+, column \\d+: "
                    + "Unexpected end-of-input[^\\n]*\\)\\n"), run.err());
            assertTrue(!run.err().contains("Source") && !run.err().contains("start marker"), run.err());
        }
    }

    @Test
    void aFolderIsAnIoErrorWithItsPath() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("report.json"));
        CliRun run = CliRun.of("render", "--format", "text", folder.toString());
        assertEquals(74, run.code(), run.toString());
        assertTrue(run.err().startsWith("ptprove: I/O error: cannot read " + folder + ": "), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
    }
}
