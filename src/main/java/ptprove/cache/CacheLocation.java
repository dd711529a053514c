package ptprove.cache;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the cache lives when {@code --cache} is not given: {@code $XDG_CACHE_HOME/ptprove}, else the platform's
 * per-user cache folder ({@code ~/Library/Caches/ptprove} on macOS, {@code %LOCALAPPDATA%\ptprove\cache} on
 * Windows, {@code ~/.cache/ptprove} elsewhere). The system property {@code ptprove.cache.default=none} turns the
 * default off: the test suite sets it so that no test reads or writes a user's cache.
 */
public final class CacheLocation {
    private CacheLocation() {}

    public static Optional<Path> defaultDir() {
        if ("none".equals(System.getProperty("ptprove.cache.default"))) return Optional.empty();
        return defaultDir(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Optional<Path> defaultDir(Map<String, String> env, String os, String home) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) return Optional.of(Path.of(xdg, "ptprove"));
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows") && env.get("LOCALAPPDATA") != null) {
            return Optional.of(Path.of(env.get("LOCALAPPDATA"), "ptprove", "cache"));
        }
        if (home == null || home.isEmpty()) return Optional.empty();
        if (name.startsWith("mac")) return Optional.of(Path.of(home, "Library", "Caches", "ptprove"));
        return Optional.of(Path.of(home, ".cache", "ptprove"));
    }
}
