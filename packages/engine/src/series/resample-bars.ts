import { BarSeries } from './bar-series.js';
import { inferTimeframe } from './infer-timeframe.js';
import { TIMEFRAME_MS, type Timeframe } from './timeframe.js';

/** 1970-01-05, the first Monday after the epoch: weekly buckets start on Monday 00:00 UTC. */
const FIRST_MONDAY_MS = 4 * 86_400_000;

/** Start (epoch ms UTC) of the `timeframe` bucket that contains `time`; buckets are aligned to the UTC epoch. */
export function bucketStart(time: number, timeframe: Timeframe): number {
  const step = TIMEFRAME_MS[timeframe];
  const origin = timeframe === '1w' ? FIRST_MONDAY_MS : 0;
  return Math.floor((time - origin) / step) * step + origin;
}

/**
 * Aggregates bars into `timeframe` buckets aligned to the UTC epoch (weeks start Monday 00:00 UTC):
 * open = first, high = max, low = min, close = last, volume = sum, time = bucket start. Only an equal
 * or coarser timeframe than the input's (declared, or inferred from the spacing) is accepted, and the
 * input must be strictly ascending. Buckets without bars are absent, not filled; the last bucket may
 * be partial when the input ends inside it.
 */
export function resampleBars(series: BarSeries, timeframe: Timeframe): BarSeries {
  const from = series.timeframe ?? inferTimeframe(series);
  if (from === undefined) {
    throw new RangeError(
      `cannot resample ${series.symbol} to ${timeframe}: its timeframe is not declared and its bar spacing matches none`,
    );
  }
  if (TIMEFRAME_MS[timeframe] < TIMEFRAME_MS[from]) {
    throw new RangeError(`cannot resample ${series.symbol} from ${from} to the finer timeframe ${timeframe}`);
  }
  const { time, open, high, low, close, volume } = series;
  const n = time.length;
  for (let i = 1; i < n; i++) {
    if (!(time[i] > time[i - 1])) {
      throw new RangeError(
        `resampleBars needs ascending times: bar ${i} (${isoTime(time[i])}) is not after bar ${i - 1} (${isoTime(time[i - 1])})`,
      );
    }
  }
  // Output never has more bars than input, so one exact upper-bound allocation avoids growth.
  const out = {
    time: new Float64Array(n),
    open: new Float64Array(n),
    high: new Float64Array(n),
    low: new Float64Array(n),
    close: new Float64Array(n),
    volume: new Float64Array(n),
  };
  let k = -1;
  let currentBucket = NaN;
  for (let i = 0; i < n; i++) {
    const bucket = bucketStart(time[i], timeframe);
    if (bucket !== currentBucket) {
      currentBucket = bucket;
      k++;
      out.time[k] = bucket;
      out.open[k] = open[i];
      out.high[k] = high[i];
      out.low[k] = low[i];
      out.close[k] = close[i];
      out.volume[k] = volume[i];
    } else {
      if (high[i] > out.high[k]) out.high[k] = high[i];
      if (low[i] < out.low[k]) out.low[k] = low[i];
      out.close[k] = close[i];
      out.volume[k] += volume[i];
    }
  }
  const m = k + 1;
  return new BarSeries(
    { symbol: series.symbol, timeframe },
    {
      time: out.time.slice(0, m),
      open: out.open.slice(0, m),
      high: out.high.slice(0, m),
      low: out.low.slice(0, m),
      close: out.close.slice(0, m),
      volume: out.volume.slice(0, m),
    },
  );
}

function isoTime(time: number): string {
  return Number.isFinite(time) ? new Date(time).toISOString() : String(time);
}
