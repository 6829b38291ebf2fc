import { roundToTick } from './price-grid.js';

/** OHLCV of a minute bar that has only partly elapsed. */
export interface PartialMinute {
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
}

/**
 * The first `fraction` (0 ≤ fraction < 1) of a minute bar. Inside a minute the price runs in straight
 * lines from the open to one extreme (at a third), to the other (at two thirds), to the close, visiting
 * the low first on an up minute and the high first on a down minute. So the partial bar grows into
 * the full one and a live quote moves smoothly and stays inside the minute's range.
 */
export function partialMinute(open: number, high: number, low: number, close: number, volume: number, fraction: number, ticksPerUnit: number): PartialMinute {
  const first = close >= open ? low : high;
  const second = close >= open ? high : low;
  const points = [open, first, second, close];
  const position = fraction * 3;
  const leg = Math.min(2, Math.floor(position));
  const price = roundToTick(points[leg] + (points[leg + 1] - points[leg]) * (position - leg), ticksPerUnit);
  let partialHigh = Math.max(open, price);
  let partialLow = Math.min(open, price);
  for (let k = 1; k <= leg; k++) {
    partialHigh = Math.max(partialHigh, points[k]);
    partialLow = Math.min(partialLow, points[k]);
  }
  return { open, high: partialHigh, low: partialLow, close: price, volume: Math.floor(volume * fraction) };
}
