import type { SeededRandom } from '@goldensignals/engine';
import { createBarColumns, type BarColumns } from './bar-columns.js';
import { roundToTick } from './price-grid.js';

/** One bar to split into consecutive sub-bars. Prices are on the tick grid; volume is an integer. */
export interface RefineSpec {
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
  /** Standard deviation of the bar's diffusion in log price. */
  readonly sigma: number;
  /** Each sub-bar's share of the variance (sums to 1); its length is the number of sub-bars. */
  readonly varianceShares: Float64Array;
  /** Each sub-bar's expected share of the volume (sums to 1). */
  readonly volumeShares: Float64Array;
  /** Sub-bar holding a news jump, or -1. */
  readonly jumpIndex: number;
  /** Size of that jump in log price. */
  readonly jumpSize: number;
  readonly ticksPerUnit: number;
}

/**
 * Splits a bar into sub-bars that reproduce it exactly: the first opens at its open, the last closes
 * at its close, the highest high and lowest low are its high and low, and the volumes sum to its
 * volume. The path is a Brownian bridge in variance time (plus the jump as a step), stretched
 * monotonically above and below the open/close range so its extremes land on the bar's high and low.
 * This is what makes every timeframe agree: coarser bars are never aggregated, finer ones are drawn
 * inside them.
 */
export function refineBar(spec: RefineSpec, random: SeededRandom): BarColumns {
  const { open, high, low, close, volume, sigma, varianceShares, volumeShares, jumpIndex, jumpSize, ticksPerUnit } = spec;
  const n = varianceShares.length;
  const out = createBarColumns(n);
  const path = new Float64Array(n);
  const shocks = new Float64Array(n);
  const logOpen = Math.log(open);
  const logClose = Math.log(close);
  const jump = jumpIndex >= 0 ? jumpSize : 0;
  let walk = 0;
  for (let k = 0; k < n; k++) {
    shocks[k] = random.normal();
    walk += sigma * Math.sqrt(varianceShares[k]) * shocks[k];
    path[k] = walk;
  }
  const miss = walk - (logClose - logOpen - jump);
  let cumulative = 0;
  let top = logOpen;
  let bottom = logOpen;
  for (let k = 0; k < n; k++) {
    cumulative += varianceShares[k];
    const x = k === n - 1 ? logClose : logOpen + path[k] - cumulative * miss + (jumpIndex >= 0 && k >= jumpIndex ? jump : 0);
    path[k] = x;
    if (x > top) top = x;
    if (x < bottom) bottom = x;
  }
  const upperEnd = Math.max(logOpen, logClose);
  const lowerEnd = Math.min(logOpen, logClose);
  const upScale = top > upperEnd ? (Math.log(high) - upperEnd) / (top - upperEnd) : 0;
  const downScale = bottom < lowerEnd ? (lowerEnd - Math.log(low)) / (lowerEnd - bottom) : 0;
  let previous = open;
  let highestAt = 0;
  let lowestAt = 0;
  for (let k = 0; k < n; k++) {
    const x = path[k];
    const mapped = x > upperEnd ? upperEnd + (x - upperEnd) * upScale : x < lowerEnd ? lowerEnd - (lowerEnd - x) * downScale : x;
    const barClose = k === n - 1 ? close : Math.min(high, Math.max(low, roundToTick(Math.exp(mapped), ticksPerUnit)));
    const wick = 0.7 * sigma * Math.sqrt(varianceShares[k]);
    const bodyTop = Math.max(previous, barClose);
    const bodyBottom = Math.min(previous, barClose);
    out.open[k] = previous;
    out.close[k] = barClose;
    out.high[k] = Math.max(bodyTop, Math.min(high, roundToTick(bodyTop * Math.exp(wick * random.next()), ticksPerUnit)));
    out.low[k] = Math.min(bodyBottom, Math.max(low, roundToTick(bodyBottom * Math.exp(-wick * random.next()), ticksPerUnit)));
    if (out.high[k] > out.high[highestAt]) highestAt = k;
    if (out.low[k] < out.low[lowestAt]) lowestAt = k;
    previous = barClose;
  }
  out.high[highestAt] = high;
  out.low[lowestAt] = low;
  allocateVolume(out.volume, volume, volumeShares, shocks, jumpIndex, random);
  return out;
}

/** Splits an integer volume by noisy weights (busier where the price moved, after a jump) so the parts sum exactly. */
function allocateVolume(target: Float64Array, volume: number, shares: Float64Array, shocks: Float64Array, jumpIndex: number, random: SeededRandom): void {
  const n = shares.length;
  const weights = new Float64Array(n);
  const decay = Math.max(1, n / 8);
  let total = 0;
  for (let k = 0; k < n; k++) {
    const afterJump = jumpIndex >= 0 && k >= jumpIndex ? 1 + 5 * Math.exp(-(k - jumpIndex) / decay) : 1;
    weights[k] = shares[k] * (0.6 + 0.8 * random.next()) * (0.75 + 0.25 * Math.abs(shocks[k])) * afterJump;
    total += weights[k];
  }
  let cumulative = 0;
  let allocated = 0;
  for (let k = 0; k < n; k++) {
    cumulative += weights[k];
    const upTo = k === n - 1 ? volume : Math.round((volume * cumulative) / total);
    target[k] = upTo - allocated;
    allocated = upTo;
  }
}
