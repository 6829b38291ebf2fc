import { assertPeriod } from '../../indicators/support/assert-period.js';

/**
 * The last `capacity` numbers kept both in arrival order and sorted, for rolling order statistics
 * (percentile rank, quantiles, tail sums). A push finds its slots by binary search and shifts the
 * sorted array with `copyWithin` (a memmove of at most `capacity` doubles, ~100 ns for 250), instead
 * of re-sorting the window every bar.
 */
export class SortedWindow {
  readonly capacity: number;
  private readonly ring: Float64Array;
  private readonly sorted: Float64Array;
  private next = 0;
  private count = 0;

  constructor(capacity: number) {
    assertPeriod('capacity', capacity);
    this.capacity = capacity;
    this.ring = new Float64Array(capacity);
    this.sorted = new Float64Array(capacity);
  }

  /** Values held (at most `capacity`). */
  get size(): number {
    return this.count;
  }

  /** Adds a finite value, dropping the oldest when full. */
  push(value: number): void {
    if (!Number.isFinite(value)) throw new RangeError(`value must be finite, got ${value}`);
    const sorted = this.sorted;
    if (this.count === this.capacity) {
      const oldest = this.ring[this.next];
      const at = this.countBelow(oldest);
      sorted.copyWithin(at, at + 1, this.count);
      this.count--;
    }
    this.ring[this.next] = value;
    this.next = this.next + 1 === this.capacity ? 0 : this.next + 1;
    const at = this.countAtOrBelow(value);
    sorted.copyWithin(at + 1, at, this.count);
    sorted[at] = value;
    this.count++;
  }

  /** The k-th smallest value, k from 0; NaN outside 0..size-1. */
  at(k: number): number {
    return k >= 0 && k < this.count ? this.sorted[k] : NaN;
  }

  /** Number of values strictly below `value`. */
  countBelow(value: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Number of values at or below `value`. */
  countAtOrBelow(value: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Mid-rank percentile (0..1) of a value held in the window, the convention of the risk module's
   * RollingPercentile: (values below + (equal values - 1) / 2) / (size - 1), so 0 for the lowest,
   * 1 for the highest, 0.5 for a lone value; NaN when empty.
   */
  percentileOf(value: number): number {
    const n = this.count;
    if (n === 0) return NaN;
    if (n === 1) return 0.5;
    const below = this.countBelow(value);
    const equal = this.countAtOrBelow(value) - below;
    return (below + (equal - 1) / 2) / (n - 1);
  }

  /** Median of the window; NaN when empty. */
  median(): number {
    const n = this.count;
    if (n === 0) return NaN;
    const half = n >>> 1;
    return n % 2 === 1 ? this.sorted[half] : 0.5 * (this.sorted[half - 1] + this.sorted[half]);
  }

  /** Sum of the k smallest values (k clamped to size). O(k): meant for short tails. */
  sumSmallest(k: number): number {
    const n = Math.min(k, this.count);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += this.sorted[i];
    return sum;
  }

  /** Empties the window. */
  clear(): void {
    this.next = 0;
    this.count = 0;
  }
}
