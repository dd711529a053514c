package ptprove.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of all of ptprove's own code, for spec-level entries. Those skip elaboration, lowering, solving and
 * the checks between them, so any change to any of that code must miss, also in a development build whose version
 * number did not change: the digest is over the jar the classes were loaded from (the launcher's
 * {@code target/ptprove.jar}) or, when they come from a folder (tests, an IDE), over every class file below it.
 * Computed once per process; the jar costs a few milliseconds to hash.
 */
final class ToolIdentity {
    private ToolIdentity() {}

    private static volatile String digest;

    static String digest() {
        String d = digest;
        if (d == null) digest = d = compute();
        return d;
    }

    private static String compute() {
        try {
            Path where = Path.of(ToolIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(where)) {
                md.update(Files.readAllBytes(where));
            } else {
                for (Path f : classFiles(where)) {
                    md.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(f));
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            // code that cannot be identified is never trusted: a fresh value per process misses every entry
            return "unidentified-" + System.nanoTime();
        }
    }

    private static List<Path> classFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder.resolve("ptprove"))) {
            return s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }
}
