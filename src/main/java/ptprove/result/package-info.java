/** Results as data: verdicts and outcomes, rendered by {@code report}. Depends on {@code ir} and {@code source}. */
package ptprove.result;
