package ptprove.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import ptprove.cli.Main;

/**
 * Golden specs: every {@code NAME.ptl} directly inside a folder of {@code src/test/resources/golden/} is run
 * through the CLI in-process, and its exit status, stdout and stderr must equal {@code NAME.expected}. A
 * {@code NAME.args} file (one argument per line) replaces the default arguments
 * {@code check --no-timing --jobs 1}; the spec path always comes last. Files in subfolders are helpers (imports,
 * and proof records for {@code .args} that pass {@code --proofs}; otherwise {@code check} runs without records).
 *
 * <p>To review changes in bulk, regenerate with {@code mvn test -Dtest=GoldenTest -Dgolden.update=true} and read
 * the diff. An {@code .expected} without its spec, or a spec without its {@code .expected}, fails the run.
 */
class GoldenTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> s = Files.list(ROOT)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(".ptl")) {
                    tests.add(DynamicTest.dynamicTest(folder.getFileName() + "/" + name, () -> run(folder, f)));
                } else if (name.endsWith(".expected") || name.endsWith(".args")) {
                    Path spec = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".ptl");
                    tests.add(DynamicTest.dynamicTest(folder.getFileName() + "/" + name + " has a spec",
                            () -> assertTrue(Files.exists(spec), "orphan golden file " + f)));
                }
            }
        }
        assertTrue(tests.size() > 10, "golden folder looks empty: " + ROOT.toAbsolutePath());
        return tests.stream();
    }

    private static void run(Path folder, Path spec) throws IOException {
        String base = spec.getFileName().toString().replaceFirst("\\.ptl$", "");
        Path argsFile = folder.resolve(base + ".args");
        List<String> args = new ArrayList<>();
        if (Files.exists(argsFile)) {
            for (String line : Files.readAllLines(argsFile)) if (!line.isBlank()) args.add(line.strip());
        } else {
            args.addAll(List.of("check", "--no-timing", "--jobs", "1"));
        }
        args.addAll(List.of("--root", folder.toString()));
        if (args.get(0).equals("check")) {
            // no records unless the .args name a folder of them (e.g. one beside the spec)
            if (!args.contains("--proofs")) args.addAll(List.of("--proofs", "target/golden-no-proofs"));
            args.add("--no-cache");
        }
        args.add(spec.toString());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args.toArray(String[]::new), o, e);
        }
        String actual = "exit: " + code + "\n--- stdout\n" + out.toString(StandardCharsets.UTF_8)
                + "--- stderr\n" + err.toString(StandardCharsets.UTF_8);
        Path expectedFile = folder.resolve(base + ".expected");
        if (UPDATE) {
            Files.writeString(expectedFile, actual);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail("no " + expectedFile + "; run with -Dgolden.update=true and review. Actual:\n" + actual);
        }
        assertEquals(Files.readString(expectedFile), actual, "golden mismatch for " + spec);
        assertTrue(code != 70, "internal error on " + spec);
        assertTrue(!actual.contains("\tat ") && !actual.contains("Exception"), "stack trace in output of " + spec);
    }
}
