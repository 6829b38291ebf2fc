/**
 * Per-bar volatility as the accuracy tracker estimates it for its dead-band (see `AccuracyStream`): the
 * root of an exponentially weighted mean of squared simple close-to-close returns (α = 2 / (period + 1)),
 * seeded with their plain mean over the first `period` returns. A close that is not a positive number
 * breaks the return chain.
 */
export class VolatilityEstimate {
  private readonly alpha: number;
  private previousClose = NaN;
  private returns = 0;
  private variance = 0;

  constructor(private readonly period: number) {
    this.alpha = 2 / (period + 1);
  }

  /** Adds the close of the next bar. */
  observe(close: number): void {
    const valid = close > 0 && close < Infinity;
    if (valid && this.previousClose > 0) {
      const change = close / this.previousClose - 1;
      this.returns++;
      const step = this.returns <= this.period ? 1 / this.returns : this.alpha;
      this.variance += (change * change - this.variance) * step;
    }
    this.previousClose = valid ? close : NaN;
  }

  /** Whether `period` returns have been seen (the tracker records nothing before). */
  get seeded(): boolean {
    return this.returns >= this.period;
  }

  /** The latest close, when it is a positive number (NaN otherwise: the return chain is broken). */
  get lastClose(): number {
    return this.previousClose;
  }

  /** The per-bar variance estimate (meaningful once `seeded`). */
  get perBarVariance(): number {
    return this.variance;
  }

  /** The per-bar volatility, or NaN until `period` returns have been seen (as the tracker, which records nothing before). */
  get perBar(): number {
    return this.returns >= this.period ? Math.sqrt(this.variance) : NaN;
  }
}
