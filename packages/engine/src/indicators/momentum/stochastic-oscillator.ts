import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { assertSameLength } from '../support/assert-same-length.js';
import { feedbackRunEnd } from '../support/feedback-run.js';
import { fillWindowRange } from '../support/fill-window-range.js';
import { percentK } from './stochastic-k.js';
import type { StochasticColumns, StochasticValue } from './stochastic-value.js';

/** Fixed slots at the start of StochasticOscillator's `cells`: selection pair, block extremes, SMA totals, latest k and d. */
const PICK = 0;
const BLOCK_HIGH = 2;
const BLOCK_LOW = 3;
const RAW_SUM = 4;
const K_SUM = 5;
const K = 6;
const D = 7;
const CELLS = 8;

/**
 * Slow stochastic oscillator (TA-Lib STOCH with SMA smoothing): k = SMA(slowKPeriod) of the raw %K
 * over `fastKPeriod` bars, d = SMA(slowDPeriod) of k. Lookback = fastK - 1 + slowK - 1 + slowD - 1
 * (17 for 14/3/3).
 *
 * The window extremes (WindowRange's blocks and branch-free selections, comparison for comparison),
 * raw %K and both SMAs (SimpleMovingAverage's running-total arithmetic) live in this one class
 * rather than in composed objects: it runs once per bar per symbol, and every call into a separate
 * object with number arguments that V8 does not inline costs a boxed number. Each update returns a
 * new value object, since feature history keeps earlier ones.
 */
export class StochasticOscillator implements StreamingIndicator<Bar, StochasticValue> {
  readonly lookback: number;
  private readonly fastKPeriod: number;
  private readonly slowKPeriod: number;
  private readonly slowDPeriod: number;
  /** Bar index at which the first raw %K and the first slow %K appear. */
  private readonly rawStart: number;
  private readonly kStart: number;
  /**
   * Every number the class carries, in one array so each update checks and addresses one object:
   * the selection pair, the block extremes so far, the two running totals, then (at the offsets
   * below) the current block's highs and lows, the previous block's suffix extremes (one more slot
   * each, ±Infinity, so the newest position needs no branch; see WindowRange), and the two SMA windows.
   */
  private readonly cells: Float64Array;
  private readonly highsAt: number;
  private readonly lowsAt: number;
  private readonly olderHighsAt: number;
  private readonly olderLowsAt: number;
  private readonly rawsAt: number;
  private readonly ksAt: number;
  /** Position of the next bar in the current block. */
  private position = 0;
  /** Slot of the next raw %K and the next slow %K in their windows. */
  private rawSlot = 0;
  private kSlot = 0;
  /** Bars seen, counted up to lookback + 1 (the first value; nothing depends on it afterwards). */
  private count = 0;
  /** What `value` returned since the latest update, if it was read. */
  private latest: StochasticValue | null = null;

  constructor(fastKPeriod = 14, slowKPeriod = 3, slowDPeriod = 3) {
    assertPeriod('fastKPeriod', fastKPeriod);
    assertPeriod('slowKPeriod', slowKPeriod);
    assertPeriod('slowDPeriod', slowDPeriod);
    this.fastKPeriod = fastKPeriod;
    this.slowKPeriod = slowKPeriod;
    this.slowDPeriod = slowDPeriod;
    this.rawStart = fastKPeriod - 1;
    this.kStart = fastKPeriod - 1 + slowKPeriod - 1;
    this.lookback = this.kStart + slowDPeriod - 1;
    this.highsAt = CELLS;
    this.lowsAt = this.highsAt + fastKPeriod;
    this.olderHighsAt = this.lowsAt + fastKPeriod;
    this.olderLowsAt = this.olderHighsAt + fastKPeriod + 1;
    this.rawsAt = this.olderLowsAt + fastKPeriod + 1;
    this.ksAt = this.rawsAt + slowKPeriod;
    this.cells = new Float64Array(this.ksAt + slowDPeriod);
    this.reset();
  }

  /**
   * The latest value, or null during warm-up: an object equal to the one the latest `update`
   * returned, made from the stored k and d when first read. Storing every new value object in a
   * field of this long-lived instance would cost a write barrier on each bar.
   */
  get value(): StochasticValue | null {
    if (this.count <= this.lookback) return null;
    return (this.latest ??= { k: this.cells[K], d: this.cells[D] });
  }

