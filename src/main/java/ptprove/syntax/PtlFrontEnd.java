package ptprove.syntax;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import ptprove.files.BoundedRead;
import ptprove.files.FileProblem;
import ptprove.source.DiagnosticCode;
import ptprove.source.Diagnostics;
import ptprove.source.SourceFile;
import ptprove.syntax.antlr.PtlLexer;
import ptprove.syntax.antlr.PtlParser;
import ptprove.syntax.ast.SpecFile;

/**
 * The syntax stage: bytes to {@link SpecFile}. Every problem becomes a positioned diagnostic; hostile input
 * (invalid UTF-8, NUL bytes, absurd nesting, megabyte files, FIFOs and devices) is rejected with a message,
 * never an exception, and is never read beyond the size limit.
 */
public final class PtlFrontEnd {
    /** Bracket nesting beyond this is rejected before parsing (no real spec comes close). */
    public static final int MAX_NESTING = 256;
    /** Spec files larger than this are rejected unread. */
    public static final long MAX_FILE_BYTES = 4L << 20;

    private PtlFrontEnd() {}

    /**
     * Reads a file as strict UTF-8. Returns null (with a diagnostic at {@code importSpan}'s file, or a synthetic
     * position for top-level files) when it cannot be read.
     */
    public static SourceFile read(Path path, String displayPath, Diagnostics diags, ptprove.source.Span importSpan)
            throws IOException {
        long size = Files.size(path);
        if (size > MAX_FILE_BYTES) {
            SourceFile stub = new SourceFile(path, displayPath, "");
            diags.error(DiagnosticCode.UNREADABLE_FILE, stub.span(0, 0),
                    "spec file is " + size + " bytes; the limit is " + MAX_FILE_BYTES);
            return null;
        }
        byte[] bytes;
        try {
            bytes = BoundedRead.read(path, MAX_FILE_BYTES, BoundedRead.Links.FOLLOW);
        } catch (FileProblem p) { // a FIFO or device (refused unopened), or more bytes than its size said
            diags.error(DiagnosticCode.UNREADABLE_FILE, new SourceFile(path, displayPath, "").span(0, 0), p.reason());
            return null;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = dec.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = " " + text.substring(1); // a BOM keeps columns stable as a blank
            return new SourceFile(path, displayPath, text);
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(bytes);
            String prefix = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            SourceFile shown = new SourceFile(path, displayPath, lenient);
            diags.error(DiagnosticCode.UNREADABLE_FILE, shown.span(prefix.length(), prefix.length() + 1),
                    String.format("not valid UTF-8 (byte 0x%02x at offset %d)", bytes[bad] & 0xff, bad));
            return null;
        }
    }

