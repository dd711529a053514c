/**
 * Rendering results: one immutable model of a run ({@link ptprove.report.RunReport}) and separate renderers over
 * it (plain text for terminals, e-mail and CI logs, at most 80 columns; JSON for tools), the layout renderers of
 * the {@code layout} command, the exit-status rule ({@link ptprove.report.ExitStatus}), and
 * {@link ptprove.report.ShardMerge}, which joins the JSON reports of sharded runs, and the cross-check's
 * renderer. Output is a pure function of the model: no clock, no environment, no locale. Depends on
 * {@code source}, {@code ir}, {@code result}, {@code proofs} and {@code crosscheck}'s report (data); never on
 * the solver, the parser or the CLI.
 */
package ptprove.report;
