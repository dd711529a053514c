package ptprove.cache;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of the compiled code between a query's text and Z3's answer (the lowering to Z3 terms and the
 * solving loop). The cache key holds the query text, which covers every change up to the IR; this covers a
 * development build that changes how that IR is handed to Z3 without changing ptprove's version number.
 */
final class SolverCode {
    private SolverCode() {}

    private static final List<String> CLASSES = List.of(
            "ptprove/lower/Z3Lowering", "ptprove/lower/Z3Lowering$1", "ptprove/solve/SolverSession",
            "ptprove/solve/SolverSession$Attempt", "ptprove/solve/SolverSession$Question", "ptprove/solve/Goals",
            "ptprove/solve/VacuityCache", "ptprove/solve/Minimiser", "ptprove/solve/Z3Solvers", "ptprove/solve/Held",
            "ptprove/solve/ImpliedFacts", "ptprove/solve/CaseSplit");

    private static final String DIGEST = compute();

    static String digest() {
        return DIGEST;
    }

    private static String compute() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String c : CLASSES) {
                try (InputStream in = SolverCode.class.getClassLoader().getResourceAsStream(c + ".class")) {
                    if (in == null) continue; // a class a refactoring removed: the others still tell builds apart
                    md.update(c.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unavailable";
        }
    }
}