    /** Offset of the first byte that does not start a valid UTF-8 sequence. */
    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) r = dec.flush(out);
        return Math.min(in.position(), bytes.length - 1);
    }

    /** Parses one file. Returns null when it has syntax errors (all of them reported). */
    public static SpecFile parse(SourceFile file, Diagnostics diags) {
        int before = (int) diags.errorCount();
        OffsetMap offsets = new OffsetMap(file.text());
        PtlLexer lexer = new PtlLexer(CharStreams.fromString(file.text(), file.displayPath()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        if (unterminatedComment(file, diags) || !preScan(file, tokens.getTokens(), offsets, diags)) return null;

        PtlParser parser = new PtlParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new Listener(file, offsets, diags));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        PtlParser.SpecContext tree;
        try {
            tree = parser.spec();
        } catch (StackOverflowError e) {
            diags.error(DiagnosticCode.TOO_DEEP, file.span(0, 0), "expression nested too deeply to parse");
            return null;
        }
        if (diags.errorCount() > before) return null;
        try {
            return new AstBuilder(file, diags, offsets).spec(tree);
        } catch (StackOverflowError e) {
            diags.error(DiagnosticCode.TOO_DEEP, file.span(0, 0), "expression nested too deeply");
            return null;
        }
    }

    /** Bad characters and runaway nesting, found on the token stream before the parser recurses. */
    private static boolean preScan(SourceFile file, List<Token> tokens, OffsetMap offsets, Diagnostics diags) {
        boolean ok = true;
        int depth = 0;
        int badChars = 0;
        for (Token t : tokens) {
            int type = t.getType();
            int start = offsets.toChar(t.getStartIndex());
            int end = offsets.toChar(t.getStopIndex() + 1);
            if (type == PtlLexer.BAD_CHAR) {
                ok = false;
                if (badChars++ < 20) {
                    int cp = t.getText().codePointAt(0);
                    String shown = cp < 0x20 || cp == 0x7f ? String.format("U+%04X", cp) : "'" + t.getText() + "'";
                    diags.error(DiagnosticCode.BAD_CHARACTER, file.span(start, end),
                            "character " + shown + " is not allowed here" + hint(t.getText()));
                }
                continue;
            }
            String text = type == Token.EOF ? "" : t.getText();
            if (text.equals("(") || text.equals("[") || text.equals("{")) {
                if (++depth > MAX_NESTING) {
                    diags.error(DiagnosticCode.TOO_DEEP, file.span(start, end),
                            "brackets nested more than " + MAX_NESTING + " deep");
                    return false;
                }
            } else if (text.equals(")") || text.equals("]") || text.equals("}")) {
                depth = Math.max(0, depth - 1);
            }
        }
        return ok;
    }

    private static String hint(String ch) {
        return switch (ch) {
            case "\"" -> " (unterminated string?)";
            case "#" -> " (comments are // or /* */)";
            case "/" -> "";
            default -> "";
        };
    }

    /**
     * "/*" without its end lexes as '/' '*' ...; name the real problem instead of a confusing syntax error.
     * Scans like the lexer: line comments and strings hide "/*".
     */
    private static boolean unterminatedComment(SourceFile file, Diagnostics diags) {
        String text = file.text();
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') i++;
            } else if (c == '"') {
                i++;
                while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\n') i += text.charAt(i) == '\\' ? 2 : 1;
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                if (close < 0) {
                    diags.error(DiagnosticCode.SYNTAX, file.span(i, i + 2), "comment is never closed with */");
                    return true;
                }
                i = close + 2;
            } else {
                i++;
            }
        }
        return false;
    }

    private static final class Listener extends BaseErrorListener {
        private final SourceFile file;
        private final OffsetMap offsets;
        private final Diagnostics diags;
        private int reported;

        Listener(SourceFile file, OffsetMap offsets, Diagnostics diags) {
            this.file = file;
            this.offsets = offsets;
            this.diags = diags;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                                RecognitionException e) {
            if (reported++ >= 25) return;
            Token t = (Token) offending;
            int start, end;
            if (t == null || t.getStartIndex() < 0) {
                start = end = file.text().length();
            } else if (t.getType() == Token.EOF) {
                start = end = file.text().length();
            } else {
                start = offsets.toChar(t.getStartIndex());
                end = offsets.toChar(t.getStopIndex() + 1);
            }
            String found = t == null || t.getType() == Token.EOF ? "end of file" : "'" + t.getText() + "'";
            String expected = "";
            if (recognizer instanceof Parser p) {
                try {
                    expected = describe(p.getExpectedTokens(), p);
                } catch (RuntimeException ignored) {
                    expected = "";
                }
            }
            if (msg.startsWith("missing ")) {
                String what = msg.substring("missing ".length(), msg.indexOf(" at ") > 0 ? msg.indexOf(" at ") : msg.length());
                // point just after the previous token, where the missing one belongs (the caret C users expect)
                Token prev = recognizer instanceof Parser p ? p.getTokenStream().LT(-1) : null;
                if (prev != null && prev.getStopIndex() >= 0) {
                    start = end = offsets.toChar(prev.getStopIndex() + 1);
                }
                diags.error(DiagnosticCode.SYNTAX, file.span(start, end), "missing " + what + " before " + found);
                return;
            }
            String message = "unexpected " + found + (expected.isEmpty() ? "" : "; expected " + expected);
            diags.error(DiagnosticCode.SYNTAX, file.span(start, end), message);
        }

        private static String describe(IntervalSet set, Parser p) {
            if (set == null || set.size() == 0 || set.size() > 6) return "";
            List<Integer> types = set.toList();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < types.size(); i++) {
                if (i > 0) b.append(i == types.size() - 1 ? " or " : ", ");
                String name = p.getVocabulary().getDisplayName(types.get(i));
                b.append(switch (name) {
                    case "ID" -> "a name";
                    case "INT" -> "a number";
                    case "STRING" -> "a string";
                    case "EOF" -> "end of file";
                    default -> name;
                });
            }
            return b.toString();
        }
    }
}
