package ptprove.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away workspace for end-to-end CLI tests: {@code specs/} with a tiny spec that solves in milliseconds
 * (proved, refuted and witnessed obligations in two configurations), {@code proofs/} and {@code cache/}, always
 * passed as absolute paths (the in-process CLI shares the test JVM's working directory).
 */
final class TinySpecs {
    static final String TINY = """
            param K in {1, 2};

            theorem holds: forall x where x < 0x10: x + K > x;
            theorem fails: forall x where x < 0x10: x != 0x3;
            example found: exists x where x < 0x10: x == 0x5 + K;
            """;

    final Path dir, specs, proofs, cache;

    TinySpecs(Path dir) {
        this.dir = dir;
        this.specs = dir.resolve("specs");
        this.proofs = dir.resolve("proofs");
        this.cache = dir.resolve("cache");
        write("tiny.ptl", TINY);
    }

    /** Writes {@code specs/NAME}, creating folders. */
    Path write(String name, String text) {
        try {
            Path p = specs.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code check --root specs --proofs proofs ARGS...}; ARGS name the specs and any other options. */
    CliRun check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--root", specs.toString(), "--proofs",
                proofs.toString(), "--jobs", "2", "--no-timing"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    String spec(String name) {
        return specs.resolve(name).toString();
    }

    Path record(String name) {
        return proofs.resolve(name);
    }
}
