package ptprove.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheLocationTest {
    @Test
    void xdgFirstThenThePlatformsPerUserCacheFolder() {
        assertEquals(Optional.of(Path.of("/x/ptprove")),
                CacheLocation.defaultDir(Map.of("XDG_CACHE_HOME", "/x"), "Linux", "/home/u"));
        assertEquals(Optional.of(Path.of("/home/u/.cache/ptprove")),
                CacheLocation.defaultDir(Map.of("XDG_CACHE_HOME", "relative"), "Linux", "/home/u"));
        assertEquals(Optional.of(Path.of("/Users/u/Library/Caches/ptprove")),
                CacheLocation.defaultDir(Map.of(), "Mac OS X", "/Users/u"));
        assertEquals(Optional.of(Path.of("C:/AppData/ptprove/cache")),
                CacheLocation.defaultDir(Map.of("LOCALAPPDATA", "C:/AppData"), "Windows 11", "C:/Users/u"));
        assertEquals(Optional.empty(), CacheLocation.defaultDir(Map.of(), "Linux", null));
    }

    @Test
    void theTestSuiteNeverUsesTheUsersCache() {
        // set by the surefire configuration in pom.xml: a test that wants a cache passes --cache TEMPDIR
        assertEquals(Optional.empty(), CacheLocation.defaultDir());
    }
}
