package ptprove.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of all of ptprove's own code, for spec-level entries. Those skip elaboration, lowering, solving and
 * the checks between them, so any change to any of that code must miss, also in a development build whose version
 * number did not change. From a jar (the launcher's {@code target/ptprove.jar}) the digest is over the name, size
 * and CRC-32 of every entry, as the jar's directory records them: nothing is inflated or hashed byte by byte (a
 * warm run pays well under a millisecond), and a rebuild of the same code keeps the identity, since file times
 * are left out. From a folder (tests, an IDE) it is over every class file's bytes. Computed once per process.
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
                jarEntries(where, md);
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

    private static void jarEntries(Path jar, MessageDigest md) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry z = e.nextElement();
                if (z.isDirectory()) continue; // the manifest is in: it names the libraries' versions
                lines.add(z.getName() + " " + z.getSize() + " " + Long.toHexString(z.getCrc()) + "\n");
            }
        }
        Collections.sort(lines);
        for (String l : lines) md.update(l.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Path> classFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder.resolve("ptprove"))) {
            return s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }
}