  update(bar: Bar): StochasticValue | null {
    const cells = this.cells;
    const high = bar.high;
    const low = bar.low;
    // WindowRange.update, written out: Number(bool) compiles to a flag move, so no selection can mispredict.
    const at = this.position;
    cells[this.highsAt + at] = high;
    cells[this.lowsAt + at] = low;
    const previousHigh = cells[BLOCK_HIGH];
    cells[PICK] = previousHigh;
    cells[PICK + 1] = high;
    const blockHigh = cells[PICK + Number(high >= previousHigh)];
    const previousLow = cells[BLOCK_LOW];
    cells[PICK] = previousLow;
    cells[PICK + 1] = low;
    const blockLow = cells[PICK + Number(low <= previousLow)];
    const olderHigh = cells[this.olderHighsAt + at + 1];
    cells[PICK] = olderHigh;
    cells[PICK + 1] = blockHigh;
    const highest = cells[PICK + Number(blockHigh >= olderHigh)];
    const olderLow = cells[this.olderLowsAt + at + 1];
    cells[PICK] = olderLow;
    cells[PICK + 1] = blockLow;
    const lowest = cells[PICK + Number(blockLow <= olderLow)];
    if (at + 1 === this.fastKPeriod) {
      this.completeBlock();
    } else {
      this.position = at + 1;
      cells[BLOCK_HIGH] = blockHigh;
      cells[BLOCK_LOW] = blockLow;
    }
    if (this.count <= this.lookback) {
      if (this.count < this.lookback) return this.warmUp(highest, lowest, bar.close);
      // The first value: from here on `value` reads the latest k and d.
      this.count++;
    }
    const raw = percentK(highest, lowest, bar.close);
    const slowKPeriod = this.slowKPeriod;
    const rawsAt = this.rawsAt;
    const rawSlot = this.rawSlot;
    cells[rawsAt + rawSlot] = raw;
    // After the increment, the slot holds the oldest raw %K of the window, which leaves the total.
    const nextRawSlot = rawSlot + 1 === slowKPeriod ? 0 : rawSlot + 1;
    this.rawSlot = nextRawSlot;
    const withRaw = cells[RAW_SUM] + raw;
    const k = withRaw / slowKPeriod;
    cells[RAW_SUM] = withRaw - cells[rawsAt + nextRawSlot];
    const slowDPeriod = this.slowDPeriod;
    const ksAt = this.ksAt;
    const kSlot = this.kSlot;
    cells[ksAt + kSlot] = k;
    const nextKSlot = kSlot + 1 === slowDPeriod ? 0 : kSlot + 1;
    this.kSlot = nextKSlot;
    const withK = cells[K_SUM] + k;
    const d = withK / slowDPeriod;
    cells[K_SUM] = withK - cells[ksAt + nextKSlot];
    cells[K] = k;
    cells[D] = d;
    this.latest = null;
    return { k, d };
  }

  reset(): void {
    const cells = this.cells;
    cells.fill(0);
    cells[BLOCK_HIGH] = -Infinity;
    cells[BLOCK_LOW] = Infinity;
    cells.fill(-Infinity, this.olderHighsAt, this.olderLowsAt);
    cells.fill(Infinity, this.olderLowsAt, this.rawsAt);
    this.position = 0;
    this.rawSlot = 0;
    this.kSlot = 0;
    this.count = 0;
    this.latest = null;
  }

  /** WindowRange's block completion: the block's suffix extremes, newest first, ties to the newer. */
  private completeBlock(): void {
    const cells = this.cells;
    const last = this.fastKPeriod - 1;
    const highsAt = this.highsAt;
    const lowsAt = this.lowsAt;
    const olderHighsAt = this.olderHighsAt;
    const olderLowsAt = this.olderLowsAt;
    let high = cells[highsAt + last];
    let low = cells[lowsAt + last];
    cells[olderHighsAt + last] = high;
    cells[olderLowsAt + last] = low;
    for (let j = last - 1; j >= 0; j--) {
      const h = cells[highsAt + j];
      const l = cells[lowsAt + j];
      cells[PICK] = high;
      cells[PICK + 1] = h;
      high = cells[PICK + Number(h > high)];
      cells[PICK] = low;
      cells[PICK + 1] = l;
      low = cells[PICK + Number(l < low)];
      cells[olderHighsAt + j] = high;
      cells[olderLowsAt + j] = low;
    }
    this.position = 0;
    cells[BLOCK_HIGH] = -Infinity;
    cells[BLOCK_LOW] = Infinity;
  }

  /** The bars before the first value: fills the two SMA windows as they become defined. */
  private warmUp(highest: number, lowest: number, close: number): null {
    const count = this.count++;
    if (count < this.rawStart) return null;
    const cells = this.cells;
    const raw = percentK(highest, lowest, close);
    cells[this.rawsAt + this.rawSlot] = raw;
    this.rawSlot = this.rawSlot + 1 === this.slowKPeriod ? 0 : this.rawSlot + 1;
    const withRaw = cells[RAW_SUM] + raw;
    if (count < this.kStart) {
      cells[RAW_SUM] = withRaw;
      return null;
    }
    const k = withRaw / this.slowKPeriod;
    cells[RAW_SUM] = withRaw - cells[this.rawsAt + this.rawSlot];
    cells[this.ksAt + this.kSlot] = k;
    this.kSlot = this.kSlot + 1 === this.slowDPeriod ? 0 : this.kSlot + 1;
    cells[K_SUM] += k;
    return null;
  }
}

