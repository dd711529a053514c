package ptprove.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import ptprove.source.Span;

/**
 * One step of a fn or guard as a debugger shows it: the statement (or the guard expression) at {@code span},
 * its source text on one line, the values of the names it reads (before it runs, in order of first mention;
 * numbers in hex, levels by name) and what it gave: a condition's truth, a return's value, or
 * {@code name=value} for an assignment.
 *
 * @param depth 0 for the guard itself, 1 for the statements of a fn it calls, 2 for a fn called from those, ...
 */
public record TraceStep(Span span, int depth, String source, Map<String, String> values, String result) {
    public TraceStep {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // keeps the order of mention
    }
}
