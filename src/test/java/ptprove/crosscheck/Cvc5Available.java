package ptprove.crosscheck;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need a real cvc5: it must be on PATH. In CI ({@code CI=true}) a missing cvc5 fails the test,
 * since a test that silently skips there can never fail; on a developer machine it skips, saying why.
 */
public final class Cvc5Available {
    private Cvc5Available() {}

    public static Cvc5 require() {
        try {
            return Cvc5.locate(Cvc5.NAME);
        } catch (Cvc5.Unavailable e) {
            String why = e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but cvc5 cannot be used, so the cross-check tests cannot run: " + why);
            }
            Assumptions.abort("skipped: " + why + "; install cvc5 to run this test (with CI=true it fails instead)");
            throw new AssertionError("unreachable");
        }
    }
}
