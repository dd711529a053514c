package ptprove.cli;

import java.util.List;
import ptprove.ir.Obligation;
import ptprove.pipeline.CheckRun;
import ptprove.pipeline.CompiledSpec;
import ptprove.report.OutcomeLineFormatter;
import ptprove.report.Style;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;

/**
 * What {@code check} shows while it runs: diagnostics on stderr as specs compile; in text format each verdict on
 * stdout as it arrives (under its spec's name); a progress line on a terminal; warnings.
 */
final class StreamingListener implements CheckRun.Listener {
    private final Io io;
    private final Style style;
    private final boolean streamVerdicts;
    private OutcomeLineFormatter lines;
    private Progress progress;
    private String lastSpec;

    StreamingListener(Io io, Style style, boolean streamVerdicts) {
        this.io = io;
        this.style = style;
        this.streamVerdicts = streamVerdicts;
    }

    @Override public void compiled(CompiledSpec spec) {
        for (Diagnostic d : spec.diagnostics()) io.err().print(DiagnosticFormatter.format(d));
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
