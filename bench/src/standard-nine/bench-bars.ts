import { type Bar, type BarSeries, randomWalkBars } from '@goldensignals/engine';

/** Bars used by the indicator benchmarks, as columns, bar objects and plain arrays (for the libraries). */
export interface BenchBars {
  readonly series: BarSeries;
  readonly bars: readonly Bar[];
  readonly arrays: { open: number[]; high: number[]; low: number[]; close: number[]; volume: number[] };
}

/** A deterministic random walk of `length` daily bars, materialised in every shape the suites need. */
export function makeBenchBars(length: number): BenchBars {
  const series = randomWalkBars({ length, seed: 42 });
  const bars: Bar[] = new Array<Bar>(length);
  for (let i = 0; i < length; i++) bars[i] = series.bar(i);
  return {
    series,
    bars,
    arrays: {
      open: Array.from(series.open),
      high: Array.from(series.high),
      low: Array.from(series.low),
      close: Array.from(series.close),
      volume: Array.from(series.volume),
    },
  };
}
