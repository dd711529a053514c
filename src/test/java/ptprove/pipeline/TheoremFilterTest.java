package ptprove.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --theorem} globs: sets are sets of characters, not Java regex classes, and a set that cannot match is refused. */
class TheoremFilterTest {
    private static boolean matches(String glob, String name) {
        return new TheoremFilter(List.of(glob)).matches(name);
    }

    @Test
    void wildcardsAndSets() {
        assertTrue(matches("leaf_*", "leaf_containment_section"));
        assertTrue(matches("v?_11*", "v5_11_frees_blocks"));
        assertTrue(matches("v[56]_*", "v6_14_removal"));
        assertFalse(matches("v[56]_*", "v4_14_removal"));
        assertTrue(matches("x[!a-c]", "xd"));
        assertFalse(matches("x[!a-c]", "xb"));
        assertTrue(matches("a[]]b", "a]b"), "a ] right after [ is a member");
        assertTrue(matches("x[!]]", "xa"), "and right after [!");
        assertFalse(matches("x[!]]", "x]"));
        assertTrue(matches("x[^a]", "xb"), "^ negates as bash takes it");
        assertFalse(matches("x[^a]", "xa"));
        assertTrue(matches("a.b", "a.b"));
        assertFalse(matches("a.b", "axb"), "a dot is a dot");
    }

    @Test
    void regexClassSyntaxMeansNothingInASet() {
        assertTrue(matches("[&&t]", "&"));
        assertTrue(matches("[&&t]", "t"));
        assertFalse(matches("[&&t]", "u"));
        assertTrue(matches("[\\d]", "\\"), "a backslash is a member");
        assertFalse(matches("[\\d]", "5"));
        assertTrue(matches("[[a]", "["));
    }

    @Test
    void aSetThatCannotMatchIsRefused() {
        assertEquals("--theorem '[z-a]': the range z-a is backwards",
                assertThrows(TheoremFilter.BadGlob.class, () -> new TheoremFilter(List.of("[z-a]"))).getMessage());
        assertTrue(matches("x[!]", "x[!]"), "a [ without its ] stands for itself");
    }
}
