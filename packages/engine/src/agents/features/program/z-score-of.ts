/**
 * Relative noise floor of the running-sum variance, as in RollingZScore: below this fraction of the
 * mean square the variance is rounding noise, so sigma counts as 0.
 */
const RELATIVE_NOISE = 1e-12;

/** `(input - mean) / sigma`, or 0 within rounding noise of a zero variance: RollingZScore's arithmetic. */
export function zScoreOf(input: number, mean: number, meanSquare: number): number {
  const variance = meanSquare - mean * mean;
  return variance <= meanSquare * RELATIVE_NOISE ? 0 : (input - mean) / Math.sqrt(variance);
}
