import { TA_LIB_EPSILON } from '../support/ta-lib-zero.js';

/**
 * Standard deviation from a running-sum variance as TA-Lib takes it: 0 when TA_IS_ZERO_OR_NEG (below
 * TA-Lib's epsilon, rounding noise of the running sums), else the square root.
 */
export function deviationOf(variance: number): number {
  return variance < TA_LIB_EPSILON ? 0 : Math.sqrt(variance);
}
