/** {@link beta}'s result, with the sum of the equity's bar log returns it computed on the way. */
export interface BetaResult {
  /** `cov(ln E_ret, ln C_ret) / var(ln C_ret)`; NaN with fewer than two returns. */
  readonly beta: number;
  /** Σ ln(E[k+1] / E[k]) in bar order. */
  readonly logGrowth: number;
  /**
   * True when every bar ratio E[k+1] / E[k] lies in [0.5, 2]. Then `1 + (ratio − 1)` is exactly the
   * ratio (Sterbenz), so when each bar is its own resample bucket `logGrowth` is bit for bit the
   * geometric mean's log sum, and the statistics need not take those logs a second time.
   */
  readonly ratiosNearOne: boolean;
}

/**
 * backtesting.py's Beta: the covariance of bar-to-bar log returns of the equity and the close over
 * the variance of the close's (numpy's `np.cov`: two-pass, ddof 1). `work` (at least 2(n − 1) long)
 * holds the returns between the passes.
 */
export function beta(equity: ArrayLike<number>, close: ArrayLike<number>, work: Float64Array = new Float64Array(2 * equity.length)): BetaResult {
  const m = equity.length - 1;
  let sumX = 0;
  let sumY = 0;
  let ratiosNearOne = true;
  for (let k = 0; k < m; k++) {
    const ratio = equity[k + 1] / equity[k];
    if (!(ratio >= 0.5 && ratio <= 2)) ratiosNearOne = false;
    const x = ratio === 1 ? 0 : Math.log(ratio); // the equity stands still on most bars out of the market
    const y = Math.log(close[k + 1] / close[k]);
    work[2 * k] = x;
    work[2 * k + 1] = y;
    sumX += x;
    sumY += y;
  }
  if (m <= 1) return { beta: NaN, logGrowth: sumX, ratiosNearOne };
  const meanX = sumX / m;
  const meanY = sumY / m;
  let covariance = 0;
  let variance = 0;
  for (let k = 0; k < m; k++) {
    const dy = work[2 * k + 1] - meanY;
    covariance += (work[2 * k] - meanX) * dy;
    variance += dy * dy;
  }
  return { beta: covariance / (m - 1) / (variance / (m - 1)), logGrowth: sumX, ratiosNearOne };
}
