// Generated from Ptl.g4 by ANTLR 4.13.2
 package ptprove.syntax.antlr; 
import org.antlr.v4.runtime.atn.*;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.*;
import org.antlr.v4.runtime.misc.*;
import org.antlr.v4.runtime.tree.*;
import java.util.List;
import java.util.Iterator;
import java.util.ArrayList;

@SuppressWarnings({"all", "warnings", "unchecked", "unused", "cast", "CheckReturnValue", "this-escape"})
public class PtlParser extends Parser {
	static { RuntimeMetaData.checkVersion("4.13.2", RuntimeMetaData.VERSION); }

	protected static final DFA[] _decisionToDFA;
	protected static final PredictionContextCache _sharedContextCache =
		new PredictionContextCache();
	public static final int
		T__0=1, T__1=2, T__2=3, T__3=4, T__4=5, T__5=6, T__6=7, T__7=8, T__8=9, 
		T__9=10, T__10=11, T__11=12, T__12=13, T__13=14, T__14=15, T__15=16, T__16=17, 
		T__17=18, T__18=19, T__19=20, T__20=21, T__21=22, T__22=23, T__23=24, 
		T__24=25, T__25=26, T__26=27, T__27=28, T__28=29, T__29=30, T__30=31, 
		T__31=32, T__32=33, T__33=34, T__34=35, T__35=36, T__36=37, T__37=38, 
		T__38=39, T__39=40, T__40=41, T__41=42, T__42=43, T__43=44, T__44=45, 
		T__45=46, T__46=47, T__47=48, T__48=49, T__49=50, T__50=51, T__51=52, 
		T__52=53, T__53=54, T__54=55, T__55=56, T__56=57, T__57=58, T__58=59, 
		T__59=60, T__60=61, T__61=62, T__62=63, T__63=64, T__64=65, T__65=66, 
		T__66=67, T__67=68, T__68=69, T__69=70, T__70=71, T__71=72, T__72=73, 
		T__73=74, T__74=75, T__75=76, INT=77, STRING=78, ID=79, LINE_COMMENT=80, 
		BLOCK_COMMENT=81, WS=82, BAD_CHAR=83;
	public static final int
		RULE_spec = 0, RULE_decl = 1, RULE_fnParams = 2, RULE_fnParam = 3, RULE_typeName = 4, 
		RULE_ptItem = 5, RULE_regionAttr = 6, RULE_tdItem = 7, RULE_block = 8, 
		RULE_stmt = 9, RULE_expr = 10, RULE_binder = 11, RULE_setExpr = 12, RULE_primary = 13, 
		RULE_args = 14, RULE_ident = 15;
	private static String[] makeRuleNames() {
		return new String[] {
			"spec", "decl", "fnParams", "fnParam", "typeName", "ptItem", "regionAttr", 
			"tdItem", "block", "stmt", "expr", "binder", "setExpr", "primary", "args", 
			"ident"
		};
	}
	public static final String[] ruleNames = makeRuleNames();

	private static String[] makeLiteralNames() {
		return new String[] {
			null, "'import'", "';'", "'address_bits'", "'param'", "'in'", "'{'", 
			"','", "'}'", "'require'", "'let'", "'='", "'var'", "'where'", "'fn'", 
			"'('", "')'", "':'", "'pagetable'", "'region'", "'['", "'teardown'", 
			"'on'", "'theorem'", "'example'", "'if'", "'ulong'", "'unsigned'", "'long'", 
			"'bool'", "'va_bits'", "'level'", "'shift'", "'permanent'", "'free'", 
			"'below'", "'when'", "'+='", "'-='", "'*='", "'/='", "'%='", "'&='", 
			"'|='", "'^='", "'<<='", "'>>='", "'else'", "'return'", "'.'", "'!'", 
			"'~'", "'-'", "'*'", "'/'", "'%'", "'+'", "'<<'", "'>>'", "'<'", "'<='", 
			"'>'", "'>='", "'within'", "'=='", "'!='", "'&'", "'^'", "'|'", "'&&'", 
			"'||'", "'==>'", "'?'", "'forall'", "'exists'", "'true'", "'false'"
		};
	}
	private static final String[] _LITERAL_NAMES = makeLiteralNames();
	private static String[] makeSymbolicNames() {
		return new String[] {
			null, null, null, null, null, null, null, null, null, null, null, null, 
			null, null, null, null, null, null, null, null, null, null, null, null, 
			null, null, null, null, null, null, null, null, null, null, null, null, 
			null, null, null, null, null, null, null, null, null, null, null, null, 
			null, null, null, null, null, null, null, null, null, null, null, null, 
			null, null, null, null, null, null, null, null, null, null, null, null, 
			null, null, null, null, null, "INT", "STRING", "ID", "LINE_COMMENT", 
			"BLOCK_COMMENT", "WS", "BAD_CHAR"
		};
	}
	private static final String[] _SYMBOLIC_NAMES = makeSymbolicNames();
	public static final Vocabulary VOCABULARY = new VocabularyImpl(_LITERAL_NAMES, _SYMBOLIC_NAMES);

	/**
	 * @deprecated Use {@link #VOCABULARY} instead.
	 */
	@Deprecated
	public static final String[] tokenNames;
	static {
		tokenNames = new String[_SYMBOLIC_NAMES.length];
		for (int i = 0; i < tokenNames.length; i++) {
			tokenNames[i] = VOCABULARY.getLiteralName(i);
			if (tokenNames[i] == null) {
				tokenNames[i] = VOCABULARY.getSymbolicName(i);
			}

			if (tokenNames[i] == null) {
				tokenNames[i] = "<INVALID>";
			}
		}
	}

	@Override
	@Deprecated
	public String[] getTokenNames() {
		return tokenNames;
	}

	@Override

	public Vocabulary getVocabulary() {
		return VOCABULARY;
	}

	@Override
	public String getGrammarFileName() { return "Ptl.g4"; }

	@Override
	public String[] getRuleNames() { return ruleNames; }

	@Override
	public String getSerializedATN() { return _serializedATN; }

	@Override
	public ATN getATN() { return _ATN; }

	public PtlParser(TokenStream input) {
		super(input);
		_interp = new ParserATNSimulator(this,_ATN,_decisionToDFA,_sharedContextCache);
	}

