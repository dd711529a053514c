package ptprove.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import ptprove.result.Verdict;

/** Test help: rewrites a cache entry the way an attacker with write access to the folder would, checksum and all. */
public final class Forgery {
    private Forgery() {}

    /** The entry at {@code file} now says {@code verdict} with no model, with a checksum that matches. */
    public static void forge(Path file, Verdict verdict) throws IOException {
        JsonNode node = new ObjectMapper().readTree(Files.readString(file));
        CacheEntry forged = new CacheEntry(node.get("key").asText(), verdict, Map.of());
        Files.writeString(file, forged.toJson());
    }

    /** The verdict an entry file holds. */
    public static String verdict(Path file) throws IOException {
        return new ObjectMapper().readTree(Files.readString(file)).get("verdict").asText();
    }
}
