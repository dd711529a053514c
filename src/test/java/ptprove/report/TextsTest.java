package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void truncationKeepsBothEnds() {
        assertEquals("vmemmap_free_spares_vmalloc", Texts.truncateMiddle("vmemmap_free_spares_vmalloc", 27));
        assertEquals("vmemmap_fr...s_vmalloc", Texts.truncateMiddle("vmemmap_free_spares_vmalloc", 22));
        assertEquals(22, Texts.truncateMiddle("vmemmap_free_spares_vmalloc", 22).length());
        assertEquals("vm", Texts.truncateMiddle("vmemmap", 2));
    }

    @Test
    void wrapBreaksBetweenTokensAndHonoursPrefixes() {
        List<String> lines = Texts.wrap(List.of("aaaa", "bbbb", "cccc", "dddd"), "> ", "  ", 12);
        assertEquals(List.of("> aaaa bbbb", "  cccc dddd"), lines);
        for (String l : Texts.wrap(List.of("x".repeat(100), "y"), "", "    ", 20)) assertTrue(l.length() <= 20, l);
        assertEquals(List.of("> "), Texts.wrap(List.of(), "> ", "", 10));
    }

    @Test
    void printableEscapesControlCharacters() {
        assertEquals("a\\x1b[31mb c", Texts.printable("a\u001b[31mb\nc"));
    }
}
