// The ptprove spec language (.ptl). No actions: the AstBuilder in ptprove.syntax turns the parse tree into
// records with source spans; every later stage works on those records only.
// The folders above this file are the generated parser's package (ptprove.syntax.antlr): the ANTLR plugin names the
// package after them, and the compiler, finding each generated class where its source says, then leaves an
// unchanged build alone instead of recompiling every source on every run.
grammar Ptl;

spec : decl* EOF ;

decl
    : 'import' STRING ';'                                                    # importDecl
    | 'address_bits' INT ';'                                                 # addressBitsDecl
    | 'param' ident 'in' '{' (expr (',' expr)* ','?)? '}' ';'                   # paramDecl
    | 'require' expr ';'                                                     # requireDecl
    | 'let' ident '=' expr ';'                                                  # letDecl
    | 'var' ident ('where' expr)? ';'                                           # varDecl
    | 'fn' ident '(' fnParams? ')' (':' typeName)? '=' expr ';'                 # fnExprDecl
    | 'fn' ident '(' fnParams? ')' (':' typeName)? block                        # fnBlockDecl
    | 'pagetable' ident '{' ptItem* '}'                                         # pagetableDecl
    | 'region' ident '=' '[' expr ',' expr ')' ('if' expr)? regionAttr* ';'      # regionDecl
    | 'teardown' ident '(' fnParams? ')' 'on' ident '{' tdItem* '}'                # teardownDecl
    | kind=('theorem' | 'example') ident ('if' expr)? ':' expr ';'              # propertyDecl
    | 'state' ident ':' typeName 'per' expr '=' expr ';'                       # stateDecl
    | 'view' ident (':' typeName)? '=' expr ';'                                # viewDecl
    | 'event' ident '(' fnParams? ')' block                                    # eventDecl
    // Bindings to a kernel tree (ptprove drift / check --kernel / review); ignored by a plain check.
    | 'kernel' 'versions' 'of' ident '{' kernelEra* '}'                         # kernelVersionsDecl
    | 'kernel' 'config' ident '=' expr ';'                                      # kernelConfigDecl
    | 'kernel' 'sizeof' '(' 'struct' ident ')' '=' expr ';'                     # kernelSizeofDecl
    | 'kernel' 'variable' ident '=' expr ';'                                    # kernelVariableDecl
    | 'kernel' STRING 'defines' kernelName (',' kernelName)* ('if' expr)? ';'   # kernelDefinesDecl
    ;

// 517: "5.17" to "6.4";   614: "6.14" and later;
kernelEra  : INT ':' STRING ('to' STRING | 'and' 'later') ';' ;
// PAGE_OFFSET   |   __PAGE_OFFSET_BASE_L4 as PAGE_OFFSET_L4   |   fn pgtable_range_aligned
kernelName : 'fn'? ident ('as' ident)? ;

fnParams : fnParam (',' fnParam)* ;
fnParam  : ident (':' typeName)? ;
typeName : 'ulong' | 'unsigned' 'long' | 'bool' ;

ptItem
    : 'va_bits' expr ';'                                                     # vaBitsItem
    | 'level' ident 'shift' expr ('if' expr)? ';'                               # levelItem
    ;

regionAttr : 'permanent' ('if' expr)? ;

tdItem
    : 'free' 'below' ident 'when' expr ';'                                  # freeItem
    | 'loop' 'do' 'while' '(' ident op=('<' | '!=') ident ')' ';'           # doWhileItem
    | 'loop' 'for' '(' ident '<' ident ')' ';'                              # forItem
    ;

block : '{' stmt* '}' ;

stmt
    : typeName ident '=' expr ';'                                               # localStmt
    | ident op=('=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=') expr ';' # assignStmt
    | ident '[' expr ',' expr ')' '=' expr ';'                                  # fillStmt
    | 'for' '(' ident ',' ident 'in' '[' expr ',' expr ')' 'by' expr ')' stmt   # forChunksStmt
    | 'for' '(' ident 'in' '[' expr ',' expr ')' 'step' expr ')' stmt           # forStepStmt
    | 'if' '(' expr ')' stmt ('else' stmt)?                                  # ifStmt
    | 'return' expr ';'                                                      # returnStmt
    | block                                                                  # blockStmt
    ;

expr
    : primary                                                                # primaryExpr
    | expr '.' ident ('(' args? ')')?                                           # memberExpr
    | op=('!' | '~' | '-') expr                                              # unaryExpr
    | expr op=('*' | '/' | '%') expr                                         # binaryExpr
    | expr op=('+' | '-') expr                                               # binaryExpr
    | expr op=('<<' | '>>') expr                                             # binaryExpr
    | expr op=('<' | '<=' | '>' | '>=') expr                                 # binaryExpr
    | expr 'in' setExpr                                                      # inExpr
    | expr 'within' expr                                                     # withinExpr
    | expr op=('==' | '!=') expr                                             # binaryExpr
    | expr op='&' expr                                                       # binaryExpr
    | expr op='^' expr                                                       # binaryExpr
    | expr op='|' expr                                                       # binaryExpr
    | expr op='&&' expr                                                      # binaryExpr
    | expr op='||' expr                                                      # binaryExpr
    | <assoc=right> expr op='==>' expr                                       # binaryExpr
    | <assoc=right> expr '?' expr ':' expr                                   # condExpr
    | q=('forall' | 'exists') binder (',' binder)* ('where' expr)? ':' expr  # quantExpr
    ;

binder : ident ('in' setExpr)? ;

setExpr
    : '{' expr (',' expr)* ','? '}'                                          # enumSet
    | '[' expr ',' expr ')'                                                  # rangeSet
    | ident                                                                     # namedSet
    ;

primary
    : INT                                                                    # intLit
    | ('true' | 'false')                                                     # boolLit
    | ident '(' args? ')'                                                       # callExpr
    | ident                                                                     # nameExpr
    | '(' expr ')'                                                           # parenExpr
    | '(' expr (',' expr)+ ')'                                               # tupleExpr
    ;

args : expr (',' expr)* ;

// Words that are keywords only inside one construct stay usable as names elsewhere (shift(L) is a built-in).
ident : ID | 'shift' | 'level' | 'va_bits' | 'free' | 'below' | 'when' | 'on' | 'permanent' | 'address_bits'
      | 'loop' | 'do' | 'for' | 'while' | 'state' | 'view' | 'event' | 'per' | 'by' | 'step'
      | 'kernel' | 'versions' | 'of' | 'config' | 'sizeof' | 'struct' | 'variable' | 'defines' | 'to' | 'and' | 'later' | 'as' ;

// C integer constants, with the kernel's U/L suffixes (1UL << 30) and _ as a digit separator.
INT    : ([0-9] [0-9_]* | '0' [xX] [0-9a-fA-F_]+ | '0' [bB] [01_]+) [uUlL]* ;
STRING : '"' (~["\\\r\n] | '\\' .)* '"' ;
ID     : [a-zA-Z_] [a-zA-Z_0-9]* ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
WS            : [ \t\r\n\f]+ -> channel(HIDDEN) ;
// Anything else is one bad character; the parser reports it with a position rather than the lexer failing.
BAD_CHAR      : . ;
