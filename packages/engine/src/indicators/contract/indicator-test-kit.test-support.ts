import type { Bar } from '../../series/bar.js';
import type { BarColumns } from '../../series/bar-series.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';

/** Hand-made columns, bars as objects and streamed outputs for the indicator tests. */

const DAY_MS = 86_400_000;

/** Columns for a hand-made case; high/low default to close, volume to 1000, time to one bar a day. */
export function columnsOf(input: {
  close: ArrayLike<number>;
  high?: ArrayLike<number>;
  low?: ArrayLike<number>;
  volume?: ArrayLike<number>;
  time?: ArrayLike<number>;
}): BarColumns {
  const n = input.close.length;
  return {
    time: Float64Array.from(input.time ?? Array.from({ length: n }, (_, i) => Date.UTC(2024, 0, 1) + i * DAY_MS)),
    open: Float64Array.from(input.close),
    high: Float64Array.from(input.high ?? input.close),
    low: Float64Array.from(input.low ?? input.close),
    close: Float64Array.from(input.close),
    volume: Float64Array.from(input.volume ?? Array.from({ length: n }, () => 1000)),
  };
}

/** The bars of some columns as objects. */
export function barsOf(columns: BarColumns): Bar[] {
  return Array.from(columns.close, (close, i) => ({
    time: columns.time[i],
    open: columns.open[i],
    high: columns.high[i],
    low: columns.low[i],
    close,
    volume: columns.volume[i],
  }));
}

/** Feeds every input to a streaming indicator and collects one number per input (NaN while null). */
export function streamed<TInput, TOutput>(
  indicator: { update(input: TInput): TOutput | null },
  inputs: readonly TInput[],
  pick: (value: TOutput) => number,
): Float64Array {
  return Float64Array.from(inputs, (input) => {
    const value = indicator.update(input);
    return value === null ? NaN : pick(value);
  });
}

/** Feeds `inputs` one by one and collects the named outputs into columns (NaN while the value is null). */
export function streamColumns<TInput>(
  indicator: { update(input: TInput): number | Readonly<Record<string, number>> | null },
  inputs: readonly TInput[],
  outputs: readonly string[],
): Record<string, Float64Array> {
  const columns: Record<string, Float64Array> = {};
  for (const name of outputs) columns[name] = new Float64Array(inputs.length).fill(NaN);
  inputs.forEach((input, i) => {
    const value = indicator.update(input);
    if (value === null) return;
    if (typeof value === 'number') columns[outputs[0]][i] = value;
    else for (const name of outputs) columns[name][i] = value[name];
  });
  return columns;
}

/**
 * Bars that start with 30 identical bars (no range, no change, volume alternating 0 and 1000) and
 * then walk: every "divide by zero" guard of TA-Lib fires at the start, where no smoothing has had
 * a chance to turn an exact zero into a tiny number.
 */
export function flatThenWalkColumns(): BarColumns {
  const walk = randomWalkBars({ length: 120, seed: 5 });
  const flat = 30;
  const columns = {
    time: walk.time.slice(),
    open: walk.open.slice(),
    high: walk.high.slice(),
    low: walk.low.slice(),
    close: walk.close.slice(),
    volume: walk.volume.slice(),
  };
  for (let i = 0; i < flat; i++) {
    for (const name of ['open', 'high', 'low', 'close'] as const) columns[name][i] = 100;
    columns.volume[i] = i % 2 === 0 ? 0 : 1000;
  }
  return columns;
}

/** Random-walk bars with prices rounded to 0.5, so equal highs, lows and closes are frequent. */
export function tiedColumns(length = 300): BarColumns {
  const walk = randomWalkBars({ length, seed: 21, volatility: 0.01 });
  const round = (values: Float64Array) => values.map((v) => Math.round(v * 2) / 2);
  return {
    time: walk.time,
    open: round(walk.open),
    high: round(walk.high),
    low: round(walk.low),
    close: round(walk.close),
    volume: walk.volume,
  };
}
