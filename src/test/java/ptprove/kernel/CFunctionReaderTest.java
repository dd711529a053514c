package ptprove.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ptprove.source.Diagnostic;
import ptprove.source.DiagnosticCode;
import ptprove.source.DiagnosticFormatter;
import ptprove.source.Diagnostics;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Stmt;
import ptprove.syntax.ast.TypeName;

/** C helpers of the fixture's mmu.c read as spec fns, and every construct outside the subset named at its line. */
class CFunctionReaderTest {
    private static final KernelConfiguration K4 = FixtureTree.config(12, 48, 4, false);
    private static final KernelConfiguration K64 = FixtureTree.config(16, 42, 3, true);

    private static KernelReading read(Diagnostics d, String... names) {
        return FixtureTree.reader().read(new KernelRequest(List.of(FixtureTree.MEMORY, FixtureTree.MMU), List.of(),
                FixtureTree.functions(names), List.of(K4, K64)), d);
    }

    private static String text(Diagnostics d) {
        return d.sorted().stream().map(DiagnosticFormatter::format).collect(Collectors.joining());
    }

    @Test
    void aFloorCeilingTestReadsStatementByStatement() {
        Diagnostics d = new Diagnostics();
        Decl.Fn fn = read(d, "range_fits").configurations().get(0).functions().get("range_fits");
        assertFalse(d.hasErrors(), text(d));
        assertEquals(TypeName.BOOL, fn.returnType());
        assertEquals(List.of("start", "end", "floor", "ceiling", "mask"),
                fn.params().stream().map(p -> p.name().text()).toList());
        List<Stmt> body = ((Stmt.Block) fn.body()).stmts();
        assertEquals(4, body.size());
        Stmt.Assign first = assertInstanceOf(Stmt.Assign.class, body.get(0));
        assertEquals(Expr.BinOp.BITAND, first.op());
        assertEquals("arch/arm64/mm/mmu.c:14:2", first.span().location());
        assertEquals("start &= mask;", first.span().text());
        Stmt.Return last = assertInstanceOf(Stmt.Return.class, body.get(3));
        assertEquals(Expr.BinOp.LE, ((Expr.Binary) last.value()).op());
    }

    @Test
    void macroUsesBecomeConstantsOfTheirConfigurationAtTheUse() {
        Diagnostics d = new Diagnostics();
        KernelReading r = read(d, "page_down", "next_page");
        assertFalse(d.hasErrors(), text(d));
        Stmt.Local low4 = (Stmt.Local) ((Stmt.Block) r.configurations().get(0).functions().get("page_down").body()).stmts().get(0);
        Stmt.Local low64 = (Stmt.Local) ((Stmt.Block) r.configurations().get(1).functions().get("page_down").body()).stmts().get(0);
        Expr.IntLit mask4 = (Expr.IntLit) ((Expr.Binary) low4.init()).right();
        Expr.IntLit mask64 = (Expr.IntLit) ((Expr.Binary) low64.init()).right();
        assertEquals(0xfff, mask4.value().longValue());
        assertEquals(0xffff, mask64.value().longValue());
        assertEquals("FIXTURE_LOCAL_MASK", mask4.span().text(), "the constant points at the macro use");
        List<Stmt> next = ((Stmt.Block) r.configurations().get(0).functions().get("next_page").body()).stmts();
        assertEquals(4, next.size(), "local, next++, next--, return");
        Stmt.Local first = (Stmt.Local) next.get(0);
        Expr.Call call = (Expr.Call) ((Expr.Binary) first.init()).left();
        assertEquals("page_down", call.callee().text());
        assertEquals(Expr.BinOp.ADD, ((Stmt.Assign) next.get(1)).op());
        assertInstanceOf(Expr.Cond.class, ((Stmt.Return) next.get(3)).value(), "likely() is read through");
    }

    @Test
    void constructsOutsideTheSubsetAreNamedAtTheirLine() {
        Diagnostics d = new Diagnostics();
        KernelReading r = read(d, "sums", "counted", "through_pointer", "int_shift", "config_dependent", "narrow",
                "no_such_function");
        assertTrue(r.configurations().get(0).functions().isEmpty());
        String t = text(d);
        assertTrue(t.contains("arch/arm64/mm/mmu.c:47:2: error[PTL0406]: in sums: 'while' loop"), t);
        assertTrue(t.contains("mmu.c:56:13: error[PTL0406]: in counted: 'fixture_counter' is neither a parameter"), t);
        assertTrue(t.contains("mmu.c:59:52: error[PTL0406]: pointer or array parameter"), t);
        assertTrue(t.contains("mmu.c:66:9: error[PTL0406]: in int_shift: shift of an int constant by a run-time"
                + " amount"), t);
        assertTrue(t.contains("mmu.c:71:1: error[PTL0406]: preprocessor directive inside the function (#ifdef)"), t);
        assertTrue(t.contains("mmu.c:77:12: error[PTL0406]: in narrow: type 'int'"), t);
        assertTrue(t.contains("error[PTL0405]: no definition of function no_such_function in arch/arm64/mm/mmu.c"), t);
        for (Diagnostic x : d.sorted()) {
            assertTrue(x.code() == DiagnosticCode.KERNEL_UNSUPPORTED_C || x.code() == DiagnosticCode.KERNEL_FUNCTION_MISSING);
        }
    }
}
