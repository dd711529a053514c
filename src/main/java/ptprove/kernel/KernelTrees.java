package ptprove.kernel;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a kernel tree is looked for when none is named: the system property {@code ptprove.kernel.tree}, else
 * the environment variable {@code PTPROVE_KERNEL_TREE}, else {@code $XDG_CACHE_HOME/ptprove-kernel/linux-source-6.1}
 * ({@code ~/.cache/ptprove-kernel/linux-source-6.1} without XDG_CACHE_HOME), where {@code .ci/run} unpacks
 * Debian's linux-source-6.1. The tree-backed tests read it from here.
 */
public final class KernelTrees {
    public static final String PROPERTY = "ptprove.kernel.tree";
    public static final String ENVIRONMENT = "PTPROVE_KERNEL_TREE";
    public static final String DEFAULT_NAME = "linux-source-6.1";

    private KernelTrees() {}

    public static Path configured() {
        return configured(System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home", ""));
    }

    static Path configured(String property, Map<String, String> env, String home) {
        if (property != null && !property.isBlank()) return Path.of(property);
        String fromEnv = env.get(ENVIRONMENT);
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
        return cache.resolve("ptprove-kernel").resolve(DEFAULT_NAME);
    }

    /** How to get the tree the tests use, for the message of a skipped or failed tree-backed test. */
    public static String howToGet(Path where) {
        return "no Linux 6.1 tree at " + where + ". Get one with: apt-get install linux-source-6.1 && mkdir -p "
                + where.getParent() + " && tar -xJf /usr/src/linux-source-6.1.tar.xz -C " + where.getParent()
                + " linux-source-6.1/Makefile linux-source-6.1/include linux-source-6.1/mm"
                + " linux-source-6.1/arch/arm64/include linux-source-6.1/arch/arm64/mm"
                + " linux-source-6.1/arch/x86/include linux-source-6.1/arch/x86/mm"
                + " linux-source-6.1/arch/riscv/include linux-source-6.1/arch/riscv/mm"
                + " (or run .ci/run, or set " + ENVIRONMENT + " / -D" + PROPERTY + " to an unpacked tree)";
    }
}
