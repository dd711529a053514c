/**
 * The result cache: outcomes of solved obligations stored on disk, keyed by a hash of the lowered query, the
 * tool and solver versions and the options that affect answers, so a re-check of unchanged specs skips the
 * solver. Nothing read from disk is trusted unless it checks out (format, key, checksum, the obligation's
 * variables); {@code unknown} and {@code error} are never stored. Depends on {@code ir}, {@code lower} (query
 * text, no Z3 types), {@code result}, {@code files} (atomic writes) and {@code solve} (the {@code KnownOutcomes} seam and options
 * only).
 */
package ptprove.cache;
