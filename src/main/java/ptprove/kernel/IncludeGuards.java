package ptprove.kernel;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the include-guard idiom, so a header included again can be skipped unread (gcc's optimisation). */
final class IncludeGuards {
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern OPEN = Pattern.compile("\\A\\s*#\\s*ifndef\\s+(\\w+)\\s*\\n\\s*#\\s*define\\s+(\\w+)\\b");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*#\\s*(if|ifdef|ifndef|endif)\\b", Pattern.MULTILINE);

    private IncludeGuards() {}

    static Optional<String> of(String text) {
        String code = COMMENTS.matcher(text).replaceAll(" ");
        Matcher open = OPEN.matcher(code);
        if (!open.find() || !open.group(1).equals(open.group(2))) return Optional.empty();
        if (!code.stripTrailing().matches("(?s).*#\\s*endif")) return Optional.empty();
        // the #ifndef must close only at the very end: depth returns to 0 at the last #endif and never before
        Matcher d = DIRECTIVE.matcher(code);
        int depth = 0;
        int closes = 0;
        int lastEnd = -1;
        while (d.find()) {
            if (d.group(1).equals("endif")) {
                depth--;
                if (depth == 0) { closes++; lastEnd = d.end(); }
            } else {
                depth++;
            }
        }
        if (depth != 0 || closes != 1 || !code.substring(lastEnd).isBlank()) return Optional.empty();
        return Optional.of(open.group(1));
    }
}
