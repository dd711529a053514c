package ptprove.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ptprove.files.FileProblem;
import ptprove.report.JsonReportReader;
import ptprove.report.Style;
import ptprove.report.TextReportRenderer;

/** {@code ptprove render}: a JSON report (of check, or merged shards) in another format. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render the JSON report of 'check --format json' or of 'ptprove merge' in another format,"
                + " without checking anything: the same document check would have printed for that run (SARIF"
                + " and JUnit for CI, Markdown and HTML for people, text). Times are shown when the report has"
                + " them. Source lines quoted by diagnostics are read from the spec files when they are at hand."},
        footer = {"", "Exit status:",
                "  0   rendered (whatever the report's verdicts; 'merge' gives the run's status)",
                "  2   usage error (missing file, not a report)",
                "  74  the report cannot be read (a folder, permission denied)",
                "", "Example:",
                "  ptprove merge 1.json 2.json > report.json && ptprove render --format sarif report.json"})
final class RenderCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "REPORT", description = "A JSON report.")
    Path report;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    Renderers.Format format;

    @Option(names = {"-v", "--verbose"}, description = "Text: every outcome with its model, every grid.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Text: only the changes, what needs attention, the summary.")
    boolean quiet;

    @Option(names = "--no-timing", description = "Leave out the report's durations.")
    boolean noTiming;

    @Override
    int run(Io io) {
        if (verbose && quiet) return io.usage("render: --verbose and --quiet contradict each other");
        JsonReportReader.Read read;
        try {
            read = JsonReportReader.read(Files.readString(report, StandardCharsets.UTF_8), report.toString());
        } catch (NoSuchFileException e) {
            return io.usage("render: no such file: " + report);
        } catch (CharacterCodingException e) {
            return io.usage("render: " + report + ": not UTF-8 text");
        } catch (IOException e) {
            return io.fail(ExitCodes.IO, "I/O error: " + FileProblem.reading(report, e).getMessage());
        } catch (JsonReportReader.NotAReport e) {
            return io.usage("render: " + e.getMessage());
        }
        boolean times = read.includesTimes() && !noTiming;
        Style style = Style.plain(times);
        Renderers.Text text = verbose ? Renderers.Text.VERBOSE : quiet ? Renderers.Text.QUIET : Renderers.Text.DEFAULT;
        io.out().print(Renderers.of(style, text, TextReportRenderer.Detail.ALL, times, read.allCounterexamples(),
                false).get(format).render(read.run()));
        return ExitCodes.OK;
    }
}
