/**
 * File access shared by the stages that persist or read something (export-smt and the cross-check's scripts, the
 * result cache, proof records, specs): writing whole files ({@link ptprove.files.AtomicFiles}), reporting what
 * the operating system refused ({@link ptprove.files.FileProblem}). Depends only on {@code ptprove.source}
 * (to print paths safely).
 */
package ptprove.files;
