/**
 * The result caches. Per query ({@link ptprove.cache.ResultCache}): outcomes of solved obligations stored on
 * disk, keyed by a hash of the lowered query, the tool and solver versions and the options that affect answers,
 * so a re-check skips the solver for every unchanged query. Per spec ({@link ptprove.cache.SpecCache}), above
 * lowering: a spec's outcomes and diagnostics, named by the spec and the run's identity and valid while the
 * digests of its inputs (the spec, its import chain, and any other file an input stage read) hold, so an
 * unchanged spec is answered without elaboration. Nothing read from disk is trusted unless it checks out (format,
 * key, checksum, the obligation's kind and variables); {@code unknown} and {@code error} are never stored.
 * Depends on {@code ir}, {@code lower} (query text, no Z3 types), {@code result}, {@code source} (positions of
 * stored outcomes and diagnostics), {@code files} (atomic writes) and {@code solve} (the {@code KnownOutcomes}
 * seam and options only).
 */
package ptprove.cache;
