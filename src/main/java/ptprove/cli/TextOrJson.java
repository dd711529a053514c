package ptprove.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, as explain and diff take it (case-insensitive, as check's): the option and its check. */
final class TextOrJson {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    /** The usage error, its message after {@code context}, for any other format; null for text or json. */
    String problem(String context) {
        if (format.equalsIgnoreCase("text") || format.equalsIgnoreCase("json")) return null;
        return context + "--format must be text or json, not '" + format + "'";
    }

    boolean json() {
        return format.equalsIgnoreCase("json");
    }
}
