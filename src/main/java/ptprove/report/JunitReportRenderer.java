package ptprove.report;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ptprove.ir.Obligation;
import ptprove.proofs.RecordChange;
import ptprove.proofs.RecordKey;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticFormatter;

/**
 * The report of a run as JUnit XML (the de-facto schema Jenkins, GitLab and GitHub test reporters read):
 * {@code <testsuites>} with one {@code <testsuite name="SPEC">} per spec and one
 * {@code <testcase classname="SPEC" name="NAME [CONFIG]">} per obligation.
 *
 * <ul>
 * <li>Without a proof record: refuted, unwitnessed and vacuous are {@code <failure>}s; unknown and error are
 *     {@code <error>}s.</li>
 * <li>With a proof record, only differences fail (as for the exit status): a new or flipped obligation is a
 *     {@code <failure>} ({@code <error>} when it is now unknown), an obligation gone from the run is an extra
 *     failed testcase; an {@code error} verdict is an {@code <error>} in any case. A failing verdict the record
 *     expects passes, marked: {@code <properties>} with {@code verdict} and {@code expected=true}, and the
 *     counterexample in {@code <system-out>}.</li>
 * <li>A spec that could not be checked is one errored testcase named {@code (compile)} holding its
 *     diagnostics; a checked spec's warnings go to the suite's {@code <system-err>}.</li>
 * </ul>
 *
 * Written with {@link XMLStreamWriter}, so names and messages are escaped. Characters XML 1.0 cannot hold at all
 * (control characters) are replaced by U+FFFD.
 *
 * @param includeTimes false leaves out every {@code time}, so runs compare byte for byte
 */
public record JunitReportRenderer(boolean includeTimes) implements ReportRenderer {
    /**
     * One testcase, decided before writing so the suite's counts can lead. {@code kind}: null (passed),
     * {@code failure} or {@code error}. {@code expected}: the failing verdict a passing case's proof record expects
     * (a documented refutation), else null; {@code text} then says so, with the counterexample.
     */
    private record Case(String name, String kind, String message, String text, double millis, String expected) {
        Case(String name, String kind, String message, String text, double millis) {
            this(name, kind, message, text, millis, null);
        }
    }

