package ptprove.check;

import java.util.IdentityHashMap;
import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;
import ptprove.syntax.ast.Node;

/** What checking learns about AST nodes, by identity; becomes part of the {@link Program}. */
final class CheckTables {
    final IdentityHashMap<Node, Symbol> symbols = new IdentityHashMap<>();
    final IdentityHashMap<Expr, Type> types = new IdentityHashMap<>();
    final IdentityHashMap<Expr.Member, MemberKind> members = new IdentityHashMap<>();
    final IdentityHashMap<Decl.FreeClause, Symbol> clauseLevels = new IdentityHashMap<>();
    final IdentityHashMap<Expr.Call, Decl.Pagetable> callPagetables = new IdentityHashMap<>();
    /**
     * The innermost loop around a state access in an event (a field or view read, a field write, all()/any()) and
     * around a nested loop; absent at the top of an event.
     */
    final IdentityHashMap<Node, ptprove.syntax.ast.Stmt.Loop> enclosingLoops = new IdentityHashMap<>();
    /** The pagetable each level variable ranges over. */
    final IdentityHashMap<Symbol.LocalSym, Decl.Pagetable> levelPagetables = new IdentityHashMap<>();
}
