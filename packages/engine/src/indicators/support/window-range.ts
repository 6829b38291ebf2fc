import { assertPeriod } from './assert-period.js';

/**
 * Highest of one input and lowest of another over the last `period` updates (the highest high and
 * lowest low of a stochastic), O(1) per update with no data-dependent branch, by the van Herk /
 * Gil-Werman block method: the window is the tail of the previous block of `period` inputs (whose
 * suffix extremes are computed once, when that block completes) plus the head of the current block
 * (a running extreme). On price data a deque or TA-Lib's rescan mispredicts a branch about once per
 * bar per extreme; here every comparison picks its result by indexing a two-slot array instead.
 * `fillWindowRange` is the same method over whole columns, comparison for comparison, so batch and
 * streaming agree to the bit.
 *
 * The result is exactly one of the inputs (no arithmetic). Among equal inputs the most recent wins,
 * as in RollingMaximum (rolling-extremes.ts) and TA-Lib's scan, which only matters for the sign of a
 * zero. Inputs are assumed not to be NaN.
 */
export class WindowRange {
  /** Number of most recent updates the extremes are taken over. */
  readonly period: number;
  /** Highest `high` of the window after the latest update (of all updates while fewer than `period`). */
  highest = -Infinity;
  /** Lowest `low` of the window after the latest update (of all updates while fewer than `period`). */
  lowest = Infinity;
  /** Inputs of the current block, by position in the block. */
  private readonly blockHighs: Float64Array;
  private readonly blockLows: Float64Array;
  /**
   * `olderHighs[j]` is the highest of the previous block from position j to its end; index `period`
   * holds -Infinity (nothing older) so the newest position needs no branch. Likewise for lows.
   */
  private readonly olderHighs: Float64Array;
  private readonly olderLows: Float64Array;
  /** Scratch pair for branch-free selection: write both candidates, read the chosen index. */
  private readonly pick = new Float64Array(2);
  /** Position of the next input in the current block. */
  private position = 0;
  /** Highest and lowest of the current block so far. */
  private blockHigh = -Infinity;
  private blockLow = Infinity;
  /** True once the first block is complete, i.e. `period` updates have been seen. */
  private full = false;

  constructor(period: number) {
    assertPeriod('period', period);
    this.period = period;
    this.blockHighs = new Float64Array(period);
    this.blockLows = new Float64Array(period);
    this.olderHighs = new Float64Array(period + 1).fill(-Infinity);
    this.olderLows = new Float64Array(period + 1).fill(Infinity);
  }

  /** Adds one pair of inputs; read the result from `highest` and `lowest`. */
  update(high: number, low: number): void {
    const at = this.position;
    const pick = this.pick;
    this.blockHighs[at] = high;
    this.blockLows[at] = low;
    // Number(bool) compiles to a flag move, not a jump: the selections below cannot mispredict.
    pick[0] = this.blockHigh;
    pick[1] = high;
    const blockHigh = pick[Number(high >= this.blockHigh)];
    pick[0] = this.blockLow;
    pick[1] = low;
    const blockLow = pick[Number(low <= this.blockLow)];
    const olderHigh = this.olderHighs[at + 1];
    const olderLow = this.olderLows[at + 1];
    pick[0] = olderHigh;
    pick[1] = blockHigh;
    this.highest = pick[Number(blockHigh >= olderHigh)];
    pick[0] = olderLow;
    pick[1] = blockLow;
    this.lowest = pick[Number(blockLow <= olderLow)];
    if (at + 1 === this.period) {
      this.completeBlock();
    } else {
      this.position = at + 1;
      this.blockHigh = blockHigh;
      this.blockLow = blockLow;
    }
  }

  /** True once `period` updates have been seen, so the extremes cover a full window. */
  get isFull(): boolean {
    return this.full;
  }

  /** Forgets every input. */
  reset(): void {
    this.olderHighs.fill(-Infinity);
    this.olderLows.fill(Infinity);
    this.highest = -Infinity;
    this.lowest = Infinity;
    this.position = 0;
    this.blockHigh = -Infinity;
    this.blockLow = Infinity;
    this.full = false;
  }

  /** The current block becomes the previous one: its suffix extremes, newest first, ties to the newer. */
  private completeBlock(): void {
    const last = this.period - 1;
    const highs = this.blockHighs;
    const lows = this.blockLows;
    const olderHighs = this.olderHighs;
    const olderLows = this.olderLows;
    const pick = this.pick;
    let high = highs[last];
    let low = lows[last];
    olderHighs[last] = high;
    olderLows[last] = low;
    for (let j = last - 1; j >= 0; j--) {
      const h = highs[j];
      const l = lows[j];
      pick[0] = high;
      pick[1] = h;
      high = pick[Number(h > high)];
      pick[0] = low;
      pick[1] = l;
      low = pick[Number(l < low)];
      olderHighs[j] = high;
      olderLows[j] = low;
    }
    this.position = 0;
    this.blockHigh = -Infinity;
    this.blockLow = Infinity;
    this.full = true;
  }
}
