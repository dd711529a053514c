package ptprove.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that read Debian's linux-source-6.1 tree (never copied into the repository): located as
 * {@link KernelTrees#configured()} says. Without the tree such a test is skipped with a message saying how to get
 * it; with {@code CI=true} a missing tree fails the test instead, so CI cannot pass without reading the kernel.
 */
public final class TreeBacked {
    private TreeBacked() {}

    /** The 6.1 tree, or the test is skipped (failed under CI). */
    public static Path tree() {
        Path p = KernelTrees.configured();
        if (!Files.isRegularFile(p.resolve("Makefile")) || !Files.isDirectory(p.resolve("arch/arm64/include"))) {
            String message = KernelTrees.howToGet(p);
            if ("true".equals(System.getenv("CI"))) Assertions.fail("CI=true: " + message);
            Assumptions.abort(message);
        }
        return p;
    }
}
