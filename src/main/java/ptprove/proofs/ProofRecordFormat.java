package ptprove.proofs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.result.Verdict;

/**
 * The text form of a proof record. One line per obligation, in obligation order, nothing time-dependent, so a
 * change to a spec or to the lowering shows up in {@code git diff} as exactly the lines that changed:
 *
 * <pre>
 * # ptprove proof record for specs/arm64/hotremove.ptl
 * # Regenerate: ./ptprove check --record specs/arm64/hotremove.ptl
 * # kind name [configuration] verdict fingerprint
 * theorem vmemmap_free_spares_vmalloc [ERA=504 PAGE_SHIFT=12 VA_BITS=48] proved 3f2a9c1b7d0e
 * example merged_policy_frees_something [ERA=504 PAGE_SHIFT=12 VA_BITS=48] witnessed 9a0b44c2e1f7
 * </pre>
 *
 * The configuration is {@link Config#toString()} (empty brackets for a spec without params); a missing
 * fingerprint is {@code -}. The parser skips blank lines and {@code #} comments (the first comment naming the
 * spec fills {@link ProofRecord#spec()}), accepts CRLF and a byte-order mark, and reports every malformed line.
 */
public final class ProofRecordFormat {
    private ProofRecordFormat() {}

    /** The command that rewrites a record; printed in its header so a reader knows how to update it. */
    public static final String REGENERATE_COMMAND = "./ptprove check --record";

    private static final String HEADER = "# ptprove proof record for ";
    private static final String NO_FINGERPRINT = "-";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");

    /** The record's text, {@code \n}-terminated lines. Rejects names and fingerprints a parser could not read back. */
    public static String format(ProofRecord record) {
        StringBuilder sb = new StringBuilder();
        sb.append(HEADER).append(record.spec()).append('\n');
        sb.append("# Regenerate: ").append(REGENERATE_COMMAND).append(' ').append(record.spec()).append('\n');
        sb.append("# kind name [configuration] verdict fingerprint\n");
        for (RecordEntry e : record.entries()) {
            RecordKey k = e.key();
            requireIdentifier(k.name(), "property name");
            for (Config.Entry c : k.config().entries()) requireIdentifier(c.name(), "param name");
            String fp = e.fingerprint() == null ? NO_FINGERPRINT : e.fingerprint();
            if (fp.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("fingerprint with white space for " + k + ": '" + fp + "'");
            }
            sb.append(k).append(' ').append(e.verdict().word()).append(' ').append(fp).append('\n');
        }
        return sb.toString();
    }

    /**
     * Parses a record's text.
     *
     * @param source the file name to put in error messages
     * @throws ProofRecordException listing every malformed line, as {@code source:line: error: …}
     */
    public static ProofRecord parse(String text, String source) throws ProofRecordException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<ProofRecordException.Problem> problems = new ArrayList<>();
        List<RecordEntry> entries = new ArrayList<>();
        Map<RecordKey, Integer> firstLine = new HashMap<>();
        String spec = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("#")) {
                if (spec == null && lines[i].startsWith(HEADER)) spec = lines[i].substring(HEADER.length()).strip();
                continue;
            }
            try {
                RecordEntry e = parseLine(line);
                Integer first = firstLine.putIfAbsent(e.key(), lineNo);
                if (first != null) throw new LineError("duplicate entry for " + e.key() + " (first on line " + first + ")");
                entries.add(e);
            } catch (LineError err) {
                problems.add(new ProofRecordException.Problem(source, lineNo, printable(err.getMessage())));
            }
        }
        if (!problems.isEmpty()) throw new ProofRecordException(problems);
        return new ProofRecord(spec == null ? "" : spec, entries);
    }

    /** A malformed line; internal to the parser, always turned into a {@link ProofRecordException.Problem}. */
    private static final class LineError extends Exception {
        private static final long serialVersionUID = 1L;
        LineError(String message) { super(message, null, false, false); }
    }

    private static RecordEntry parseLine(String line) throws LineError {
        int open = line.indexOf('[');
        int close = line.indexOf(']');
        if (open < 0) throw new LineError("expected 'kind name [configuration] verdict fingerprint', found '"
                + abbreviate(line) + "'");
        if (close < open) throw new LineError("configuration '[' is not closed by ']'");
        String[] head = words(line.substring(0, open));
        String[] tail = words(line.substring(close + 1));

        if (head.length != 2) throw new LineError("expected a kind and a name before '[', found "
                + (head.length == 0 ? "nothing" : "'" + String.join(" ", head) + "'"));
        Obligation.Kind kind = kindOf(head[0]);
        if (kind == null) throw new LineError("unknown kind '" + head[0] + "' (expected theorem or example)");
        if (!IDENTIFIER.matcher(head[1]).matches()) throw new LineError("'" + head[1] + "' is not a property name");
        Config config = parseConfig(line.substring(open + 1, close));

        if (tail.length < 2) throw new LineError("expected a verdict and a fingerprint after ']'");
        if (tail.length > 2) throw new LineError("unexpected '" + tail[2] + "' after the fingerprint");
        Verdict verdict = Verdict.ofWord(tail[0]);
        if (verdict == null) throw new LineError("unknown verdict '" + tail[0] + "' (expected one of "
                + Stream.of(Verdict.values()).map(Verdict::word).collect(Collectors.joining(", ")) + ")");
        String fp = tail[1].equals(NO_FINGERPRINT) ? null : tail[1];
        return new RecordEntry(new RecordKey(kind, head[1], config), verdict, fp);
    }

    private static Config parseConfig(String text) throws LineError {
        List<Config.Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String item : words(text)) {
            int eq = item.indexOf('=');
            String name = eq < 0 ? item : item.substring(0, eq);
            String value = eq < 0 ? "" : item.substring(eq + 1);
            if (eq < 0 || !IDENTIFIER.matcher(name).matches() || value.isEmpty()) {
                throw new LineError("malformed configuration item '" + item + "' (expected NAME=value)");
            }
            if (!names.add(name)) throw new LineError("param '" + name + "' appears twice in the configuration");
            if (value.equals("true") || value.equals("false")) {
                entries.add(new Config.Entry(name, value.equals("true") ? 1 : 0, true));
            } else if (DECIMAL.matcher(value).matches()) {
                try {
                    entries.add(new Config.Entry(name, Long.parseUnsignedLong(value), false));
                } catch (NumberFormatException e) {
                    throw new LineError("value of '" + name + "' does not fit 64 bits: " + value);
                }
            } else {
                throw new LineError("value of '" + name + "' must be a decimal number, true or false: '" + value + "'");
            }
        }
        return new Config(entries);
    }

    private static Obligation.Kind kindOf(String word) {
        for (Obligation.Kind k : Obligation.Kind.values()) if (k.word().equals(word)) return k;
        return null;
    }

    private static String[] words(String s) {
        String t = s.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** A record is text from a repository, but a corrupt one must not send escape sequences to a terminal. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp < 0xa0)) b.appendCodePoint(cp);
            else b.append(String.format("\\x%02x", cp));
        });
        return b.toString();
    }

    private static void requireIdentifier(String s, String what) {
        if (!IDENTIFIER.matcher(s).matches()) throw new IllegalArgumentException(what + " '" + s + "' cannot be recorded");
    }
}
