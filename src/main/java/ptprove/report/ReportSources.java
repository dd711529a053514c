package ptprove.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.Severity;
import ptprove.source.SourceFile;
import ptprove.source.Span;

/**
 * The source files behind a JSON report's positions, for {@link JsonReportReader}: spans need a file to count
 * lines and columns in. A file named by the report is read when it is at hand (relative to the working
 * directory) and holds every position the report names; otherwise a stand-in of blank lines takes its place,
 * wide enough for those positions, so every line and column comes out as the report says (only quoted source
 * lines are then blank).
 */
final class ReportSources {
    /** Per file, per line, the widest column a position needs. */
    private final Map<String, TreeMap<Integer, Integer>> needs = new HashMap<>();
    private final Map<String, SourceFile> files = new HashMap<>();

    /** Notes every position of the report: results' names and diagnostics' spans. */
    void collect(JsonNode root) {
        for (JsonNode r : root.path("results")) {
            if (r.has("line")) need(r.path("spec").asText(), r.path("line").asInt(),
                    r.path("column").asInt() + r.path("name").asText().length());
        }
        for (JsonNode d : root.path("diagnostics")) {
            collectSpan(d);
            for (JsonNode n : d.path("notes")) collectSpan(n);
        }
    }

    private void collectSpan(JsonNode n) {
        if (n.path("file").isNull() || !n.has("file")) return;
        String file = n.path("file").asText();
        need(file, n.path("line").asInt(), n.path("column").asInt());
        int line = n.path("line").asInt();
        need(file, n.path("endLine").asInt(line), n.path("endColumn").asInt(n.path("column").asInt()));
    }

    private void need(String file, int line, int column) {
        needs.computeIfAbsent(file, k -> new TreeMap<>()).merge(Math.max(1, line), Math.max(1, column), Math::max);
    }

    /** The span of a property's name at {@code line:column} of {@code file}. */
    Span nameSpan(String file, int line, int column, String name) {
        SourceFile f = file(file);
        int start = offset(f, line, column);
        return f.span(start, start + name.length());
    }

    Diagnostic diagnostic(JsonNode d) {
        List<Diagnostic.Note> notes = new ArrayList<>();
        for (JsonNode n : d.path("notes")) notes.add(new Diagnostic.Note(span(n), n.path("message").asText()));
        Severity severity = Severity.ERROR;
        for (Severity s : Severity.values()) if (s.label().equals(d.path("severity").asText())) severity = s;
        DiagnosticCode code = null;
        for (DiagnosticCode c : DiagnosticCode.values()) if (c.id().equals(d.path("code").asText())) code = c;
        if (code == null) {
            throw new IllegalArgumentException("unknown diagnostic code '" + d.path("code").asText() + "'");
        }
        return new Diagnostic(severity, code, span(d), d.path("message").asText(), notes);
    }

    /** A diagnostic's span: SARIF-style end column (one past the last character), empty when it equals the start. */
    private Span span(JsonNode n) {
        if (!n.has("file") || n.path("file").isNull()) return Span.SYNTHETIC;
        SourceFile f = file(n.path("file").asText());
        int line = n.path("line").asInt();
        int column = n.path("column").asInt();
        int start = offset(f, line, column);
        int endLine = n.path("endLine").asInt(line);
        int endColumn = n.path("endColumn").asInt(column);
        if (endLine == line && endColumn <= column) return f.span(start, start);
        return f.span(start, offset(f, endLine, endColumn - 1) + 1);
    }

    private static int offset(SourceFile f, int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) at += f.line(l).length() + 1;
        return at + column - 1;
    }

    private SourceFile file(String name) {
        return files.computeIfAbsent(name, this::load);
    }

    /** The file itself when it holds every position the report needs in it, else the stand-in. */
    private SourceFile load(String name) {
        TreeMap<Integer, Integer> wanted = needs.getOrDefault(name, new TreeMap<>());
        try {
            Path p = Path.of(name);
            if (Files.isRegularFile(p)) {
                SourceFile real = new SourceFile(p, name, Files.readString(p, StandardCharsets.UTF_8));
                if (fits(real, wanted)) return real;
            }
        } catch (IOException | InvalidPathException e) {
            // not at hand: the stand-in below
        }
        StringBuilder text = new StringBuilder();
        int last = wanted.isEmpty() ? 1 : wanted.lastKey();
        for (int l = 1; l <= last; l++) text.append(" ".repeat(wanted.getOrDefault(l, 0))).append('\n');
        return new SourceFile(null, name, text.toString());
    }

    private static boolean fits(SourceFile f, TreeMap<Integer, Integer> wanted) {
        for (Map.Entry<Integer, Integer> e : wanted.entrySet()) {
            if (e.getKey() > f.lineCount() || f.line(e.getKey()).length() + 1 < e.getValue()) return false;
        }
        return true;
    }
}
