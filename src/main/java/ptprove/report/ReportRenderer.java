package ptprove.report;

/** A run's report in one output format; a pure function of the report. */
@FunctionalInterface
public interface ReportRenderer {
    String render(RunReport run);
}
