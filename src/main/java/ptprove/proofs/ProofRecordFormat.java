package ptprove.proofs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * The text form of a proof record: nothing time-dependent, and two sections, so that {@code git diff} of a
 * re-record shows a verdict change as exactly one changed line, apart from the (often many) fingerprint changes a
 * spec or lowering change brings:
 *
 * <pre>
 * # ptprove proof record for specs/arm64/hotremove.ptl
 * # Regenerate: ./ptprove check --record specs/arm64/hotremove.ptl
 * # kind name [configuration] verdict; the fingerprints of the lowered queries follow in their own section
 * theorem vmemmap_free_spares_vmalloc [ERA=504 PAGE_SHIFT=12 VA_BITS=48] proved
 * example merged_policy_frees_something [ERA=504 PAGE_SHIFT=12 VA_BITS=48] witnessed
 *
 * fingerprints:
 * theorem vmemmap_free_spares_vmalloc [ERA=504 PAGE_SHIFT=12 VA_BITS=48] 3f2a9c1b7d0e
 * example merged_policy_frees_something [ERA=504 PAGE_SHIFT=12 VA_BITS=48] 9a0b44c2e1f7
 * </pre>
 *
 * One verdict line per obligation, in obligation order; one fingerprint line per obligation that has one, in
 * the same order. The configuration is {@link Config#toString()} (empty brackets for a spec without params).
 * The parser skips blank lines and {@code #} comments (the first comment naming the spec fills
 * {@link ProofRecord#spec()}), accepts CRLF and a byte-order mark, reads records of the earlier one-section form
 * ({@code ... verdict fingerprint} on one line, {@code -} for none) and reports every malformed line.
 */
public final class ProofRecordFormat {
    private ProofRecordFormat() {}

    /** The command that rewrites a record; printed in its header so a reader knows how to update it. */
    public static final String REGENERATE_COMMAND = "./ptprove check --record";

    /** The line that starts the fingerprint section. */
    public static final String FINGERPRINTS = "fingerprints:";

    private static final String HEADER = "# ptprove proof record for ";
    private static final String NO_FINGERPRINT = "-";
    /** Between words; compiled once ({@code String.split("\\s+")} compiles it on every call). */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** The record's text, {@code \n}-terminated lines. Rejects names and fingerprints a parser could not read back. */
    public static String format(ProofRecord record) {
        StringBuilder sb = new StringBuilder();
        sb.append(HEADER).append(record.spec()).append('\n');
        sb.append("# Regenerate: ").append(REGENERATE_COMMAND).append(' ').append(record.spec()).append('\n');
        sb.append("# kind name [configuration] verdict; the fingerprints of the lowered queries follow in their")
                .append(" own section\n");
        StringBuilder prints = new StringBuilder();
        for (RecordEntry e : record.entries()) {
            RecordKey k = e.key();
            requireIdentifier(k.name(), "property name");
            for (Config.Entry c : k.config().entries()) requireIdentifier(c.name(), "param name");
            sb.append(k).append(' ').append(e.verdict().word()).append('\n');
            String fp = e.fingerprint();
            if (fp == null) continue;
            if (fp.chars().anyMatch(Character::isWhitespace) || fp.equals(NO_FINGERPRINT)) {
                throw new IllegalArgumentException("fingerprint that cannot be recorded for " + k + ": '" + fp + "'");
            }
            prints.append(k).append(' ').append(fp).append('\n');
        }
        if (!prints.isEmpty()) sb.append('\n').append(FINGERPRINTS).append('\n').append(prints);
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
        Parse p = new Parse(source);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("#")) {
                if (p.spec == null && lines[i].startsWith(HEADER)) p.spec = lines[i].substring(HEADER.length()).strip();
                continue;
            }
            p.line(i + 1, line);
        }
        return p.finish();
    }

    /** The state of one parse: entries so far, their first lines, the section, the problems. */
    private static final class Parse {
        final String source;
        final List<ProofRecordException.Problem> problems = new ArrayList<>();
        final Map<RecordKey, RecordEntry> entries = new LinkedHashMap<>();
        final Map<RecordKey, Integer> firstLine = new HashMap<>();
        final Map<RecordKey, Integer> printLine = new HashMap<>();
        String spec;
        boolean inPrints;

        Parse(String source) { this.source = source; }

        void line(int lineNo, String line) {
            try {
                if (line.equals(FINGERPRINTS)) {
                    if (inPrints) throw new LineError("a second '" + FINGERPRINTS + "' section");
                    inPrints = true;
                } else if (inPrints) {
                    fingerprint(lineNo, line);
                } else {
                    RecordEntry e = parseLine(line);
                    Integer first = firstLine.putIfAbsent(e.key(), lineNo);
                    if (first != null) {
                        throw new LineError("duplicate entry for " + e.key() + " (first on line " + first + ")");
                    }
                    entries.put(e.key(), e);
                }
            } catch (LineError err) {
                problems.add(new ProofRecordException.Problem(source, lineNo, printable(err.getMessage())));
            }
        }

        void fingerprint(int lineNo, String line) throws LineError {
            Keyed k = keyed(line, "kind name [configuration] fingerprint");
            if (k.tail().length != 1) throw new LineError(k.tail().length == 0 ? "expected a fingerprint after ']'"
                    : "unexpected '" + k.tail()[1] + "' after the fingerprint");
            RecordEntry e = entries.get(k.key());
            if (e == null) throw new LineError("a fingerprint for " + k.key() + ", which has no verdict line above");
            Integer first = printLine.putIfAbsent(k.key(), lineNo);
            if (first != null) {
                throw new LineError("a second fingerprint for " + k.key() + " (first on line " + first + ")");
            }
            if (e.fingerprint() != null) {
                throw new LineError("a fingerprint for " + k.key() + ", which has one on its verdict line");
            }
            String fp = k.tail()[0].equals(NO_FINGERPRINT) ? null : k.tail()[0];
            entries.put(k.key(), new RecordEntry(k.key(), e.verdict(), fp));
        }

        ProofRecord finish() throws ProofRecordException {
            if (!problems.isEmpty()) throw new ProofRecordException(problems);
            return new ProofRecord(spec == null ? "" : spec, new ArrayList<>(entries.values()));
        }
    }

    /** A malformed line; internal to the parser, always turned into a {@link ProofRecordException.Problem}. */
    private static final class LineError extends Exception {
        private static final long serialVersionUID = 1L;
        LineError(String message) { super(message, null, false, false); }
    }

    /** A line's key and the words after its configuration. */
    private record Keyed(RecordKey key, String[] tail) {}

    private static Keyed keyed(String line, String expected) throws LineError {
        int open = line.indexOf('[');
        int close = line.indexOf(']');
        if (open < 0) throw new LineError("expected '" + expected + "', found '" + abbreviate(line) + "'");
        if (close < open) throw new LineError("configuration '[' is not closed by ']'");
        String[] head = words(line.substring(0, open));
        if (head.length != 2) throw new LineError("expected a kind and a name before '[', found "
                + (head.length == 0 ? "nothing" : "'" + String.join(" ", head) + "'"));
        Obligation.Kind kind = kindOf(head[0]);
        if (kind == null) throw new LineError("unknown kind '" + head[0] + "' (expected theorem or example)");
        if (!isIdentifier(head[1])) throw new LineError("'" + head[1] + "' is not a property name");
        Config config = parseConfig(line.substring(open + 1, close));
        return new Keyed(new RecordKey(kind, head[1], config), words(line.substring(close + 1)));
    }

    /** {@code kind name [configuration] verdict}, or the earlier form with the fingerprint after the verdict. */
    private static RecordEntry parseLine(String line) throws LineError {
        Keyed k = keyed(line, "kind name [configuration] verdict");
        String[] tail = k.tail();
        if (tail.length < 1) throw new LineError("expected a verdict after ']'");
        if (tail.length > 2) throw new LineError("unexpected '" + tail[2] + "' after the fingerprint");
        Verdict verdict = Verdict.ofWord(tail[0]);
        if (verdict == null) throw new LineError("unknown verdict '" + tail[0] + "' (expected one of "
                + Stream.of(Verdict.values()).map(Verdict::word).collect(Collectors.joining(", ")) + ")");
        String fp = tail.length < 2 || tail[1].equals(NO_FINGERPRINT) ? null : tail[1];
        return new RecordEntry(k.key(), verdict, fp);
    }

    private static Config parseConfig(String text) throws LineError {
        List<Config.Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String item : words(text)) {
            int eq = item.indexOf('=');
            String name = eq < 0 ? item : item.substring(0, eq);
            String value = eq < 0 ? "" : item.substring(eq + 1);
            if (eq < 0 || !isIdentifier(name) || value.isEmpty()) {
                throw new LineError("malformed configuration item '" + item + "' (expected NAME=value)");
            }
            if (!names.add(name)) throw new LineError("param '" + name + "' appears twice in the configuration");
            if (value.equals("true") || value.equals("false")) {
                entries.add(new Config.Entry(name, value.equals("true") ? 1 : 0, true));
            } else if (isDecimal(value)) {
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
        return t.isEmpty() ? new String[0] : BLANKS.split(t);
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
        if (!isIdentifier(s)) throw new IllegalArgumentException(what + " '" + s + "' cannot be recorded");
    }

    /** {@code [A-Za-z_][A-Za-z0-9_]*}, without a regular expression (a record has thousands of names). */
    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(letter(s.charAt(0)) || s.charAt(0) == '_')) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(letter(c) || digit(c) || c == '_')) return false;
        }
        return true;
    }

    /** {@code [0-9]+}. */
    static boolean isDecimal(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!digit(s.charAt(i))) return false;
        return true;
    }

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
