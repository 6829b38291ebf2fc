import { exponentialMovingAverage } from '../../indicators/moving-averages/exponential-moving-average.js';
import { doubleExponentialMovingAverage } from '../../indicators/moving-averages/double-exponential-moving-average.js';
import { kaufmanAdaptiveMovingAverage } from '../../indicators/moving-averages/kaufman-adaptive-moving-average.js';
import { simpleMovingAverage } from '../../indicators/moving-averages/simple-moving-average.js';
import { tripleExponentialMovingAverage } from '../../indicators/moving-averages/triple-exponential-moving-average.js';
import { weightedMovingAverage } from '../../indicators/moving-averages/weighted-moving-average.js';
import { momentum } from '../../indicators/momentum/momentum.js';
import { rateOfChange } from '../../indicators/momentum/rate-of-change.js';
import { relativeStrengthIndex } from '../../indicators/momentum/relative-strength-index.js';
import type { BarColumns } from '../../series/bar-series.js';

const BATCH = {
  sma: simpleMovingAverage,
  ema: exponentialMovingAverage,
  wma: weightedMovingAverage,
  dema: doubleExponentialMovingAverage,
  tema: tripleExponentialMovingAverage,
  kama: kaufmanAdaptiveMovingAverage,
  rsi: relativeStrengthIndex,
  roc: rateOfChange,
  momentum,
} as const;

/** Indicators `ctx.indicator(name, period, source?)` knows by name: one price column and a period. */
export type IndicatorName = keyof typeof BATCH;

/** The bar column a named indicator reads. */
export type PriceField = 'open' | 'high' | 'low' | 'close' | 'volume';

/** Names accepted by {@link namedIndicator}. */
export const INDICATOR_NAMES = Object.keys(BATCH) as readonly IndicatorName[];

const FIELDS: readonly PriceField[] = ['open', 'high', 'low', 'close', 'volume'];

/** Computes a named indicator over a whole series with the engine's batch functions (NaN during warm-up). */
export function namedIndicator(columns: BarColumns, name: string, period: number, source: string = 'close'): Float64Array {
  if (!Object.hasOwn(BATCH, name)) {
    throw new RangeError(`unknown indicator "${name}"; expected one of ${INDICATOR_NAMES.join(', ')}`);
  }
  if (!(FIELDS as readonly string[]).includes(source)) {
    throw new RangeError(`unknown indicator source "${source}"; expected one of ${FIELDS.join(', ')}`);
  }
  return BATCH[name as IndicatorName](columns[source as PriceField], period);
}
