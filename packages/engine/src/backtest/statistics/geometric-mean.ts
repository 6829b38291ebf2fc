/**
 * backtesting.py's geometric mean of returns: `exp(Σ ln(1 + r) / n) − 1`, NaN returns counted as 0,
 * 0 when any `1 + r <= 0` (a total loss), NaN for no returns.
 */
export function geometricMean(returns: ArrayLike<number>): number {
  const n = returns.length;
  let logSum = 0;
  for (let k = 0; k < n; k++) {
    const r = returns[k];
    const growth = (Number.isNaN(r) ? 0 : r) + 1;
    if (growth <= 0) return 0;
    logSum += Math.log(growth);
  }
  return Math.exp(logSum / (n === 0 ? NaN : n)) - 1;
}
