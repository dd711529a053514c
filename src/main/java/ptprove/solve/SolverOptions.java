package ptprove.solve;

import com.microsoft.z3.Version;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The solver settings a run actually used, as data a report can record next to its verdicts.
 *
 * @param solver    {@code z3}
 * @param version   e.g. {@code 4.14.1}
 * @param seed      the random seed given to Z3 ({@code random_seed}, {@code smt.random_seed}, {@code sat.random_seed})
 * @param timeoutMs per obligation, 0 for none
 * @param rlimit    per obligation, 0 for none
 */
public record SolverOptions(String solver, String version, int seed, long timeoutMs, long rlimit) {
    /** Fixed so that repeated runs ask Z3 the same question the same way. */
    public static final int SEED = 0;

    public static SolverOptions of(Budget budget) {
        return new SolverOptions("z3", z3Version(), SEED, budget.timeoutMs(), budget.rlimit());
    }

    /** In a stable order: solver, version, seed, timeout, rlimit; "none" for an absent limit. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("solver", solver);
        m.put("version", version);
        m.put("seed", Integer.toString(seed));
        m.put("timeout", timeoutMs == 0 ? "none" : timeoutMs + " ms");
        m.put("rlimit", rlimit == 0 ? "none" : Long.toString(rlimit));
        return m;
    }

    /**
     * {@code 4.14.1}: the Z3 release bundled with this build, as the build recorded it, so that a run answered
     * entirely from the cache never loads the native library (extracting and loading it costs about half a second);
     * {@link #loadedZ3Version()} is what the library itself says, and a test holds the two equal. Without the
     * build's record (classes compiled outside Maven) it is the loaded library's answer.
     */
    static String z3Version() {
        return BUNDLED_Z3 != null ? BUNDLED_Z3 : loadedZ3Version();
    }

    private static final String BUNDLED_Z3 = bundledZ3Version();

    private static String bundledZ3Version() {
        try (InputStream in = SolverOptions.class.getResourceAsStream("/ptprove/solver.properties")) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("z3.version");
            return v == null || !v.matches("[0-9]+(\\.[0-9]+)*") ? null : v; // an unfiltered ${...} is no version
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code 4.14.1} as the loaded native library reports it, or a note saying why Z3 could not be loaded. */
    static String loadedZ3Version() {
        try {
            return Version.getMajor() + "." + Version.getMinor() + "." + Version.getBuild();
        } catch (LinkageError | RuntimeException e) {
            return "unavailable (" + Reasons.describe(e) + ")";
        }
    }
}
