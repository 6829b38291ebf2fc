/** TA-Lib's TA_IS_ZERO_OR_NEG threshold: a running-sum variance below it is rounding noise. */
const VARIANCE_EPSILON = 1e-14;

/** Standard deviation from a running-sum variance as TA-Lib takes it: 0 unless above the noise threshold. */
export function deviationOf(variance: number): number {
  return variance < VARIANCE_EPSILON ? 0 : Math.sqrt(variance);
}
