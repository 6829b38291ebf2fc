/**
 * Bars in the first of the two calls a batch indicator makes to its steady-state loop function.
 *
 * Why two calls: V8 starts recording type feedback for a function only some way into its first
 * call, and it optimises from that feedback. A hot loop whose set-up ran unrecorded gets an
 * optimised version that bails out at the set-up on the next call, after which the loop runs in
 * on-stack-replacement code that keeps its numbers boxed: two to three times slower, and which
 * one a process ends up with varied from run to run. Calling the loop function first for a few
 * dozen bars, then for the rest, records every line of it during the first batch call, so it is
 * optimised whole and every later call starts in the fast version. Warm-up branches stay out of
 * these loop functions for the same reason (they would run before feedback is recorded).
 */
export const FEEDBACK_RUN = 64;

/** End of the first, short call of a batch loop over `from .. to` (see {@link FEEDBACK_RUN}). */
export function feedbackRunEnd(from: number, to: number): number {
  return Math.min(to, from + FEEDBACK_RUN);
}
