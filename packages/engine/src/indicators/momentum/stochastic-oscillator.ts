import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';
import { assertPeriod } from '../support/assert-period.js';
import { assertSameLength } from '../support/assert-same-length.js';
import { feedbackRunEnd } from '../support/feedback-run.js';
import { fillWindowRange } from '../support/fill-window-range.js';
import { WindowRange } from '../support/window-range.js';
import { percentK } from './stochastic-k.js';
import type { StochasticColumns, StochasticValue } from './stochastic-value.js';

/**
 * Slow stochastic oscillator (TA-Lib STOCH with SMA smoothing): k = SMA(slowKPeriod) of the raw %K
 * over `fastKPeriod` bars, d = SMA(slowDPeriod) of k. Lookback = fastK - 1 + slowK - 1 + slowD - 1
 * (17 for 14/3/3).
 *
 * The window extremes, raw %K and both SMAs (SimpleMovingAverage's running-total arithmetic) live in
 * this one class rather than in composed objects: it runs once per bar per symbol, and every call
 * into a separate object with number arguments costs a boxed number. Each update returns a new
 * value object, since feature history keeps earlier ones.
 */
export class StochasticOscillator implements StreamingIndicator<Bar, StochasticValue> {
  readonly lookback: number;
  value: StochasticValue | null = null;
  private readonly range: WindowRange;
  private readonly slowKPeriod: number;
  private readonly slowDPeriod: number;
  /** Bar index at which the first raw %K and the first slow %K appear. */
  private readonly rawStart: number;
  private readonly kStart: number;
  /** The last slowKPeriod raw %K values and their running total (as in SimpleMovingAverage). */
  private readonly raws: Float64Array;
  private rawSlot = 0;
  private rawTotal = 0;
  /** The last slowDPeriod slow %K values and their running total. */
  private readonly ks: Float64Array;
  private kSlot = 0;
  private kTotal = 0;
  /** Bars seen, counted only up to the lookback (nothing depends on it afterwards). */
  private count = 0;

  constructor(fastKPeriod = 14, slowKPeriod = 3, slowDPeriod = 3) {
    assertPeriod('fastKPeriod', fastKPeriod);
    assertPeriod('slowKPeriod', slowKPeriod);
    assertPeriod('slowDPeriod', slowDPeriod);
    this.range = new WindowRange(fastKPeriod);
    this.slowKPeriod = slowKPeriod;
    this.slowDPeriod = slowDPeriod;
    this.rawStart = fastKPeriod - 1;
    this.kStart = fastKPeriod - 1 + slowKPeriod - 1;
    this.lookback = this.kStart + slowDPeriod - 1;
    this.raws = new Float64Array(slowKPeriod);
    this.ks = new Float64Array(slowDPeriod);
  }

  update(bar: Bar): StochasticValue | null {
    const range = this.range;
    range.update(bar.high, bar.low);
    if (this.count < this.lookback) return this.warmUp(bar.close);
    const raw = percentK(range.highest, range.lowest, bar.close);
    const raws = this.raws;
    let rawSlot = this.rawSlot;
    raws[rawSlot] = raw;
    rawSlot = rawSlot + 1 === this.slowKPeriod ? 0 : rawSlot + 1;
    this.rawSlot = rawSlot;
    const withRaw = this.rawTotal + raw;
    const k = withRaw / this.slowKPeriod;
    // `rawSlot` now points at the oldest raw %K of the window, which leaves the total.
    this.rawTotal = withRaw - raws[rawSlot];
    const ks = this.ks;
    let kSlot = this.kSlot;
    ks[kSlot] = k;
    kSlot = kSlot + 1 === this.slowDPeriod ? 0 : kSlot + 1;
    this.kSlot = kSlot;
    const withK = this.kTotal + k;
    const d = withK / this.slowDPeriod;
    this.kTotal = withK - ks[kSlot];
    const value = { k, d };
    this.value = value;
    return value;
  }

  reset(): void {
    this.range.reset();
    this.raws.fill(0);
    this.rawSlot = 0;
    this.rawTotal = 0;
    this.ks.fill(0);
    this.kSlot = 0;
    this.kTotal = 0;
    this.count = 0;
    this.value = null;
  }

  /** The bars before the first value: fills the two SMA windows as they become defined. */
  private warmUp(close: number): null {
    const count = this.count++;
    if (count < this.rawStart) return null;
    const range = this.range;
    const raw = percentK(range.highest, range.lowest, close);
    const raws = this.raws;
    raws[this.rawSlot] = raw;
    this.rawSlot = this.rawSlot + 1 === this.slowKPeriod ? 0 : this.rawSlot + 1;
    const withRaw = this.rawTotal + raw;
    if (count < this.kStart) {
      this.rawTotal = withRaw;
      return null;
    }
    const k = withRaw / this.slowKPeriod;
    this.rawTotal = withRaw - raws[this.rawSlot];
    this.ks[this.kSlot] = k;
    this.kSlot = this.kSlot + 1 === this.slowDPeriod ? 0 : this.kSlot + 1;
    this.kTotal += k;
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
