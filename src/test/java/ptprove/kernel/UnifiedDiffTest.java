package ptprove.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    private static final String FILE = "a\nb\nc\nd\ne\nf\ng\nh\n";

    private static Map<String, String> apply(String diff) throws UnifiedDiff.DoesNotApply {
        return UnifiedDiff.apply(diff, p -> p.equals("dir/x.h") ? FILE : null);
    }

    @Test
    void gitDiffWithTwoHunks() throws Exception {
        String diff = "diff --git a/dir/x.h b/dir/x.h\nindex 1..2 100644\n--- a/dir/x.h\n+++ b/dir/x.h\n"
                + "@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n@@ -6,3 +6,4 @@\n f\n g\n+G2\n h\n";
        assertEquals("a\nB\nc\nd\ne\nf\ng\nG2\nh\n", apply(diff).get("dir/x.h"));
    }

    @Test
    void aHunkAppliesAtAnOffsetButNeverWithoutItsContext() throws Exception {
        String moved = "--- x\n+++ x\n@@ -1,2 +1,2 @@\n d\n-e\n+E\n";
        assertEquals("a\nb\nc\nd\nE\nf\ng\nh\n", UnifiedDiff.apply(moved, p -> FILE).get("x"));
        String wrong = "--- a/dir/x.h\n+++ b/dir/x.h\n@@ -1,2 +1,2 @@\n q\n-b\n+B\n";
        UnifiedDiff.DoesNotApply e = assertThrows(UnifiedDiff.DoesNotApply.class, () -> apply(wrong));
        assertTrue(e.getMessage().contains("dir/x.h: hunk 1"), e.getMessage());
    }

    @Test
    void newFilesMissingFilesAndNonDiffs() throws Exception {
        assertEquals("n\n", apply("--- /dev/null\n+++ b/dir/new.h\n@@ -0,0 +1 @@\n+n\n").get("dir/new.h"));
        assertThrows(UnifiedDiff.DoesNotApply.class, () -> apply("--- a/nope.h\n+++ b/nope.h\n@@ -1 +1 @@\n-a\n+b\n"));
        assertThrows(UnifiedDiff.DoesNotApply.class, () -> apply("just some text\n"));
    }

    /** A patch saved by a mail client with CRLF line endings applies as git am would take it. */
    @Test
    void aCrlfPatchAppliesAndAMixedOneSaysWhy() throws Exception {
        String diff = "--- a/dir/x.h\n+++ b/dir/x.h\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n";
        assertEquals("a\nB\nc\nd\ne\nf\ng\nh\n", apply(diff.replace("\n", "\r\n")).get("dir/x.h"));
        String mixed = "--- a/dir/x.h\n+++ b/dir/x.h\n@@ -1,3 +1,3 @@\r\n a\n-b\n+B\n c\n";
        UnifiedDiff.DoesNotApply e = assertThrows(UnifiedDiff.DoesNotApply.class, () -> apply(mixed));
        assertEquals("line 3: malformed hunk header @@ -1,3 +1,3 @@ (it ends in a carriage return: some lines of"
                + " the patch end in CRLF)", e.getMessage());
    }
}
