import { randomWalkBars, type Bar } from '@goldensignals/engine';
import type { BarBatch } from './bar-batch.js';

/** `count` symbols with `length` random-walk bars each; bar i of every symbol shares one time. */
export function symbolFeeds(count: number, length: number): { symbols: string[]; feeds: Bar[][] } {
  const symbols = Array.from({ length: count }, (_, s) => `SYM${s}`);
  const feeds = symbols.map((symbol, s) => {
    const series = randomWalkBars({ length, seed: s + 1, symbol });
    return Array.from({ length }, (_, i) => series.bar(i));
  });
  return { symbols, feeds };
}

/** The batch of bar `index` of every feed. */
export function batchAt(symbols: readonly string[], feeds: readonly Bar[][], index: number): BarBatch {
  const column = (field: keyof Bar) => Float64Array.from(feeds, (bars) => bars[index][field]);
  return { symbols, time: column('time'), open: column('open'), high: column('high'), low: column('low'), close: column('close'), volume: column('volume') };
}
