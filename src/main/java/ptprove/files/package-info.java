/**
 * File writing shared by the stages that persist something (export-smt and the cross-check's scripts, the
 * result cache, proof records): {@link ptprove.files.AtomicFiles}. Depends on nothing in ptprove.
 */
package ptprove.files;