	@SuppressWarnings("CheckReturnValue")
	public static class SpecContext extends ParserRuleContext {
		public TerminalNode EOF() { return getToken(PtlParser.EOF, 0); }
		public List<DeclContext> decl() {
			return getRuleContexts(DeclContext.class);
		}
		public DeclContext decl(int i) {
			return getRuleContext(DeclContext.class,i);
		}
		public SpecContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_spec; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitSpec(this);
			else return visitor.visitChildren(this);
		}
	}

	public final SpecContext spec() throws RecognitionException {
		SpecContext _localctx = new SpecContext(_ctx, getState());
		enterRule(_localctx, 0, RULE_spec);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(35);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while ((((_la) & ~0x3f) == 0 && ((1L << _la) & 28071450L) != 0)) {
				{
				{
				setState(32);
				decl();
				}
				}
				setState(37);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(38);
			match(EOF);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class DeclContext extends ParserRuleContext {
		public DeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_decl; }
	 
		public DeclContext() { }
		public void copyFrom(DeclContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class TeardownDeclContext extends DeclContext {
		public List<IdentContext> ident() {
			return getRuleContexts(IdentContext.class);
		}
		public IdentContext ident(int i) {
			return getRuleContext(IdentContext.class,i);
		}
		public FnParamsContext fnParams() {
			return getRuleContext(FnParamsContext.class,0);
		}
		public List<TdItemContext> tdItem() {
			return getRuleContexts(TdItemContext.class);
		}
		public TdItemContext tdItem(int i) {
			return getRuleContext(TdItemContext.class,i);
		}
		public TeardownDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitTeardownDecl(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class FnBlockDeclContext extends DeclContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public BlockContext block() {
			return getRuleContext(BlockContext.class,0);
		}
		public FnParamsContext fnParams() {
			return getRuleContext(FnParamsContext.class,0);
		}
		public TypeNameContext typeName() {
			return getRuleContext(TypeNameContext.class,0);
		}
		public FnBlockDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitFnBlockDecl(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ParamDeclContext extends DeclContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public ParamDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitParamDecl(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class LetDeclContext extends DeclContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public LetDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitLetDecl(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class RequireDeclContext extends DeclContext {
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public RequireDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitRequireDecl(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ImportDeclContext extends DeclContext {
		public TerminalNode STRING() { return getToken(PtlParser.STRING, 0); }
		public ImportDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitImportDecl(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class FnExprDeclContext extends DeclContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public FnParamsContext fnParams() {
			return getRuleContext(FnParamsContext.class,0);
		}
		public TypeNameContext typeName() {
			return getRuleContext(TypeNameContext.class,0);
		}
		public FnExprDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitFnExprDecl(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class PagetableDeclContext extends DeclContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public List<PtItemContext> ptItem() {
			return getRuleContexts(PtItemContext.class);
		}
		public PtItemContext ptItem(int i) {
			return getRuleContext(PtItemContext.class,i);
		}
		public PagetableDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitPagetableDecl(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class AddressBitsDeclContext extends DeclContext {
		public TerminalNode INT() { return getToken(PtlParser.INT, 0); }
		public AddressBitsDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitAddressBitsDecl(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class VarDeclContext extends DeclContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public VarDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitVarDecl(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class RegionDeclContext extends DeclContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public List<RegionAttrContext> regionAttr() {
			return getRuleContexts(RegionAttrContext.class);
		}
		public RegionAttrContext regionAttr(int i) {
			return getRuleContext(RegionAttrContext.class,i);
		}
		public RegionDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitRegionDecl(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class PropertyDeclContext extends DeclContext {
		public Token kind;
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public PropertyDeclContext(DeclContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitPropertyDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final DeclContext decl() throws RecognitionException {
		DeclContext _localctx = new DeclContext(_ctx, getState());
		enterRule(_localctx, 2, RULE_decl);
		int _la;
		try {
			int _alt;
			setState(165);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,13,_ctx) ) {
			case 1:
				_localctx = new ImportDeclContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(40);
				match(T__0);
				setState(41);
				match(STRING);
				setState(42);
				match(T__1);
				}
				break;
			case 2:
				_localctx = new AddressBitsDeclContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(43);
				match(T__2);
				setState(44);
				match(INT);
				setState(45);
				match(T__1);
				}
				break;
			case 3:
				_localctx = new ParamDeclContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(46);
				match(T__3);
				setState(47);
				ident();
				setState(48);
				match(T__4);
				setState(49);
				match(T__5);
				setState(50);
				expr(0);
				setState(55);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,1,_ctx);
				while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
					if ( _alt==1 ) {
						{
						{
						setState(51);
						match(T__6);
						setState(52);
						expr(0);
						}
						} 
					}
					setState(57);
					_errHandler.sync(this);
					_alt = getInterpreter().adaptivePredict(_input,1,_ctx);
				}
				setState(59);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==T__6) {
					{
					setState(58);
					match(T__6);
					}
				}

				setState(61);
				match(T__7);
				setState(62);
				match(T__1);
				}
				break;
			case 4:
				_localctx = new RequireDeclContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(64);
				match(T__8);
				setState(65);
				expr(0);
				setState(66);
				match(T__1);
				}
				break;
			case 5:
				_localctx = new LetDeclContext(_localctx);
				enterOuterAlt(_localctx, 5);
				{
				setState(68);
				match(T__9);
				setState(69);
				ident();
				setState(70);
				match(T__10);
				setState(71);
				expr(0);
				setState(72);
				match(T__1);
				}
				break;
			case 6:
				_localctx = new VarDeclContext(_localctx);
				enterOuterAlt(_localctx, 6);
				{
				setState(74);
				match(T__11);
				setState(75);
				ident();
				setState(78);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==T__12) {
					{
					setState(76);
					match(T__12);
					setState(77);
					expr(0);
					}
				}

				setState(80);
				match(T__1);
				}
				break;
			case 7:
				_localctx = new FnExprDeclContext(_localctx);
				enterOuterAlt(_localctx, 7);
				{
				setState(82);
				match(T__13);
				setState(83);
				ident();
				setState(84);
				match(T__14);
				setState(86);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if ((((_la) & ~0x3f) == 0 && ((1L << _la) & 136369405960L) != 0) || _la==ID) {
					{
					setState(85);
					fnParams();
					}
				}

				setState(88);
				match(T__15);
				setState(91);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==T__16) {
					{
					setState(89);
					match(T__16);
					setState(90);
					typeName();
					}
				}

				setState(93);
				match(T__10);
				setState(94);
				expr(0);
				setState(95);
				match(T__1);
				}
				break;
			case 8:
				_localctx = new FnBlockDeclContext(_localctx);
				enterOuterAlt(_localctx, 8);
				{
				setState(97);
				match(T__13);
				setState(98);
				ident();
				setState(99);
				match(T__14);
				setState(101);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if ((((_la) & ~0x3f) == 0 && ((1L << _la) & 136369405960L) != 0) || _la==ID) {
					{
					setState(100);
					fnParams();
					}
				}

				setState(103);
				match(T__15);
				setState(106);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==T__16) {
					{
					setState(104);
					match(T__16);
					setState(105);
					typeName();
					}
				}

				setState(108);
				block();
				}
				break;
			case 9:
				_localctx = new PagetableDeclContext(_localctx);
				enterOuterAlt(_localctx, 9);
				{
				setState(110);
				match(T__17);
				setState(111);
				ident();
				setState(112);
				match(T__5);
				setState(116);
				_errHandler.sync(this);
				_la = _input.LA(1);
				while (_la==T__29 || _la==T__30) {
					{
					{
					setState(113);
					ptItem();
					}
					}
					setState(118);
					_errHandler.sync(this);
					_la = _input.LA(1);
				}
				setState(119);
				match(T__7);
				}
				break;
			case 10:
				_localctx = new RegionDeclContext(_localctx);
				enterOuterAlt(_localctx, 10);
				{
				setState(121);
				match(T__18);
				setState(122);
				ident();
				setState(123);
				match(T__10);
				setState(124);
				match(T__19);
				setState(125);
				expr(0);
				setState(126);
				match(T__6);
				setState(127);
				expr(0);
				setState(128);
				match(T__15);
				setState(132);
				_errHandler.sync(this);
				_la = _input.LA(1);
				while (_la==T__32) {
					{
					{
					setState(129);
					regionAttr();
					}
					}
					setState(134);
					_errHandler.sync(this);
					_la = _input.LA(1);
				}
				setState(135);
				match(T__1);
				}
				break;
			case 11:
				_localctx = new TeardownDeclContext(_localctx);
				enterOuterAlt(_localctx, 11);
				{
				setState(137);
				match(T__20);
				setState(138);
				ident();
				setState(139);
				match(T__14);
				setState(141);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if ((((_la) & ~0x3f) == 0 && ((1L << _la) & 136369405960L) != 0) || _la==ID) {
					{
					setState(140);
					fnParams();
					}
				}

				setState(143);
				match(T__15);
				setState(144);
				match(T__21);
				setState(145);
				ident();
				setState(146);
				match(T__5);
				setState(150);
				_errHandler.sync(this);
				_la = _input.LA(1);
				while (_la==T__33) {
					{
					{
					setState(147);
					tdItem();
					}
					}
					setState(152);
					_errHandler.sync(this);
					_la = _input.LA(1);
				}
				setState(153);
				match(T__7);
				}
				break;
			case 12:
				_localctx = new PropertyDeclContext(_localctx);
				enterOuterAlt(_localctx, 12);
				{
				setState(155);
				((PropertyDeclContext)_localctx).kind = _input.LT(1);
				_la = _input.LA(1);
				if ( !(_la==T__22 || _la==T__23) ) {
					((PropertyDeclContext)_localctx).kind = (Token)_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				setState(156);
				ident();
				setState(159);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==T__24) {
					{
					setState(157);
					match(T__24);
					setState(158);
					expr(0);
					}
				}

				setState(161);
				match(T__16);
				setState(162);
				expr(0);
				setState(163);
				match(T__1);
				}
				break;
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class FnParamsContext extends ParserRuleContext {
		public List<FnParamContext> fnParam() {
			return getRuleContexts(FnParamContext.class);
		}
		public FnParamContext fnParam(int i) {
			return getRuleContext(FnParamContext.class,i);
		}
		public FnParamsContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_fnParams; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitFnParams(this);
			else return visitor.visitChildren(this);
		}
	}

	public final FnParamsContext fnParams() throws RecognitionException {
		FnParamsContext _localctx = new FnParamsContext(_ctx, getState());
		enterRule(_localctx, 4, RULE_fnParams);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(167);
			fnParam();
			setState(172);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while (_la==T__6) {
				{
				{
				setState(168);
				match(T__6);
				setState(169);
				fnParam();
				}
				}
				setState(174);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class FnParamContext extends ParserRuleContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public TypeNameContext typeName() {
			return getRuleContext(TypeNameContext.class,0);
		}
		public FnParamContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_fnParam; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitFnParam(this);
			else return visitor.visitChildren(this);
		}
	}

	public final FnParamContext fnParam() throws RecognitionException {
		FnParamContext _localctx = new FnParamContext(_ctx, getState());
		enterRule(_localctx, 6, RULE_fnParam);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(175);
			ident();
			setState(178);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==T__16) {
				{
				setState(176);
				match(T__16);
				setState(177);
				typeName();
				}
			}

			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class TypeNameContext extends ParserRuleContext {
		public TypeNameContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_typeName; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitTypeName(this);
			else return visitor.visitChildren(this);
		}
	}

	public final TypeNameContext typeName() throws RecognitionException {
		TypeNameContext _localctx = new TypeNameContext(_ctx, getState());
		enterRule(_localctx, 8, RULE_typeName);
		try {
			setState(184);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case T__25:
				enterOuterAlt(_localctx, 1);
				{
				setState(180);
				match(T__25);
				}
				break;
			case T__26:
				enterOuterAlt(_localctx, 2);
				{
				setState(181);
				match(T__26);
				setState(182);
				match(T__27);
				}
				break;
			case T__28:
				enterOuterAlt(_localctx, 3);
				{
				setState(183);
				match(T__28);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class PtItemContext extends ParserRuleContext {
		public PtItemContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_ptItem; }
	 
		public PtItemContext() { }
		public void copyFrom(PtItemContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class LevelItemContext extends PtItemContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public LevelItemContext(PtItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitLevelItem(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class VaBitsItemContext extends PtItemContext {
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public VaBitsItemContext(PtItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitVaBitsItem(this);
			else return visitor.visitChildren(this);
		}
	}

	public final PtItemContext ptItem() throws RecognitionException {
		PtItemContext _localctx = new PtItemContext(_ctx, getState());
		enterRule(_localctx, 10, RULE_ptItem);
		int _la;
		try {
			setState(200);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case T__29:
				_localctx = new VaBitsItemContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(186);
				match(T__29);
				setState(187);
				expr(0);
				setState(188);
				match(T__1);
				}
				break;
			case T__30:
				_localctx = new LevelItemContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(190);
				match(T__30);
				setState(191);
				ident();
				setState(192);
				match(T__31);
				setState(193);
				expr(0);
				setState(196);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==T__24) {
					{
					setState(194);
					match(T__24);
					setState(195);
					expr(0);
					}
				}

				setState(198);
				match(T__1);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class RegionAttrContext extends ParserRuleContext {
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public RegionAttrContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_regionAttr; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitRegionAttr(this);
			else return visitor.visitChildren(this);
		}
	}

	public final RegionAttrContext regionAttr() throws RecognitionException {
		RegionAttrContext _localctx = new RegionAttrContext(_ctx, getState());
		enterRule(_localctx, 12, RULE_regionAttr);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(202);
			match(T__32);
			setState(205);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==T__24) {
				{
				setState(203);
				match(T__24);
				setState(204);
				expr(0);
				}
			}

			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class TdItemContext extends ParserRuleContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public TdItemContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_tdItem; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitTdItem(this);
			else return visitor.visitChildren(this);
		}
	}

	public final TdItemContext tdItem() throws RecognitionException {
		TdItemContext _localctx = new TdItemContext(_ctx, getState());
		enterRule(_localctx, 14, RULE_tdItem);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(207);
			match(T__33);
			setState(208);
			match(T__34);
			setState(209);
			ident();
			setState(210);
			match(T__35);
			setState(211);
			expr(0);
			setState(212);
			match(T__1);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class BlockContext extends ParserRuleContext {
		public List<StmtContext> stmt() {
			return getRuleContexts(StmtContext.class);
		}
		public StmtContext stmt(int i) {
			return getRuleContext(StmtContext.class,i);
		}
		public BlockContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_block; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitBlock(this);
			else return visitor.visitChildren(this);
		}
	}

	public final BlockContext block() throws RecognitionException {
		BlockContext _localctx = new BlockContext(_ctx, getState());
		enterRule(_localctx, 16, RULE_block);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(214);
			match(T__5);
			setState(218);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while ((((_la) & ~0x3f) == 0 && ((1L << _la) & 281612117868616L) != 0) || _la==ID) {
				{
				{
				setState(215);
				stmt();
				}
				}
				setState(220);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(221);
			match(T__7);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class StmtContext extends ParserRuleContext {
		public StmtContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_stmt; }
	 
		public StmtContext() { }
		public void copyFrom(StmtContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class IfStmtContext extends StmtContext {
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public List<StmtContext> stmt() {
			return getRuleContexts(StmtContext.class);
		}
		public StmtContext stmt(int i) {
			return getRuleContext(StmtContext.class,i);
		}
		public IfStmtContext(StmtContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitIfStmt(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class BlockStmtContext extends StmtContext {
		public BlockContext block() {
			return getRuleContext(BlockContext.class,0);
		}
		public BlockStmtContext(StmtContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitBlockStmt(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class AssignStmtContext extends StmtContext {
		public Token op;
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public AssignStmtContext(StmtContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitAssignStmt(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class LocalStmtContext extends StmtContext {
		public TypeNameContext typeName() {
			return getRuleContext(TypeNameContext.class,0);
		}
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public LocalStmtContext(StmtContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitLocalStmt(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReturnStmtContext extends StmtContext {
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public ReturnStmtContext(StmtContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitReturnStmt(this);
			else return visitor.visitChildren(this);
		}
	}

	public final StmtContext stmt() throws RecognitionException {
		StmtContext _localctx = new StmtContext(_ctx, getState());
		enterRule(_localctx, 18, RULE_stmt);
		int _la;
		try {
			setState(248);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case T__25:
			case T__26:
			case T__28:
				_localctx = new LocalStmtContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(223);
				typeName();
				setState(224);
				ident();
				setState(225);
				match(T__10);
				setState(226);
				expr(0);
				setState(227);
				match(T__1);
				}
				break;
			case T__2:
			case T__21:
			case T__29:
			case T__30:
			case T__31:
			case T__32:
			case T__33:
			case T__34:
			case T__35:
			case ID:
				_localctx = new AssignStmtContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(229);
				ident();
				setState(230);
				((AssignStmtContext)_localctx).op = _input.LT(1);
				_la = _input.LA(1);
				if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 140600049403904L) != 0)) ) {
					((AssignStmtContext)_localctx).op = (Token)_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				setState(231);
				expr(0);
				setState(232);
				match(T__1);
				}
				break;
			case T__24:
				_localctx = new IfStmtContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(234);
				match(T__24);
				setState(235);
				match(T__14);
				setState(236);
				expr(0);
				setState(237);
				match(T__15);
				setState(238);
				stmt();
				setState(241);
				_errHandler.sync(this);
				switch ( getInterpreter().adaptivePredict(_input,21,_ctx) ) {
				case 1:
					{
					setState(239);
					match(T__46);
					setState(240);
					stmt();
					}
					break;
				}
				}
				break;
			case T__47:
				_localctx = new ReturnStmtContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(243);
				match(T__47);
				setState(244);
				expr(0);
				setState(245);
				match(T__1);
				}
				break;
			case T__5:
				_localctx = new BlockStmtContext(_localctx);
				enterOuterAlt(_localctx, 5);
				{
				setState(247);
				block();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ExprContext extends ParserRuleContext {
		public ExprContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_expr; }
	 
		public ExprContext() { }
		public void copyFrom(ExprContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class WithinExprContext extends ExprContext {
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public WithinExprContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitWithinExpr(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class UnaryExprContext extends ExprContext {
		public Token op;
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public UnaryExprContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitUnaryExpr(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class PrimaryExprContext extends ExprContext {
		public PrimaryContext primary() {
			return getRuleContext(PrimaryContext.class,0);
		}
		public PrimaryExprContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitPrimaryExpr(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class InExprContext extends ExprContext {
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public SetExprContext setExpr() {
			return getRuleContext(SetExprContext.class,0);
		}
		public InExprContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitInExpr(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class MemberExprContext extends ExprContext {
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public ArgsContext args() {
			return getRuleContext(ArgsContext.class,0);
		}
		public MemberExprContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitMemberExpr(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class CondExprContext extends ExprContext {
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public CondExprContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitCondExpr(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class BinaryExprContext extends ExprContext {
		public Token op;
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public BinaryExprContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitBinaryExpr(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class QuantExprContext extends ExprContext {
		public Token q;
		public List<BinderContext> binder() {
			return getRuleContexts(BinderContext.class);
		}
		public BinderContext binder(int i) {
			return getRuleContext(BinderContext.class,i);
		}
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public QuantExprContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitQuantExpr(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ExprContext expr() throws RecognitionException {
		return expr(0);
	}

	private ExprContext expr(int _p) throws RecognitionException {
		ParserRuleContext _parentctx = _ctx;
		int _parentState = getState();
		ExprContext _localctx = new ExprContext(_ctx, _parentState);
		ExprContext _prevctx = _localctx;
		int _startState = 20;
		enterRecursionRule(_localctx, 20, RULE_expr, _p);
		int _la;
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(270);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case T__2:
			case T__14:
			case T__21:
			case T__29:
			case T__30:
			case T__31:
			case T__32:
			case T__33:
			case T__34:
			case T__35:
			case T__74:
			case T__75:
			case INT:
			case ID:
				{
				_localctx = new PrimaryExprContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;

				setState(251);
				primary();
				}
				break;
			case T__49:
			case T__50:
			case T__51:
				{
				_localctx = new UnaryExprContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(252);
				((UnaryExprContext)_localctx).op = _input.LT(1);
				_la = _input.LA(1);
				if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 7881299347898368L) != 0)) ) {
					((UnaryExprContext)_localctx).op = (Token)_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				setState(253);
				expr(16);
				}
				break;
			case T__72:
			case T__73:
				{
				_localctx = new QuantExprContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(254);
				((QuantExprContext)_localctx).q = _input.LT(1);
				_la = _input.LA(1);
				if ( !(_la==T__72 || _la==T__73) ) {
					((QuantExprContext)_localctx).q = (Token)_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				setState(255);
				binder();
				setState(260);
				_errHandler.sync(this);
				_la = _input.LA(1);
				while (_la==T__6) {
					{
					{
					setState(256);
					match(T__6);
					setState(257);
					binder();
					}
					}
					setState(262);
					_errHandler.sync(this);
					_la = _input.LA(1);
				}
				setState(265);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==T__12) {
					{
					setState(263);
					match(T__12);
					setState(264);
					expr(0);
					}
				}

				setState(267);
				match(T__16);
				setState(268);
				expr(1);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			_ctx.stop = _input.LT(-1);
			setState(329);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,29,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					if ( _parseListeners!=null ) triggerExitRuleEvent();
					_prevctx = _localctx;
					{
					setState(327);
					_errHandler.sync(this);
					switch ( getInterpreter().adaptivePredict(_input,28,_ctx) ) {
					case 1:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(272);
						if (!(precpred(_ctx, 15))) throw new FailedPredicateException(this, "precpred(_ctx, 15)");
						setState(273);
						((BinaryExprContext)_localctx).op = _input.LT(1);
						_la = _input.LA(1);
						if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 63050394783186944L) != 0)) ) {
							((BinaryExprContext)_localctx).op = (Token)_errHandler.recoverInline(this);
						}
						else {
							if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
							_errHandler.reportMatch(this);
							consume();
						}
						setState(274);
						expr(16);
						}
						break;
					case 2:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(275);
						if (!(precpred(_ctx, 14))) throw new FailedPredicateException(this, "precpred(_ctx, 14)");
						setState(276);
						((BinaryExprContext)_localctx).op = _input.LT(1);
						_la = _input.LA(1);
						if ( !(_la==T__51 || _la==T__55) ) {
							((BinaryExprContext)_localctx).op = (Token)_errHandler.recoverInline(this);
						}
						else {
							if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
							_errHandler.reportMatch(this);
							consume();
						}
						setState(277);
						expr(15);
						}
						break;
					case 3:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(278);
						if (!(precpred(_ctx, 13))) throw new FailedPredicateException(this, "precpred(_ctx, 13)");
						setState(279);
						((BinaryExprContext)_localctx).op = _input.LT(1);
						_la = _input.LA(1);
						if ( !(_la==T__56 || _la==T__57) ) {
							((BinaryExprContext)_localctx).op = (Token)_errHandler.recoverInline(this);
						}
						else {
							if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
							_errHandler.reportMatch(this);
							consume();
						}
						setState(280);
						expr(14);
						}
						break;
					case 4:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(281);
						if (!(precpred(_ctx, 12))) throw new FailedPredicateException(this, "precpred(_ctx, 12)");
						setState(282);
						((BinaryExprContext)_localctx).op = _input.LT(1);
						_la = _input.LA(1);
						if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 8646911284551352320L) != 0)) ) {
							((BinaryExprContext)_localctx).op = (Token)_errHandler.recoverInline(this);
						}
						else {
							if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
							_errHandler.reportMatch(this);
							consume();
						}
						setState(283);
						expr(13);
						}
						break;
					case 5:
						{
						_localctx = new WithinExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(284);
						if (!(precpred(_ctx, 10))) throw new FailedPredicateException(this, "precpred(_ctx, 10)");
						setState(285);
						match(T__62);
						setState(286);
						expr(11);
						}
						break;
					case 6:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(287);
						if (!(precpred(_ctx, 9))) throw new FailedPredicateException(this, "precpred(_ctx, 9)");
						setState(288);
						((BinaryExprContext)_localctx).op = _input.LT(1);
						_la = _input.LA(1);
						if ( !(_la==T__63 || _la==T__64) ) {
							((BinaryExprContext)_localctx).op = (Token)_errHandler.recoverInline(this);
						}
						else {
							if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
							_errHandler.reportMatch(this);
							consume();
						}
						setState(289);
						expr(10);
						}
						break;
					case 7:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(290);
						if (!(precpred(_ctx, 8))) throw new FailedPredicateException(this, "precpred(_ctx, 8)");
						setState(291);
						((BinaryExprContext)_localctx).op = match(T__65);
						setState(292);
						expr(9);
						}
						break;
					case 8:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(293);
						if (!(precpred(_ctx, 7))) throw new FailedPredicateException(this, "precpred(_ctx, 7)");
						setState(294);
						((BinaryExprContext)_localctx).op = match(T__66);
						setState(295);
						expr(8);
						}
						break;
					case 9:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(296);
						if (!(precpred(_ctx, 6))) throw new FailedPredicateException(this, "precpred(_ctx, 6)");
						setState(297);
						((BinaryExprContext)_localctx).op = match(T__67);
						setState(298);
						expr(7);
						}
						break;
					case 10:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(299);
						if (!(precpred(_ctx, 5))) throw new FailedPredicateException(this, "precpred(_ctx, 5)");
						setState(300);
						((BinaryExprContext)_localctx).op = match(T__68);
						setState(301);
						expr(6);
						}
						break;
					case 11:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(302);
						if (!(precpred(_ctx, 4))) throw new FailedPredicateException(this, "precpred(_ctx, 4)");
						setState(303);
						((BinaryExprContext)_localctx).op = match(T__69);
						setState(304);
						expr(5);
						}
						break;
					case 12:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(305);
						if (!(precpred(_ctx, 3))) throw new FailedPredicateException(this, "precpred(_ctx, 3)");
						setState(306);
						((BinaryExprContext)_localctx).op = match(T__70);
						setState(307);
						expr(3);
						}
						break;
					case 13:
						{
						_localctx = new CondExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(308);
						if (!(precpred(_ctx, 2))) throw new FailedPredicateException(this, "precpred(_ctx, 2)");
						setState(309);
						match(T__71);
						setState(310);
						expr(0);
						setState(311);
						match(T__16);
						setState(312);
						expr(2);
						}
						break;
					case 14:
						{
						_localctx = new MemberExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(314);
						if (!(precpred(_ctx, 17))) throw new FailedPredicateException(this, "precpred(_ctx, 17)");
						setState(315);
						match(T__48);
						setState(316);
						ident();
						setState(322);
						_errHandler.sync(this);
						switch ( getInterpreter().adaptivePredict(_input,27,_ctx) ) {
						case 1:
							{
							setState(317);
							match(T__14);
							setState(319);
							_errHandler.sync(this);
							_la = _input.LA(1);
							if ((((_la) & ~0x3f) == 0 && ((1L << _la) & 7881435717337096L) != 0) || ((((_la - 73)) & ~0x3f) == 0 && ((1L << (_la - 73)) & 95L) != 0)) {
								{
								setState(318);
								args();
								}
							}

							setState(321);
							match(T__15);
							}
							break;
						}
						}
						break;
					case 15:
						{
						_localctx = new InExprContext(new ExprContext(_parentctx, _parentState));
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(324);
						if (!(precpred(_ctx, 11))) throw new FailedPredicateException(this, "precpred(_ctx, 11)");
						setState(325);
						match(T__4);
						setState(326);
						setExpr();
						}
						break;
					}
					} 
				}
				setState(331);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,29,_ctx);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			unrollRecursionContexts(_parentctx);
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class BinderContext extends ParserRuleContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public SetExprContext setExpr() {
			return getRuleContext(SetExprContext.class,0);
		}
		public BinderContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_binder; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitBinder(this);
			else return visitor.visitChildren(this);
		}
	}

	public final BinderContext binder() throws RecognitionException {
		BinderContext _localctx = new BinderContext(_ctx, getState());
		enterRule(_localctx, 22, RULE_binder);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(332);
			ident();
			setState(335);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==T__4) {
				{
				setState(333);
				match(T__4);
				setState(334);
				setExpr();
				}
			}

			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class SetExprContext extends ParserRuleContext {
		public SetExprContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_setExpr; }
	 
		public SetExprContext() { }
		public void copyFrom(SetExprContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NamedSetContext extends SetExprContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public NamedSetContext(SetExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitNamedSet(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class RangeSetContext extends SetExprContext {
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public RangeSetContext(SetExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitRangeSet(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class EnumSetContext extends SetExprContext {
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public EnumSetContext(SetExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitEnumSet(this);
			else return visitor.visitChildren(this);
		}
	}

	public final SetExprContext setExpr() throws RecognitionException {
		SetExprContext _localctx = new SetExprContext(_ctx, getState());
		enterRule(_localctx, 24, RULE_setExpr);
		int _la;
		try {
			int _alt;
			setState(358);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case T__5:
				_localctx = new EnumSetContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(337);
				match(T__5);
				setState(338);
				expr(0);
				setState(343);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,31,_ctx);
				while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
					if ( _alt==1 ) {
						{
						{
						setState(339);
						match(T__6);
						setState(340);
						expr(0);
						}
						} 
					}
					setState(345);
					_errHandler.sync(this);
					_alt = getInterpreter().adaptivePredict(_input,31,_ctx);
				}
				setState(347);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==T__6) {
					{
					setState(346);
					match(T__6);
					}
				}

				setState(349);
				match(T__7);
				}
				break;
			case T__19:
				_localctx = new RangeSetContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(351);
				match(T__19);
				setState(352);
				expr(0);
				setState(353);
				match(T__6);
				setState(354);
				expr(0);
				setState(355);
				match(T__15);
				}
				break;
			case T__2:
			case T__21:
			case T__29:
			case T__30:
			case T__31:
			case T__32:
			case T__33:
			case T__34:
			case T__35:
			case ID:
				_localctx = new NamedSetContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(357);
				ident();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class PrimaryContext extends ParserRuleContext {
		public PrimaryContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_primary; }
	 
		public PrimaryContext() { }
		public void copyFrom(PrimaryContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class BoolLitContext extends PrimaryContext {
		public BoolLitContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitBoolLit(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class IntLitContext extends PrimaryContext {
		public TerminalNode INT() { return getToken(PtlParser.INT, 0); }
		public IntLitContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitIntLit(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class CallExprContext extends PrimaryContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public ArgsContext args() {
			return getRuleContext(ArgsContext.class,0);
		}
		public CallExprContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitCallExpr(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class TupleExprContext extends PrimaryContext {
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public TupleExprContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitTupleExpr(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NameExprContext extends PrimaryContext {
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public NameExprContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitNameExpr(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ParenExprContext extends PrimaryContext {
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public ParenExprContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitParenExpr(this);
			else return visitor.visitChildren(this);
		}
	}

	public final PrimaryContext primary() throws RecognitionException {
		PrimaryContext _localctx = new PrimaryContext(_ctx, getState());
		enterRule(_localctx, 26, RULE_primary);
		int _la;
		try {
			setState(384);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,36,_ctx) ) {
			case 1:
				_localctx = new IntLitContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(360);
				match(INT);
				}
				break;
			case 2:
				_localctx = new BoolLitContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(361);
				_la = _input.LA(1);
				if ( !(_la==T__74 || _la==T__75) ) {
				_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				}
				break;
			case 3:
				_localctx = new CallExprContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(362);
				ident();
				setState(363);
				match(T__14);
				setState(365);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if ((((_la) & ~0x3f) == 0 && ((1L << _la) & 7881435717337096L) != 0) || ((((_la - 73)) & ~0x3f) == 0 && ((1L << (_la - 73)) & 95L) != 0)) {
					{
					setState(364);
					args();
					}
				}

				setState(367);
				match(T__15);
				}
				break;
			case 4:
				_localctx = new NameExprContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(369);
				ident();
				}
				break;
			case 5:
				_localctx = new ParenExprContext(_localctx);
				enterOuterAlt(_localctx, 5);
				{
				setState(370);
				match(T__14);
				setState(371);
				expr(0);
				setState(372);
				match(T__15);
				}
				break;
			case 6:
				_localctx = new TupleExprContext(_localctx);
				enterOuterAlt(_localctx, 6);
				{
				setState(374);
				match(T__14);
				setState(375);
				expr(0);
				setState(378); 
				_errHandler.sync(this);
				_la = _input.LA(1);
				do {
					{
					{
					setState(376);
					match(T__6);
					setState(377);
					expr(0);
					}
					}
					setState(380); 
					_errHandler.sync(this);
					_la = _input.LA(1);
				} while ( _la==T__6 );
				setState(382);
				match(T__15);
				}
				break;
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ArgsContext extends ParserRuleContext {
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public ArgsContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_args; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitArgs(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ArgsContext args() throws RecognitionException {
		ArgsContext _localctx = new ArgsContext(_ctx, getState());
		enterRule(_localctx, 28, RULE_args);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(386);
			expr(0);
			setState(391);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while (_la==T__6) {
				{
				{
				setState(387);
				match(T__6);
				setState(388);
				expr(0);
				}
				}
				setState(393);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class IdentContext extends ParserRuleContext {
		public TerminalNode ID() { return getToken(PtlParser.ID, 0); }
		public IdentContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_ident; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof PtlVisitor ) return ((PtlVisitor<? extends T>)visitor).visitIdent(this);
			else return visitor.visitChildren(this);
		}
	}

	public final IdentContext ident() throws RecognitionException {
		IdentContext _localctx = new IdentContext(_ctx, getState());
		enterRule(_localctx, 30, RULE_ident);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(394);
			_la = _input.LA(1);
			if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 136369405960L) != 0) || _la==ID) ) {
			_errHandler.recoverInline(this);
			}
			else {
				if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
				_errHandler.reportMatch(this);
				consume();
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	public boolean sempred(RuleContext _localctx, int ruleIndex, int predIndex) {
		switch (ruleIndex) {
		case 10:
			return expr_sempred((ExprContext)_localctx, predIndex);
		}
		return true;
	}
	private boolean expr_sempred(ExprContext _localctx, int predIndex) {
		switch (predIndex) {
		case 0:
			return precpred(_ctx, 15);
		case 1:
			return precpred(_ctx, 14);
		case 2:
			return precpred(_ctx, 13);
		case 3:
			return precpred(_ctx, 12);
		case 4:
			return precpred(_ctx, 10);
		case 5:
			return precpred(_ctx, 9);
		case 6:
			return precpred(_ctx, 8);
		case 7:
			return precpred(_ctx, 7);
		case 8:
			return precpred(_ctx, 6);
		case 9:
			return precpred(_ctx, 5);
		case 10:
			return precpred(_ctx, 4);
		case 11:
			return precpred(_ctx, 3);
		case 12:
			return precpred(_ctx, 2);
		case 13:
			return precpred(_ctx, 17);
		case 14:
			return precpred(_ctx, 11);
		}
		return true;
	}

	public static final String _serializedATN =
		"\u0004\u0001S\u018d\u0002\u0000\u0007\u0000\u0002\u0001\u0007\u0001\u0002"+
		"\u0002\u0007\u0002\u0002\u0003\u0007\u0003\u0002\u0004\u0007\u0004\u0002"+
		"\u0005\u0007\u0005\u0002\u0006\u0007\u0006\u0002\u0007\u0007\u0007\u0002"+
		"\b\u0007\b\u0002\t\u0007\t\u0002\n\u0007\n\u0002\u000b\u0007\u000b\u0002"+
		"\f\u0007\f\u0002\r\u0007\r\u0002\u000e\u0007\u000e\u0002\u000f\u0007\u000f"+
		"\u0001\u0000\u0005\u0000\"\b\u0000\n\u0000\f\u0000%\t\u0000\u0001\u0000"+
		"\u0001\u0000\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0005\u00016\b\u0001\n\u0001\f\u00019\t\u0001"+
		"\u0001\u0001\u0003\u0001<\b\u0001\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0003\u0001O\b\u0001\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0003\u0001W\b\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0003\u0001\\\b\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0003\u0001f\b\u0001\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0003\u0001k\b\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0005\u0001s\b\u0001\n\u0001\f\u0001v\t\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0005\u0001"+
		"\u0083\b\u0001\n\u0001\f\u0001\u0086\t\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0003\u0001\u008e\b\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0005\u0001\u0095"+
		"\b\u0001\n\u0001\f\u0001\u0098\t\u0001\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0003\u0001\u00a0\b\u0001\u0001\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0003\u0001\u00a6\b\u0001\u0001\u0002"+
		"\u0001\u0002\u0001\u0002\u0005\u0002\u00ab\b\u0002\n\u0002\f\u0002\u00ae"+
		"\t\u0002\u0001\u0003\u0001\u0003\u0001\u0003\u0003\u0003\u00b3\b\u0003"+
		"\u0001\u0004\u0001\u0004\u0001\u0004\u0001\u0004\u0003\u0004\u00b9\b\u0004"+
		"\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005"+
		"\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0003\u0005\u00c5\b\u0005"+
		"\u0001\u0005\u0001\u0005\u0003\u0005\u00c9\b\u0005\u0001\u0006\u0001\u0006"+
		"\u0001\u0006\u0003\u0006\u00ce\b\u0006\u0001\u0007\u0001\u0007\u0001\u0007"+
		"\u0001\u0007\u0001\u0007\u0001\u0007\u0001\u0007\u0001\b\u0001\b\u0005"+
		"\b\u00d9\b\b\n\b\f\b\u00dc\t\b\u0001\b\u0001\b\u0001\t\u0001\t\u0001\t"+
		"\u0001\t\u0001\t\u0001\t\u0001\t\u0001\t\u0001\t\u0001\t\u0001\t\u0001"+
		"\t\u0001\t\u0001\t\u0001\t\u0001\t\u0001\t\u0001\t\u0003\t\u00f2\b\t\u0001"+
		"\t\u0001\t\u0001\t\u0001\t\u0001\t\u0003\t\u00f9\b\t\u0001\n\u0001\n\u0001"+
		"\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0005\n\u0103\b\n\n\n\f\n\u0106"+
		"\t\n\u0001\n\u0001\n\u0003\n\u010a\b\n\u0001\n\u0001\n\u0001\n\u0003\n"+
		"\u010f\b\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001"+
		"\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001"+
		"\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001"+
		"\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001"+
		"\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001\n\u0001"+
		"\n\u0001\n\u0001\n\u0001\n\u0003\n\u0140\b\n\u0001\n\u0003\n\u0143\b\n"+
		"\u0001\n\u0001\n\u0001\n\u0005\n\u0148\b\n\n\n\f\n\u014b\t\n\u0001\u000b"+
		"\u0001\u000b\u0001\u000b\u0003\u000b\u0150\b\u000b\u0001\f\u0001\f\u0001"+
		"\f\u0001\f\u0005\f\u0156\b\f\n\f\f\f\u0159\t\f\u0001\f\u0003\f\u015c\b"+
		"\f\u0001\f\u0001\f\u0001\f\u0001\f\u0001\f\u0001\f\u0001\f\u0001\f\u0001"+
		"\f\u0003\f\u0167\b\f\u0001\r\u0001\r\u0001\r\u0001\r\u0001\r\u0003\r\u016e"+
		"\b\r\u0001\r\u0001\r\u0001\r\u0001\r\u0001\r\u0001\r\u0001\r\u0001\r\u0001"+
		"\r\u0001\r\u0001\r\u0004\r\u017b\b\r\u000b\r\f\r\u017c\u0001\r\u0001\r"+
		"\u0003\r\u0181\b\r\u0001\u000e\u0001\u000e\u0001\u000e\u0005\u000e\u0186"+
		"\b\u000e\n\u000e\f\u000e\u0189\t\u000e\u0001\u000f\u0001\u000f\u0001\u000f"+
		"\u0000\u0001\u0014\u0010\u0000\u0002\u0004\u0006\b\n\f\u000e\u0010\u0012"+
		"\u0014\u0016\u0018\u001a\u001c\u001e\u0000\u000b\u0001\u0000\u0017\u0018"+
		"\u0002\u0000\u000b\u000b%.\u0001\u000024\u0001\u0000IJ\u0001\u000057\u0002"+
		"\u00004488\u0001\u00009:\u0001\u0000;>\u0001\u0000@A\u0001\u0000KL\u0004"+
		"\u0000\u0003\u0003\u0016\u0016\u001e$OO\u01c3\u0000#\u0001\u0000\u0000"+
		"\u0000\u0002\u00a5\u0001\u0000\u0000\u0000\u0004\u00a7\u0001\u0000\u0000"+
		"\u0000\u0006\u00af\u0001\u0000\u0000\u0000\b\u00b8\u0001\u0000\u0000\u0000"+
		"\n\u00c8\u0001\u0000\u0000\u0000\f\u00ca\u0001\u0000\u0000\u0000\u000e"+
		"\u00cf\u0001\u0000\u0000\u0000\u0010\u00d6\u0001\u0000\u0000\u0000\u0012"+
		"\u00f8\u0001\u0000\u0000\u0000\u0014\u010e\u0001\u0000\u0000\u0000\u0016"+
		"\u014c\u0001\u0000\u0000\u0000\u0018\u0166\u0001\u0000\u0000\u0000\u001a"+
		"\u0180\u0001\u0000\u0000\u0000\u001c\u0182\u0001\u0000\u0000\u0000\u001e"+
		"\u018a\u0001\u0000\u0000\u0000 \"\u0003\u0002\u0001\u0000! \u0001\u0000"+
		"\u0000\u0000\"%\u0001\u0000\u0000\u0000#!\u0001\u0000\u0000\u0000#$\u0001"+
		"\u0000\u0000\u0000$&\u0001\u0000\u0000\u0000%#\u0001\u0000\u0000\u0000"+
		"&\'\u0005\u0000\u0000\u0001\'\u0001\u0001\u0000\u0000\u0000()\u0005\u0001"+
		"\u0000\u0000)*\u0005N\u0000\u0000*\u00a6\u0005\u0002\u0000\u0000+,\u0005"+
		"\u0003\u0000\u0000,-\u0005M\u0000\u0000-\u00a6\u0005\u0002\u0000\u0000"+
		"./\u0005\u0004\u0000\u0000/0\u0003\u001e\u000f\u000001\u0005\u0005\u0000"+
		"\u000012\u0005\u0006\u0000\u000027\u0003\u0014\n\u000034\u0005\u0007\u0000"+
		"\u000046\u0003\u0014\n\u000053\u0001\u0000\u0000\u000069\u0001\u0000\u0000"+
		"\u000075\u0001\u0000\u0000\u000078\u0001\u0000\u0000\u00008;\u0001\u0000"+
		"\u0000\u000097\u0001\u0000\u0000\u0000:<\u0005\u0007\u0000\u0000;:\u0001"+
		"\u0000\u0000\u0000;<\u0001\u0000\u0000\u0000<=\u0001\u0000\u0000\u0000"+
		"=>\u0005\b\u0000\u0000>?\u0005\u0002\u0000\u0000?\u00a6\u0001\u0000\u0000"+
		"\u0000@A\u0005\t\u0000\u0000AB\u0003\u0014\n\u0000BC\u0005\u0002\u0000"+
		"\u0000C\u00a6\u0001\u0000\u0000\u0000DE\u0005\n\u0000\u0000EF\u0003\u001e"+
		"\u000f\u0000FG\u0005\u000b\u0000\u0000GH\u0003\u0014\n\u0000HI\u0005\u0002"+
		"\u0000\u0000I\u00a6\u0001\u0000\u0000\u0000JK\u0005\f\u0000\u0000KN\u0003"+
		"\u001e\u000f\u0000LM\u0005\r\u0000\u0000MO\u0003\u0014\n\u0000NL\u0001"+
		"\u0000\u0000\u0000NO\u0001\u0000\u0000\u0000OP\u0001\u0000\u0000\u0000"+
		"PQ\u0005\u0002\u0000\u0000Q\u00a6\u0001\u0000\u0000\u0000RS\u0005\u000e"+
		"\u0000\u0000ST\u0003\u001e\u000f\u0000TV\u0005\u000f\u0000\u0000UW\u0003"+
		"\u0004\u0002\u0000VU\u0001\u0000\u0000\u0000VW\u0001\u0000\u0000\u0000"+
		"WX\u0001\u0000\u0000\u0000X[\u0005\u0010\u0000\u0000YZ\u0005\u0011\u0000"+
		"\u0000Z\\\u0003\b\u0004\u0000[Y\u0001\u0000\u0000\u0000[\\\u0001\u0000"+
		"\u0000\u0000\\]\u0001\u0000\u0000\u0000]^\u0005\u000b\u0000\u0000^_\u0003"+
		"\u0014\n\u0000_`\u0005\u0002\u0000\u0000`\u00a6\u0001\u0000\u0000\u0000"+
		"ab\u0005\u000e\u0000\u0000bc\u0003\u001e\u000f\u0000ce\u0005\u000f\u0000"+
		"\u0000df\u0003\u0004\u0002\u0000ed\u0001\u0000\u0000\u0000ef\u0001\u0000"+
		"\u0000\u0000fg\u0001\u0000\u0000\u0000gj\u0005\u0010\u0000\u0000hi\u0005"+
		"\u0011\u0000\u0000ik\u0003\b\u0004\u0000jh\u0001\u0000\u0000\u0000jk\u0001"+
		"\u0000\u0000\u0000kl\u0001\u0000\u0000\u0000lm\u0003\u0010\b\u0000m\u00a6"+
		"\u0001\u0000\u0000\u0000no\u0005\u0012\u0000\u0000op\u0003\u001e\u000f"+
		"\u0000pt\u0005\u0006\u0000\u0000qs\u0003\n\u0005\u0000rq\u0001\u0000\u0000"+
		"\u0000sv\u0001\u0000\u0000\u0000tr\u0001\u0000\u0000\u0000tu\u0001\u0000"+
		"\u0000\u0000uw\u0001\u0000\u0000\u0000vt\u0001\u0000\u0000\u0000wx\u0005"+
		"\b\u0000\u0000x\u00a6\u0001\u0000\u0000\u0000yz\u0005\u0013\u0000\u0000"+
		"z{\u0003\u001e\u000f\u0000{|\u0005\u000b\u0000\u0000|}\u0005\u0014\u0000"+
		"\u0000}~\u0003\u0014\n\u0000~\u007f\u0005\u0007\u0000\u0000\u007f\u0080"+
		"\u0003\u0014\n\u0000\u0080\u0084\u0005\u0010\u0000\u0000\u0081\u0083\u0003"+
		"\f\u0006\u0000\u0082\u0081\u0001\u0000\u0000\u0000\u0083\u0086\u0001\u0000"+
		"\u0000\u0000\u0084\u0082\u0001\u0000\u0000\u0000\u0084\u0085\u0001\u0000"+
		"\u0000\u0000\u0085\u0087\u0001\u0000\u0000\u0000\u0086\u0084\u0001\u0000"+
		"\u0000\u0000\u0087\u0088\u0005\u0002\u0000\u0000\u0088\u00a6\u0001\u0000"+
		"\u0000\u0000\u0089\u008a\u0005\u0015\u0000\u0000\u008a\u008b\u0003\u001e"+
		"\u000f\u0000\u008b\u008d\u0005\u000f\u0000\u0000\u008c\u008e\u0003\u0004"+
		"\u0002\u0000\u008d\u008c\u0001\u0000\u0000\u0000\u008d\u008e\u0001\u0000"+
		"\u0000\u0000\u008e\u008f\u0001\u0000\u0000\u0000\u008f\u0090\u0005\u0010"+
		"\u0000\u0000\u0090\u0091\u0005\u0016\u0000\u0000\u0091\u0092\u0003\u001e"+
		"\u000f\u0000\u0092\u0096\u0005\u0006\u0000\u0000\u0093\u0095\u0003\u000e"+
		"\u0007\u0000\u0094\u0093\u0001\u0000\u0000\u0000\u0095\u0098\u0001\u0000"+
		"\u0000\u0000\u0096\u0094\u0001\u0000\u0000\u0000\u0096\u0097\u0001\u0000"+
		"\u0000\u0000\u0097\u0099\u0001\u0000\u0000\u0000\u0098\u0096\u0001\u0000"+
		"\u0000\u0000\u0099\u009a\u0005\b\u0000\u0000\u009a\u00a6\u0001\u0000\u0000"+
		"\u0000\u009b\u009c\u0007\u0000\u0000\u0000\u009c\u009f\u0003\u001e\u000f"+
		"\u0000\u009d\u009e\u0005\u0019\u0000\u0000\u009e\u00a0\u0003\u0014\n\u0000"+
		"\u009f\u009d\u0001\u0000\u0000\u0000\u009f\u00a0\u0001\u0000\u0000\u0000"+
		"\u00a0\u00a1\u0001\u0000\u0000\u0000\u00a1\u00a2\u0005\u0011\u0000\u0000"+
		"\u00a2\u00a3\u0003\u0014\n\u0000\u00a3\u00a4\u0005\u0002\u0000\u0000\u00a4"+
		"\u00a6\u0001\u0000\u0000\u0000\u00a5(\u0001\u0000\u0000\u0000\u00a5+\u0001"+
		"\u0000\u0000\u0000\u00a5.\u0001\u0000\u0000\u0000\u00a5@\u0001\u0000\u0000"+
		"\u0000\u00a5D\u0001\u0000\u0000\u0000\u00a5J\u0001\u0000\u0000\u0000\u00a5"+
		"R\u0001\u0000\u0000\u0000\u00a5a\u0001\u0000\u0000\u0000\u00a5n\u0001"+
		"\u0000\u0000\u0000\u00a5y\u0001\u0000\u0000\u0000\u00a5\u0089\u0001\u0000"+
		"\u0000\u0000\u00a5\u009b\u0001\u0000\u0000\u0000\u00a6\u0003\u0001\u0000"+
		"\u0000\u0000\u00a7\u00ac\u0003\u0006\u0003\u0000\u00a8\u00a9\u0005\u0007"+
		"\u0000\u0000\u00a9\u00ab\u0003\u0006\u0003\u0000\u00aa\u00a8\u0001\u0000"+
		"\u0000\u0000\u00ab\u00ae\u0001\u0000\u0000\u0000\u00ac\u00aa\u0001\u0000"+
		"\u0000\u0000\u00ac\u00ad\u0001\u0000\u0000\u0000\u00ad\u0005\u0001\u0000"+
		"\u0000\u0000\u00ae\u00ac\u0001\u0000\u0000\u0000\u00af\u00b2\u0003\u001e"+
		"\u000f\u0000\u00b0\u00b1\u0005\u0011\u0000\u0000\u00b1\u00b3\u0003\b\u0004"+
		"\u0000\u00b2\u00b0\u0001\u0000\u0000\u0000\u00b2\u00b3\u0001\u0000\u0000"+
		"\u0000\u00b3\u0007\u0001\u0000\u0000\u0000\u00b4\u00b9\u0005\u001a\u0000"+
		"\u0000\u00b5\u00b6\u0005\u001b\u0000\u0000\u00b6\u00b9\u0005\u001c\u0000"+
		"\u0000\u00b7\u00b9\u0005\u001d\u0000\u0000\u00b8\u00b4\u0001\u0000\u0000"+
		"\u0000\u00b8\u00b5\u0001\u0000\u0000\u0000\u00b8\u00b7\u0001\u0000\u0000"+
		"\u0000\u00b9\t\u0001\u0000\u0000\u0000\u00ba\u00bb\u0005\u001e\u0000\u0000"+
		"\u00bb\u00bc\u0003\u0014\n\u0000\u00bc\u00bd\u0005\u0002\u0000\u0000\u00bd"+
		"\u00c9\u0001\u0000\u0000\u0000\u00be\u00bf\u0005\u001f\u0000\u0000\u00bf"+
		"\u00c0\u0003\u001e\u000f\u0000\u00c0\u00c1\u0005 \u0000\u0000\u00c1\u00c4"+
		"\u0003\u0014\n\u0000\u00c2\u00c3\u0005\u0019\u0000\u0000\u00c3\u00c5\u0003"+
		"\u0014\n\u0000\u00c4\u00c2\u0001\u0000\u0000\u0000\u00c4\u00c5\u0001\u0000"+
		"\u0000\u0000\u00c5\u00c6\u0001\u0000\u0000\u0000\u00c6\u00c7\u0005\u0002"+
		"\u0000\u0000\u00c7\u00c9\u0001\u0000\u0000\u0000\u00c8\u00ba\u0001\u0000"+
		"\u0000\u0000\u00c8\u00be\u0001\u0000\u0000\u0000\u00c9\u000b\u0001\u0000"+
		"\u0000\u0000\u00ca\u00cd\u0005!\u0000\u0000\u00cb\u00cc\u0005\u0019\u0000"+
		"\u0000\u00cc\u00ce\u0003\u0014\n\u0000\u00cd\u00cb\u0001\u0000\u0000\u0000"+
		"\u00cd\u00ce\u0001\u0000\u0000\u0000\u00ce\r\u0001\u0000\u0000\u0000\u00cf"+
		"\u00d0\u0005\"\u0000\u0000\u00d0\u00d1\u0005#\u0000\u0000\u00d1\u00d2"+
		"\u0003\u001e\u000f\u0000\u00d2\u00d3\u0005$\u0000\u0000\u00d3\u00d4\u0003"+
		"\u0014\n\u0000\u00d4\u00d5\u0005\u0002\u0000\u0000\u00d5\u000f\u0001\u0000"+
		"\u0000\u0000\u00d6\u00da\u0005\u0006\u0000\u0000\u00d7\u00d9\u0003\u0012"+
		"\t\u0000\u00d8\u00d7\u0001\u0000\u0000\u0000\u00d9\u00dc\u0001\u0000\u0000"+
		"\u0000\u00da\u00d8\u0001\u0000\u0000\u0000\u00da\u00db\u0001\u0000\u0000"+
		"\u0000\u00db\u00dd\u0001\u0000\u0000\u0000\u00dc\u00da\u0001\u0000\u0000"+
		"\u0000\u00dd\u00de\u0005\b\u0000\u0000\u00de\u0011\u0001\u0000\u0000\u0000"+
		"\u00df\u00e0\u0003\b\u0004\u0000\u00e0\u00e1\u0003\u001e\u000f\u0000\u00e1"+
		"\u00e2\u0005\u000b\u0000\u0000\u00e2\u00e3\u0003\u0014\n\u0000\u00e3\u00e4"+
		"\u0005\u0002\u0000\u0000\u00e4\u00f9\u0001\u0000\u0000\u0000\u00e5\u00e6"+
		"\u0003\u001e\u000f\u0000\u00e6\u00e7\u0007\u0001\u0000\u0000\u00e7\u00e8"+
		"\u0003\u0014\n\u0000\u00e8\u00e9\u0005\u0002\u0000\u0000\u00e9\u00f9\u0001"+
		"\u0000\u0000\u0000\u00ea\u00eb\u0005\u0019\u0000\u0000\u00eb\u00ec\u0005"+
		"\u000f\u0000\u0000\u00ec\u00ed\u0003\u0014\n\u0000\u00ed\u00ee\u0005\u0010"+
		"\u0000\u0000\u00ee\u00f1\u0003\u0012\t\u0000\u00ef\u00f0\u0005/\u0000"+
		"\u0000\u00f0\u00f2\u0003\u0012\t\u0000\u00f1\u00ef\u0001\u0000\u0000\u0000"+
		"\u00f1\u00f2\u0001\u0000\u0000\u0000\u00f2\u00f9\u0001\u0000\u0000\u0000"+
		"\u00f3\u00f4\u00050\u0000\u0000\u00f4\u00f5\u0003\u0014\n\u0000\u00f5"+
		"\u00f6\u0005\u0002\u0000\u0000\u00f6\u00f9\u0001\u0000\u0000\u0000\u00f7"+
		"\u00f9\u0003\u0010\b\u0000\u00f8\u00df\u0001\u0000\u0000\u0000\u00f8\u00e5"+
		"\u0001\u0000\u0000\u0000\u00f8\u00ea\u0001\u0000\u0000\u0000\u00f8\u00f3"+
		"\u0001\u0000\u0000\u0000\u00f8\u00f7\u0001\u0000\u0000\u0000\u00f9\u0013"+
		"\u0001\u0000\u0000\u0000\u00fa\u00fb\u0006\n\uffff\uffff\u0000\u00fb\u010f"+
		"\u0003\u001a\r\u0000\u00fc\u00fd\u0007\u0002\u0000\u0000\u00fd\u010f\u0003"+
		"\u0014\n\u0010\u00fe\u00ff\u0007\u0003\u0000\u0000\u00ff\u0104\u0003\u0016"+
		"\u000b\u0000\u0100\u0101\u0005\u0007\u0000\u0000\u0101\u0103\u0003\u0016"+
		"\u000b\u0000\u0102\u0100\u0001\u0000\u0000\u0000\u0103\u0106\u0001\u0000"+
		"\u0000\u0000\u0104\u0102\u0001\u0000\u0000\u0000\u0104\u0105\u0001\u0000"+
		"\u0000\u0000\u0105\u0109\u0001\u0000\u0000\u0000\u0106\u0104\u0001\u0000"+
		"\u0000\u0000\u0107\u0108\u0005\r\u0000\u0000\u0108\u010a\u0003\u0014\n"+
		"\u0000\u0109\u0107\u0001\u0000\u0000\u0000\u0109\u010a\u0001\u0000\u0000"+
		"\u0000\u010a\u010b\u0001\u0000\u0000\u0000\u010b\u010c\u0005\u0011\u0000"+
		"\u0000\u010c\u010d\u0003\u0014\n\u0001\u010d\u010f\u0001\u0000\u0000\u0000"+
		"\u010e\u00fa\u0001\u0000\u0000\u0000\u010e\u00fc\u0001\u0000\u0000\u0000"+
		"\u010e\u00fe\u0001\u0000\u0000\u0000\u010f\u0149\u0001\u0000\u0000\u0000"+
		"\u0110\u0111\n\u000f\u0000\u0000\u0111\u0112\u0007\u0004\u0000\u0000\u0112"+
		"\u0148\u0003\u0014\n\u0010\u0113\u0114\n\u000e\u0000\u0000\u0114\u0115"+
		"\u0007\u0005\u0000\u0000\u0115\u0148\u0003\u0014\n\u000f\u0116\u0117\n"+
		"\r\u0000\u0000\u0117\u0118\u0007\u0006\u0000\u0000\u0118\u0148\u0003\u0014"+
		"\n\u000e\u0119\u011a\n\f\u0000\u0000\u011a\u011b\u0007\u0007\u0000\u0000"+
		"\u011b\u0148\u0003\u0014\n\r\u011c\u011d\n\n\u0000\u0000\u011d\u011e\u0005"+
		"?\u0000\u0000\u011e\u0148\u0003\u0014\n\u000b\u011f\u0120\n\t\u0000\u0000"+
		"\u0120\u0121\u0007\b\u0000\u0000\u0121\u0148\u0003\u0014\n\n\u0122\u0123"+
		"\n\b\u0000\u0000\u0123\u0124\u0005B\u0000\u0000\u0124\u0148\u0003\u0014"+
		"\n\t\u0125\u0126\n\u0007\u0000\u0000\u0126\u0127\u0005C\u0000\u0000\u0127"+
		"\u0148\u0003\u0014\n\b\u0128\u0129\n\u0006\u0000\u0000\u0129\u012a\u0005"+
		"D\u0000\u0000\u012a\u0148\u0003\u0014\n\u0007\u012b\u012c\n\u0005\u0000"+
		"\u0000\u012c\u012d\u0005E\u0000\u0000\u012d\u0148\u0003\u0014\n\u0006"+
		"\u012e\u012f\n\u0004\u0000\u0000\u012f\u0130\u0005F\u0000\u0000\u0130"+
		"\u0148\u0003\u0014\n\u0005\u0131\u0132\n\u0003\u0000\u0000\u0132\u0133"+
		"\u0005G\u0000\u0000\u0133\u0148\u0003\u0014\n\u0003\u0134\u0135\n\u0002"+
		"\u0000\u0000\u0135\u0136\u0005H\u0000\u0000\u0136\u0137\u0003\u0014\n"+
		"\u0000\u0137\u0138\u0005\u0011\u0000\u0000\u0138\u0139\u0003\u0014\n\u0002"+
		"\u0139\u0148\u0001\u0000\u0000\u0000\u013a\u013b\n\u0011\u0000\u0000\u013b"+
		"\u013c\u00051\u0000\u0000\u013c\u0142\u0003\u001e\u000f\u0000\u013d\u013f"+
		"\u0005\u000f\u0000\u0000\u013e\u0140\u0003\u001c\u000e\u0000\u013f\u013e"+
		"\u0001\u0000\u0000\u0000\u013f\u0140\u0001\u0000\u0000\u0000\u0140\u0141"+
		"\u0001\u0000\u0000\u0000\u0141\u0143\u0005\u0010\u0000\u0000\u0142\u013d"+
		"\u0001\u0000\u0000\u0000\u0142\u0143\u0001\u0000\u0000\u0000\u0143\u0148"+
		"\u0001\u0000\u0000\u0000\u0144\u0145\n\u000b\u0000\u0000\u0145\u0146\u0005"+
		"\u0005\u0000\u0000\u0146\u0148\u0003\u0018\f\u0000\u0147\u0110\u0001\u0000"+
		"\u0000\u0000\u0147\u0113\u0001\u0000\u0000\u0000\u0147\u0116\u0001\u0000"+
		"\u0000\u0000\u0147\u0119\u0001\u0000\u0000\u0000\u0147\u011c\u0001\u0000"+
		"\u0000\u0000\u0147\u011f\u0001\u0000\u0000\u0000\u0147\u0122\u0001\u0000"+
		"\u0000\u0000\u0147\u0125\u0001\u0000\u0000\u0000\u0147\u0128\u0001\u0000"+
		"\u0000\u0000\u0147\u012b\u0001\u0000\u0000\u0000\u0147\u012e\u0001\u0000"+
		"\u0000\u0000\u0147\u0131\u0001\u0000\u0000\u0000\u0147\u0134\u0001\u0000"+
		"\u0000\u0000\u0147\u013a\u0001\u0000\u0000\u0000\u0147\u0144\u0001\u0000"+
		"\u0000\u0000\u0148\u014b\u0001\u0000\u0000\u0000\u0149\u0147\u0001\u0000"+
		"\u0000\u0000\u0149\u014a\u0001\u0000\u0000\u0000\u014a\u0015\u0001\u0000"+
		"\u0000\u0000\u014b\u0149\u0001\u0000\u0000\u0000\u014c\u014f\u0003\u001e"+
		"\u000f\u0000\u014d\u014e\u0005\u0005\u0000\u0000\u014e\u0150\u0003\u0018"+
		"\f\u0000\u014f\u014d\u0001\u0000\u0000\u0000\u014f\u0150\u0001\u0000\u0000"+
		"\u0000\u0150\u0017\u0001\u0000\u0000\u0000\u0151\u0152\u0005\u0006\u0000"+
		"\u0000\u0152\u0157\u0003\u0014\n\u0000\u0153\u0154\u0005\u0007\u0000\u0000"+
		"\u0154\u0156\u0003\u0014\n\u0000\u0155\u0153\u0001\u0000\u0000\u0000\u0156"+
		"\u0159\u0001\u0000\u0000\u0000\u0157\u0155\u0001\u0000\u0000\u0000\u0157"+
		"\u0158\u0001\u0000\u0000\u0000\u0158\u015b\u0001\u0000\u0000\u0000\u0159"+
		"\u0157\u0001\u0000\u0000\u0000\u015a\u015c\u0005\u0007\u0000\u0000\u015b"+
		"\u015a\u0001\u0000\u0000\u0000\u015b\u015c\u0001\u0000\u0000\u0000\u015c"+
		"\u015d\u0001\u0000\u0000\u0000\u015d\u015e\u0005\b\u0000\u0000\u015e\u0167"+
		"\u0001\u0000\u0000\u0000\u015f\u0160\u0005\u0014\u0000\u0000\u0160\u0161"+
		"\u0003\u0014\n\u0000\u0161\u0162\u0005\u0007\u0000\u0000\u0162\u0163\u0003"+
		"\u0014\n\u0000\u0163\u0164\u0005\u0010\u0000\u0000\u0164\u0167\u0001\u0000"+
		"\u0000\u0000\u0165\u0167\u0003\u001e\u000f\u0000\u0166\u0151\u0001\u0000"+
		"\u0000\u0000\u0166\u015f\u0001\u0000\u0000\u0000\u0166\u0165\u0001\u0000"+
		"\u0000\u0000\u0167\u0019\u0001\u0000\u0000\u0000\u0168\u0181\u0005M\u0000"+
		"\u0000\u0169\u0181\u0007\t\u0000\u0000\u016a\u016b\u0003\u001e\u000f\u0000"+
		"\u016b\u016d\u0005\u000f\u0000\u0000\u016c\u016e\u0003\u001c\u000e\u0000"+
		"\u016d\u016c\u0001\u0000\u0000\u0000\u016d\u016e\u0001\u0000\u0000\u0000"+
		"\u016e\u016f\u0001\u0000\u0000\u0000\u016f\u0170\u0005\u0010\u0000\u0000"+
		"\u0170\u0181\u0001\u0000\u0000\u0000\u0171\u0181\u0003\u001e\u000f\u0000"+
		"\u0172\u0173\u0005\u000f\u0000\u0000\u0173\u0174\u0003\u0014\n\u0000\u0174"+
		"\u0175\u0005\u0010\u0000\u0000\u0175\u0181\u0001\u0000\u0000\u0000\u0176"+
		"\u0177\u0005\u000f\u0000\u0000\u0177\u017a\u0003\u0014\n\u0000\u0178\u0179"+
		"\u0005\u0007\u0000\u0000\u0179\u017b\u0003\u0014\n\u0000\u017a\u0178\u0001"+
		"\u0000\u0000\u0000\u017b\u017c\u0001\u0000\u0000\u0000\u017c\u017a\u0001"+
		"\u0000\u0000\u0000\u017c\u017d\u0001\u0000\u0000\u0000\u017d\u017e\u0001"+
		"\u0000\u0000\u0000\u017e\u017f\u0005\u0010\u0000\u0000\u017f\u0181\u0001"+
		"\u0000\u0000\u0000\u0180\u0168\u0001\u0000\u0000\u0000\u0180\u0169\u0001"+
		"\u0000\u0000\u0000\u0180\u016a\u0001\u0000\u0000\u0000\u0180\u0171\u0001"+
		"\u0000\u0000\u0000\u0180\u0172\u0001\u0000\u0000\u0000\u0180\u0176\u0001"+
		"\u0000\u0000\u0000\u0181\u001b\u0001\u0000\u0000\u0000\u0182\u0187\u0003"+
		"\u0014\n\u0000\u0183\u0184\u0005\u0007\u0000\u0000\u0184\u0186\u0003\u0014"+
		"\n\u0000\u0185\u0183\u0001\u0000\u0000\u0000\u0186\u0189\u0001\u0000\u0000"+
		"\u0000\u0187\u0185\u0001\u0000\u0000\u0000\u0187\u0188\u0001\u0000\u0000"+
		"\u0000\u0188\u001d\u0001\u0000\u0000\u0000\u0189\u0187\u0001\u0000\u0000"+
		"\u0000\u018a\u018b\u0007\n\u0000\u0000\u018b\u001f\u0001\u0000\u0000\u0000"+
		"&#7;NV[ejt\u0084\u008d\u0096\u009f\u00a5\u00ac\u00b2\u00b8\u00c4\u00c8"+
		"\u00cd\u00da\u00f1\u00f8\u0104\u0109\u010e\u013f\u0142\u0147\u0149\u014f"+
		"\u0157\u015b\u0166\u016d\u017c\u0180\u0187";
	public static final ATN _ATN =
		new ATNDeserializer().deserialize(_serializedATN.toCharArray());
	static {
		_decisionToDFA = new DFA[_ATN.getNumberOfDecisions()];
		for (int i = 0; i < _ATN.getNumberOfDecisions(); i++) {
			_decisionToDFA[i] = new DFA(_ATN.getDecisionState(i), i);
		}
	}
}