/** Slots of the SMA state carried into {@link stochasticLoop}. */
const RAW_TOTAL = 0;
const K_TOTAL = 1;
const RAW_SLOT = 2;
const K_SLOT = 3;

/** Batch slow stochastic; NaN during warm-up. Bit-identical to {@link StochasticOscillator}. */
export function stochasticOscillator(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  fastKPeriod = 14,
  slowKPeriod = 3,
  slowDPeriod = 3,
): StochasticColumns {
  assertPeriod('fastKPeriod', fastKPeriod);
  assertPeriod('slowKPeriod', slowKPeriod);
  assertPeriod('slowDPeriod', slowDPeriod);
  const n = assertSameLength(['close', 'high', 'low'], [close, high, low]);
  const k = new Float64Array(n);
  const d = new Float64Array(n);
  // The window extremes go into the output columns first; the passes below read each bar's pair
  // before they overwrite it with k and d.
  fillWindowRange(high, low, fastKPeriod, k, d);
  const rawStart = fastKPeriod - 1;
  const kStart = rawStart + slowKPeriod - 1;
  const lookback = kStart + slowDPeriod - 1;
  // Both SMAs with SimpleMovingAverage's running-total arithmetic: the windows of raw %K and of
  // slow %K, and [raw total, k total, raw slot, k slot].
  const raws = new Float64Array(slowKPeriod);
  const ks = new Float64Array(slowDPeriod);
  const state = new Float64Array(4);
  for (let i = rawStart; i < Math.min(lookback, n); i++) {
    const raw = percentK(k[i], d[i], close[i]);
    const rawSlot = state[RAW_SLOT];
    raws[rawSlot] = raw;
    state[RAW_SLOT] = rawSlot + 1 === slowKPeriod ? 0 : rawSlot + 1;
    const withRaw = state[RAW_TOTAL] + raw;
    if (i < kStart) {
      state[RAW_TOTAL] = withRaw;
      continue;
    }
    const smoothed = withRaw / slowKPeriod;
    state[RAW_TOTAL] = withRaw - raws[state[RAW_SLOT]];
    const kSlot = state[K_SLOT];
    ks[kSlot] = smoothed;
    state[K_SLOT] = kSlot + 1 === slowDPeriod ? 0 : kSlot + 1;
    state[K_TOTAL] += smoothed;
  }
  k.fill(NaN, 0, Math.min(lookback, n));
  d.fill(NaN, 0, Math.min(lookback, n));
  const split = feedbackRunEnd(lookback, n);
  stochasticLoop(close, k, d, raws, ks, lookback, split, state);
  stochasticLoop(close, k, d, raws, ks, split, n, state);
  return { k, d };
}

/**
 * The steady-state loop over bars `from .. to` (from the lookback on): turns the highest/lowest
 * pair in `k[i]`, `d[i]` into raw %K and both SMAs; called twice, see {@link feedbackRunEnd}.
 */
function stochasticLoop(
  close: ArrayLike<number>,
  k: Float64Array,
  d: Float64Array,
  raws: Float64Array,
  ks: Float64Array,
  from: number,
  to: number,
  state: Float64Array,
): void {
  const slowKPeriod = raws.length;
  const slowDPeriod = ks.length;
  let rawTotal = state[RAW_TOTAL];
  let kTotal = state[K_TOTAL];
  let rawSlot = state[RAW_SLOT] | 0;
  let kSlot = state[K_SLOT] | 0;
  for (let i = from; i < to; i++) {
    const raw = percentK(k[i], d[i], close[i]);
    raws[rawSlot] = raw;
    rawSlot = rawSlot + 1 === slowKPeriod ? 0 : rawSlot + 1;
    const withRaw = rawTotal + raw;
    const smoothed = withRaw / slowKPeriod;
    rawTotal = withRaw - raws[rawSlot];
    ks[kSlot] = smoothed;
    kSlot = kSlot + 1 === slowDPeriod ? 0 : kSlot + 1;
    const withK = kTotal + smoothed;
    k[i] = smoothed;
    d[i] = withK / slowDPeriod;
    kTotal = withK - ks[kSlot];
  }
  state[RAW_TOTAL] = rawTotal;
  state[K_TOTAL] = kTotal;
  state[RAW_SLOT] = rawSlot;
  state[K_SLOT] = kSlot;
}
