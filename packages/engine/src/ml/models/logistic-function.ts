/** The logistic function 1 / (1 + e^-x), without overflow for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** Probabilities are kept this far from 0 and 1 wherever a logit or a log-loss is taken. */
export const PROBABILITY_FLOOR = 1e-6;

/** ln(p / (1 - p)), with p clamped into [PROBABILITY_FLOOR, 1 - PROBABILITY_FLOOR]. */
export function logit(p: number): number {
  const q = Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, p));
  return Math.log(q / (1 - q));
}
