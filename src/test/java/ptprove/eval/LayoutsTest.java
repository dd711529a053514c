package ptprove.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import ptprove.check.Program;

/** Concrete layouts per configuration; anything that reads a var is symbolic. */
class LayoutsTest {
    @Test
    void layoutsPerConfiguration() {
        Program p = Specs.text("""
                param VA in {39, 48};
                param BOOT in {false, true};
                var KASLR where KASLR < (1 << 30);
                let PAGE_OFFSET = -(1 << VA);
                let PAGE_END    = -(1 << (VA - 1));
                let SHIFTED     = PAGE_OFFSET + KASLR;
                let IS_BIG      = VA > 40;
                region linear = [PAGE_OFFSET, PAGE_END);
                region kernel = [SHIFTED, SHIFTED + SZ_2M);
                region boot   = [PAGE_END, 0) permanent if BOOT;
                """);
        List<Layouts.Layout> all = Layouts.all(p);
        assertEquals(4, all.size());
        Layouts.Layout l = all.get(3);
        assertEquals("VA=48 BOOT=true", l.config().toString());
        assertEquals(List.of(new Layouts.Constant("PAGE_OFFSET", 0xffff000000000000L),
                new Layouts.Constant("PAGE_END", 0xffff800000000000L)), l.constants());
        assertEquals(List.of(new Layouts.Region("linear", 0xffff000000000000L, 0xffff800000000000L, false),
                new Layouts.Region("boot", 0xffff800000000000L, 0, true)), l.regions());
        assertEquals(List.of("SHIFTED", "kernel"), l.symbolic());
        assertEquals(false, all.get(0).regions().get(1).permanent());
        assertEquals(0xffffff8000000000L, all.get(0).constants().get(0).value());
    }
}
