package ptprove.cli;

import java.util.List;
import ptprove.ir.Obligation;
import ptprove.pipeline.CheckRun;
import ptprove.pipeline.CompiledSpec;
import ptprove.report.DiagnosticDigest;
import ptprove.report.OutcomeLineFormatter;
import ptprove.report.Style;
import ptprove.result.Outcome;
import ptprove.result.Replay;

/**
 * What {@code check} shows while it runs: diagnostics on stderr as specs compile; with {@code --verbose} text,
 * each verdict on stdout as it arrives (under its spec's name); a progress line on a terminal; warnings.
 */
final class StreamingListener implements CheckRun.Listener {
    private final Io io;
    private final Style style;
    private final boolean streamVerdicts;
    private final boolean digest;
    private OutcomeLineFormatter lines;
    private Progress progress;
    private String lastSpec;

    /**
     * @param streamVerdicts print each verdict on stdout as it arrives ({@code --verbose} text)
     * @param digest         one summary instead of a warning per property the {@code --config} selection leaves
     *                       out ({@link DiagnosticDigest})
     */
    StreamingListener(Io io, Style style, boolean streamVerdicts, boolean digest) {
        this.io = io;
        this.style = style;
        this.streamVerdicts = streamVerdicts;
        this.digest = digest;
    }

    @Override public void compiled(CompiledSpec spec) {
        io.err().print(DiagnosticDigest.format(spec.input().display(), spec.diagnostics(), digest));
    }

    @Override public void solving(List<Obligation> obligations) {
        lines = OutcomeLineFormatter.forObligations(obligations, style);
        progress = Progress.onTerminal(io.err(), obligations.size());
    }

    @Override public void solved(Outcome o, Replay replay, List<Replay> others) {
        if (streamVerdicts) {
            progress.clear(); // the verdict line goes where the progress line was, which is redrawn below it
            if (!o.obligation().spec().equals(lastSpec)) {
                lastSpec = o.obligation().spec();
                io.out().println(lastSpec);
            }
            io.out().print(lines.format(o));
            if (replay != null) for (String l : lines.replayLines(replay)) io.out().println(l);
            for (String l : lines.otherLines(o, others)) io.out().println(l);
        }
        progress.step();
    }

    @Override public void solvedAll() {
        progress.finish();
    }

    @Override public void warning(String message) {
        io.err().println("ptprove: warning: " + message);
    }

    @Override public void crossCheckProgress(String line) {
        io.err().println(line);
    }
}
