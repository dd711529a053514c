package ptprove.eval;

import ptprove.syntax.ast.Decl;
import ptprove.syntax.ast.Expr;

/**
 * Where state field reads go while an expression is evaluated: one address (a view, a history read, a point of
 * all()/any()), or an event loop's current chunk (which also answers all()/any()).
 */
interface StateAccess {
    Object read(Decl.State field);

    /** {@code all(e)} ({@code every}) or {@code any(e)} over the current chunk; only an event loop has one. */
    boolean aggregate(boolean every, Expr e, Env env);
}
