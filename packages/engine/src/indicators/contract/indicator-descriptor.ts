import type { Bar } from '../../series/bar.js';
import type { BarColumns } from '../../series/bar-series.js';
import type { StreamingIndicator } from '../indicator.js';

/** A streaming value: a number for single-output indicators, named numbers for the others. */
export type IndicatorOutput = number | Readonly<Record<string, number>>;

/** How to call the same computation in TA-Lib, for the oracle test. */
export interface TalibSpec {
  /** TA-Lib function name, e.g. `SMA`. */
  readonly name: string;
  /** TA-Lib option values, e.g. `{ optInTimePeriod: 20 }`. */
  readonly options?: Readonly<Record<string, number>>;
  /** Column passed as `inReal` to functions that take one real input; defaults to `close`. */
  readonly realInput?: 'open' | 'high' | 'low' | 'close' | 'volume';
  /** Our output name -> TA-Lib result name, e.g. `{ value: 'outReal' }`. */
  readonly outputs: Readonly<Record<string, string>>;
}

/**
 * Everything the shared contract test needs to check one indicator configuration: the batch
 * function, a factory for the streaming object, the expected warm-up and the TA-Lib equivalent.
 */
export interface IndicatorDescriptor {
  /** Column-style id, e.g. `SMA_20` or `MACD_12_26_9`. */
  readonly id: string;
  /** Output names; `['value']` for single-output indicators. */
  readonly outputs: readonly string[];
  /**
   * Index of the first valid output (TA-Lib lookback); with {@link dataDependentWarmUp}, the
   * earliest bar a value can appear.
   */
  readonly lookback: number;
  /**
   * True when the first value depends on the data, not only on the bar count (e.g. swing points
   * need a confirmed swing high and low): the contract then requires nothing before `lookback` and
   * batch and streaming starting on the same bar, instead of a value exactly at `lookback`.
   */
  readonly dataDependentWarmUp?: boolean;
  /** Batch computation over whole columns; NaN during warm-up. */
  batch(bars: BarColumns): Readonly<Record<string, Float64Array>>;
  /** A fresh streaming instance fed one bar at a time. */
  createStreaming(): StreamingIndicator<Bar, IndicatorOutput>;
  /** TA-Lib equivalent; absent for indicators TA-Lib does not have. */
  readonly talib?: TalibSpec;
}
