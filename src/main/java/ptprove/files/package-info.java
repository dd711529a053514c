/**
 * File access shared by the stages that persist or read something (export-smt and the cross-check's scripts, the
 * result cache, proof records, specs): writing whole files ({@link ptprove.files.AtomicFiles}), reading whole
 * files only when it is safe to ({@link ptprove.files.BoundedRead}), the temporary files a signal must remove
 * ({@link ptprove.files.TempFiles}), and what the operating system refused ({@link ptprove.files.FileProblem}).
 * Depends on {@code source} only (to print paths safely).
 */
package ptprove.files;