    @Override
    public String render(RunReport run) {
        List<String> names = new ArrayList<>();
        List<List<Case>> suites = new ArrayList<>();
        int tests = 0, failures = 0, errors = 0;
        for (SpecReport spec : run.specs()) {
            List<Case> cases = cases(spec);
            names.add(spec.spec());
            suites.add(cases);
            tests += cases.size();
            failures += (int) cases.stream().filter(c -> "failure".equals(c.kind())).count();
            errors += (int) cases.stream().filter(c -> "error".equals(c.kind())).count();
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", run.tool().name());
            w.writeAttribute("tests", Integer.toString(tests));
            w.writeAttribute("failures", Integer.toString(failures));
            w.writeAttribute("errors", Integer.toString(errors));
            w.writeAttribute("skipped", "0");
            if (includeTimes) time(w, RunSummary.of(run).millis());
            for (int i = 0; i < suites.size(); i++) {
                SpecReport spec = run.specs().get(i);
                List<Case> cases = suites.get(i);
                w.writeCharacters("\n  ");
                w.writeStartElement("testsuite");
                w.writeAttribute("name", clean(names.get(i)));
                w.writeAttribute("tests", Integer.toString(cases.size()));
                w.writeAttribute("failures", Long.toString(cases.stream().filter(c -> "failure".equals(c.kind())).count()));
                w.writeAttribute("errors", Long.toString(cases.stream().filter(c -> "error".equals(c.kind())).count()));
                w.writeAttribute("skipped", "0");
                if (includeTimes) time(w, spec.outcomes().stream().mapToDouble(Outcome::millis).sum());
                String whatIf = run.tool().options().get("set");
                if (whatIf != null) { // a what-if run (--set) says so: its verdicts are not the spec's
                    w.writeCharacters("\n    ");
                    w.writeStartElement("properties");
                    w.writeCharacters("  ");
                    property(w, "set", clean(whatIf));
                    w.writeCharacters("\n    ");
                    w.writeEndElement();
                }
                for (Case c : cases) testcase(w, spec.spec(), c);
                List<Diagnostic> warnings = spec.hasErrors() ? List.of()
                        : spec.diagnostics().stream().filter(d -> !d.isError()).toList();
                if (!warnings.isEmpty()) {
                    w.writeCharacters("\n    ");
                    w.writeStartElement("system-err");
                    StringBuilder sb = new StringBuilder();
                    for (Diagnostic d : warnings) sb.append(DiagnosticFormatter.format(d));
                    w.writeCharacters(clean(sb.toString()));
                    w.writeEndElement();
                }
                w.writeCharacters("\n  ");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JUnit report could not be written", e); // a StringWriter cannot fail
        }
        return out + "\n";
    }

    /**
     * {@code <testcase … />} when passed; with a {@code <failure>} or {@code <error>} child when not; a passing
     * case whose record expects a failure gets {@code <properties>} ({@code verdict}, {@code expected=true}) and
     * its counterexample in {@code <system-out>}, so a CI view can tell a documented refutation from a proof.
     */
    private void testcase(XMLStreamWriter w, String spec, Case c) throws XMLStreamException {
        w.writeCharacters("\n    ");
        if (c.kind() == null && c.expected() == null) w.writeEmptyElement("testcase");
        else w.writeStartElement("testcase");
        w.writeAttribute("classname", clean(spec));
        w.writeAttribute("name", clean(c.name()));
        if (includeTimes && !Double.isNaN(c.millis())) time(w, c.millis());
        if (c.kind() == null && c.expected() == null) return;
        w.writeCharacters("\n      ");
        if (c.kind() != null) {
            w.writeStartElement(c.kind());
            w.writeAttribute("message", clean(c.message()));
            w.writeAttribute("type", c.message().split(":", 2)[0]);
        } else {
            w.writeStartElement("properties");
            property(w, "verdict", c.expected());
            property(w, "expected", "true");
            w.writeCharacters("\n      ");
            w.writeEndElement();
            w.writeCharacters("\n      ");
            w.writeStartElement("system-out");
        }
        w.writeCharacters(clean(c.text()));
        w.writeEndElement();
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeCharacters("\n        ");
        w.writeEmptyElement("property");
        w.writeAttribute("name", name);
        w.writeAttribute("value", value);
    }

    private List<Case> cases(SpecReport spec) {
        List<Case> cases = new ArrayList<>();
        if (spec.hasErrors()) {
            StringBuilder sb = new StringBuilder();
            for (Diagnostic d : spec.diagnostics()) sb.append(DiagnosticFormatter.format(d));
            long n = spec.diagnostics().stream().filter(Diagnostic::isError).count();
            cases.add(new Case("(compile)", "error", "spec error: " + n + " error(s)", sb.toString(), Double.NaN));
            return cases;
        }
        Map<RecordKey, RecordChange> differences = new HashMap<>();
        if (spec.hasRecord()) for (RecordChange c : spec.comparison().differences()) differences.put(c.key(), c);
        for (Outcome o : spec.outcomes()) {
            Obligation ob = o.obligation();
            String name = testName(ob.name(), ob.config().toString());
            Verdict v = o.verdict();
            String kind = null, message = null;
            if (v == Verdict.ERROR) {
                kind = "error";
                message = "error";
            } else if (!spec.hasRecord()) {
                if (v == Verdict.UNKNOWN) kind = "error";
                else if (!v.isSuccess()) kind = "failure";
                message = v.word();
            } else {
                RecordChange c = differences.get(RecordKey.of(ob));
                if (c != null) {
                    kind = v == Verdict.UNKNOWN ? "error" : "failure";
                    message = c.kind() == RecordChange.Kind.NEW
                            ? "record-change: new, not in the proof record; now " + v.word()
                            : "record-change: recorded " + c.recorded().word() + ", now " + v.word();
                }
            }
            String expected = kind == null && spec.hasRecord() && !v.isSuccess() ? v.word() : null;
            String text = kind == null && expected == null ? null
                    : ob.kind().word() + " " + name + ": " + v.word()
                            + (expected == null ? "" : ", as the proof record expects") + details(spec, o) + "\n";
            cases.add(new Case(name, kind, kind == null ? null : message, text, o.millis(), expected));
        }
        if (spec.hasRecord()) {
            for (RecordChange c : spec.comparison().differences()) {
                if (c.kind() != RecordChange.Kind.GONE) continue;
                String msg = "record-change: gone: recorded " + c.recorded().word() + ", no longer produced";
                cases.add(new Case(testName(c.key().name(), c.key().config().toString()), "failure", msg,
                        c.key().kind().word() + " " + c.key().name() + ": " + msg + "\n", Double.NaN));
            }
        }
        return cases;
    }

    private static String testName(String name, String config) {
        return config.isEmpty() ? name : name + " [" + config + "]";
    }

    private static String details(SpecReport spec, Outcome o) {
        StringBuilder sb = new StringBuilder();
        if (!o.model().isEmpty() && o.verdict() == Verdict.REFUTED) {
            sb.append("\ncounterexample: ").append(SarifReportRenderer.modelText(o));
        } else if (!o.model().isEmpty() && o.verdict() == Verdict.WITNESSED) {
            sb.append("\nwitness: ").append(SarifReportRenderer.modelText(o));
        }
        if (o.reason() != null && !o.reason().isBlank()) sb.append("\nreason: ").append(o.reason());
        Replay replay = spec.replay(o);
        if (replay != null) sb.append('\n').append(ReplayFacts.text(replay));
        for (String line : TraceLines.lines(ReplayFacts.shownTrace(replay), "")) sb.append('\n').append(line);
        return sb.toString();
    }

    private static void time(XMLStreamWriter w, double millis) throws XMLStreamException {
        if (Double.isNaN(millis) || Double.isInfinite(millis)) return;
        w.writeAttribute("time", BigDecimal.valueOf(millis / 1000).setScale(3, RoundingMode.HALF_EVEN).toPlainString());
    }

    /** XML 1.0 allows tab, LF, CR and U+0020 up; anything else (and lone surrogates) becomes U+FFFD. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            sb.append(ok ? c : '\uFFFD');
        }
        return sb.toString();
    }
}
