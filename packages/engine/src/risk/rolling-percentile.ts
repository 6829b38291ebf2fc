import { assertPeriod } from '../indicators/support/assert-period.js';

/**
 * The last `window` values of a series (a ring), and the percentile of the newest one among them.
 * Adding a value is O(1) and allocation-free; the percentile is computed on demand by one pass
 * over the window. A value is added on every bar but the percentile is needed only when a signal
 * is built, so this beats keeping a sorted window (an O(window) memmove per bar) or a histogram
 * (whose bins would need a known value range) by doing no ranking work at all on the bars that
 * produce no signal. The risk module's volatility level (AtrPercentile) is built on it; the engine
 * runs the same ring inside each symbol's feature program.
 */
export class RollingPercentile {
  readonly window: number;
  private readonly ring: Float64Array;
  private slot = -1;
  private count = 0;

  constructor(window: number) {
    assertPeriod('window', window);
    this.window = window;
    this.ring = new Float64Array(window);
  }

  /** Values currently in the window. */
  get size(): number {
    return this.count;
  }

  /** Adds `value`, dropping the oldest when full. A non-finite value is ignored. */
  push(value: number): void {
    if (!Number.isFinite(value)) return;
    this.slot = this.slot + 1 === this.window ? 0 : this.slot + 1;
    this.ring[this.slot] = value;
    if (this.count < this.window) this.count++;
  }

  /**
   * Mid-rank percentile of the newest value in the window, itself included:
   * (values below + (equal values − 1) / 2) / (size − 1), so 0 for the lowest, 1 for the highest,
   * 0.5 for a lone value; NaN when empty.
   */
  latestPercentile(): number {
    const n = this.count;
    if (n === 0) return NaN;
    if (n === 1) return 0.5;
    const x = this.ring[this.slot];
    let below = 0;
    let equal = 0;
    for (let i = 0; i < n; i++) {
      const v = this.ring[i];
      if (v < x) below++;
      else if (v === x) equal++;
    }
    return (below + (equal - 1) / 2) / (n - 1);
  }

  /** Empties the window. */
  reset(): void {
    this.slot = -1;
    this.count = 0;
  }
}
