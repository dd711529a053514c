package ptprove.kernel;

/** An error the preprocessor met: in which tree-relative file (null: ptprove's own input), where, and what. */
record CppProblem(String file, int line, int column, String message) {}
