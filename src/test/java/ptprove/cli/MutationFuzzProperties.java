package ptprove.cli;

import net.jqwik.api.Tag;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import ptprove.elaborate.Configurations;
import ptprove.ir.Obligation;
import ptprove.lower.SmtLib;
import ptprove.pipeline.CompiledSpec;
import ptprove.pipeline.Compiler;
import ptprove.pipeline.SpecInput;

/**
 * Random token mutations of every shipped spec (delete, duplicate, swap, or replace a token with another one
 * from the language) must give diagnostics or verdicts, never a stack trace or an internal error (exit 70).
 * Mutated specs are compiled and lowered to SMT-LIB through {@code ptprove layout} and the front end; solving
 * is left out so the property stays fast.
 */
@Tag("slow") // minutes of random specs: left out of the fast tier (mvn test -DexcludedGroups=slow)
class MutationFuzzProperties {
    private static final Pattern TOKEN = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"[^\"\\n]*\"|0[xX][0-9a-fA-F_]+[uUlL]*|[0-9][0-9_]*[uUlL]*|[A-Za-z_][A-Za-z_0-9]*"
            + "|<<=|>>=|==>|&&|\\|\\||==|!=|<=|>=|<<|>>|[-+*/%&|^]=|\\S", Pattern.DOTALL);
    private static final String[] VOCABULARY = {
        "(", ")", "[", "]", "{", "}", ";", ",", ":", ".", "?", "!", "~", "-", "+", "*", "/", "%", "<<", ">>", "<",
        ">", "<=", "==", "!=", "&", "|", "^", "&&", "||", "==>", "=", "&=", "forall", "exists", "where", "in",
        "within", "let", "fn", "param", "require", "region", "teardown", "theorem", "example", "import", "if",
        "else", "return", "true", "false", "0", "1", "64", "0xffffffffffffffff", "L", "start", "end", "pmd",
        "mask", "walk", "vmalloc", "over", "frees_any", "permanent", "var", "bool", "unsigned", "\"x.ptl\"", "#",
        "\u0000", "99999999999999999999999999"
    };

    private static List<Path> shippedSpecs() {
        try (Stream<Path> s = Files.walk(Path.of("specs"))) {
            return s.filter(p -> p.toString().endsWith(".ptl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 150)
    void mutationsNeverCrash(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) throws IOException {
        List<Path> specs = shippedSpecs();
        Random rnd = new Random(seed);
        Path victim = specs.get(rnd.nextInt(specs.size()));
        Path dir = Files.createTempDirectory("ptl-fuzz");
        try {
            // copy the whole spec tree so imports resolve, then mutate one file
            for (Path p : specs) {
                Path to = dir.resolve(Path.of("specs").relativize(p));
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
            Path target = dir.resolve(Path.of("specs").relativize(victim));
            String mutated = mutate(Files.readString(target), rnd);
            Files.writeString(target, mutated);
            for (String command : new String[] {"layout"}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = Main.run(new String[] {command, "--root", dir.toString(), target.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
                assertNotEquals(70, code, "internal error on mutation of " + victim + ":\n" + all);
                assertFalse(all.contains("\tat ") || all.contains("Exception"), "stack trace:\n" + all);
            }
            // and through elaboration to SMT-LIB text for every obligation (solving left out for speed)
            SpecInput in = new SpecInput(target, target.toString(), dir, dir.relativize(target));
            try {
                CompiledSpec c = Compiler.compile(in, Configurations.Selection.ALL, Compiler.Want.OBLIGATIONS);
                for (Obligation o : c.obligations()) assertFalse(SmtLib.script(o).isEmpty());
            } catch (Configurations.BadSelection e) {
                throw new AssertionError(e);
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static String mutate(String text, Random rnd) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (!m.group().startsWith("//") && !m.group().startsWith("/*")) tokens.add(new int[] {m.start(), m.end()});
        }
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + rnd.nextInt(3);
        for (int i = 0; i < edits && !tokens.isEmpty(); i++) {
            int k = rnd.nextInt(tokens.size());
            int[] t = tokens.get(k);
            String tok = sb.substring(t[0], t[1]);
            String replacement = switch (rnd.nextInt(4)) {
                case 0 -> "";
                case 1 -> tok + " " + tok;
                case 2 -> VOCABULARY[rnd.nextInt(VOCABULARY.length)];
                default -> {
                    int[] u = tokens.get(rnd.nextInt(tokens.size()));
                    yield sb.substring(u[0], u[1]);
                }
            };
            sb.replace(t[0], t[1], replacement);
            tokens.clear();
            Matcher again = TOKEN.matcher(sb);
            while (again.find()) {
                if (!again.group().startsWith("//") && !again.group().startsWith("/*")) {
                    tokens.add(new int[] {again.start(), again.end()});
                }
            }
        }
        return sb.toString();
    }
}
