import type { Bar } from '@goldensignals/engine';
import type { BarSlot } from '../calendar/bar-slot.js';

/**
 * Aggregates `bars` (ascending) into the given slots: first open, max high, min low, last close, summed
 * volume. A bar belongs to a slot when its time lies between the slot's label or first trade, whichever
 * is earlier (a daily bar's label precedes its session), and the slot's close.
 */
export function aggregateIntoSlots(bars: readonly Bar[], slots: readonly BarSlot[]): Bar[] {
  const result: Bar[] = [];
  for (const slot of slots) {
    const start = Math.min(slot.time, slot.open);
    const inside = bars.filter((bar) => bar.time >= start && bar.time < slot.close);
    if (inside.length === 0) continue;
    result.push({
      time: slot.time,
      open: inside[0].open,
      high: Math.max(...inside.map((bar) => bar.high)),
      low: Math.min(...inside.map((bar) => bar.low)),
      close: inside[inside.length - 1].close,
      volume: inside.reduce((sum, bar) => sum + bar.volume, 0),
    });
  }
  return result;
}

/** Log returns of consecutive closes. */
export function logReturns(bars: readonly Bar[]): number[] {
  return bars.slice(1).map((bar, i) => Math.log(bar.close / bars[i].close));
}

/** Sample autocorrelation of `values` at `lag`. */
export function autocorrelation(values: readonly number[], lag: number): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < values.length; i++) {
    denominator += (values[i] - mean) ** 2;
    if (i >= lag) numerator += (values[i] - mean) * (values[i - lag] - mean);
  }
  return numerator / denominator;
}

/** Population standard deviation. */
export function standardDeviation(values: readonly number[]): number {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
}
