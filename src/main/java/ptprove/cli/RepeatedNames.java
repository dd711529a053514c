package ptprove.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code --config NAME=VALUE} and {@code --set NAME=EXPR} name each param or let once: picocli keeps the last of
 * two values for one name without a word ({@code --config K=1 --config K=2} checked only K=2), and the help says
 * the values must all match, which two values of one param never do. So a repeated name is a usage error.
 */
final class RepeatedNames {
    private static final List<String> OPTIONS = List.of("--config", "--set");

    private RepeatedNames() {}

    /** The usage error for the first name given twice, or null. */
    static String find(ParseResult parsed) {
        if (parsed == null) return null;
        for (String option : OPTIONS) {
            OptionSpec spec = parsed.matchedOption(option);
            if (spec == null) continue;
            Map<String, String> seen = new LinkedHashMap<>();
            for (String arg : spec.originalStringValues()) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                String before = seen.put(name, arg);
                if (before != null) {
                    return option + " " + name + " is given twice (" + before + ", " + arg + "): one value per "
                            + (option.equals("--set") ? "let" : "param") + " and run";
                }
            }
        }
        return null;
    }
}
