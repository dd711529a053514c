// Generated from Ptl.g4 by ANTLR 4.13.2
 package ptprove.syntax.antlr; 
import org.antlr.v4.runtime.tree.ParseTreeVisitor;

/**
 * This interface defines a complete generic visitor for a parse tree produced
 * by {@link PtlParser}.
 *
 * @param <T> The return type of the visit operation. Use {@link Void} for
 * operations with no return type.
 */
public interface PtlVisitor<T> extends ParseTreeVisitor<T> {
	/**
	 * Visit a parse tree produced by {@link PtlParser#spec}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitSpec(PtlParser.SpecContext ctx);
	/**
	 * Visit a parse tree produced by the {@code importDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitImportDecl(PtlParser.ImportDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code addressBitsDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAddressBitsDecl(PtlParser.AddressBitsDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code paramDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitParamDecl(PtlParser.ParamDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code requireDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitRequireDecl(PtlParser.RequireDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code letDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitLetDecl(PtlParser.LetDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code varDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitVarDecl(PtlParser.VarDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code fnExprDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitFnExprDecl(PtlParser.FnExprDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code fnBlockDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitFnBlockDecl(PtlParser.FnBlockDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code pagetableDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitPagetableDecl(PtlParser.PagetableDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code regionDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitRegionDecl(PtlParser.RegionDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code teardownDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitTeardownDecl(PtlParser.TeardownDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code propertyDecl}
	 * labeled alternative in {@link PtlParser#decl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitPropertyDecl(PtlParser.PropertyDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link PtlParser#fnParams}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitFnParams(PtlParser.FnParamsContext ctx);
	/**
	 * Visit a parse tree produced by {@link PtlParser#fnParam}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitFnParam(PtlParser.FnParamContext ctx);
	/**
	 * Visit a parse tree produced by {@link PtlParser#typeName}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitTypeName(PtlParser.TypeNameContext ctx);
	/**
	 * Visit a parse tree produced by the {@code vaBitsItem}
	 * labeled alternative in {@link PtlParser#ptItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitVaBitsItem(PtlParser.VaBitsItemContext ctx);
	/**
	 * Visit a parse tree produced by the {@code levelItem}
	 * labeled alternative in {@link PtlParser#ptItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitLevelItem(PtlParser.LevelItemContext ctx);
	/**
	 * Visit a parse tree produced by {@link PtlParser#regionAttr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitRegionAttr(PtlParser.RegionAttrContext ctx);
	/**
	 * Visit a parse tree produced by {@link PtlParser#tdItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitTdItem(PtlParser.TdItemContext ctx);
	/**
	 * Visit a parse tree produced by {@link PtlParser#block}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitBlock(PtlParser.BlockContext ctx);
	/**
	 * Visit a parse tree produced by the {@code localStmt}
	 * labeled alternative in {@link PtlParser#stmt}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitLocalStmt(PtlParser.LocalStmtContext ctx);
	/**
	 * Visit a parse tree produced by the {@code assignStmt}
	 * labeled alternative in {@link PtlParser#stmt}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAssignStmt(PtlParser.AssignStmtContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ifStmt}
	 * labeled alternative in {@link PtlParser#stmt}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIfStmt(PtlParser.IfStmtContext ctx);
	/**
	 * Visit a parse tree produced by the {@code returnStmt}
	 * labeled alternative in {@link PtlParser#stmt}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReturnStmt(PtlParser.ReturnStmtContext ctx);
	/**
	 * Visit a parse tree produced by the {@code blockStmt}
	 * labeled alternative in {@link PtlParser#stmt}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitBlockStmt(PtlParser.BlockStmtContext ctx);
	/**
	 * Visit a parse tree produced by the {@code withinExpr}
	 * labeled alternative in {@link PtlParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitWithinExpr(PtlParser.WithinExprContext ctx);
	/**
	 * Visit a parse tree produced by the {@code unaryExpr}
	 * labeled alternative in {@link PtlParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitUnaryExpr(PtlParser.UnaryExprContext ctx);
	/**
	 * Visit a parse tree produced by the {@code primaryExpr}
	 * labeled alternative in {@link PtlParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitPrimaryExpr(PtlParser.PrimaryExprContext ctx);
	/**
	 * Visit a parse tree produced by the {@code inExpr}
	 * labeled alternative in {@link PtlParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitInExpr(PtlParser.InExprContext ctx);
	/**
	 * Visit a parse tree produced by the {@code memberExpr}
	 * labeled alternative in {@link PtlParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitMemberExpr(PtlParser.MemberExprContext ctx);
	/**
	 * Visit a parse tree produced by the {@code condExpr}
	 * labeled alternative in {@link PtlParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitCondExpr(PtlParser.CondExprContext ctx);
	/**
	 * Visit a parse tree produced by the {@code binaryExpr}
	 * labeled alternative in {@link PtlParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitBinaryExpr(PtlParser.BinaryExprContext ctx);
	/**
	 * Visit a parse tree produced by the {@code quantExpr}
	 * labeled alternative in {@link PtlParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitQuantExpr(PtlParser.QuantExprContext ctx);
	/**
	 * Visit a parse tree produced by {@link PtlParser#binder}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitBinder(PtlParser.BinderContext ctx);
	/**
	 * Visit a parse tree produced by the {@code enumSet}
	 * labeled alternative in {@link PtlParser#setExpr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitEnumSet(PtlParser.EnumSetContext ctx);
	/**
	 * Visit a parse tree produced by the {@code rangeSet}
	 * labeled alternative in {@link PtlParser#setExpr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitRangeSet(PtlParser.RangeSetContext ctx);
	/**
	 * Visit a parse tree produced by the {@code namedSet}
	 * labeled alternative in {@link PtlParser#setExpr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNamedSet(PtlParser.NamedSetContext ctx);
	/**
	 * Visit a parse tree produced by the {@code intLit}
	 * labeled alternative in {@link PtlParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIntLit(PtlParser.IntLitContext ctx);
	/**
	 * Visit a parse tree produced by the {@code boolLit}
	 * labeled alternative in {@link PtlParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitBoolLit(PtlParser.BoolLitContext ctx);
	/**
	 * Visit a parse tree produced by the {@code callExpr}
	 * labeled alternative in {@link PtlParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitCallExpr(PtlParser.CallExprContext ctx);
	/**
	 * Visit a parse tree produced by the {@code nameExpr}
	 * labeled alternative in {@link PtlParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNameExpr(PtlParser.NameExprContext ctx);
	/**
	 * Visit a parse tree produced by the {@code parenExpr}
	 * labeled alternative in {@link PtlParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitParenExpr(PtlParser.ParenExprContext ctx);
	/**
	 * Visit a parse tree produced by the {@code tupleExpr}
	 * labeled alternative in {@link PtlParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitTupleExpr(PtlParser.TupleExprContext ctx);
	/**
	 * Visit a parse tree produced by {@link PtlParser#args}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitArgs(PtlParser.ArgsContext ctx);
	/**
	 * Visit a parse tree produced by {@link PtlParser#ident}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIdent(PtlParser.IdentContext ctx);
}